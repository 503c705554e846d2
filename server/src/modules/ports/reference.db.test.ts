import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesignationCategory, Regions } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('ports reference data', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('lets a FACILITY working-group member add a category with its own units, once', async () => {
    const wg = await login(t, w.accounts.wgFacility);
    const officer = await login(t, w.accounts.branchOfficer);
    const codesNow = async () =>
      (await officer.get('/api/v1/reference/designation-categories'))
        .json<DesignationCategory[]>()
        .map((c) => c.code);
    const before = await codesNow();
    const body = {
      code: 'FEED',
      nameZh: '进境饲料',
      nameEn: 'Imported feed',
      trafficUnits: ['tonnes'],
      source: null,
    };
    expect((await wg.post('/api/v1/reference/designation-categories', body)).statusCode).toBe(201);
    expect((await wg.post('/api/v1/reference/designation-categories', body)).statusCode).toBe(409);
    expect(
      (await officer.post('/api/v1/reference/designation-categories', { ...body, code: 'FEED2' }))
        .statusCode,
    ).toBe(403);
    const codes = await codesNow();
    expect(codes).toHaveLength(before.length + 1);
    expect(before).not.toContain('FEED');
    expect(codes).toContain('FEED');
  });

  it('serves GB/T 2260 provinces and cities without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference/regions' });
    const regions = res.json<Regions>();
    const guangdong = regions.provinces.find((p) => p.code === '440000');
    expect(guangdong?.nameEn).toBe('Guangdong');
    expect(guangdong?.cities.find((c) => c.code === '440300')).toEqual({
      code: '440300',
      nameZh: '深圳市',
      nameEn: 'Shenzhen',
    });
    expect(regions.provinces.length).toBeGreaterThanOrEqual(31);
  });
});
