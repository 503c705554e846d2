import ExcelJS from 'exceljs';

export type Upload = { payload: Buffer; contentType: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Factory: a workbook with a header row of column keys and the given rows. */
export async function workbook(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('import');
  ws.addRow([...columns]);
  for (const row of rows) ws.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A multipart/form-data body carrying one file, as a browser sends it. */
export function multipartFile(content: Buffer, filename = 'import.xlsx', mimetype = XLSX): Upload {
  const boundary = '----guomen-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mimetype}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function xlsxUpload(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<Upload> {
  return multipartFile(await workbook(columns, rows));
}
