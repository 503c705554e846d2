// EARS C1, C2 and C3 as surveillance::earsC computes them (EWS.md §3). C3 keeps the package's use of
// the current count y_k (not the baseline mean) in its bound, so its alarm depends only on the two
// previous weeks' C2 statistics.
import { qnorm } from './distributions.ts';
import {
  emptyEvaluation,
  markWeek,
  type EarsControl,
  type SeriesEvaluation,
  type WeekRange,
} from './types.ts';

type EarsMethod = 'C1' | 'C2' | 'C3';

interface Baseline {
  readonly mean: number;
  readonly sd: number;
}

/** Mean and sample SD of weeks from..to (1-based, inclusive); NaN when any is missing. */
function baselineOf(counts: Float64Array, from: number, to: number): Baseline {
  const n = to - from + 1;
  let sum = 0;
  for (let t = from; t <= to; t++) sum += counts[t - 1]!;
  const mean = sum / n;
  let squares = 0;
  for (let t = from; t <= to; t++) {
    const d = counts[t - 1]! - mean;
    squares += d * d;
  }
  return { mean, sd: Math.sqrt(squares / (n - 1)) };
}

/** R's pmax(a, b) for one pair: NA/NaN wins. */
function rMax(a: number, b: number): number {
  return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.max(a, b);
}

/** The C2 statistic of week t: (y_t - mean) / max(sd, minSigma) over weeks t-B-2..t-3. */
function c2Statistic(counts: Float64Array, t: number, baseline: number, minSigma: number): number {
  const { mean, sd } = baselineOf(counts, t - baseline - 2, t - 3);
  return (counts[t - 1]! - mean) / rMax(sd, minSigma);
}

const MAX_LAG: Readonly<Record<EarsMethod, (baseline: number) => number>> = {
  C1: (baseline) => baseline,
  C2: (baseline) => baseline + 2,
  C3: (baseline) => baseline + 4,
};

export function earsC(
  method: EarsMethod,
  counts: Float64Array,
  range: WeekRange,
  control: EarsControl,
): SeriesEvaluation {
  const evaluation = emptyEvaluation(method, range);
  const { baseline, minSigma } = control;
  const alpha = control.alpha ?? (method === 'C3' ? 0.025 : 0.001);
  const z = qnorm(1 - alpha);
  const maxLag = MAX_LAG[method](baseline);
  for (let k = range.from; k <= range.to; k++) {
    const i = k - range.from;
    if (k - maxLag < 1) {
      markWeek(
        evaluation,
        i,
        'insufficient_history',
        `week ${k} needs ${maxLag} weeks of history before it (baseline=${baseline})`,
      );
      continue;
    }
    const y = counts[k - 1]!;
    const reference =
      method === 'C1'
        ? baselineOf(counts, k - baseline, k - 1)
        : baselineOf(counts, k - baseline - 2, k - 3);
    const sigma = rMax(reference.sd, minSigma);
    let upper: number;
    if (method === 'C3') {
      const lag2 = rMax(0, c2Statistic(counts, k - 2, baseline, minSigma) - 1);
      const lag1 = rMax(0, c2Statistic(counts, k - 1, baseline, minSigma) - 1);
      upper = rMax(0, y + sigma * (z - (lag2 + lag1)));
      evaluation.score[i] = lag1 + lag2;
    } else {
      upper = reference.mean + z * sigma;
      evaluation.score[i] = (y - reference.mean) / sigma;
    }
    evaluation.expected[i] = reference.mean;
    evaluation.upperbound[i] = upper;
    evaluation.alarm[i] = Number.isNaN(y) || Number.isNaN(upper) ? -1 : y > upper ? 1 : 0;
    if (Number.isNaN(y))
      markWeek(evaluation, i, 'missing_observation', `week ${k}: the count is missing`);
    else if (Number.isNaN(reference.mean))
      markWeek(evaluation, i, 'missing_reference', `week ${k}: a baseline week has no count`);
  }
  return evaluation;
}
