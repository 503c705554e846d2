// Compares engine results with R surveillance's answers for the same weeks (the validation contract:
// identical alarms, expected and upperbound within 1e-6 relative, NA exactly where R has NA). Used by
// the fixture tests and by the benchmark.
import { WEEK_STATUSES, type SeriesEvaluation } from './types.ts';

export interface ReferenceRow {
  readonly seriesId: string;
  readonly week: number;
  readonly expected: number;
  readonly upperbound: number;
  /** 1, 0 or -1 for NA. */
  readonly alarm: number;
  /** 'ok', or 'error' when R stopped on this week. */
  readonly status: string;
}

const toNumber = (text: string): number =>
  text === 'NA' || text === 'NaN' ? Number.NaN : Number(text);
const toAlarm = (text: string): number => (text === 'TRUE' ? 1 : text === 'FALSE' ? 0 : -1);

/** Reads rows `variant?,series_id,week_index,expected,upperbound,alarm,status[,message]` grouped by key. */
export function parseReferenceCsv(
  text: string,
  keyOf: (fields: string[]) => string,
): Map<string, ReferenceRow[]> {
  const lines = text.trim().split('\n');
  const header = lines[0]!.split(',');
  const at = (name: string): number => header.indexOf(name);
  const [id, week, expected, upper, alarm, status] = [
    'series_id',
    'week_index',
    'expected',
    'upperbound',
    'alarm',
    'status',
  ].map(at) as [number, number, number, number, number, number];
  const groups = new Map<string, ReferenceRow[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const key = keyOf(f);
    const rows = groups.get(key) ?? [];
    rows.push({
      seriesId: f[id]!,
      week: Number(f[week]),
      expected: toNumber(f[expected]!),
      upperbound: toNumber(f[upper]!),
      alarm: toAlarm(f[alarm]!),
      status: f[status]!,
    });
    groups.set(key, rows);
  }
  return groups;
}

export interface Agreement {
  weeks: number;
  comparedValues: number;
  alarms: number;
  maxRelativeDifference: number;
  mismatches: string[];
}

export function emptyAgreement(): Agreement {
  return { weeks: 0, comparedValues: 0, alarms: 0, maxRelativeDifference: 0, mismatches: [] };
}

const RELATIVE_TOLERANCE = 1e-6;

function compareValue(
  agreement: Agreement,
  where: string,
  name: string,
  engine: number,
  r: number,
): void {
  if (Number.isNaN(r) || Number.isNaN(engine)) {
    if (Number.isNaN(r) !== Number.isNaN(engine))
      agreement.mismatches.push(`${where}: ${name} engine ${engine} R ${r}`);
    return;
  }
  agreement.comparedValues++;
  if (engine === r) return;
  const relative = Math.abs(engine - r) / Math.max(Math.abs(r), 1e-300);
  agreement.maxRelativeDifference = Math.max(agreement.maxRelativeDifference, relative);
  if (relative > RELATIVE_TOLERANCE && Math.abs(engine - r) > 1e-12) {
    agreement.mismatches.push(`${where}: ${name} engine ${engine} R ${r}`);
  }
}

/**
 * Adds one series' comparison to `agreement`. Weeks R refused must not be 'ok' in the engine; weeks
 * where R returned nothing but NA alarms because its GLM failed must be 'not_converged'.
 */
export function compareSeries(
  agreement: Agreement,
  label: string,
  evaluation: SeriesEvaluation,
  rows: readonly ReferenceRow[],
): void {
  for (const row of rows) {
    const i = row.week - evaluation.from;
    const where = `${label} week ${row.week}`;
    if (i < 0 || i >= evaluation.expected.length) {
      agreement.mismatches.push(`${where}: outside the engine's range`);
      continue;
    }
    agreement.weeks++;
    const status = WEEK_STATUSES[evaluation.status[i]!];
    if (row.status !== 'ok') {
      if (status === 'ok') agreement.mismatches.push(`${where}: R failed but the engine says ok`);
      continue;
    }
    if (status === 'not_converged') {
      if (row.alarm !== -1)
        agreement.mismatches.push(`${where}: engine did not converge, R alarm ${row.alarm}`);
      continue;
    }
    if (status !== 'ok' && status !== 'missing_observation' && status !== 'missing_reference') {
      agreement.mismatches.push(
        `${where}: engine status ${status} (${evaluation.messages.get(i)}) but R answered`,
      );
      continue;
    }
    if (evaluation.alarm[i] !== row.alarm) {
      agreement.mismatches.push(`${where}: alarm engine ${evaluation.alarm[i]} R ${row.alarm}`);
    }
    if (row.alarm === 1) agreement.alarms++;
    compareValue(agreement, where, 'expected', evaluation.expected[i]!, row.expected);
    compareValue(agreement, where, 'upperbound', evaluation.upperbound[i]!, row.upperbound);
  }
}
