import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, PortTraffic, TrafficEntry } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  rowCount,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makePort, type World } from '../../../test/factories.ts';

const trafficCount = (t: TestApp) => rowCount(t, 'traffic');

const YEARS = [2021, 2022, 2023, 2024, 2025];
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe.skipIf(!dbAvailable)('traffic', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('returns five yearly figures and twelve monthly ones per category as chart series', async () => {
    const categories = ['MEAT', 'CHILLED_AQUATIC', 'FRUIT'];
    const port = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: categories,
      traffic: categories.flatMap((categoryCode) => [
        ...YEARS.map((year) => ({ categoryCode, year, value: year - 2000 })),
        ...MONTHS.map((month) => ({ categoryCode, year: 2025, month, value: month })),
      ]),
    });
    const traffic = (await officer.get(`/api/v1/ports/${port.id}/traffic`)).json<PortTraffic>();
    expect(traffic.series.map((s) => `${s.categoryCode}:${s.unit}`)).toEqual([
      'CHILLED_AQUATIC:tonnes',
      'FRUIT:tonnes',
      'MEAT:tonnes',
    ]);
    for (const s of traffic.series) {
      expect(s.yearly.map((y) => y.year)).toEqual(YEARS);
      expect(s.monthly).toHaveLength(12);
    }
  });

  it('refuses a unit that does not fit the category, naming the field, and a second figure for the same period', async () => {
    const port = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['GRAIN'],
      traffic: [{ categoryCode: 'GRAIN', year: 2025, value: 900 }],
    });
    const id = port.id;
    const before = await trafficCount(t);
    const misfit = await officer.post(`/api/v1/ports/${id}/traffic`, {
      categoryCode: 'GRAIN',
      year: 2026,
      month: null,
      unit: 'head',
      value: 10,
    });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json<ErrorBody>().error).toMatchObject({
      code: 'TRAFFIC_UNIT_MISFIT',
      fields: { unit: expect.any(String) },
    });
    const dup = await officer.post(`/api/v1/ports/${id}/traffic`, {
      categoryCode: 'GRAIN',
      year: 2025,
      month: null,
      unit: 'tonnes',
      value: 10,
    });
    expect(dup.statusCode).toBe(409);
    expect(await trafficCount(t)).toBe(before);
    const ok = await officer.post(`/api/v1/ports/${id}/traffic`, {
      categoryCode: 'GRAIN',
      year: 2026,
      month: null,
      unit: 'tonnes',
      value: 10,
    });
    expect(ok.statusCode).toBe(201);
    const entry = ok.json<TrafficEntry>();
    const put = await officer.put(`/api/v1/traffic/${entry.id}`, {
      version: entry.version,
      unit: 'lots',
      value: 12,
    });
    expect(put.json<TrafficEntry>()).toMatchObject({ unit: 'lots', value: 12, version: 2 });
    const misfitPut = await officer.put(`/api/v1/traffic/${entry.id}`, {
      version: 2,
      unit: 'm3',
      value: 12,
    });
    expect(misfitPut.statusCode).toBe(422);
  });
});
