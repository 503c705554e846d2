import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facility, Port } from '../../contracts/index.ts';
import { portFacts } from '../src/modules/ports/ports.facts.ts';
import { createTestApp, dbAvailable, login, unitId, type Agent, type TestApp } from './helpers.ts';

const portId = async (t: TestApp, code: string) =>
  (
    await t.ctx.db
      .selectFrom('ports')
      .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
      .select('ports.id')
      .where('orgUnits.code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

describe.skipIf(!dbAvailable)('portFacts', () => {
  let t: TestApp;
  let officer: Agent;
  let worked: string;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await login(t, 'branch.harbour');
    // A worked example: a fruit port with known traffic and facilities.
    const port = (
      await officer.post('/api/v1/ports', {
        code: 'P-FACTS',
        branchId: await unitId(t, 'BR-HARBOUR'),
        status: 'open',
        nameZh: '事实口岸',
        nameEn: 'Facts Port',
        modes: ['sea', 'passenger'],
        portClass: 'II',
        provinceCode: '440000',
        cityCode: '440300',
        latitude: null,
        longitude: null,
        openedDate: '2020-01-01',
        designCapacity: [{ mode: 'sea', unit: 'teu_per_year', value: 500_000 }],
      })
    ).json<Port>();
    worked = port.id;
    await officer.post(`/api/v1/ports/${worked}/designations`, {
      categoryCode: 'FRUIT',
      effectiveDate: '2021-01-01',
      legalBasis: '海关总署公告',
      reason: null,
    });
    await officer.post(`/api/v1/ports/${worked}/designations`, {
      categoryCode: 'MEAT',
      effectiveDate: '2021-01-01',
      legalBasis: '海关总署公告',
      reason: null,
    });
    for (const [year, value] of [
      [2023, 900],
      [2025, 1200],
      [2024, 1100],
    ] as const) {
      await officer.post(`/api/v1/ports/${worked}/traffic`, {
        categoryCode: 'FRUIT',
        year,
        month: null,
        unit: 'tonnes',
        value,
      });
    }
    await officer.post(`/api/v1/ports/${worked}/traffic`, {
      categoryCode: 'FRUIT',
      year: 2026,
      month: 3,
      unit: 'tonnes',
      value: 99,
    });
    const add = async (
      typeCode: string,
      quantity: number,
      capacity: number | null,
      status = 'in_service',
    ) =>
      (
        await officer.post('/api/v1/facilities', {
          portId: worked,
          typeCode,
          functionalArea: '查验区',
          quantity,
          capacity,
          commissionedDate: null,
          status,
          notes: null,
        })
      ).json<Facility>();
    const certify = async (f: Facility, issuedDate: string, expiryDate: string) =>
      officer.post(`/api/v1/facilities/${f.id}/certifications`, {
        issuer: '示例直属海关',
        issuedDate,
        expiryDate,
        documentRef: null,
      });
    await certify(await add('FUMIGATION_CHAMBER', 2, 300), '2026-06-01', '2027-05-31');
    await certify(await add('FUMIGATION_CHAMBER', 1, 100), '2025-01-01', '2025-12-31');
    await add('FUMIGATION_CHAMBER', 1, 50);
    await add('COLD_STORE', 1, 1500);
    await add('COLD_STORE', 2, 500, 'under_maintenance');
    const archived = await add('COLD_STORE', 5, 9999);
    await officer.post(`/api/v1/facilities/${archived.id}/archive`, {
      version: archived.version,
      reason: '拆除',
    });
  });
  afterAll(async () => t?.close());

  it('computes the worked example', async () => {
    const facts = (await portFacts(t.ctx, [worked])).get(worked);
    expect(facts).toMatchObject({
      code: 'P-FACTS',
      modes: ['sea', 'passenger'],
      portClass: 'II',
      status: 'open',
      categories: { FRUIT: 'approved', MEAT: 'approved' },
      designCapacity: { sea: { unit: 'teu_per_year', value: 500_000 } },
      // The latest yearly figure; the monthly one of 2026 is not a year.
      traffic: { FRUIT: { year: 2025, unit: 'tonnes', value: 1200 } },
    });
    // Only the chamber with an unexpired certification counts; the archived cold store does not.
    expect(facts?.facilities.FUMIGATION_CHAMBER).toEqual({
      count: 2,
      capacity: 300,
      byStatus: {
        in_service: { count: 2, capacity: 300 },
        under_maintenance: { count: 0, capacity: 0 },
        out_of_service: { count: 0, capacity: 0 },
        planned: { count: 0, capacity: 0 },
      },
    });
    expect(facts?.facilities.COLD_STORE).toMatchObject({
      count: 3,
      capacity: 2000,
      byStatus: {
        in_service: { count: 1, capacity: 1500 },
        under_maintenance: { count: 2, capacity: 500 },
      },
    });
    expect(Object.keys(facts?.facilities ?? {}).sort()).toEqual([
      'COLD_STORE',
      'FUMIGATION_CHAMBER',
    ]);
  });

  it('judges certifications on the day asked', async () => {
    const inMid2025 = (await portFacts(t.ctx, [worked], '2025-07-01')).get(worked);
    expect(inMid2025?.facilities.FUMIGATION_CHAMBER?.count).toBe(1);
    const in2028 = (await portFacts(t.ctx, [worked], '2028-01-01')).get(worked);
    expect(in2028?.facilities.FUMIGATION_CHAMBER).toBeUndefined();
  });

  it('answers for every demo port at once, leaving expired facilities out and unknown ids out', async () => {
    const ids = await t.ctx.db.selectFrom('ports').select('id').execute();
    const facts = await portFacts(t.ctx, [
      ...ids.map((r) => r.id),
      '01900000-0000-7000-8000-000000000000',
    ]);
    expect(facts.size).toBe(13);
    const logs = facts.get(await portId(t, 'P-SEA-LOGS'));
    expect(logs?.categories).toEqual({ LOGS: 'approved' });
    expect(logs?.traffic.LOGS?.year).toBe(2025);
    expect(logs?.facilities.HEAT_TREATMENT_KILN).toBeUndefined();
    const east = facts.get(await portId(t, 'P-SEA-EAST'));
    expect(east?.facilities.COLD_TREATMENT_ROOM).toBeUndefined();
    expect(east?.facilities.FUMIGATION_CHAMBER?.count).toBeGreaterThan(0);
    expect(east?.facilities.REARING_ROOM).toBeUndefined();
  });
});
