import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FACILITY_IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_PROGRESS_TYPE,
  importEventSchema,
  type ErrorBody,
  type ImportReport,
} from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';
import {
  codesByHeader,
  multipartFile,
  postUpload,
  rowValues,
  templateBook,
  workbook,
  xlsxUpload,
} from '../../../test/xlsx-upload.ts';
import { facilitiesRepository } from './facilities.repository.ts';

const URL = '/api/v1/facilities/import';

/** One ledger row in the template's column order; `cert` is issuer, issued and expiry date. */
const facilityRow = (
  port: string,
  type: string,
  quantity: number | string = 1,
  cert: [string, string, string] | null = null,
  area = '原木处理区',
) => [
  port,
  type,
  area,
  quantity,
  100,
  '2026-10-01',
  'in_service',
  null,
  cert?.[0] ?? null,
  cert?.[1] ?? null,
  cert?.[2] ?? null,
  null,
];

const facilitiesOf = async (t: TestApp, portIds: string[]) =>
  t.ctx.db
    .selectFrom('facilities')
    .select(['portId', 'typeCode', 'quantity'])
    .where('portId', 'in', portIds)
    .orderBy('typeCode')
    .execute();

describe.skipIf(!dbAvailable)('facilities.import', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('reports a bad row by row and column and applies nothing; the fixed file applies every row', async () => {
    const before = await tableCounts(t);
    const good = facilityRow(w.port.code, 'HEAT_TREATMENT_KILN', 1, [
      '示例直属海关',
      '2026-11-01',
      '2027-10-31',
    ]);
    const rows = [
      good,
      facilityRow(w.port.code, 'HARMLESS_DISPOSAL', 'two'),
      facilityRow(w.siblingPort.code, 'TELEPORTER', 1),
      // Another branch's port: out of the officer's reach, so it reads as no such port.
      facilityRow(w.otherPort.code, 'COLD_STORE', 1),
      facilityRow(w.siblingPort.code, 'FUMIGATION_CHAMBER', 1, [
        '示例直属海关',
        '2026-11-01',
        '2026-10-01',
      ]),
    ];
    const bad = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows));
    expect(bad.statusCode, bad.body).toBe(422);
    const report = bad.json<ImportReport>();
    expect(report.applied).toBe(0);
    expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:quantity',
      '4:typeCode',
      '5:portCode',
      '6:certExpiryDate',
    ]);
    expect(report.problems.every((p) => p.message.length > 0)).toBe(true);
    expect(await tableCounts(t)).toEqual(before);

    const fixed = [
      good,
      facilityRow(w.port.code, 'HARMLESS_DISPOSAL', 2),
      facilityRow(w.siblingPort.code, 'COLD_STORE', 1),
    ];
    const ok = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, fixed));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<ImportReport>()).toEqual({ applied: 3, problems: [] });
    expect(await facilitiesOf(t, [w.port.id, w.siblingPort.id, w.otherPort.id])).toEqual([
      { portId: w.siblingPort.id, typeCode: 'COLD_STORE', quantity: 1 },
      { portId: w.port.id, typeCode: 'HARMLESS_DISPOSAL', quantity: 2 },
      { portId: w.port.id, typeCode: 'HEAT_TREATMENT_KILN', quantity: 1 },
    ]);
    const after = await tableCounts(t);
    expect(after.facilities).toBe((before.facilities ?? 0) + 3);
    expect(after.facilityCertifications).toBe((before.facilityCertifications ?? 0) + 1);
    const actions = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('seq', '>', 0)
      .orderBy('seq', 'desc')
      .limit(1)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['facility.import']);
  });

  it('streams progress while it checks and writes a large sheet, ending with the report, when asked for NDJSON', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      facilityRow(
        i % 2 === 0 ? w.port.code : w.siblingPort.code,
        'COLD_STORE',
        1 + (i % 3),
        null,
        `冷链查验区${i}`,
      ),
    );
    const before = await tableCounts(t);
    const res = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows), {
      accept: IMPORT_PROGRESS_TYPE,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(IMPORT_PROGRESS_TYPE);
    const events = res.body
      .trim()
      .split('\n')
      .map((line) => importEventSchema.parse(JSON.parse(line)));
    const checking = events.filter((e) => e.type === 'progress' && e.phase === 'checking');
    const writing = events.filter((e) => e.type === 'progress' && e.phase === 'writing');
    expect(checking.length).toBeGreaterThanOrEqual(4);
    expect(checking.at(-1)).toMatchObject({ done: 1200, total: 1200 });
    expect(writing.at(-1)).toMatchObject({ done: 1200, total: 1200 });
    expect(events.at(-1)).toEqual({
      type: 'report',
      status: 200,
      report: { applied: 1200, problems: [] },
    });
    expect((await tableCounts(t)).facilities).toBe((before.facilities ?? 0) + 1200);

    const bad = await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
      facilityRow(w.port.code, 'TELEPORTER', 1),
    ]);
    const refused = await postUpload(officer, URL, bad, { accept: IMPORT_PROGRESS_TYPE });
    const last = importEventSchema.parse(
      JSON.parse(refused.body.trim().split('\n').at(-1) ?? '{}'),
    );
    expect(last).toMatchObject({ type: 'report', status: 422, report: { applied: 0 } });
  });

  it('refuses a file that is not xlsx (415), one over the size limit (413), a wrong header (422) and a JSON body', async () => {
    const before = await tableCounts(t);
    const xlsx = await workbook(FACILITY_IMPORT_COLUMNS, [facilityRow(w.port.code, 'COLD_STORE')]);
    const csv = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.from('portCode,typeCode\n'), 'ledger.csv', 'text/csv'),
    );
    expect(csv.statusCode).toBe(415);
    expect(csv.json<ErrorBody>().error.code).toBe('IMPORT_NOT_XLSX');
    const renamed = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.from('not a zip at all'), 'ledger.xlsx'),
    );
    expect(renamed.statusCode).toBe(415);
    const big = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.concat([xlsx, Buffer.alloc(IMPORT_MAX_BYTES)]), 'big.xlsx'),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json<ErrorBody>().error.code).toBe('IMPORT_TOO_LARGE');
    const header = await postUpload(
      officer,
      URL,
      await xlsxUpload(['portCode', 'typeCode'], [[w.port.code, 'COLD_STORE']]),
    );
    expect(header.statusCode).toBe(422);
    expect(header.json<ErrorBody>().error).toMatchObject({
      code: 'IMPORT_HEADER_INVALID',
      fields: { header: expect.stringContaining('功能区') },
    });
    const inEnglish = await postUpload(
      officer,
      URL,
      await xlsxUpload(['portCode', 'typeCode'], [[w.port.code, 'COLD_STORE']]),
      { 'accept-language': 'en' },
    );
    // Missing columns by the names the template's header gives them, never by internal keys.
    const message = inEnglish.json<ErrorBody>().error.fields?.header ?? '';
    expect(message).toContain('Functional area');
    expect(message).not.toContain('functionalArea');
    const json = await officer.post(URL, { rows: [] });
    expect(json.statusCode).toBe(400);
    const empty = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, []));
    expect(empty.statusCode).toBe(422);
    expect(await tableCounts(t)).toEqual(before);
  });

  it("serves a template in the caller's language: headers, codes sheet, drop-downs, notes and an example row the import skips", async () => {
    const before = await tableCounts(t);
    const zh = await officer.get(`${URL}/template`);
    expect(zh.statusCode).toBe(200);
    const book = await templateBook(zh.rawPayload);
    const sheet = book.worksheets[0]!;
    expect(rowValues(sheet.getRow(1))).toEqual([
      '口岸代码',
      '设施类型代码',
      '功能区',
      '数量',
      '能力',
      '投用日期',
      '状态',
      '备注',
      '认证签发单位',
      '认证签发日期',
      '认证到期日期',
      '证书编号',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C1').note).toBeTruthy();
    expect(sheet.getColumn(3).width).toBeGreaterThan(8);
    // The example row: grey italics with a note, holding the definition's example.
    const example = sheet.getRow(2);
    expect(example.font?.italic).toBe(true);
    expect(example.getCell(1).note).toBeTruthy();
    expect(rowValues(example).slice(0, 3)).toEqual(['GL-DS', 'COLD_STORE', '冷链查验区']);

    const codes = book.getWorksheet('代码表')!;
    expect(codes).toBeDefined();
    const columns = codesByHeader(codes);
    expect(columns.get('设施类型代码')).toContainEqual(['COLD_STORE', expect.any(String)]);
    expect(columns.get('状态')).toContainEqual(['in_service', '在用']);
    // Only the ports this officer may write: the other branch's port is not offered.
    const ports = (columns.get('口岸代码') ?? []).map(([code]) => code);
    expect(ports).toContain(w.port.code);
    expect(ports).not.toContain(w.otherPort.code);
    for (const address of ['B2', 'B500', 'G1000']) {
      const validation = sheet.getCell(address).dataValidation;
      expect(validation).toMatchObject({ type: 'list', showErrorMessage: true });
      expect(validation.formulae?.[0]).toMatch(/^'代码表'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    }
    expect(sheet.getCell('C2').dataValidation).toBeUndefined();

    const en = await templateBook(
      (await officer.get(`${URL}/template`, { 'accept-language': 'en' })).rawPayload,
    );
    expect(rowValues(en.worksheets[0]!.getRow(1)).slice(0, 3)).toEqual([
      'Port code',
      'Facility type code',
      'Functional area',
    ]);
    expect(codesByHeader(en.getWorksheet('Codes')!).get('Status')).toContainEqual([
      'in_service',
      'In service',
    ]);

    // As downloaded, the template imports nothing; with a row added under the example, only that row.
    const unedited = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.from(zh.rawPayload), 'template.xlsx'),
    );
    expect(unedited.statusCode).toBe(422);
    expect(await tableCounts(t)).toEqual(before);
    sheet.addRow(facilityRow(w.port.code, 'COLD_STORE', 3, null, '模板导入区'));
    const filled = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.from(await book.xlsx.writeBuffer()), 'filled.xlsx'),
    );
    expect(filled.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
    expect((await tableCounts(t)).facilities).toBe((before.facilities ?? 0) + 1);
  });

  it("reports a format, a reference and a rule error of one file together, in the caller's language only", async () => {
    const rows = [
      facilityRow(w.port.code, 'COLD_STORE', 1, null, '甲区'),
      // Format: a quantity that is not a number.
      facilityRow(w.port.code, 'COLD_STORE', 'two', null, '乙区'),
      // Reference: no such facility type.
      facilityRow(w.port.code, 'TELEPORTER', 1, null, '丙区'),
      // Rule: the same port, type and area as the first row.
      facilityRow(w.port.code, 'COLD_STORE', 2, null, '甲区'),
      // A malformed cell does not hide the row's other problems.
      facilityRow(w.otherPort.code, 'COLD_STORE', 'many', null, '丁区'),
    ];
    const before = await tableCounts(t);
    const zh = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows));
    expect(zh.statusCode).toBe(422);
    const problems = zh.json<ImportReport>().problems;
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:quantity',
      '4:typeCode',
      '5:functionalArea',
      '6:quantity',
      '6:portCode',
    ]);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
    expect(problems.some((p) => /English|[A-Za-z]{4,}/.test(p.message))).toBe(false);
    const en = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows), {
      'accept-language': 'en',
    });
    expect(en.json<ImportReport>().problems.map((p) => p.column)).toEqual([
      'quantity',
      'typeCode',
      'functionalArea',
      'quantity',
      'portCode',
    ]);
    // Each problem names its column as the template's header does, in the caller's language.
    expect(en.json<ImportReport>().problems[0]).toMatchObject({ label: 'Quantity' });
    expect(problems[0]).toMatchObject({ label: '数量' });
    expect(en.json<ImportReport>().problems.some((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(
      false,
    );
    expect(await tableCounts(t)).toEqual(before);
  });

  it('reports rows already recorded and, as chosen, skips them or updates them (audited), never duplicating', async () => {
    const first = await postUpload(
      officer,
      URL,
      await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        facilityRow(w.port.code, 'COLD_STORE', 1, null, '复传区'),
      ]),
    );
    expect(first.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
    const again = await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
      facilityRow(w.port.code, 'COLD_STORE', 5, null, '复传区'),
      facilityRow(w.port.code, 'FUMIGATION_CHAMBER', 1, null, '复传区'),
    ]);
    const stored = () =>
      t.ctx.db
        .selectFrom('facilities')
        .select(['id', 'typeCode', 'quantity', 'version'])
        .where('functionalArea', '=', '复传区')
        .orderBy('typeCode')
        .execute();
    const [original] = await stored();
    const before = await tableCounts(t);

    // No choice made: nothing applied, the existing row named.
    const asked = await postUpload(officer, URL, again);
    expect(asked.statusCode).toBe(409);
    expect(asked.json<ImportReport>()).toEqual({
      applied: 0,
      problems: [],
      existing: [{ row: 2, key: `${w.port.code} / COLD_STORE / 复传区` }],
    });
    expect(await tableCounts(t)).toEqual(before);

    const skipped = await postUpload(officer, `${URL}?onExisting=skip`, again);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json<ImportReport>()).toMatchObject({ applied: 1, skipped: 1, updated: 0 });
    expect(await stored()).toEqual([
      { id: original!.id, typeCode: 'COLD_STORE', quantity: 1, version: 1 },
      { id: expect.any(String), typeCode: 'FUMIGATION_CHAMBER', quantity: 1, version: 1 },
    ]);

    const updated = await postUpload(officer, `${URL}?onExisting=update`, again);
    expect(updated.statusCode).toBe(200);
    // The fumigation chamber is recorded now too, so both rows are updates.
    expect(updated.json<ImportReport>()).toMatchObject({ applied: 2, skipped: 0, updated: 2 });
    const rows = await stored();
    expect(rows).toEqual([
      { id: original!.id, typeCode: 'COLD_STORE', quantity: 5, version: 2 },
      { id: expect.any(String), typeCode: 'FUMIGATION_CHAMBER', quantity: 1, version: 2 },
    ]);
    const audits = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'facility.update')
      .where('entityId', '=', original!.id)
      .execute();
    expect(audits).toEqual([{ action: 'facility.update', entityId: original!.id }]);
  });

  it('updating a row again with its certification does not record the certification twice', async () => {
    const row = facilityRow(
      w.port.code,
      'HEAT_TREATMENT_KILN',
      1,
      ['示例直属海关', '2026-11-01', '2027-10-31'],
      '认证区',
    );
    const first = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, [row]));
    expect(first.statusCode).toBe(200);
    const before = await tableCounts(t);
    const again = await postUpload(
      officer,
      `${URL}?onExisting=update`,
      await xlsxUpload(FACILITY_IMPORT_COLUMNS, [row]),
    );
    expect(again.json<ImportReport>()).toMatchObject({ applied: 1, updated: 1 });
    const after = await tableCounts(t);
    expect(after.facilities).toBe(before.facilities);
    expect(after.facilityCertifications).toBe(before.facilityCertifications);
  });

  it('leaves nothing half-written when a write fails part way', async () => {
    await postUpload(
      officer,
      URL,
      await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        facilityRow(w.port.code, 'COLD_STORE', 1, null, '故障区'),
      ]),
    );
    const before = await tableCounts(t);
    // The new row is inserted first; the update after it fails, and the insert must go with it.
    const failing = vi
      .spyOn(facilitiesRepository, 'update')
      .mockRejectedValueOnce(new Error('disk full'));
    const res = await postUpload(
      officer,
      `${URL}?onExisting=update`,
      await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        facilityRow(w.port.code, 'HARMLESS_DISPOSAL', 1, null, '故障区'),
        facilityRow(w.port.code, 'COLD_STORE', 9, null, '故障区'),
      ]),
    );
    failing.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(await tableCounts(t)).toEqual(before);
    const rows = await t.ctx.db
      .selectFrom('facilities')
      .select(['typeCode', 'quantity', 'version'])
      .where('functionalArea', '=', '故障区')
      .execute();
    expect(rows).toEqual([{ typeCode: 'COLD_STORE', quantity: 1, version: 1 }]);
  });
});
