import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ErrorBody,
  ExpiringCertification,
  Facility,
  Page,
} from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  type World,
} from '../../../test/factories.ts';
import type { Actor } from '../../platform/access/actor.ts';

type State = 'valid' | 'expiring' | 'expired' | 'none';

/**
 * A ledger with a facility in each certification state across the district, judged on the test clock's day
 * (2026-11-28): expiring means lapsing within 90 days, and the board's 30-day window ends 2026-12-28.
 */
async function ledger(t: TestApp, w: World) {
  const made: Record<State, string[]> = { valid: [], expiring: [], expired: [], none: [] };
  const add = async (
    state: State,
    as: Actor,
    port: { id: string },
    typeCode: string,
    expiries: string[],
  ) => {
    const facility = await makeFacility(t, as, { port, typeCode });
    for (const expiryDate of expiries)
      await makeCertification(t, as, { facility, issuedDate: '2025-11-01', expiryDate });
    made[state].push(facility.id);
    return facility;
  };
  await add('valid', w.branchActor, w.port, 'FUMIGATION_CHAMBER', ['2027-12-31']);
  // A type that needs no certification still files under the date of the one it has.
  await add('valid', w.branchActor, w.siblingPort, 'TREATMENT_AREA', ['2027-10-31']);
  // The latest certification counts: a renewal takes a lapsed facility out of "expired".
  await add('valid', w.otherBranchActor, w.otherPort, 'IRRADIATION_FACILITY', [
    '2026-10-01',
    '2027-11-30',
  ]);
  const soon = await add('expiring', w.branchActor, w.port, 'HEAT_TREATMENT_KILN', ['2026-12-20']);
  await add('expiring', w.otherBranchActor, w.otherPort, 'COLD_TREATMENT_ROOM', ['2027-02-01']);
  const lapsed = await add('expired', w.branchActor, w.siblingPort, 'VAPOUR_HEAT_CHAMBER', [
    '2026-10-31',
  ]);
  await add('none', w.branchActor, w.port, 'VIDEO_MONITORING', []);
  await add('none', w.otherBranchActor, w.otherPort, 'FUMIGATION_CHAMBER', []);
  return { made, board30: [lapsed.id, soon.id] };
}

describe.skipIf(!dbAvailable)('certification filter and expiry export', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('facilities.list filters by the latest certification: the four states partition the ledger', async () => {
    const { made } = await ledger(t, w);
    const wg = await login(t, w.accounts.wgFacility);
    const all = (await wg.get('/api/v1/facilities?pageSize=1')).json<Page<Facility>>().total;
    expect(all).toBe(Object.values(made).flat().length);
    let sum = 0;
    for (const state of ['valid', 'expiring', 'expired', 'none'] as const) {
      const res = await wg.get(`/api/v1/facilities?pageSize=200&certification=${state}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page<Facility>>();
      sum += page.total;
      expect(page.items.map((f) => f.id).sort(), state).toEqual([...made[state]].sort());
      for (const f of page.items) {
        if (state === 'none') expect(f.certificationExpiry).toBeNull();
        else if (f.certificationState !== 'not_required')
          expect(f.certificationState, `${f.portCode} ${f.typeCode}`).toBe(state);
      }
    }
    expect(sum).toBe(all);
    const bad = await wg.get('/api/v1/facilities?certification=lapsed');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields).toHaveProperty('certification');
  });

  it('certifications.expiring/export gives the filtered board as xlsx', async () => {
    const { board30 } = await ledger(t, w);
    const wg = await login(t, w.accounts.wgFacility);
    const board = (await wg.get('/api/v1/certifications/expiring?within=30&pageSize=200')).json<
      Page<ExpiringCertification>
    >();
    // Soonest first: the lapsed one, then the one lapsing this month; nothing later, no renewed one.
    expect(board.items.map((c) => c.facilityId)).toEqual(board30);
    expect(board.total).toBe(board30.length);
    const res = await wg.get('/api/v1/certifications/expiring/export?within=30', {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Port');
    expect((sheet?.rowCount ?? 0) - 1).toBe(board.total);
    // Names in the cells (the port's and the type's English names), each code in its own column.
    const first = board.items[0];
    const type = await t.ctx.db
      .selectFrom('facilityTypes')
      .select('nameEn')
      .where('code', '=', first?.typeCode ?? '')
      .executeTakeFirstOrThrow();
    const row = sheet?.getRow(2);
    expect([1, 2, 4, 5].map((c) => row?.getCell(c).value)).toEqual([
      first?.portNameEn,
      first?.portCode,
      type.nameEn,
      first?.typeCode,
    ]);
  });
});
