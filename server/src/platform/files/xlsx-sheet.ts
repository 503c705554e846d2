import { textProblem, type IllFormed } from '../text/well-formed.ts';
import { ZipRefusal, type ZipLimits, type ZipRefusalReason } from './zip.ts';
import { XmlError, attribute, type XmlHandler } from './xml-scan.ts';
import { firstSheet, Package } from './xlsx-package.ts';
import {
  columnNumber,
  readDateStyles,
  readSharedStrings,
  serialDate,
  unescapeXstring,
} from './xlsx-parts.ts';

/**
 * Reads the first sheet of an xlsx into rows keyed by its header row, streaming: the archive's directory is
 * checked before anything inflates, each part is inflated and scanned in pieces, and the sheet stops being
 * read as soon as it has more data rows than asked for. Meant to run in a worker thread (see
 * http/xlsx-worker.ts); nothing here touches the network, the database or the file system.
 */

export type SheetCell = string | number | null;
export type SheetRow = { row: number; values: Record<string, SheetCell> };
/** `aliases` maps a header's text (a column's name in either language, as the template writes it) to its key. */
export type SheetRequest = {
  columns: readonly string[];
  /** Columns a header may lack (added to the template later): their cells read as blank. */
  optional?: readonly string[];
  maxRows: number;
  aliases?: Readonly<Record<string, string>>;
};
export type SheetRefusal =
  | { kind: 'archive'; reason: ZipRefusalReason; entry: string | null }
  | { kind: 'notXlsx' }
  | { kind: 'badHeader'; missing: string[] }
  | { kind: 'illFormedHeader'; column: number; problem: IllFormed['problem'] }
  | { kind: 'tooManyRows' }
  | { kind: 'cellTooLong'; row: number; column: number }
  | { kind: 'stringsTooLarge' };
export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; refusal: SheetRefusal };

/**
 * Limits on the archive, checked on its central directory before inflating. The upload is at most 5 MiB
 * (IMPORT_MAX_BYTES). Excel writes 10 to 40 parts; a few hundred come with many sheets or pictures, so a
 * thousand is generous and anything past it is crafted. Sheet XML compresses about 8 to 10 to 1 (a
 * 100,000-row sheet written by exceljs inflates from 3.3 MB to 26 MB), so 100 MiB per part and 200 MiB in all
 * leave room for any file under the upload limit while bounding the work a file can ask for. A ratio past
 * 100 to 1 is the mark of a bomb (it is also Apache POI's default for the same check); small parts are
 * exempt, since a kilobyte of padding that compresses well costs nothing.
 */
export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/** Excel's own limit on the text of one cell; a longer one was not written by a spreadsheet program. */
export const MAX_CELL_CHARS = 32_767;
/**
 * Shared strings kept while the sheet is read: far more than a sheet of IMPORT_MAX_ROWS rows can use, and
 * few enough that the table fits the worker's heap.
 */
export const MAX_SHARED_STRINGS = 1_000_000;

class Refused extends Error {
  constructor(readonly refusal: SheetRefusal) {
    super(refusal.kind);
  }
}

