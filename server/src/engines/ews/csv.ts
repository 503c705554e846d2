// The CSV contract of `guomen ews`: counts in (series_id,week_index,count; a missing row or an empty
// count is NA), per-week results out (series_id,week_index,expected,upperbound,alarm,status).
// A malformed input is refused with the line and column of the first problem.
import { WEEK_STATUSES, type SeriesEvaluation } from './types.ts';

export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly columnName: string,
    reason: string,
  ) {
    super(`line ${line}, column ${column} (${columnName}): ${reason}`);
  }
}

export interface CountSeries {
  readonly seriesId: string;
  /** Index 0 is week 1; NaN is a missing count. */
  readonly counts: Float64Array;
}

const REQUIRED_COLUMNS = ['series_id', 'week_index', 'count'] as const;

/** Splits one CSV record (RFC 4180 quoting, no embedded newlines). Returns null on a broken quote. */
function splitRecord(line: string): { fields: string[]; badColumn: number } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const next = line.indexOf('"', i);
        if (next < 0) return { fields, badColumn: fields.length + 1 };
        value += line.slice(i, next);
        if (line[next + 1] === '"') {
          value += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') return { fields, badColumn: fields.length + 1 };
      fields.push(value);
    } else {
      const next = line.indexOf(',', i);
      fields.push(next < 0 ? line.slice(i) : line.slice(i, next));
      i = next < 0 ? line.length : next;
    }
    if (i >= line.length) return { fields, badColumn: 0 };
    i++;
  }
}

const COUNT_PATTERN = /^\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** One parsed data row. */
interface CountRow {
  readonly seriesId: string;
  readonly week: number;
  readonly count: number;
}

/** The columns of the header, in the order the rows give them. */
interface Layout {
  readonly header: readonly string[];
  readonly idAt: number;
  readonly weekAt: number;
  readonly countAt: number;
}

/** Any row, quoted or not: the reference reading, which also names the first problem. */
function parseRecord(line: string, lineNumber: number, layout: Layout): CountRow {
  const { header, idAt, weekAt, countAt } = layout;
  const { fields, badColumn } = splitRecord(line);
  if (badColumn > 0)
    throw new CsvFormatError(
      lineNumber,
      badColumn,
      header[badColumn - 1] ?? 'extra',
      'unbalanced quote',
    );
  if (fields.length !== header.length) {
    const column = Math.min(fields.length, header.length) + 1;
    throw new CsvFormatError(
      lineNumber,
      column,
      header[column - 1] ?? 'extra',
      `expected ${header.length} fields, found ${fields.length}`,
    );
  }
  const seriesId = fields[idAt]!.trim();
  if (seriesId === '')
    throw new CsvFormatError(lineNumber, idAt + 1, 'series_id', 'the series id is empty');
  const weekText = fields[weekAt]!.trim();
  const week = Number(weekText);
  if (!/^\d+$/.test(weekText) || week < 1) {
    throw new CsvFormatError(
      lineNumber,
      weekAt + 1,
      'week_index',
      `"${weekText}" is not a week number (1, 2, ...)`,
    );
  }
  const countText = fields[countAt]!.trim();
  let count = Number.NaN;
  if (countText !== '' && countText !== 'NA') {
    if (!COUNT_PATTERN.test(countText)) {
      throw new CsvFormatError(
        lineNumber,
        countAt + 1,
        'count',
        `"${countText}" is not a non-negative count (leave it empty for a missing week)`,
      );
    }
    count = Number(countText);
  }
  return { seriesId, week, count };
}

const QUOTE = 0x22;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** Digits read without Number(): both give the same value below 2^53. */
const MAX_FAST_WEEK_DIGITS = 9;
const MAX_FAST_COUNT_DIGITS = 15;

/** The value of text[from, to) if it is all digits (at most maxDigits of them), else -1. */
function digitsAt(text: string, from: number, to: number, maxDigits: number): number {
  if (to <= from || to - from > maxDigits) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return -1;
    value = value * 10 + (c - DIGIT_0);
  }
  return value;
}

/** Beyond this a week is not an array index; such a series fails where its counts are allocated. */
const FAR_WEEK = 2 ** 31;

/** The weeks of one series as they are read. */
class SeriesWeeks {
  /** Index week - 1; undefined until given. */
  private readonly near: (number | undefined)[] = [];
  private far: Map<number, number> | null = null;

  has(week: number): boolean {
    return week < FAR_WEEK ? this.near[week - 1] !== undefined : (this.far?.has(week) ?? false);
  }

  set(week: number, count: number): void {
    if (week < FAR_WEEK) this.near[week - 1] = count;
    else (this.far ??= new Map()).set(week, count);
  }

  counts(): Float64Array {
    const length = Math.max(this.near.length, ...(this.far?.keys() ?? []));
    const counts = new Float64Array(length).fill(Number.NaN);
    this.near.forEach((count, i) => (counts[i] = count ?? Number.NaN));
    for (const [week, count] of this.far ?? []) counts[week - 1] = count;
    return counts;
  }
}

/**
 * Parses a counts CSV into one series per series_id, in order of first appearance.
 *
 * Rows in the usual shape (series_id,week_index,count in that order, unquoted, plain digits) are read
 * straight from the text; any other row goes through parseRecord, which accepts or refuses it.
 */
