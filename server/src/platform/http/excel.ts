import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Lang } from '../i18n/lang.ts';

export type ExportColumn<T> = { header: { zh: string; en: string }; width?: number; value: (row: T) => string | number | null };

/** Exports exactly the rows the list filter selected, headed in the caller's language. */
export async function sendWorkbook<T>(reply: FastifyReply, fileBase: string, sheet: string, columns: ExportColumn<T>[], rows: T[], lang: Lang) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Guomen';
  book.created = new Date();
  const ws = book.addWorksheet(sheet);
  ws.columns = columns.map((c, i) => ({ header: c.header[lang], key: `c${i}`, width: c.width ?? 18 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) ws.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)])));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  const stamp = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileBase}-${stamp}.xlsx"`)
    .send(buffer);
}