/** The first sheet's rows keyed by the header row's column keys; blank rows are skipped. */
export async function readFirstSheet(
  zip: Buffer,
  request: SheetRequest,
  limits: ZipLimits = XLSX_LIMITS,
): Promise<SheetResult> {
  try {
    const pkg = new Package(zip, limits);
    const parts = await firstSheet(pkg);
    if (!parts) throw new Refused({ kind: 'notXlsx' });
    const { sheet, sharedStrings, styles, date1904 } = parts;
    // Shared strings and styles are read first, whatever their order in the archive: the sheet is then read
    // once, as it inflates, and never spilled to memory or disk whole.
    const strings = sharedStrings
      ? await readSharedStrings(
          (build) => pkg.scan(sharedStrings, build),
          MAX_SHARED_STRINGS,
          MAX_CELL_CHARS,
        )
      : [];
    if (strings === null) throw new Refused({ kind: 'stringsTooLarge' });
    const dateStyles = styles ? await readDateStyles((build) => pkg.scan(styles, build)) : [];
    const reader = new SheetReader(request, strings, dateStyles, date1904);
    await pkg.scan(sheet, (stop) => reader.handler(stop));
    return { ok: true, rows: reader.finish() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    if (error instanceof ZipRefusal)
      return { ok: false, refusal: { kind: 'archive', reason: error.reason, entry: error.entry } };
    if (error instanceof XmlError) return { ok: false, refusal: { kind: 'notXlsx' } };
    throw error;
  }
}

/** A text cell as the import sees it: ST_Xstring escapes undone, trimmed, and null when blank. */
function cellText(stored: string | null | undefined): string | null {
  const trimmed = stored === null || stored === undefined ? '' : unescapeXstring(stored).trim();
  return trimmed === '' ? null : trimmed;
}

type Cell = {
  column: number;
  type: string;
  style: number;
  value: string | null;
  inline: string | null;
};

/** The sheet's rows, built as the scanner walks `<sheetData>`. */
class SheetReader {
  private header: Map<number, string> | null = null;
  private readonly rows: SheetRow[] = [];
  private inSheetData = false;
  private rowNumber = 0;
  private rowCells: Map<number, SheetCell> | null = null;
  private cell: Cell | null = null;
  private lastColumn = 0;
  private capture: 'v' | 't' | null = null;
  private captured = '';
  private inInline = false;
  private inPhonetic = false;

  constructor(
    private readonly request: SheetRequest,
    private readonly strings: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  handler(stop: () => void): XmlHandler {
    return {
      open: (name, attributes, selfClosing) => this.open(name, attributes, selfClosing),
      close: (name) => this.close(name, stop),
      text: (text) => {
        if (this.capture === null) return;
        this.captured += text;
        // Escaped text (`_xHHHH_`) is up to seven times longer than what it stands for.
        if (this.captured.length > MAX_CELL_CHARS * 7) this.tooLong();
      },
    };
  }

  private open(name: string, attributes: string, selfClosing: boolean) {
    switch (name) {
      case 'sheetData':
        this.inSheetData = !selfClosing;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        const r = Number.parseInt(attribute(attributes, 'r') ?? '', 10);
        this.rowNumber = Number.isSafeInteger(r) && r > 0 ? r : this.rowNumber + 1;
        this.rowCells = new Map();
        this.lastColumn = 0;
        if (selfClosing) this.endRow();
        return;
      }
      case 'c': {
        if (!this.rowCells) return;
        const ref = attribute(attributes, 'r');
        const column = ref ? columnNumber(ref) : 0;
        this.lastColumn = column > 0 ? column : this.lastColumn + 1;
        const style = Number.parseInt(attribute(attributes, 's') ?? '0', 10);
        this.cell = {
          column: this.lastColumn,
          type: attribute(attributes, 't') ?? 'n',
          style: Number.isSafeInteger(style) ? style : 0,
          value: null,
          inline: null,
        };
        if (selfClosing) this.cell = null;
        return;
      }
      case 'v':
        if (this.cell && !selfClosing) this.startCapture('v');
        return;
      case 'is':
        this.inInline = this.cell !== null && !selfClosing;
        return;
      case 'rPh':
        this.inPhonetic = !selfClosing;
        return;
      case 't':
        if (this.inInline && !this.inPhonetic && !selfClosing) this.startCapture('t');
        return;
      default:
    }
  }

  private close(name: string, stop: () => void) {
    switch (name) {
      case 'sheetData':
        // Whatever follows the cells (merges, validations, drawings) is not wanted.
        this.inSheetData = false;
        stop();
        return;
      case 'row':
        if (this.rowCells) this.endRow();
        return;
      case 'c':
        if (this.cell && this.rowCells) this.endCell(this.cell, this.rowCells);
        this.cell = null;
        return;
      case 'v':
        if (this.cell && this.capture === 'v') this.cell.value = this.captured;
        this.capture = null;
        return;
      case 't':
        if (this.cell && this.capture === 't')
          this.cell.inline = (this.cell.inline ?? '') + this.captured;
        this.capture = null;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      default:
    }
  }

  private startCapture(kind: 'v' | 't') {
    this.capture = kind;
    this.captured = '';
  }

  private tooLong(): never {
    throw new Refused({ kind: 'cellTooLong', row: this.rowNumber, column: this.cell?.column ?? 0 });
  }

  private endCell(cell: Cell, cells: Map<number, SheetCell>) {
    // Data rows keep only the template's columns; the header row keeps every cell, to find them.
    if (this.header && !this.header.has(cell.column)) return;
    const value = this.cellValue(cell);
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) this.tooLong();
    cells.set(cell.column, value);
  }

  /** As the previous reader turned exceljs cell values into import cells: text trimmed, blanks null, dates as YYYY-MM-DD. */
  private cellValue(cell: Cell): SheetCell {
    switch (cell.type) {
      case 's':
        return cell.value === null ? null : cellText(this.strings[Number.parseInt(cell.value, 10)]);
      case 'inlineStr':
        return cellText(cell.inline ?? cell.value);
      case 'str':
        return cellText(cell.value);
      case 'b':
        return cell.value === null
          ? null
          : Number.parseInt(cell.value, 10) !== 0
            ? 'true'
            : 'false';
      case 'e':
        return null;
      case 'd':
        return cell.value === null
          ? null
          : (/^\d{4}-\d{2}-\d{2}/.exec(cell.value.trim())?.[0] ?? cellText(cell.value));
      default: {
        if (cell.value === null || cell.value.trim() === '') return null;
        const n = Number(cell.value);
        // 1e309 and the like overflow to Infinity: kept as the text written, so the column's schema refuses it by name.
        if (!Number.isFinite(n)) return cell.value.trim();
        return this.dateStyles[cell.style] ? serialDate(n, this.date1904) : n;
      }
    }
  }

  private endRow() {
    const cells = this.rowCells ?? new Map<number, SheetCell>();
    this.rowCells = null;
    if (!this.header) {
      this.header = this.headerOf(this.rowNumber === 1 ? cells : new Map<number, SheetCell>());
      return;
    }
    const values: Record<string, SheetCell> = {};
    for (const key of this.request.columns) values[key] = null;
    for (const [column, key] of this.header) values[key] = cells.get(column) ?? null;
    let blank = true;
    for (const key in values) if (values[key] !== null) blank = false;
    if (blank) return;
    this.rows.push({ row: this.rowNumber, values });
    // Thrown from inside the scan, this stops the inflation too: nothing past row maxRows + 1 is read.
    if (this.rows.length > this.request.maxRows) throw new Refused({ kind: 'tooManyRows' });
  }

  /** Column number → key for the template's columns; refuses a header that lacks one or holds ill-formed text. */
  private headerOf(cells: Map<number, SheetCell>): Map<number, string> {
    const byKey = new Map<string, number>();
    for (const [column, value] of cells) {
      if (typeof value !== 'string') continue;
      const problem = textProblem(value);
      if (problem) throw new Refused({ kind: 'illFormedHeader', column, problem });
      const text = value.trim();
      byKey.set(this.request.aliases?.[text] ?? text, column);
    }
    const missing = this.request.columns.filter(
      (c) => !byKey.has(c) && !this.request.optional?.includes(c),
    );
    if (missing.length > 0) throw new Refused({ kind: 'badHeader', missing });
    const header = new Map<number, string>();
    for (const [key, column] of byKey)
      if (this.request.columns.includes(key)) header.set(column, key);
    return header;
  }

  finish(): SheetRow[] {
    if (!this.header) this.headerOf(new Map());
    return this.rows;
  }
}
