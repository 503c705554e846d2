// The Rossi-style CUSUM of surveillance::algo.cusum 1.20.3 (EWS.md §4): standardised counts against a
// reference mean m, no reset after an alarm, and an upper bound giving the count that would have
// alarmed. The optional seasonal m ("glm") is a Poisson fit of the weeks before the range.
import { fitQuasiPoisson, linkPrediction } from './glm.ts';
import { DOUBLE_EPS } from './distributions.ts';
import { zeros } from './qr.ts';
import {
  emptyEvaluation,
  markWeek,
  type CusumControl,
  type CusumTransform,
  type SeriesEvaluation,
  type WeekRange,
} from './types.ts';

const WEEKS_PER_YEAR = 52;
const DEFAULT_ALPHA = 0.1;

function seasonalRow(t: number): [number, number, number] {
  return [
    1,
    Math.cos(((2 * Math.PI) / WEEKS_PER_YEAR) * t),
    Math.sin(((2 * Math.PI) / WEEKS_PER_YEAR) * t),
  ];
}

/**
 * m per monitored week: one number when it is constant (given, or the pre-range mean), else the seasonal
 * Poisson GLM's prediction per week. Constant m is the common case and needs no array per series.
 */
function referenceMeans(
  counts: Float64Array,
  range: WeekRange,
  control: CusumControl,
): number | number[] | string {
  const length = range.to - range.from + 1;
  if (typeof control.m === 'number') return control.m;
  const training = range.from - 1;
  if (control.m === null) {
    let sum = 0;
    for (let t = 0; t < training; t++) sum += counts[t]!;
    return sum / training;
  }
  const weeks: number[] = [];
  for (let t = 1; t <= training; t++) if (!Number.isNaN(counts[t - 1]!)) weeks.push(t);
  const n = weeks.length;
  const design = zeros(n * 3);
  weeks.forEach((t, i) => seasonalRow(t).forEach((v, j) => (design[j * n + i] = v)));
  const outcome = fitQuasiPoisson({ design, n, p: 3, y: weeks.map((t) => counts[t - 1]!) });
  if (!outcome.ok) return outcome.reason;
  const fit = outcome.fit;
  return Array.from({ length }, (_, i) =>
    Math.max(Math.exp(linkPrediction(fit, seasonalRow(range.from + i))), DOUBLE_EPS),
  );
}

type Standardise = (x: number, m: number, alpha: number) => number;

/** The transform is chosen once per series, so the weekly loop makes no decisions. */
const STANDARDISE: Readonly<Record<CusumTransform, Standardise>> = {
  standard: (x, m) => (x - m) / Math.sqrt(m),
  rossi: (x, m) => (x - 3 * m + 2 * Math.sqrt(x * m)) / (2 * Math.sqrt(m)),
  anscombe: (x, m) => ((3 / 2) * (Math.pow(x, 2 / 3) - Math.pow(m, 2 / 3))) / Math.pow(m, 1 / 6),
  anscombe2nd: (x, m) =>
    (Math.pow(x, 2 / 3) - (Math.pow(m, 2 / 3) - Math.pow(m, -1 / 3) / 9)) /
    ((2 / 3) * Math.pow(m, 1 / 6)),
  pearsonNegBin: (x, m, alpha) => (x - m) / Math.sqrt(m + alpha * m * m),
  none: (x) => x,
};

/** The count at which the chart would alarm this week, given S_{t-1} (R's per-transform formula). */
function casesToAlarm(
  trans: CusumTransform,
  m: number,
  h: number,
  k: number,
  previous: number,
  current: number,
  alpha: number,
): number {
  const room = h + k - previous;
  switch (trans) {
    case 'standard':
      return Math.ceil(Math.sqrt(m) * room + m);
    case 'rossi':
      return (
        2 * h * Math.pow(m, 1 / 2) +
        2 * k * Math.pow(m, 1 / 2) -
        2 * previous * Math.pow(m, 1 / 2) +
        5 * m -
        2 *
          Math.pow(
            4 * m * m +
              2 * Math.pow(m, 3 / 2) * h +
              2 * Math.pow(m, 3 / 2) * k -
              2 * Math.pow(m, 3 / 2) * previous,
            1 / 2,
          )
      );
    case 'anscombe': {
      const base = (2 / 3) * Math.pow(m, 1 / 6) * room + Math.pow(m, 2 / 3);
      return base < 0 ? 0 : Math.pow(base, 3 / 2);
    }
    case 'anscombe2nd': {
      const base =
        (2 / 3) * Math.pow(m, 1 / 6) * room + (Math.pow(m, 2 / 3) - Math.pow(m, 1 / 3) / 9);
      return base < 0 ? 0 : Math.pow(base, 3 / 2);
    }
    case 'pearsonNegBin':
      return Math.sqrt(m + alpha * m * m) * room + m;
    case 'none':
      return h - current;
  }
}

export function cusum(
  counts: Float64Array,
  range: WeekRange,
  control: CusumControl,
): SeriesEvaluation {
  const evaluation = emptyEvaluation('cusum', range);
  if (range.from < 2 && typeof control.m !== 'number') {
    for (let i = 0; i < evaluation.alarm.length; i++) {
      markWeek(
        evaluation,
        i,
        'insufficient_history',
        'cusum estimates m from the weeks before the range: the range must start after week 1',
      );
    }
    return evaluation;
  }
  const means = referenceMeans(counts, range, control);
  if (typeof means === 'string') {
    for (let i = 0; i < evaluation.alarm.length; i++) markWeek(evaluation, i, 'failed', means);
    return evaluation;
  }
  const alpha = control.alpha ?? DEFAULT_ALPHA;
  const standardise = STANDARDISE[control.trans];
  const constant = typeof means === 'number' ? means : Number.NaN;
  const perWeek = typeof means === 'number' ? null : means;
  const length = range.to - range.from + 1;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const m = perWeek ? perWeek[i]! : constant;
    const y = counts[range.from + i - 1]!;
    // R's max(0, NA) is NA: one missing count leaves the rest of the chart undefined.
    const sum = previous + (standardise(y, m, alpha) - control.k);
    const current = Number.isNaN(sum) ? Number.NaN : Math.max(0, sum);
    const upper = casesToAlarm(control.trans, m, control.h, control.k, previous, current, alpha);
    evaluation.expected[i] = m;
    evaluation.upperbound[i] = Number.isNaN(upper) || upper < 0 ? 0 : upper;
    evaluation.alarm[i] = Number.isNaN(current) ? -1 : current >= control.h ? 1 : 0;
    evaluation.score[i] = current;
    if (Number.isNaN(y))
      markWeek(
        evaluation,
        i,
        'missing_observation',
        `week ${range.from + i}: the count is missing`,
      );
    else if (Number.isNaN(m))
      markWeek(
        evaluation,
        i,
        'missing_reference',
        'a week before the range has no count, so m is undefined',
      );
    else if (Number.isNaN(current))
      markWeek(
        evaluation,
        i,
        'missing_observation',
        'an earlier week in the range has no count, so the chart is undefined',
      );
    previous = current;
  }
  return evaluation;
}
