import type {} from '@fastify/multipart';
import ExcelJS from 'exceljs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IMPORT_MAX_ROWS, type ImportProblem } from '../../../../contracts/index.ts';
import { AppError, platformError } from '../errors/errors.ts';
import { firstFilePart, multipartFailure } from './multipart.ts';
import type { Lang, Text } from '../i18n/lang.ts';
import { issueText } from '../i18n/validation.ts';
import { ILL_FORMED_TEXT, textProblem } from '../text/well-formed.ts';
import { MAX_CELL_CHARS, XLSX_LIMITS, type SheetCell, type SheetRow } from '../files/xlsx-sheet.ts';
import type { ZipRefusalReason } from '../files/zip.ts';
import { neutralised, safeSheetName } from './excel.ts';
import { READ_TIMEOUT_MS, sheetWorkers, type PoolResult } from './xlsx-pool.ts';

export type ImportCell = SheetCell;
export type ImportRow = SheetRow;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MIB = 1024 * 1024;

export const importErrors = {
  notXlsx: (detail?: Text) =>
    new AppError(
      'IMPORT_NOT_XLSX',
      415,
      { zh: '请上传 .xlsx 格式的 Excel 文件', en: 'Upload an Excel .xlsx file' },
      detail ? { file: detail } : undefined,
    ),
  tooLarge: (detail?: Text) =>
    new AppError(
      'IMPORT_TOO_LARGE',
      413,
      { zh: '文件超过大小上限', en: 'The file is over the size limit' },
      detail ? { file: detail } : undefined,
    ),
  noFile: () =>
    new AppError(
      'IMPORT_NO_FILE',
      400,
      { zh: '请选择要导入的文件', en: 'Choose a file to import' },
      { file: { zh: '必填', en: 'is required' } },
    ),
  /** Missing columns by the names the template's header gives them, each in its language. */
  badHeader: (missing: readonly Text[]) =>
    new AppError(
      'IMPORT_HEADER_INVALID',
      422,
      { zh: '表头与模板不符', en: 'The header row does not match the template' },
      {
        header: {
          zh: `缺少列：${missing.map((m) => m.zh).join('、')}`,
          en: `missing columns: ${missing.map((m) => m.en).join(', ')}`,
        },
      },
    ),
  tooManyRows: () =>
    new AppError('IMPORT_TOO_MANY_ROWS', 413, {
      zh: `一次最多导入 ${IMPORT_MAX_ROWS} 行`,
      en: `At most ${IMPORT_MAX_ROWS} rows per import`,
    }),
  busy: () =>
    new AppError(
      'IMPORT_BUSY',
      503,
      { zh: '正在处理其他导入，请稍后重试', en: 'Other imports are being read; try again shortly' },
      undefined,
      { 'retry-after': '10' },
    ),
};

/** Why an archive was refused, said about the file; the first five are about size (413), the rest about form (415). */
const ARCHIVE_REFUSALS: Record<ZipRefusalReason, { status: 413 | 415; detail: Text }> = {
  tooManyEntries: {
    status: 413,
    detail: {
      zh: `压缩包内的条目超过 ${XLSX_LIMITS.maxEntries} 个，不是常规的 Excel 文件`,
      en: `holds more than ${XLSX_LIMITS.maxEntries} archive entries, more than any ordinary Excel file`,
    },
  },
  entryTooLarge: {
    status: 413,
    detail: {
      zh: `其中一个部分解压后超过 ${XLSX_LIMITS.maxEntryBytes / MIB} MB`,
      en: `has a part that inflates past ${XLSX_LIMITS.maxEntryBytes / MIB} MB`,
    },
  },
  totalTooLarge: {
    status: 413,
    detail: {
      zh: `解压后总大小超过 ${XLSX_LIMITS.maxTotalBytes / MIB} MB`,
      en: `inflates past ${XLSX_LIMITS.maxTotalBytes / MIB} MB in all`,
    },
  },
  ratio: {
    status: 413,
    detail: {
      zh: `压缩比超过 ${XLSX_LIMITS.maxRatio}:1，疑似压缩炸弹`,
      en: `is compressed more than ${XLSX_LIMITS.maxRatio} to 1, the mark of a zip bomb`,
    },
  },
  inflatesPastDeclared: {
    status: 413,
    detail: { zh: '解压后的内容超过其声明的大小', en: 'inflates past the sizes it declares' },
  },
  unsupported: {
    status: 415,
    detail: {
      zh: '使用了不支持的压缩包特性（加密、ZIP64、分卷或非常规压缩方式）',
      en: 'uses an archive feature Excel files do not (encryption, ZIP64, spanning or an unusual compression method)',
    },
  },
  unreadable: {
    status: 415,
    detail: { zh: '压缩包已损坏或结构异常', en: 'is a damaged or malformed archive' },
  },
};

