// Farrington flexible (surveillance::farringtonFlexible, Noufaily et al. 2013 options) on one series.
// Follows EWS.md §1 step by step; where the package has a quirk that changes numbers it is kept and
// named, because the point of the engine is to agree with R.
import { DOUBLE_EPS, pt, qnorm } from './distributions.ts';
import {
  fitFarringtonModel,
  predictionRow,
  type FarringtonModel,
  type ReferenceData,
} from './farringtonModel.ts';
import { dispersion, linkPrediction, residualDf, unscaledVariance } from './glm.ts';
import { zeros } from './qr.ts';
import {
  deltaThreshold,
  enoughRecentCases,
  noufailyThreshold,
  type Threshold,
} from './thresholds.ts';
import {
  emptyEvaluation,
  markWeek,
  type FarringtonFlexibleControl,
  type SeriesEvaluation,
  type WeekRange,
} from './types.ts';

const WEEKS_PER_YEAR = 52;

type ReferenceOutcome =
  | { readonly ok: true; readonly ref: ReferenceData }
  | { readonly ok: false; readonly reason: string };

/**
 * Step 1: the labelled weeks (current and reference windows get label noPeriods; with noPeriods > 1
 * the gaps between windows are cut into blocks 1..noPeriods-1), minus the most recent weeks.
 * Factor levels are taken before missing counts are dropped, as R does.
 */
export function flexibleReferenceData(
  counts: Float64Array,
  k: number,
  control: FarringtonFlexibleControl,
): ReferenceOutcome {
  if (control.noPeriods === 1) return { ok: true, ref: windowReferenceData(counts, k, control) };
  const { b, w, noPeriods } = control;
  const pastWeeksNotIncluded = control.pastWeeksNotIncluded ?? w;
  const oldest = k - WEEKS_PER_YEAR * b - w;
  const offset = Math.max(1, oldest);
  const labels = new Array<number>(k - offset + 1).fill(0);
  const assign = (from: number, to: number, label: number): void => {
    for (let t = Math.max(from, offset); t <= to; t++) labels[t - offset] = label;
  };
  assign(k - w, k, noPeriods);
  for (let i = 1; i <= b; i++) {
    const refWeek = k - WEEKS_PER_YEAR * i;
    assign(refWeek - w, refWeek + w, noPeriods);
    const period = WEEKS_PER_YEAR - 2 * w - 1;
    if (period < noPeriods - 1)
      return {
        ok: false,
        reason: `Number of factors too big! (noPeriods ${noPeriods} with w ${w})`,
      };
    const blockLength = Math.floor(period / (noPeriods - 1));
    const longer = period % (noPeriods - 1);
    let start = refWeek + w + 1;
    for (let block = 1; block < noPeriods; block++) {
      const length = blockLength + (block <= longer ? 1 : 0);
      assign(start, start + length - 1, block);
      start += length;
    }
  }
  const present = new Array<boolean>(noPeriods + 1).fill(false);
  const y: number[] = [];
  const time: number[] = [];
  const kept: number[] = [];
  for (let t = offset; t < k - pastWeeksNotIncluded; t++) {
    const label = labels[t - offset]!;
    if (label === 0) continue;
    present[label] = true;
    const count = counts[t - 1]!;
    if (Number.isNaN(count)) continue;
    y.push(count);
    time.push(t);
    kept.push(label);
  }
  const levels: number[] = [];
  present.forEach((isPresent, label) => isPresent && levels.push(label));
  return { ok: true, ref: { y, time, labels: kept, levels } };
}

/** Step 1 without seasonal blocks: the b reference windows and the current window, in time order. */
function windowReferenceData(
  counts: Float64Array,
  k: number,
  control: FarringtonFlexibleControl,
): ReferenceData {
  const { b, w } = control;
  const newest = k - (control.pastWeeksNotIncluded ?? w);
  const y: number[] = [];
  const time: number[] = [];
  let last = 0;
  for (let i = b; i >= 0; i--) {
    const centre = k - WEEKS_PER_YEAR * i;
    // Windows overlap when w > 25; `last` keeps each week once, as R's labelling does.
    for (
      let t = Math.max(centre - w, last + 1);
      t <= Math.min(centre + (i === 0 ? 0 : w), newest - 1);
      t++
    ) {
      last = t;
      const count = counts[t - 1]!;
      if (Number.isNaN(count)) continue;
      y.push(count);
      time.push(t);
    }
  }
  return { y, time, labels: null, levels: [] };
}

