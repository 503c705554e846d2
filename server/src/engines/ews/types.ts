// Shapes shared by every early-warning method. Results are columnar typed arrays (one entry per
// monitored week) so that thousands of series move between worker threads without copying objects.

export const EWS_METHODS = ['farringtonFlexible', 'farrington', 'C1', 'C2', 'C3', 'cusum'] as const;
export type EwsMethod = (typeof EWS_METHODS)[number];

/**
 * Why a week has (or lacks) a result. R stops the whole series in most of these cases; the engine
 * reports them per week and carries on.
 */
export const WEEK_STATUSES = [
  'ok',
  'insufficient_history',
  'missing_reference',
  'missing_observation',
  'not_converged',
  'failed',
] as const;
export type WeekStatus = (typeof WEEK_STATUSES)[number];
export const STATUS_CODE: Readonly<Record<WeekStatus, number>> = Object.fromEntries(
  WEEK_STATUSES.map((status, code) => [status, code]),
) as Record<WeekStatus, number>;

export type PowerTransform = '2/3' | '1/2' | 'none';
export type ThresholdMethod = 'delta' | 'nbPlugin' | 'muan';
export type CusumTransform =
  'standard' | 'rossi' | 'anscombe' | 'anscombe2nd' | 'pearsonNegBin' | 'none';

export interface FarringtonFlexibleControl {
  readonly b: number;
  readonly w: number;
  readonly reweight: boolean;
  readonly weightsThreshold: number;
  readonly alpha: number;
  readonly trend: boolean;
  readonly pThresholdTrend: number;
  readonly limit54: readonly [cases: number, weeks: number];
  readonly powertrans: PowerTransform;
  readonly noPeriods: number;
  /** null means "same as w", R's default. */
  readonly pastWeeksNotIncluded: number | null;
  readonly thresholdMethod: ThresholdMethod;
}

export interface FarringtonControl {
  readonly b: number;
  readonly w: number;
  readonly reweight: boolean;
  readonly alpha: number;
  readonly trend: boolean;
  readonly limit54: readonly [cases: number, weeks: number];
  readonly powertrans: PowerTransform;
}

export interface EarsControl {
  readonly baseline: number;
  readonly minSigma: number;
  /** null means R's per-method default: 0.001 for C1 and C2, 0.025 for C3. */
  readonly alpha: number | null;
}

export interface CusumControl {
  readonly k: number;
  readonly h: number;
  /** Reference mean: null = mean of the weeks before the range, 'glm' = seasonal Poisson fit. */
  readonly m: number | 'glm' | null;
  readonly trans: CusumTransform;
  /** Overdispersion for pearsonNegBin; null means 0.1. */
  readonly alpha: number | null;
}

export interface ControlsByMethod {
  readonly farringtonFlexible: FarringtonFlexibleControl;
  readonly farrington: FarringtonControl;
  readonly C1: EarsControl;
  readonly C2: EarsControl;
  readonly C3: EarsControl;
  readonly cusum: CusumControl;
}

/** One method with its full control set. */
export type MethodSettings = {
  [M in EwsMethod]: { readonly method: M; readonly control: ControlsByMethod[M] };
}[EwsMethod];

/** A weekly count series; index 0 is week 1. NaN (or null at the API edge) is a missing count. */
export type WeeklyCounts = Float64Array;

/** The monitored weeks, 1-based and inclusive. */
export interface WeekRange {
  readonly from: number;
  readonly to: number;
}

/** Per-week output of one method on one series. Index 0 is week `from`. NaN means NA. */
export interface SeriesEvaluation {
  readonly method: EwsMethod;
  readonly from: number;
  readonly to: number;
  readonly expected: Float64Array;
  readonly upperbound: Float64Array;
  /** 1 alarm, 0 no alarm, -1 NA. */
  readonly alarm: Int8Array;
  /** Index into WEEK_STATUSES. */
  readonly status: Uint8Array;
  /** Why, by week index, for weeks that are not ok (and notes on some that are). */
  readonly messages: Map<number, string>;
  /** Method-specific score: Farrington's X, EARS C statistic, CUSUM S_t. */
  readonly score: Float64Array;
  readonly pvalue: Float64Array;
  /** Farrington's phi (over-dispersion); NaN for other methods. */
  readonly dispersion: Float64Array;
  /** 1 when a Farrington trend was kept, 0 when not, -1 when not applicable. */
  readonly trend: Int8Array;
}

