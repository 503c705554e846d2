import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRAFFIC_IMPORT_COLUMNS, type ImportReport } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makePort, type World } from '../../../test/factories.ts';
import { postUpload, xlsxUpload } from '../../../test/xlsx-upload.ts';

const URL = '/api/v1/traffic/import';

describe.skipIf(!dbAvailable)('traffic.import', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('refuses a unit that does not fit the category, naming row and column; applies and updates figures otherwise', async () => {
    const port = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['GRAIN'],
      traffic: [{ categoryCode: 'GRAIN', year: 2025, value: 6_500_000 }],
    });
    const before = await tableCounts(t);
    const bad = await postUpload(
      officer,
      URL,
      await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [port.code, 'GRAIN', 2026, 1, 'tonnes', 100],
        // Grain is counted in tonnes or lots, never in head.
        [port.code, 'GRAIN', 2026, 2, 'head', 100],
      ]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ImportReport>().problems).toEqual([
      { row: 3, column: 'unit', message: expect.any(String) },
    ]);
    expect(await tableCounts(t)).toEqual(before);

    const ok = await postUpload(
      officer,
      URL,
      await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [port.code, 'GRAIN', 2026, 1, 'tonnes', 100],
        [port.code, 'GRAIN', 2025, null, 'tonnes', 7_000_000],
      ]),
    );
    expect(ok.json<ImportReport>()).toEqual({ applied: 2, problems: [] });
    expect((await tableCounts(t)).traffic).toBe((before.traffic ?? 0) + 1);
    const figures = await t.ctx.db
      .selectFrom('traffic')
      .select(['year', 'month', 'value', 'version'])
      .where('portId', '=', port.id)
      .where('categoryCode', '=', 'GRAIN')
      .orderBy('year')
      .execute();
    // The annual 2025 figure recorded before is updated in place; January 2026 is new.
    expect(figures).toEqual([
      { year: 2025, month: 0, value: 7_000_000, version: 2 },
      { year: 2026, month: 1, value: 100, version: 1 },
    ]);
  });
});
