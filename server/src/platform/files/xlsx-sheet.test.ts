import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bombXlsx, handWrittenXlsx, sheetRowXml, workbook } from '../../../test/xlsx-upload.ts';
import { columnNumber, isDateFormat, serialDate, unescapeXstring } from './xlsx-parts.ts';
import { MAX_CELL_CHARS, readFirstSheet, type SheetResult } from './xlsx-sheet.ts';

const columns = ['code', 'name', 'when', 'count'];
const read = (zip: Buffer, maxRows = 100, cols: readonly string[] = columns) =>
  readFirstSheet(zip, { columns: cols, maxRows });
const rowsOf = (result: SheetResult) => (result.ok ? result.rows : result.refusal);

describe('readFirstSheet', () => {
  it('reads the first sheet in tab order as exceljs wrote it: keyed by header, blanks skipped, values as the import wants them', async () => {
    const book = new ExcelJS.Workbook();
    const help = book.addWorksheet('help');
    const data = book.addWorksheet('data');
    // exceljs orders the tabs by orderNo (which its types leave out): 'data' comes first, though it is sheet2.xml.
    Object.assign(help, { orderNo: 10 });
    help.addRow(['not', 'this', 'one']);
    data.addRow(['count', 'extra', 'when', 'name', 'code']);
    data.addRow([3, 'ignored', new Date(Date.UTC(2026, 9, 1)), '  口岸 & <港>  ', 'P-1']);
    data.addRow([]);
    data.addRow([
      { formula: '1+1', result: 2 },
      null,
      '2026-10-02',
      { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] },
      true,
    ]);
    data.addRow([null, 'only an unmapped column', null, '   ', null]);
    const result = await read(Buffer.from(await book.xlsx.writeBuffer()));
    expect(rowsOf(result)).toEqual([
      { row: 2, values: { code: 'P-1', name: '口岸 & <港>', when: '2026-10-01', count: 3 } },
      { row: 4, values: { code: 'true', name: '富文本', when: '2026-10-02', count: 2 } },
    ]);
  });

  it('keeps every character whole where the inflated text is cut into chunks', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`P-${i}`, `第${i}号口岸查验区`, null, i]);
    const result = await read(await workbook(columns, rows), 10_000);
    if (!result.ok) throw new Error(result.refusal.kind);
    expect(result.rows).toHaveLength(5000);
    expect(result.rows.filter((r) => String(r.values.name).includes('\ufffd'))).toEqual([]);
    expect(result.rows[4321]?.values.name).toBe('第4321号口岸查验区');
  });

  it('keeps a number cell that overflows (1e309) as its text, for the column to refuse by name', async () => {
    const numeric = (row: number, value: string) =>
      `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>P-1</t></is></c><c r="D${row}"><v>${value}</v></c></row>`;
    const zip = handWrittenXlsx(
      `${sheetRowXml(1, columns)}${numeric(2, '-1e309')}${numeric(3, '42')}`,
    );
    expect(rowsOf(await read(zip))).toEqual([
      { row: 2, values: { code: 'P-1', name: null, when: null, count: '-1e309' } },
      { row: 3, values: { code: 'P-1', name: null, when: null, count: 42 } },
    ]);
  });

  it('stops at the first data row past the limit, without reading the rest of the sheet', async () => {
    const rows = Array.from({ length: 4 }, (_, i) =>
      sheetRowXml(i + 2, [`P-${i}`, 'n', null, null]),
    ).join('');
    // Whatever follows row 5 is not XML at all: reading it would refuse the file as unreadable.
    const zip = handWrittenXlsx(`${sheetRowXml(1, columns)}${rows}<row r="6"><c><<<`);
    expect(rowsOf(await read(zip, 3))).toEqual({ kind: 'tooManyRows' });
    expect(
      rowsOf(await read(handWrittenXlsx(`${sheetRowXml(1, columns)}${rows}`), 4)),
    ).toHaveLength(4);
  });

  it('refuses a header that lacks a column, a sheet without row 1, and a header cell that is not well-formed text', async () => {
    expect(rowsOf(await read(handWrittenXlsx(sheetRowXml(1, ['code', 'name']))))).toEqual({
      kind: 'badHeader',
      missing: ['when', 'count'],
    });
    expect(rowsOf(await read(handWrittenXlsx(sheetRowXml(2, columns))))).toEqual({
      kind: 'badHeader',
      missing: columns,
    });
    expect(
      rowsOf(await read(handWrittenXlsx(sheetRowXml(1, [...columns, 'bad&#xDC00;'], false)))),
    ).toEqual({ kind: 'illFormedHeader', column: 5, problem: 'surrogate' });
  });

  it('passes on cells holding NUL or a lone surrogate, however they are written, for the import to name', async () => {
    const zip = handWrittenXlsx(
      sheetRowXml(1, columns) + sheetRowXml(2, ['P-1', 'a_x0000_b', 'c&#0;d', 'e&#xD800;f'], false),
    );
    expect(rowsOf(await read(zip))).toEqual([
      { row: 2, values: { code: 'P-1', name: 'a\u0000b', when: 'c\u0000d', count: 'e\ud800f' } },
    ]);
  });

  it('refuses a cell longer than Excel allows, and passes on the archive checks', async () => {
    const long = handWrittenXlsx(
      sheetRowXml(1, columns) + sheetRowXml(2, ['P-1', 'x'.repeat(MAX_CELL_CHARS + 1), null, null]),
    );
    expect(rowsOf(await read(long))).toEqual({ kind: 'cellTooLong', row: 2, column: 2 });
    expect(rowsOf(await read(bombXlsx(columns, 50)))).toEqual({
      kind: 'archive',
      reason: 'ratio',
      entry: 'xl/worksheets/sheet1.xml',
    });
    expect(rowsOf(await read(bombXlsx(columns, 50, 256 * 1024)))).toEqual({
      kind: 'archive',
      reason: 'inflatesPastDeclared',
      entry: 'xl/worksheets/sheet1.xml',
    });
    expect(rowsOf(await read(Buffer.from('PK but nothing else')))).toEqual({
      kind: 'archive',
      reason: 'unreadable',
      entry: null,
    });
  });
});

describe('xlsx parts', () => {
  it('tells date formats from others, built-in (East Asian ones included) and custom', () => {
    expect([14, 22, 31, 57].map((id) => isDateFormat(id, undefined))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([0, 2, 49].map((id) => isDateFormat(id, undefined))).toEqual([false, false, false]);
    expect(isDateFormat(176, 'yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat(177, '[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat(178, '0.00"天"')).toBe(false);
    expect(isDateFormat(179, '[Red]#,##0.00;0.00E+00')).toBe(false);
    expect(isDateFormat(180, 'General')).toBe(false);
  });

  it('reads column letters, date serials and ST_Xstring escapes', () => {
    expect(['A1', 'Z9', 'AA10', 'XFD1', 'XFE1', '12'].map(columnNumber)).toEqual([
      1, 26, 27, 16_384, 0, 0,
    ]);
    expect(serialDate(46296, false)).toBe('2026-10-01');
    expect(serialDate(44834, true)).toBe('2026-10-01');
    expect(unescapeXstring('a_x0009_b_x005F_x0041_')).toBe('a\tb_x0041_');
  });
});