const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/**
 * Evaluation columns are carved from shared 64 KiB slabs: creating an ArrayBuffer costs more than
 * evaluating a series with EARS or CUSUM. A slab detached by a transfer to another thread is replaced.
 */
function carve(bytes: number): { buffer: ArrayBuffer; offset: number } {
  const aligned = Math.ceil(bytes / 8) * 8;
  if (aligned > SLAB_BYTES) return { buffer: new ArrayBuffer(aligned), offset: 0 };
  if (slab.byteLength === 0 || slabUsed + aligned > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += aligned;
  return { buffer: slab, offset };
}

// Written without per-call closures and with one fill per column kind: this runs once per series,
// and for EARS and CUSUM it costs as much as the method itself.
export function emptyEvaluation(method: EwsMethod, range: WeekRange): SeriesEvaluation {
  const length = Math.max(0, range.to - range.from + 1);
  const { buffer, offset } = carve(length * (5 * Float64Array.BYTES_PER_ELEMENT + 3));
  new Float64Array(buffer, offset, 5 * length).fill(Number.NaN);
  const bytes = offset + 40 * length;
  const flags = new Int8Array(buffer, bytes, 3 * length).fill(-1);
  flags.fill(0, length, 2 * length);
  return {
    method,
    from: range.from,
    to: range.to,
    expected: new Float64Array(buffer, offset, length),
    upperbound: new Float64Array(buffer, offset + 8 * length, length),
    score: new Float64Array(buffer, offset + 16 * length, length),
    pvalue: new Float64Array(buffer, offset + 24 * length, length),
    dispersion: new Float64Array(buffer, offset + 32 * length, length),
    alarm: new Int8Array(buffer, bytes, length),
    status: new Uint8Array(buffer, bytes + length, length),
    trend: new Int8Array(buffer, bytes + 2 * length, length),
    messages: new Map(),
  };
}

/** Marks week index `i` of an evaluation as having no result, with a reason. */
export function markWeek(
  evaluation: SeriesEvaluation,
  i: number,
  status: WeekStatus,
  message: string,
): void {
  evaluation.status[i] = STATUS_CODE[status];
  evaluation.messages.set(i, message);
}

/** A readable row per week, for callers that prefer objects to columns. */
export interface WeekResult {
  readonly week: number;
  readonly expected: number | null;
  readonly upperbound: number | null;
  readonly alarm: boolean | null;
  readonly status: WeekStatus;
  readonly message: string;
  readonly score: number | null;
  readonly pvalue: number | null;
  readonly dispersion: number | null;
  readonly trend: boolean | null;
}

const numberOrNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
const flagOrNull = (v: number): boolean | null => (v < 0 ? null : v === 1);

export function weekResults(evaluation: SeriesEvaluation): WeekResult[] {
  return Array.from({ length: evaluation.expected.length }, (_, i) => ({
    week: evaluation.from + i,
    expected: numberOrNull(evaluation.expected[i]!),
    upperbound: numberOrNull(evaluation.upperbound[i]!),
    alarm: flagOrNull(evaluation.alarm[i]!),
    status: WEEK_STATUSES[evaluation.status[i]!]!,
    message: evaluation.messages.get(i) ?? '',
    score: numberOrNull(evaluation.score[i]!),
    pvalue: numberOrNull(evaluation.pvalue[i]!),
    dispersion: numberOrNull(evaluation.dispersion[i]!),
    trend: flagOrNull(evaluation.trend[i]!),
  }));
}
