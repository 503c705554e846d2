import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, FacilityType } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('reference.facility_types', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('serves the catalog with cycles, and lets only the FACILITY working group edit it', async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const types = (await officer.get('/api/v1/reference/facility-types')).json<FacilityType[]>();
    expect(types.find((x) => x.code === 'FUMIGATION_CHAMBER')).toMatchObject({
      certificationCycleMonths: 12,
      sourceTag: 'P',
      can: { update: false },
    });
    expect(types.find((x) => x.code === 'COLD_TREATMENT_ROOM')?.certificationCycleMonths).toBe(36);
    const wg = await login(t, w.accounts.wgFacility);
    const body = {
      code: 'SOIL_SCREEN',
      nameZh: '土壤筛查设备',
      nameEn: 'Soil screening',
      capacityUnit: 'count',
      certificationCycleMonths: null,
      applicableCategories: ['NOPE'],
      sourceTag: 'P',
      source: '提议',
    };
    const unknown = await wg.post('/api/v1/reference/facility-types', body);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields).toHaveProperty('applicableCategories');
    expect(
      (await wg.post('/api/v1/reference/facility-types', { ...body, applicableCategories: [] }))
        .statusCode,
    ).toBe(201);
    expect(
      (await wg.post('/api/v1/reference/facility-types', { ...body, applicableCategories: [] }))
        .statusCode,
    ).toBe(409);
    expect(
      (await officer.post('/api/v1/reference/facility-types', { ...body, code: 'OTHER' }))
        .statusCode,
    ).toBe(403);
  });
});
