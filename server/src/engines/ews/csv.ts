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

/** Parses a counts CSV into one series per series_id, in order of first appearance. */
export function parseCountsCsv(text: string): CountSeries[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0)
    throw new CsvFormatError(
      1,
      1,
      'header',
      'the file is empty; expected the header series_id,week_index,count',
    );
  const header = splitRecord(lines[0]!).fields.map((name) => name.trim());
  const position = REQUIRED_COLUMNS.map((name) => header.indexOf(name));
  const missing = REQUIRED_COLUMNS.find((_, c) => position[c]! < 0);
  if (missing !== undefined) {
    throw new CsvFormatError(
      1,
      header.length + 1,
      missing,
      `the header has no column "${missing}" (found: ${header.join(',')})`,
    );
  }
  const [idAt, weekAt, countAt] = position as [number, number, number];
  const weeksBySeries = new Map<string, Map<number, number>>();
  for (let l = 1; l < lines.length; l++) {
    const lineNumber = l + 1;
    const { fields, badColumn } = splitRecord(lines[l]!);
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
    let weeks = weeksBySeries.get(seriesId);
    if (weeks === undefined) weeksBySeries.set(seriesId, (weeks = new Map()));
    if (weeks.has(week))
      throw new CsvFormatError(
        lineNumber,
        weekAt + 1,
        'week_index',
        `week ${week} of series "${seriesId}" appears twice`,
      );
    weeks.set(week, count);
  }
  return [...weeksBySeries].map(([seriesId, weeks]) => {
    const counts = new Float64Array(Math.max(...weeks.keys())).fill(Number.NaN);
    for (const [week, count] of weeks) counts[week - 1] = count;
    return { seriesId, counts };
  });
}

/** A number as C's %.17g prints it (what R's sprintf gives), NA for NaN, Inf for infinities. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const stripZeros = (s: string): string =>
    s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
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
