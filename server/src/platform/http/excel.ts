import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Lang } from '../i18n/lang.ts';

export type ExportColumn<T> = {
  header: { zh: string; en: string };
  width?: number;
  value: (row: T) => string | number | null;
};

/** What a spreadsheet program takes for the start of a formula (OWASP, CSV injection), full-width forms included. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** Control characters the xlsx writer drops (XML 1.0 cannot hold them): removed first, so what is judged is what is written. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const DROPPED_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** Invisible characters a reader's eye skips: a formula start behind them is still a formula start. */
const INVISIBLE_LEAD = /^\p{Cf}+/u;

/**
 * A cell's text made inert: text that starts like a formula gets a leading single quote, as OWASP's
 * guidance on CSV (formula) injection says. A string cell in an xlsx is not evaluated as it stands, but it
 * is once someone edits it (F2, Enter), pastes it elsewhere, or saves the sheet as CSV and opens that. The
 * quote goes into the text itself, not into a cell format (Text `@`, or the quotePrefix style), because a
 * format is lost on save-as-CSV and on a paste of values, and the text has to stay inert wherever it goes;
 * the price is an apostrophe shown on the rare cell that begins with one of these characters. Numbers are
 * never touched: a negative number stays a number.
 */
export function neutralised<V extends string | number | null | undefined>(value: V): V | string {
  if (typeof value !== 'string') return value;
  const written = value.replace(DROPPED_CONTROLS, '');
  return FORMULA_START.test(written) || FORMULA_START.test(written.replace(INVISIBLE_LEAD, ''))
    ? `'${written}`
    : written;
}

/**
 * A sheet name Excel accepts and that cannot read as a formula. Sheet names carry user text (a port code,
 * say): Excel refuses `* ? : \ / [ ]`, control characters, a quote at either end, more than 31 characters
 * and "History", and exceljs throws on them, which would turn an export into a 500. A name is never
 * evaluated, but it is copied as text into other tools' output, so a formula start gets an underscore (a
 * quote is not allowed first).
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name
    .replace(/[*?:/\\[\]\u0000-\u001f]/g, ' ')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  if (cleaned === '' || cleaned.toLowerCase() === 'history') return 'Sheet1';
  return FORMULA_START.test(cleaned) ? `_${cleaned}`.slice(0, 31) : cleaned;
}

/** Exports exactly the rows the list filter selected, headed in the caller's language. */
export async function sendWorkbook<T>(
  reply: FastifyReply,
  fileBase: string,
  sheet: string,
  columns: ExportColumn<T>[],
  rows: T[],
  lang: Lang,
) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Guomen';
  book.created = new Date();
  const ws = book.addWorksheet(safeSheetName(sheet));
  ws.columns = columns.map((c, i) => ({
    header: neutralised(c.header[lang]),
    key: `c${i}`,
    width: c.width ?? 18,
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows)
    ws.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, neutralised(c.value(row))])));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  const stamp = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileBase}-${stamp}.xlsx"`)
    .send(buffer);
}