/** The refusal as the error the client sees; every case is named, so a new kind of refusal does not compile until it is answered. */
function refusalError(
  result: Exclude<PoolResult, { ok: true }>,
  columnName: (key: string) => Text,
): AppError {
  const refusal = result.refusal;
  switch (refusal.kind) {
    case 'archive': {
      const { status, detail } = ARCHIVE_REFUSALS[refusal.reason];
      return status === 413 ? importErrors.tooLarge(detail) : importErrors.notXlsx(detail);
    }
    case 'notXlsx':
      return importErrors.notXlsx({
        zh: '找不到工作表或其内容无法读取',
        en: 'has no readable worksheet',
      });
    case 'badHeader':
      return importErrors.badHeader(refusal.missing.map(columnName));
    case 'illFormedHeader':
      return platformError('VALIDATION_FAILED', { header: ILL_FORMED_TEXT[refusal.problem] });
    case 'tooManyRows':
      return importErrors.tooManyRows();
    case 'cellTooLong':
      return importErrors.tooLarge({
        zh: `第 ${refusal.row} 行有单元格超过 ${MAX_CELL_CHARS} 个字符`,
        en: `row ${refusal.row} has a cell longer than ${MAX_CELL_CHARS} characters`,
      });
    case 'stringsTooLarge':
      return importErrors.tooLarge({
        zh: '共享字符串表过大',
        en: 'has a shared-string table too large to read',
      });
    case 'timeout':
      return importErrors.tooLarge({
        zh: `${READ_TIMEOUT_MS / 1000} 秒内未能读完，请拆分为较小的文件`,
        en: `could not be read within ${READ_TIMEOUT_MS / 1000} s; split it into smaller files`,
      });
    case 'outOfMemory':
      return importErrors.tooLarge({
        zh: '读取所需内存超过上限，请拆分为较小的文件',
        en: 'needs more memory to read than allowed; split it into smaller files',
      });
    case 'busy':
      return importErrors.busy();
  }
}

/** The uploaded file as a buffer: xlsx only (by name, type and zip signature), within the size limit. */
export async function uploadedWorkbook(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!req.isMultipart()) throw importErrors.notXlsx();
  const received = await firstFilePart(req, { fileSize: maxBytes, files: 1 });
  if (!received) throw importErrors.noFile();
  const { part: file, fileName } = received;
  if (
    !fileName.toLowerCase().endsWith('.xlsx') ||
    (file.mimetype !== XLSX && file.mimetype !== 'application/octet-stream')
  ) {
    file.file.resume();
    throw importErrors.notXlsx();
  }
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || (error as { statusCode?: unknown }).statusCode === 413)
      throw importErrors.tooLarge();
    throw multipartFailure(error);
  }
  if (file.file.truncated) throw importErrors.tooLarge();
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') throw importErrors.notXlsx();
  return buffer;
}

/**
 * The first sheet's rows keyed by column key (the header names a column by its key or its label in either
 * language); blank rows are skipped. Read in a worker
 * thread, streaming, and stopped at row IMPORT_MAX_ROWS + 1 (see files/xlsx-sheet.ts).
 */
export async function readRows(
  buffer: Buffer,
  columns: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
  optional: readonly string[] = [],
): Promise<ImportRow[]> {
  const result = await sheetWorkers.read(buffer, {
    columns,
    maxRows: IMPORT_MAX_ROWS,
    aliases,
    optional,
  });
  if (result.ok) return result.rows;
  // The aliases hold each column's Chinese name, then its English one (see headerAliases).
  const columnName = (key: string): Text => {
    const [zh = key, en = zh] = Object.keys(aliases).filter((text) => aliases[text] === key);
    return { zh, en };
  };
  throw refusalError(result, columnName);
}

/** Rows handled between two turns of the event loop in an import's checking and writing. */
export const YIELD_EVERY_ROWS = 250;

/**
 * A row as checked: `data` when the whole row is valid, else null; `fields` holds every cell that is valid
 * on its own either way, so an import checks a row's references and rules even when another of its cells
 * is malformed, and reports every problem of the file in one answer.
 */
