import type {} from '@fastify/multipart';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { IMPORT_MAX_ROWS, type ImportProblem } from '../../../../contracts/index.ts';
import { AppError } from '../errors/errors.ts';
import type { Lang } from '../i18n/lang.ts';
import { issueText } from '../i18n/validation.ts';

export type ImportCell = string | number | null;
export type ImportRow = { row: number; values: Record<string, ImportCell> };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importErrors = {
  notXlsx: () => new AppError('IMPORT_NOT_XLSX', 415, { zh: '请上传 .xlsx 格式的 Excel 文件', en: 'Upload an Excel .xlsx file' }),
  tooLarge: () => new AppError('IMPORT_TOO_LARGE', 413, { zh: '文件超过大小上限', en: 'The file is over the size limit' }),
  noFile: () => new AppError('IMPORT_NO_FILE', 400, { zh: '请选择要导入的文件', en: 'Choose a file to import' }, { file: { zh: '必填', en: 'is required' } }),
  badHeader: (missing: string[]) =>
    new AppError('IMPORT_HEADER_INVALID', 422, { zh: '表头与模板不符', en: 'The header row does not match the template' }, { header: { zh: `缺少列：${missing.join('、')}`, en: `missing columns: ${missing.join(', ')}` } }),
  tooManyRows: () => new AppError('IMPORT_TOO_MANY_ROWS', 413, { zh: `一次最多导入 ${IMPORT_MAX_ROWS} 行`, en: `At most ${IMPORT_MAX_ROWS} rows per import` }),
};

/** The uploaded file as a buffer: xlsx only (by name, type and zip signature), within the size limit. */
export async function uploadedWorkbook(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!req.isMultipart()) throw importErrors.notXlsx();
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw importErrors.noFile();
  if (!file.filename.toLowerCase().endsWith('.xlsx') || (file.mimetype !== XLSX && file.mimetype !== 'application/octet-stream')) {
    file.file.resume();
    throw importErrors.notXlsx();
  }
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch {
    throw importErrors.tooLarge();
  }
  if (file.file.truncated) throw importErrors.tooLarge();
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') throw importErrors.notXlsx();
  return buffer;
}

function cellValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text.trim() || null;
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim() || null;
  return null;
}

/** The first sheet's rows keyed by the header row's column keys; blank rows are skipped. */
export async function readRows(buffer: Buffer, columns: readonly string[]): Promise<ImportRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw importErrors.notXlsx();
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw importErrors.badHeader([...columns]);
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = cellValue(cell.value);
    if (typeof key === 'string') header.set(key, col);
  });
  const missing = columns.filter((c) => !header.has(c));
  if (missing.length > 0) throw importErrors.badHeader(missing);
  if (sheet.rowCount - 1 > IMPORT_MAX_ROWS) throw importErrors.tooManyRows();
  const rows: ImportRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, ImportCell> = {};
    for (const c of columns) values[c] = cellValue(row.getCell(header.get(c) ?? 0).value);
    if (Object.values(values).some((v) => v !== null)) rows.push({ row: r, values });
  }
  return rows;
}

/** Validates one row with its schema; problems name the row and the column. */
export function parseRow<T extends z.ZodType>(schema: T, row: ImportRow, lang: Lang, problems: ImportProblem[]): z.infer<T> | null {
  const parsed = schema.safeParse(row.values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({ row: row.row, column: String(issue.path[0] ?? ''), message: issueText(issue, lang) });
  }
  return null;
}

/**
 * A template: a data sheet holding only the header row of column keys, and a second sheet explaining each
 * column with an example value — kept off the data sheet, so an unedited template imports nothing.
 */
export async function sendTemplate(reply: FastifyReply, fileBase: string, columns: readonly string[], labels: Record<string, { zh: string; en: string }>, example: Record<string, ImportCell>, lang: Lang) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Guomen';
  const ws = book.addWorksheet(fileBase);
  ws.addRow([...columns]);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col) => (col.width = 20));
  const help = book.addWorksheet(lang === 'en' ? 'Columns' : '列说明');
  help.addRow(lang === 'en' ? ['Column', 'Meaning', 'Example'] : ['列', '含义', '示例']).font = { bold: true };
  for (const c of columns) help.addRow([c, labels[c]?.[lang] ?? '', example[c] ?? null]);
  help.columns.forEach((col) => (col.width = 28));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${fileBase}-template.xlsx"`).send(buffer);
}
