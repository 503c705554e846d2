import { attribute, type XmlHandler } from './xml-scan.ts';

/** Scans one package part: `build` is given a way to stop early and answers the handler for the part's XML. */
export type ScanPart = (build: (stop: () => void) => XmlHandler) => Promise<void>;

/**
 * Text as stored in SpreadsheetML (ECMA-376 ST_Xstring): a character XML cannot carry is written `_xHHHH_`,
 * and a literal `_x` is written `_x005F_x`. Excel writes control characters this way, and exceljs's own
 * loader decoded them, so the import sees the same text as before.
 */
export function unescapeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    : text;
}

/** The last column a sheet may have (XFD). */
const MAX_COLUMN = 16_384;

/** The column number of a cell reference such as `AB12`, or 0 when it is not one. */
export function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20;
    if (c < 0x41 || c > 0x5a) break;
    n = n * 26 + (c - 0x40);
    if (n > MAX_COLUMN) return 0;
  }
  return n;
}

/** An Excel date serial as YYYY-MM-DD, counted as exceljs counts it; a serial past any calendar stays a number. */
export function serialDate(serial: number, date1904: boolean): string | number {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? serial : date.toISOString().slice(0, 10);
}

/**
 * Built-in number formats that show a date or a time (ECMA-376 §18.8.30): the international ones and the
 * East Asian ones Chinese Excel uses (27–36, 50–58), which a workbook does not spell out in styles.xml.
 */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format shows a date: a date or time token outside quoted text, brackets and escapes. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILTIN_DATE_FORMATS.has(numFmtId);
  const bare = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare);
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
export async function readDateStyles(scan: ScanPart): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const formatOfStyle: number[] = [];
  let inCellXfs = false;
  await scan((stop) => ({
    open(name, attributes, selfClosing) {
      if (name === 'numFmt') {
        const id = Number.parseInt(attribute(attributes, 'numFmtId') ?? '', 10);
        const code = attribute(attributes, 'formatCode');
        if (Number.isSafeInteger(id) && code !== undefined) formats.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs)
        formatOfStyle.push(Number.parseInt(attribute(attributes, 'numFmtId') ?? '0', 10) || 0);
    },
    close(name) {
      // Number formats come before the cell styles; nothing after them is wanted.
      if (name === 'cellXfs') stop();
    },
    text() {},
  }));
  return formatOfStyle.map((id) => isDateFormat(id, formats.get(id)));
}

/**
 * The shared-string table as written (still ST_Xstring-escaped), without phonetic runs; null when it holds
 * more than `maxStrings` strings or one longer than a cell can be.
 */
export async function readSharedStrings(
  scan: ScanPart,
  maxStrings: number,
  maxChars: number,
): Promise<string[] | null> {
  const strings: string[] = [];
  let overflow = false;
  let inItem = false;
  let inPhonetic = false;
  let capturing = false;
  let current = '';
  await scan((stop) => {
    const refuse = () => {
      overflow = true;
      stop();
    };
    const endItem = () => {
      strings.push(current);
      current = '';
      inItem = false;
      if (strings.length > maxStrings) refuse();
    };
    return {
      open(name, _attributes, selfClosing) {
        if (name === 'si') {
          inItem = true;
          current = '';
          if (selfClosing) endItem();
        } else if (name === 'rPh') inPhonetic = !selfClosing;
        else if (name === 't') capturing = inItem && !inPhonetic && !selfClosing;
      },
      close(name) {
        if (name === 't') capturing = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si' && inItem) endItem();
      },
      text(text) {
        if (!capturing) return;
        current += text;
        // Escaped text is up to seven times longer than what it stands for.
        if (current.length > maxChars * 7) refuse();
      },
    };
  });
  return overflow ? null : strings;
}