export function parseCountsCsv(input: string): CountSeries[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/^(\r?\n)*$/.test(text))
    throw new CsvFormatError(
      1,
      1,
      'header',
      'the file is empty; expected the header series_id,week_index,count',
    );
  /** Where the line starting at `start` ends, without its \r\n or \n. */
  const lineEnd = (start: number, newline: number): number =>
    newline < 0
      ? text.length
      : newline > start && text.charCodeAt(newline - 1) === 0x0d
        ? newline - 1
        : newline;
  const headerBreak = text.indexOf('\n');
  const header = splitRecord(text.slice(0, lineEnd(0, headerBreak))).fields.map((name) =>
    name.trim(),
  );
  const columnAt = REQUIRED_COLUMNS.map((name) => header.indexOf(name));
  const missing = REQUIRED_COLUMNS.find((_, c) => columnAt[c]! < 0);
  if (missing !== undefined) {
    throw new CsvFormatError(
      1,
      header.length + 1,
      missing,
      `the header has no column "${missing}" (found: ${header.join(',')})`,
    );
  }
  const [idAt, weekAt, countAt] = columnAt as [number, number, number];
  const layout: Layout = { header, idAt, weekAt, countAt };
  const usualShape = header.length === 3 && idAt === 0 && weekAt === 1 && countAt === 2;

  const seriesById = new Map<string, SeriesWeeks>();
  // An id is never empty, so the first row never matches this.
  let lastId = '';
  let lastWeeks = new SeriesWeeks();
  const add = (seriesId: string, week: number, count: number, lineNumber: number): void => {
    if (seriesId !== lastId) {
      let weeks = seriesById.get(seriesId);
      if (weeks === undefined) seriesById.set(seriesId, (weeks = new SeriesWeeks()));
      lastId = seriesId;
      lastWeeks = weeks;
    }
    if (lastWeeks.has(week))
      throw new CsvFormatError(
        lineNumber,
        weekAt + 1,
        'week_index',
        `week ${week} of series "${seriesId}" appears twice`,
      );
    lastWeeks.set(week, count);
  };

  /** An empty line is an error only when a row follows it. */
  let emptySince = 0;
  let lineNumber = 1;
  let next = headerBreak < 0 ? text.length + 1 : headerBreak + 1;
  for (let start = next; start <= text.length; start = next) {
    const newline = text.indexOf('\n', start);
    const end = lineEnd(start, newline);
    next = newline < 0 ? text.length + 1 : newline + 1;
    lineNumber++;
    if (start === end) {
      if (emptySince === 0) emptySince = lineNumber;
      continue;
    }
    if (emptySince > 0) parseRecord('', emptySince, layout);
    if (usualShape && text.charCodeAt(start) !== QUOTE) {
      const idEnd = text.indexOf(',', start);
      const weekEnd = idEnd < 0 || idEnd >= end ? -1 : text.indexOf(',', idEnd + 1);
      if (weekEnd >= 0 && weekEnd < end) {
        const week = digitsAt(text, idEnd + 1, weekEnd, MAX_FAST_WEEK_DIGITS);
        const countStart = weekEnd + 1;
        const isNa =
          countStart === end ||
          (end - countStart === 2 &&
            text.charCodeAt(countStart) === 0x4e &&
            text.charCodeAt(countStart + 1) === 0x41);
        const count = isNa ? Number.NaN : digitsAt(text, countStart, end, MAX_FAST_COUNT_DIGITS);
        const sameId = idEnd - start === lastId.length && text.startsWith(lastId, start);
        const seriesId = sameId ? lastId : text.slice(start, idEnd);
        if (
          week >= 1 &&
          (isNa || count >= 0) &&
          seriesId !== '' &&
          (sameId || seriesId.trim().length === seriesId.length)
        ) {
          add(seriesId, week, count, lineNumber);
          continue;
        }
      }
    }
    const row = parseRecord(text.slice(start, end), lineNumber, layout);
    add(row.seriesId, row.week, row.count, lineNumber);
  }
  return [...seriesById].map(([seriesId, weeks]) => ({ seriesId, counts: weeks.counts() }));
}

/** Drops the trailing zeros of a fraction, and its point if nothing is left after it. */
function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === DIGIT_0) end--;
  if (s.charCodeAt(end - 1) === 0x2e) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A number as C's %.17g prints it (what R's sprintf gives), NA for NaN, Inf for infinities. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  // Where %.17g prints positionally, so does toPrecision(17); a safe integer prints exactly as itself.
  if (magnitude >= 1e-4 && magnitude < 1e17)
    return Number.isSafeInteger(x) ? String(x) : stripZeros(x.toPrecision(17));
  const exponential = x.toExponential(16);
  const actualExponent = Number(exponential.slice(exponential.indexOf('e') + 1));
  if (actualExponent < -4 || actualExponent >= 17) {
    const [mantissa, power] = exponential.split('e') as [string, string];
    const sign = power.startsWith('-') ? '-' : '+';
    return `${stripZeros(mantissa)}e${sign}${power.replace(/^[-+]/, '').padStart(2, '0')}`;
  }
  return stripZeros(x.toPrecision(17));
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const RESULT_HEADER = 'series_id,week_index,expected,upperbound,alarm,status';

/** Result rows of one series, without the header, one line per monitored week. */
export function formatResultRows(seriesId: string, evaluation: SeriesEvaluation): string {
  const id = quote(seriesId);
  let out = '';
  for (let i = 0; i < evaluation.expected.length; i++) {
    const alarm = evaluation.alarm[i]! < 0 ? 'NA' : evaluation.alarm[i] === 1 ? 'TRUE' : 'FALSE';
    out += `${id},${evaluation.from + i},${formatNumber(evaluation.expected[i]!)},${formatNumber(evaluation.upperbound[i]!)},${alarm},${WEEK_STATUSES[evaluation.status[i]!]}\n`;
  }
  return out;
}
