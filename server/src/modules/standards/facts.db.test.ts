import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facility, Port } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makeFacility, makePort, type World } from '../../../test/factories.ts';
import { portFacts } from './facts.ts';

describe.skipIf(!dbAvailable)('portFacts', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  let worked: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
    // A worked example: a fruit port with known traffic and facilities.
    const port = (
      await officer.post('/api/v1/ports', {
        code: 'P-FACTS',
        branchId: w.branch.id,
        status: 'open',
        nameZh: '事实口岸',
        nameEn: 'Facts Port',
        placeKind: 'designated_site',
        placeType: null,
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

  it('answers for many ports at once, from the register and the ledger together, leaving unknown ids out', async () => {
    const logs = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['LOGS'],
      traffic: [
        { categoryCode: 'LOGS', year: 2024, value: 8000 },
        { categoryCode: 'LOGS', year: 2025, value: 9000 },
      ],
    });
    await makeFacility(t, w.branchActor, {
      port: logs,
      typeCode: 'VIDEO_MONITORING',
      quantity: 12,
    });
    const facts = await portFacts(t.ctx, [
      worked,
      logs.id,
      w.otherPort.id,
      logs.id,
      '01900000-0000-7000-8000-000000000000',
    ]);
    expect([...facts.keys()].sort()).toEqual([worked, logs.id, w.otherPort.id].sort());
    expect(facts.get(logs.id)).toMatchObject({
      code: logs.code,
      categories: { LOGS: 'approved' },
      traffic: { LOGS: { year: 2025, unit: 'm3', value: 9000 } },
      facilities: { VIDEO_MONITORING: { count: 12 } },
    });
    // A port with nothing recorded still has its basics, and empty families rather than missing ones.
    expect(facts.get(w.otherPort.id)).toMatchObject({
      modes: ['road'],
      categories: {},
      traffic: {},
      facilities: {},
    });
    expect(facts.get(worked)?.facilities.COLD_STORE?.count).toBe(3);
    // No ports, no query: an empty `in ()` would be a syntax error on PostgreSQL.
    expect((await portFacts(t.ctx, [])).size).toBe(0);
  });
});