function largest(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The dispersion every later standard error uses: R overwrites model$weights by omega (EWS.md §1). */
function inferenceDispersion(model: FarringtonModel): number {
  return model.omega === null ? dispersion(model.fit) : dispersion(model.fit, model.omega);
}

function trendPValue(model: FarringtonModel, scale: number): number {
  const { fit } = model;
  const unit = zeros(fit.input.p);
  unit[1] = 1;
  const t = fit.coefficients[1]! / Math.sqrt(scale * unscaledVariance(fit, unit));
  return 2 * pt(-Math.abs(t), residualDf(fit));
}

type TrendOutcome =
  | { readonly ok: true; readonly model: FarringtonModel; readonly trendKept: boolean }
  | { readonly ok: false; readonly status: 'not_converged' | 'failed'; readonly reason: string };

/** Steps 2-3: fit, then keep the trend only if significant, b >= 3, and not extrapolating. */
function fitWithTrendDecision(
  ref: ReferenceData,
  k: number,
  control: FarringtonFlexibleControl,
): TrendOutcome {
  const options = {
    reweight: control.reweight,
    weightsThreshold: control.weightsThreshold,
    convergence: 'flexible' as const,
  };
  const first = fitFarringtonModel(ref, { ...options, withTrend: control.trend });
  if (!first.ok) return { ok: false, status: 'not_converged', reason: first.reason };
  if (!first.model.withTrend) return { ok: true, model: first.model, trendKept: false };
  const pValue = trendPValue(first.model, inferenceDispersion(first.model));
  if (Number.isNaN(pValue))
    return {
      ok: false,
      status: 'failed',
      reason: 'the trend test is undefined (no residual degrees of freedom)',
    };
  const eta = linkPrediction(first.model.fit, predictionRow(ref, true, k, control.noPeriods));
  const noExtrapolation = Math.max(Math.exp(eta), DOUBLE_EPS) <= largest(ref.y);
  if (control.b >= 3 && pValue < control.pThresholdTrend && noExtrapolation) {
    return { ok: true, model: first.model, trendKept: true };
  }
  const without = fitFarringtonModel(ref, { ...options, withTrend: false });
  if (!without.ok) return { ok: false, status: 'not_converged', reason: without.reason };
  return { ok: true, model: without.model, trendKept: false };
}

function requiredHistory(control: FarringtonFlexibleControl): number {
  return WEEKS_PER_YEAR * control.b + control.w;
}

export function farringtonFlexible(
  counts: Float64Array,
  range: WeekRange,
  control: FarringtonFlexibleControl,
): SeriesEvaluation {
  const evaluation = emptyEvaluation('farringtonFlexible', range);
  const z = qnorm(1 - control.alpha);
  for (let k = range.from; k <= range.to; k++) {
    const i = k - range.from;
    if (k - WEEKS_PER_YEAR * control.b < 1 || k - requiredHistory(control) < 0) {
      markWeek(
        evaluation,
        i,
        'insufficient_history',
        `week ${k} needs ${requiredHistory(control)} weeks of history before it (b=${control.b}, w=${control.w})`,
      );
      continue;
    }
    const reference = flexibleReferenceData(counts, k, control);
    if (!reference.ok) {
      markWeek(evaluation, i, 'failed', reference.reason);
      continue;
    }
    if (reference.ref.y.length === 0) {
      markWeek(evaluation, i, 'missing_reference', `week ${k}: every reference week is missing`);
      continue;
    }
    if (reference.ref.labels !== null && !reference.ref.labels.includes(control.noPeriods)) {
      // R drops the empty level from the model and then cannot predict for it ("new level").
      markWeek(
        evaluation,
        i,
        'missing_reference',
        `week ${k}: every week of the current season's block is missing`,
      );
      continue;
    }
    const outcome = fitWithTrendDecision(reference.ref, k, control);
    if (!outcome.ok) {
      markWeek(evaluation, i, outcome.status, `week ${k}: ${outcome.reason}`);
      continue;
    }
    const { model, trendKept } = outcome;
    const x0 = predictionRow(reference.ref, model.withTrend, k, control.noPeriods);
    const eta0 = linkPrediction(model.fit, x0);
    const seLink = Math.sqrt(inferenceDispersion(model) * unscaledVariance(model.fit, x0));
    const y = counts[k - 1]!;
    let threshold: Threshold;
    let expected: number;
    if (control.thresholdMethod === 'delta') {
      const mu0 = Math.max(Math.exp(eta0), DOUBLE_EPS);
      threshold = deltaThreshold(mu0, seLink * mu0, model.phi, control.powertrans, z, y);
      expected = mu0;
    } else {
      threshold = noufailyThreshold(
        eta0,
        seLink,
        model.phi,
        control.alpha,
        control.thresholdMethod,
        y,
      );
      expected = Math.exp(eta0);
    }
    const enough = enoughRecentCases(counts, k, control.limit54);
    const score = enough === 1 ? threshold.score : Number.NaN;
    evaluation.alarm[i] = !Number.isNaN(score) && score > 1 && y !== 0 ? 1 : 0;
    evaluation.upperbound[i] = enough === 1 ? threshold.upper : Number.NaN;
    evaluation.expected[i] = enough === 1 && !Number.isNaN(threshold.upper) ? expected : Number.NaN;
    evaluation.score[i] = threshold.score;
    evaluation.pvalue[i] = threshold.pvalue;
    evaluation.dispersion[i] = model.phi;
    evaluation.trend[i] = trendKept ? 1 : 0;
    if (Number.isNaN(y))
      markWeek(evaluation, i, 'missing_observation', `week ${k}: the count is missing`);
  }
  return evaluation;
}
