import { PassThrough } from 'node:stream';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Agent } from './helpers.ts';

export type Upload = { payload: Buffer; contentType: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Factory: a workbook with a header row of column keys and the given rows. */
export async function workbook(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('import');
  ws.addRow([...columns]);
  for (const row of rows) ws.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cells of an exported workbook's first sheet as text, row by row (header included). */
export async function sheetRows(body: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(body).buffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) =>
    rows.push(
      (Array.isArray(row.values) ? row.values.slice(1) : []).map((v) => cellText(v ?? null)),
    ),
  );
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return String(value);
}

/** A downloaded template (or any workbook body) loaded for inspection. */
export async function templateBook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(body).buffer);
  return book;
}

/** A row's cell values, first column first. */
export const rowValues = (row: ExcelJS.Row): ExcelJS.CellValue[] =>
  Array.isArray(row.values) ? row.values.slice(1) : [];

/** A codes sheet read as its column headers → the [code, name] pairs listed under each. */
export function codesByHeader(sheet: ExcelJS.Worksheet): Map<string, [string, string][]> {
  const lists = new Map<string, [string, string][]>();
  for (let col = 1; col <= sheet.columnCount; col += 2) {
    const header = sheet.getCell(1, col).text;
    const entries: [string, string][] = [];
    for (let row = 2; sheet.getCell(row, col).text !== ''; row++)
      entries.push([sheet.getCell(row, col).text, sheet.getCell(row, col + 1).text]);
    lists.set(header, entries);
  }
  return lists;
}

/** A multipart/form-data body carrying one file, as a browser sends it. */
export function multipartFile(content: Buffer, filename = 'import.xlsx', mimetype = XLSX): Upload {
  const boundary = '----guomen-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mimetype}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export async function xlsxUpload(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<Upload> {
  return multipartFile(await workbook(columns, rows));
}

/** One entry of a hand-built archive: `data` as stored (compressed already when `method` is 8), `size` as declared. */
export type ArchiveEntry = {
  name: string;
  data: Buffer;
  method?: number;
  size?: number;
  flags?: number;
  sharesDataWith?: string;
};

/** An entry deflated from text, declaring its true size. */
export const deflatedEntry = (name: string, text: string | Buffer): ArchiveEntry => {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length };
};

/**
 * Factory: a ZIP archive written field by field, so a test can make it declare what it likes. An entry with
 * `sharesDataWith` gets no data of its own: its directory record points at the named entry's.
 */
export function zipArchive(entries: readonly ArchiveEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 0;
    const size = entry.size ?? entry.data.length;
    const header = (signature: number, length: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const shared =
      entry.sharesDataWith === undefined ? undefined : offsets.get(entry.sharesDataWith);
    if (shared === undefined) {
      const local = header(0x04034b50, 30);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(entry.flags ?? 0, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(entry.data.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      offsets.set(entry.name, offset);
      parts.push(local, name, entry.data);
    }
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(shared ?? offset, 42);
    centrals.push(central, name);
    if (shared === undefined) offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * A raw deflate stream of `head`, then `block` repeated `times` times, built without ever holding what it
 * inflates to: each piece is compressed with a full flush (so it refers to nothing before it), the block's
 * compressed form is repeated, and an empty final block ends the stream.
 */
export function deflatedRepeat(head: string, block: string, times: number): Buffer {
  const flushed = (text: string) =>
    deflateRawSync(Buffer.from(text, 'utf8'), {
      finishFlush: zlibConstants.Z_FULL_FLUSH,
      level: 9,
    });
  const repeated = flushed(block);
  return Buffer.concat([
    flushed(head),
    ...Array.from({ length: times }, () => repeated),
    deflateRawSync(Buffer.alloc(0)),
  ]);
}

const PACKAGE_PARTS = (sheet: ArchiveEntry): ArchiveEntry[] => [
  deflatedEntry(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  deflatedEntry(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  deflatedEntry(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="import" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  deflatedEntry(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
  sheet,
];

const xmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The XML of a row of inline-string cells; each cell's text is written as given, so it may carry references and `_xHHHH_` escapes. */
export function sheetRowXml(row: number, cells: readonly (string | null)[], escape = true): string {
  const xml = cells.map((text, i) =>
    text === null
      ? ''
      : `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${escape ? xmlText(text) : text}</t></is></c>`,
  );
  return `<row r="${row}">${xml.join('')}</row>`;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** Factory: a minimal xlsx written by hand around sheet XML rows, for cells no spreadsheet program would write. */
export function handWrittenXlsx(rowsXml: string): Buffer {
  return zipArchive(
    PACKAGE_PARTS(
      deflatedEntry('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${rowsXml}${SHEET_TAIL}`),
    ),
  );
}

/**
 * Factory: a zip bomb shaped as an xlsx: a proper header row, then `mib` MiB of empty elements that compress
 * about a thousand to one. With `declaredSize` the archive lies about how large the sheet inflates.
 */
export function bombXlsx(columns: readonly string[], mib: number, declaredSize?: number): Buffer {
  const block = '<x/>'.repeat(256 * 1024);
  const data = deflatedRepeat(`${SHEET_HEAD}${sheetRowXml(1, columns)}`, block, mib);
  const size =
    declaredSize ?? SHEET_HEAD.length + sheetRowXml(1, columns).length + block.length * mib;
  return zipArchive(PACKAGE_PARTS({ name: 'xl/worksheets/sheet1.xml', data, method: 8, size }));
}

/** Factory: a workbook of `count` generated rows, written with exceljs's streaming writer so a large one stays cheap. */
export async function largeWorkbook(
  columns: readonly string[],
  count: number,
  row: (i: number) => (string | number | null)[],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = book.addWorksheet('import');
  sheet.addRow([...columns]).commit();
  for (let i = 0; i < count; i++) sheet.addRow(row(i)).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/** Posts an upload as a browser's form does, with any extra headers (a language, a progress stream). */
export const postUpload = (
  agent: Pick<Agent, 'post'>,
  url: string,
  file: Upload,
  headers: Record<string, string> = {},
) => agent.post(url, file.payload, { 'content-type': file.contentType, ...headers });
