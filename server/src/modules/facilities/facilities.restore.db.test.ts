import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Facility } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, makeFacility, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('facilities.restore', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('brings a facility back, but not while its port is archived', async () => {
    const port = w.siblingPort;
    const f = await makeFacility(t, w.branchActor, { port, typeCode: 'VIDEO_MONITORING' });
    const officer = await login(t, w.accounts.branchOfficer);
    expect(
      (
        await officer.post(`/api/v1/facilities/${f.id}/archive`, {
          version: f.version,
          reason: '设备报废',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/archive`, {
          version: port.version,
          reason: '口岸撤并',
        })
      ).statusCode,
    ).toBe(200);
    const blocked = await officer.post(`/api/v1/facilities/${f.id}/restore`, {
      version: f.version + 1,
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json<ErrorBody>().error.code).toBe('FACILITY_PORT_ARCHIVED');
    expect(
      (await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version + 1 }))
        .statusCode,
    ).toBe(200);
    const res = await officer.post(`/api/v1/facilities/${f.id}/restore`, {
      version: f.version + 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Facility>()).toMatchObject({
      archived: false,
      archivedReason: null,
      version: f.version + 2,
    });
    expect(
      (
        await officer.post(`/api/v1/facilities/${f.id}/restore`, { version: f.version + 2 })
      ).json<ErrorBody>().error.code,
    ).toBe('FACILITY_NOT_ARCHIVED');
  });
});