export type ParsedRow<T extends z.ZodType> = {
  row: number;
  data: z.infer<T> | null;
  fields: Partial<z.infer<T>>;
};

/**
 * Validates every row with its schema, giving the event loop back every few hundred rows: a sheet of 20,000 rows
 * takes a few hundred milliseconds to check, and /healthz and every other request must not wait that long.
 */
export async function parseRows<T extends z.ZodType>(
  schema: T,
  rows: readonly ImportRow[],
  lang: Lang,
  problems: ImportProblem[],
): Promise<ParsedRow<T>[]> {
  const parsed: ParsedRow<T>[] = [];
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % YIELD_EVERY_ROWS === 0) await yieldToLoop();
    const data = parseRow(schema, row, lang, problems);
    parsed.push({
      row: row.row,
      data,
      fields: data ?? validFields(schema, row),
    });
  }
  return parsed;
}

/** The cells of a refused row that are valid on their own (text that cannot be stored never is). */
function validFields<T extends z.ZodType>(schema: T, row: ImportRow): Partial<z.infer<T>> {
  if (!(schema instanceof z.ZodObject)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries<z.ZodType>(schema.shape)) {
    const value = row.values[key];
    if (typeof value === 'string' && textProblem(value)) continue;
    const parsed = field.safeParse(value);
    if (parsed.success) fields[key] = parsed.data;
  }
  return fields as Partial<z.infer<T>>;
}

/**
 * Validates one row with its schema; problems name the row and the column. Text that cannot be stored as
 * it stands (a lone surrogate, NUL: see well-formed.ts) is a problem of its cell before the schema sees it.
 */
export function parseRow<T extends z.ZodType>(
  schema: T,
  row: ImportRow,
  lang: Lang,
  problems: ImportProblem[],
): z.infer<T> | null {
  const illFormed = Object.entries(row.values).flatMap(([column, value]) => {
    const problem = typeof value === 'string' ? textProblem(value) : null;
    return problem ? [{ row: row.row, column, message: ILL_FORMED_TEXT[problem][lang] }] : [];
  });
  if (illFormed.length > 0) {
    problems.push(...illFormed);
    return null;
  }
  const parsed = schema.safeParse(row.values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      row: row.row,
      column: String(issue.path[0] ?? ''),
      message: issueText(issue, lang),
    });
  }
  return null;
}

/** One valid code of an enumerated column, with its name in both languages. */
export type TemplateCode = { code: string; name: Text };

/** What a template is made of; every text comes from the code and is written in the caller's language. */
export type TemplateSpec = {
  fileBase: string;
  columns: readonly string[];
  /** Each column's header, which the import reads back (in either language, or as the key). */
  labels: Readonly<Record<string, Text>>;
  /** Each column's rule, shown as a note on its header. */
  rules: Readonly<Partial<Record<string, Text>>>;
  example: Readonly<Record<string, ImportCell>>;
  /** The valid codes of each enumerated column, listed on the codes sheet and offered as a drop-down. */
  codes: Readonly<Partial<Record<string, readonly TemplateCode[]>>>;
  /** Enumerated columns holding several codes in one cell: their drop-down suggests rather than restricts. */
  multiple?: readonly string[];
};

/** Rows of the data sheet that carry a drop-down, header excluded: far more than a clerk types by hand. */
export const TEMPLATE_VALIDATED_ROWS = 1000;

/** The codes sheet's name; Excel allows no "/" in a sheet name, so each language has its own. */
export const codesSheetName = (lang: Lang) => (lang === 'en' ? 'Codes' : '代码表');

/** Header text → column key, for headers written in either language. */
export function headerAliases(columns: readonly string[], labels: Readonly<Record<string, Text>>) {
  const aliases: Record<string, string> = {};
  for (const c of columns) {
    const label = labels[c];
    if (!label) continue;
    aliases[label.zh] = c;
    aliases[label.en] = c;
  }
  return aliases;
}

const sameCell = (a: ImportCell | undefined, b: ImportCell | undefined) =>
  String(a ?? '').trim() === String(b ?? '').trim();

/**
 * Whether a row is the template's example as downloaded: such a row is left out of the import, so a clerk
 * who keeps it above their own rows imports only theirs, and one who overwrites it imports it as written.
 */
export function isExampleRow(
  row: ImportRow,
  columns: readonly string[],
  example: Readonly<Record<string, ImportCell>>,
): boolean {
  return columns.every((c) => sameCell(row.values[c], example[c]));
}

