import { setTimeout as pause } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FACILITY_IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  TRAFFIC_IMPORT_COLUMNS,
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
import { actorOf, makeAccount, makePort, makeUnit } from '../../../test/factories.ts';
import {
  bombXlsx,
  handWrittenXlsx,
  largeWorkbook,
  multipartFile,
  postUpload,
  sheetRowXml,
} from '../../../test/xlsx-upload.ts';

// The port every sheet here names. The oversized workbook is costly, so it is built once for the file, and
// each test's fresh database gets a port of this code for it to name.
const PORT = 'T-WORKBOOK';
const FACILITIES = '/api/v1/facilities/import';
const TRAFFIC = '/api/v1/traffic/import';

/** Five times the row limit and one more: a valid traffic sheet the import must refuse without reading it all. */
let oversized: Promise<Buffer> | null = null;
const oversizedTraffic = () =>
  (oversized ??= largeWorkbook(TRAFFIC_IMPORT_COLUMNS, IMPORT_MAX_ROWS * 5 + 1, (i) => [
    PORT,
    'GRAIN',
    2000 + (i % 26),
    1 + (i % 12),
    'tonnes',
    i,
  ]));

describe.skipIf(!dbAvailable)('reading a workbook', () => {
  let t: TestApp;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    const district = await makeUnit(t, { kind: 'district' });
    const branch = await makeUnit(t, { kind: 'branch', parent: district });
    const username = await makeAccount(t, { role: 'branch_officer', unit: branch });
    await makePort(t, await actorOf(t, username), { branch, code: PORT, designations: ['GRAIN'] });
    officer = await login(t, username);
  });
  afterEach(async () => t.close());

  it('refuses a zip bomb from its directory, and one whose sizes lie as soon as it inflates past them (413)', async () => {
    const before = await tableCounts(t);
    const en = { 'accept-language': 'en' };
    // Like the probe's: about 150 KB that inflate to 150 MiB, declared honestly.
    const honest = await postUpload(
      officer,
      FACILITIES,
      multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 150), 'bomb.xlsx'),
      en,
    );
    expect(honest.statusCode, honest.body).toBe(413);
    expect(honest.json<ErrorBody>().error).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      fields: { file: expect.stringContaining('inflates past') },
    });
    const ratio = await postUpload(
      officer,
      FACILITIES,
      multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 50), 'bomb.xlsx'),
      en,
    );
    expect(ratio.statusCode).toBe(413);
    expect(ratio.json<ErrorBody>().error.fields?.file).toContain('zip bomb');
    // The same bytes declaring a 512 KiB sheet: the directory passes, the inflation stops at 512 KiB + 1 byte.
    const lying = await postUpload(
      officer,
      FACILITIES,
      multipartFile(bombXlsx(FACILITY_IMPORT_COLUMNS, 150, 512 * 1024), 'bomb.xlsx'),
    );
    expect(lying.statusCode, lying.body).toBe(413);
    expect(lying.json<ErrorBody>().error).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      fields: { file: '解压后的内容超过其声明的大小' },
    });
    expect(await tableCounts(t)).toEqual(before);
  });

  it(`stops at row ${IMPORT_MAX_ROWS + 1} of a ${IMPORT_MAX_ROWS * 5 + 1}-row workbook and answers 413`, async () => {
    const before = await tableCounts(t);
    const res = await postUpload(
      officer,
      TRAFFIC,
      multipartFile(await oversizedTraffic(), 'traffic.xlsx'),
    );
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json<ErrorBody>().error.code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('answers /healthz while a workbook is being read', async () => {
    let settled = false;
    const importing = postUpload(
      officer,
      TRAFFIC,
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
    const before = await tableCounts(t);
    const row = (n: number, area: string, notes: string) =>
      sheetRowXml(
        n,
        [
          PORT,
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
    const res = await postUpload(officer, FACILITIES, multipartFile(handWrittenXlsx(sheet)), {
      'accept-language': 'en',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<ImportReport>()).toEqual({
      applied: 0,
      problems: [
        { row: 2, column: 'notes', label: 'Notes', message: 'must not contain NUL characters' },
        {
          row: 3,
          column: 'functionalArea',
          label: 'Functional area',
          message: 'holds an invalid Unicode character (a lone surrogate)',
        },
      ],
    });
    const header = await postUpload(
      officer,
      FACILITIES,
      multipartFile(handWrittenXlsx(sheetRowXml(1, [...FACILITY_IMPORT_COLUMNS, 'x&#0;'], false))),
    );
    expect(header.statusCode).toBe(400);
    expect(header.json<ErrorBody>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { header: expect.any(String) },
    });
    expect(await tableCounts(t)).toEqual(before);
  });
});
