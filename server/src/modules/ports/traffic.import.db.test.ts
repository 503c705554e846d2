import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import {
  codesByHeader,
  postUpload,
  rowValues,
  templateBook,
  xlsxUpload,
} from '../../../test/xlsx-upload.ts';
import { portsRepository } from './ports.repository.ts';

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
      { row: 3, column: 'unit', label: '计量单位', message: expect.any(String) },
    ]);
    expect(await tableCounts(t)).toEqual(before);

    const file = await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
      [port.code, 'GRAIN', 2026, 1, 'tonnes', 100],
      [port.code, 'GRAIN', 2025, null, 'tonnes', 7_000_000],
    ]);
    // The annual 2025 figure is recorded already: without a choice nothing is written.
    const asked = await postUpload(officer, URL, file);
    expect(asked.statusCode).toBe(409);
    expect(asked.json<ImportReport>()).toEqual({
      applied: 0,
      problems: [],
      existing: [{ row: 3, key: `${port.code} / GRAIN / 2025` }],
    });
    expect(await tableCounts(t)).toEqual(before);

    const ok = await postUpload(officer, `${URL}?onExisting=update`, file);
    expect(ok.json<ImportReport>()).toEqual({
      applied: 2,
      problems: [],
      existing: [{ row: 3, key: `${port.code} / GRAIN / 2025` }],
      skipped: 0,
      updated: 1,
    });
    expect((await tableCounts(t)).traffic).toBe((before.traffic ?? 0) + 1);
    const figures = await t.ctx.db
      .selectFrom('traffic')
      .select(['year', 'month', 'value', 'version'])
      .where('portId', '=', port.id)
      .where('categoryCode', '=', 'GRAIN')
      .orderBy('year')
      .execute();
    // The annual 2025 figure recorded before is updated in place (and audited as an edit); January 2026 is new.
    expect(figures).toEqual([
      { year: 2025, month: 0, value: 7_000_000, version: 2 },
      { year: 2026, month: 1, value: 100, version: 1 },
    ]);
    const audits = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action'])
      .where('action', '=', 'port.traffic.update')
      .execute();
    expect(audits).toHaveLength(1);

    // Skipping leaves the recorded figures as they are and adds nothing.
    const again = await postUpload(
      officer,
      `${URL}?onExisting=skip`,
      await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [port.code, 'GRAIN', 2026, 1, 'tonnes', 999],
        [port.code, 'GRAIN', 2025, null, 'tonnes', 1],
      ]),
    );
    expect(again.json<ImportReport>()).toMatchObject({ applied: 0, skipped: 2, updated: 0 });
    expect(
      await t.ctx.db
        .selectFrom('traffic')
        .select(['year', 'value', 'version'])
        .where('portId', '=', port.id)
        .orderBy('year')
        .execute(),
    ).toEqual([
      { year: 2025, value: 7_000_000, version: 2 },
      { year: 2026, value: 100, version: 1 },
    ]);
  });

  it("serves a template with headers in the caller's language, the codes sheet, drop-downs and an example row", async () => {
    const zh = await templateBook((await officer.get(`${URL}/template`)).rawPayload);
    const sheet = zh.worksheets[0]!;
    expect(rowValues(sheet.getRow(1))).toEqual([
      '口岸代码',
      '指定监管场地类别代码',
      '年份',
      '月份',
      '计量单位',
      '数量',
    ]);
    expect(rowValues(sheet.getRow(2))).toEqual(['GL-DS', 'FRUIT', 2026, 1, 'tonnes', 1000]);
    expect(sheet.getRow(2).font?.italic).toBe(true);
    const codes = codesByHeader(zh.getWorksheet('代码表')!);
    expect(codes.get('指定监管场地类别代码')).toContainEqual(['GRAIN', expect.any(String)]);
    expect(codes.get('计量单位')).toContainEqual(['tonnes', '吨']);
    expect(sheet.getCell('E20').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('C20').dataValidation).toBeUndefined();
    const en = await templateBook(
      (await officer.get(`${URL}/template`, { 'accept-language': 'en-GB,en;q=0.9' })).rawPayload,
    );
    expect(rowValues(en.worksheets[0]!.getRow(1))).toEqual([
      'Port code',
      'Designated site category code',
      'Year',
      'Month',
      'Unit',
      'Value',
    ]);
    expect(codesByHeader(en.getWorksheet('Codes')!).get('Unit')).toContainEqual([
      'tonnes',
      'tonnes',
    ]);
  });

  it('reports a format, a reference and a rule error together; a failed write leaves nothing behind', async () => {
    const port = await makePort(t, w.branchActor, { branch: w.branch, designations: ['GRAIN'] });
    const before = await tableCounts(t);
    const bad = await postUpload(
      officer,
      URL,
      await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [port.code, 'GRAIN', 'last year', 1, 'tonnes', 1],
        [port.code, 'NO_SUCH', 2026, 1, 'tonnes', 1],
        [port.code, 'GRAIN', 2026, 2, 'head', 1],
        // A malformed cell does not hide the row's other problems.
        [port.code, 'NO_SUCH', 2026, 'May', 'tonnes', 1],
      ]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ImportReport>().problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '2:year',
      '3:categoryCode',
      '4:unit',
      '5:month',
      '5:categoryCode',
    ]);
    expect(await tableCounts(t)).toEqual(before);

    const failing = vi
      .spyOn(portsRepository, 'insertTraffic')
      .mockRejectedValueOnce(new Error('disk full'));
    const res = await postUpload(
      officer,
      URL,
      await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [[port.code, 'GRAIN', 2026, 3, 'tonnes', 5]]),
    );
    failing.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(await tableCounts(t)).toEqual(before);
  });
});