const excelColumn = (n: number): string => {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
};

type ListValidation = ExcelJS.DataValidation;
// exceljs keeps a sheet's validations by range and writes each range once, but leaves this off its types.
type WithValidations = {
  dataValidations: { add(range: string, validation: ListValidation): void };
};

/**
 * A template a clerk fills without a manual: the data sheet's header names each column in the caller's
 * language (its rule as a note), frozen, with one example row in grey italics that the import leaves out
 * while it stands unchanged; a codes sheet lists every enumerated column's codes with their names, and
 * those columns carry a drop-down of them. A third sheet restates the columns. Text is made inert as every
 * export's is (see excel.ts), though today all of it comes from the code.
 */
export async function sendTemplate(reply: FastifyReply, spec: TemplateSpec, lang: Lang) {
  const { columns, labels, rules, example, codes } = spec;
  const book = new ExcelJS.Workbook();
  book.creator = 'Guomen';
  const ws = book.addWorksheet(safeSheetName(spec.fileBase), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = ws.addRow(columns.map((c) => neutralised(labels[c]?.[lang] ?? c)));
  header.font = { bold: true };
  header.eachCell((cell, i) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
    const rule = rules[columns[i - 1] ?? '']?.[lang];
    if (rule) cell.note = rule;
  });
  const sample = ws.addRow(columns.map((c) => neutralised(example[c] ?? null)));
  sample.font = { italic: true, color: { argb: 'FF8C8C8C' } };
  sample.getCell(1).note =
    lang === 'en'
      ? 'Example row: left as it is, the import skips it. Fill your rows below it, or overwrite it.'
      : '示例行：保持原样时导入会跳过此行。请在其下方填写，或直接改写本行。';
  columns.forEach((c, i) => {
    const label = labels[c]?.[lang] ?? c;
    ws.getColumn(i + 1).width = Math.min(40, Math.max(14, [...label].length * 2 + 2));
  });

  const codesSheet = book.addWorksheet(codesSheetName(lang));
  const listed = columns.filter((c) => (codes[c]?.length ?? 0) > 0);
  const codeHeader = lang === 'en' ? 'Name' : '名称';
  listed.forEach((c, i) => {
    const list = codes[c] ?? [];
    const codeCol = 2 * i + 1;
    codesSheet.getCell(1, codeCol).value = neutralised(labels[c]?.[lang] ?? c);
    codesSheet.getCell(1, codeCol + 1).value = codeHeader;
    list.forEach((entry, j) => {
      codesSheet.getCell(j + 2, codeCol).value = neutralised(entry.code);
      codesSheet.getCell(j + 2, codeCol + 1).value = neutralised(entry.name[lang]);
    });
    codesSheet.getColumn(codeCol).width = 18;
    codesSheet.getColumn(codeCol + 1).width = 28;
    const letter = excelColumn(codeCol);
    const target = excelColumn(columns.indexOf(c) + 1);
    const several = spec.multiple?.includes(c) ?? false;
    (ws as unknown as WithValidations).dataValidations.add(
      `${target}2:${target}${TEMPLATE_VALIDATED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${codesSheetName(lang)}'!$${letter}$2:$${letter}$${list.length + 1}`],
        showErrorMessage: true,
        // Several codes in one cell cannot be one entry of the list: Excel warns and lets them stand.
        errorStyle: several ? 'information' : 'stop',
        errorTitle: lang === 'en' ? 'Not a listed code' : '不是代码表中的代码',
        error:
          lang === 'en'
            ? `Choose a code listed on the "${codesSheetName(lang)}" sheet.`
            : `请选择“${codesSheetName(lang)}”工作表中列出的代码。`,
      },
    );
  });
  codesSheet.getRow(1).font = { bold: true };
  codesSheet.views = [{ state: 'frozen', ySplit: 1 }];

  const help = book.addWorksheet(lang === 'en' ? 'Columns' : '列说明');
  help.addRow(lang === 'en' ? ['Column', 'Rule', 'Example'] : ['列', '填写规则', '示例']).font = {
    bold: true,
  };
  for (const c of columns)
    help.addRow(
      [labels[c]?.[lang] ?? c, rules[c]?.[lang] ?? '', example[c] ?? null].map(neutralised),
    );
  help.columns.forEach((col) => (col.width = 32));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${spec.fileBase}-template.xlsx"`)
    .send(buffer);
}
