import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { multipartFile, postUpload, workbook, xlsxUpload } from '../../../test/xlsx-upload.ts';

const URL = '/api/v1/facilities/import';

/** One ledger row in the template's column order; `cert` is issuer, issued and expiry date. */
const facilityRow = (
  port: string,
  type: string,
  quantity: number | string = 1,
  cert: [string, string, string] | null = null,
) => [
  port,
  type,
  '原木处理区',
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
      facilityRow(i % 2 === 0 ? w.port.code : w.siblingPort.code, 'COLD_STORE', 1 + (i % 3)),
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
      fields: { header: expect.stringContaining('functionalArea') },
    });
    const json = await officer.post(URL, { rows: [] });
    expect(json.statusCode).toBe(400);
    const empty = await postUpload(officer, URL, await xlsxUpload(FACILITY_IMPORT_COLUMNS, []));
    expect(empty.statusCode).toBe(422);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('serves a template whose header row is the column keys', async () => {
    const before = await tableCounts(t);
    const res = await officer.get(`${URL}/template`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const header = book.worksheets[0]?.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1) : []).toEqual([...FACILITY_IMPORT_COLUMNS]);
    // The example lives on the explanation sheet: the template as downloaded imports nothing.
    expect(book.worksheets[0]?.actualRowCount).toBe(1);
    const unedited = await postUpload(
      officer,
      URL,
      multipartFile(Buffer.from(res.rawPayload), 'template.xlsx'),
    );
    expect(unedited.statusCode).toBe(422);
    expect(await tableCounts(t)).toEqual(before);
  });
});
