import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Port } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('ports.restore', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('brings an archived port back, audited; a live one answers 422 and a stale version 409', async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const port = w.siblingPort;
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version })
      ).json<ErrorBody>().error.code,
    ).toBe('PORT_NOT_ARCHIVED');
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/archive`, {
          version: port.version,
          reason: '口岸撤并',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version }))
        .statusCode,
    ).toBe(409);
    const res = await officer.post(`/api/v1/ports/${port.id}/restore`, {
      version: port.version + 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Port>()).toMatchObject({ archived: false, archivedReason: null });
    // The port officer keeps the branch's other port: this one is not there for it.
    const other = await login(t, w.accounts.portOfficer);
    expect(
      (await other.post(`/api/v1/ports/${port.id}/restore`, { version: port.version + 2 }))
        .statusCode,
    ).toBe(404);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', port.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['port.archive', 'port.restore']);
  });
});
