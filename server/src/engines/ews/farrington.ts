// The original Farrington et al. (1996) algorithm as surveillance::algo.farrington computes it
// (EWS.md §2): reference windows only, fixed reweighting threshold 1, trend kept at p < 0.05 with the
// Pearson dispersion, two-sided z, and the rule-failed upper bound reported as 0.
import { DOUBLE_EPS, pt, qnorm } from './distributions.ts';
import {
  fitFarringtonModel,
  predictionRow,
  type FarringtonModel,
  type ReferenceData,
} from './farringtonModel.ts';
import { dispersion, linkPrediction, residualDf, unscaledVariance } from './glm.ts';
import { zeros } from './qr.ts';
import { deltaThreshold, enoughRecentCases } from './thresholds.ts';
import {
  emptyEvaluation,
  markWeek,
  type FarringtonControl,
  type SeriesEvaluation,
  type WeekRange,
} from './types.ts';

const WEEKS_PER_YEAR = 52;
const TREND_P_THRESHOLD = 0.05;
const WEIGHTS_THRESHOLD = 1;

type ReferenceOutcome =
  | { readonly ok: true; readonly ref: ReferenceData; readonly dropped: number }
  | {
      readonly ok: false;
      readonly status: 'insufficient_history' | 'missing_reference';
      readonly reason: string;
    };

/** Weeks k-52i-w..k-52i+w for i = b..1; weeks before week 1 are dropped (R warns and carries on). */
function referenceWeeks(
  counts: Float64Array,
  k: number,
  control: FarringtonControl,
): ReferenceOutcome {
  const y: number[] = [];
  const time: number[] = [];
  let dropped = 0;
  for (let i = control.b; i >= 1; i--) {
    for (let t = k - WEEKS_PER_YEAR * i - control.w; t <= k - WEEKS_PER_YEAR * i + control.w; t++) {
      if (t < 1) {
        dropped++;
        continue;
      }
      const count = counts[t - 1]!;
      if (Number.isNaN(count)) {
        return {
          ok: false,
          status: 'missing_reference',
          reason: `week ${k}: reference week ${t} has no count`,
        };
      }
      y.push(count);
      time.push(t);
    }
  }
  if (y.length === 0)
    return {
      ok: false,
      status: 'insufficient_history',
      reason: `week ${k}: no reference week exists`,
    };
  return { ok: true, ref: { y, time, labels: null, levels: [] }, dropped };
}

function trendIsKept(model: FarringtonModel, ref: ReferenceData, k: number, b: number): boolean {
  const { fit } = model;
  const unit = zeros(fit.input.p);
  unit[1] = 1;
  const t = fit.coefficients[1]! / Math.sqrt(dispersion(fit) * unscaledVariance(fit, unit));
  const significant = 2 * pt(-Math.abs(t), residualDf(fit)) < TREND_P_THRESHOLD;
  const mu0 = Math.max(Math.exp(linkPrediction(fit, predictionRow(ref, true, k, 0))), DOUBLE_EPS);
  return b >= 3 && significant && mu0 <= Math.max(...ref.y);
}

export function farrington(
  counts: Float64Array,
  range: WeekRange,
  control: FarringtonControl,
): SeriesEvaluation {
  const evaluation = emptyEvaluation('farrington', range);
  const z = qnorm(1 - control.alpha / 2);
  const options = {
    reweight: control.reweight,
    weightsThreshold: WEIGHTS_THRESHOLD,
    convergence: 'fast' as const,
  };
  for (let k = range.from; k <= range.to; k++) {
    const i = k - range.from;
    const reference = referenceWeeks(counts, k, control);
    if (!reference.ok) {
      markWeek(evaluation, i, reference.status, reference.reason);
      continue;
    }
    const { ref } = reference;
    const first = fitFarringtonModel(ref, { ...options, withTrend: control.trend });
    if (!first.ok) {
      markWeek(evaluation, i, 'failed', `week ${k}: ${first.reason}`);
      continue;
    }
    let model = first.model;
    let trendKept = false;
    if (model.withTrend) {
      trendKept = trendIsKept(model, ref, k, control.b);
      if (!trendKept) {
        const without = fitFarringtonModel(ref, { ...options, withTrend: false });
        if (!without.ok) {
          markWeek(evaluation, i, 'failed', `week ${k}: ${without.reason}`);
          continue;
        }
        model = without.model;
      }
    }
    const x0 = predictionRow(ref, model.withTrend, k, 0);
    const mu0 = Math.max(Math.exp(linkPrediction(model.fit, x0)), DOUBLE_EPS);
    const seResponse = mu0 * Math.sqrt(model.phi * unscaledVariance(model.fit, x0));
    const y = counts[k - 1]!;
    const threshold = deltaThreshold(mu0, seResponse, model.phi, control.powertrans, z, y);
    const enough = enoughRecentCases(counts, k, control.limit54);
    const score = enough === 1 ? threshold.score : enough === 0 ? 0 : Number.NaN;
    evaluation.alarm[i] = Number.isNaN(score) ? -1 : score > 1 ? 1 : 0;
    evaluation.upperbound[i] = enough === 1 ? threshold.upper : enough === 0 ? 0 : Number.NaN;
    // control$pd[, 2]: the median of the transformed normal, back-transformed.
    evaluation.expected[i] = Math.pow(
      threshold.transformedMean + threshold.transformedSd * 0,
      1 / threshold.exponent,
    );
    evaluation.score[i] = score;
    evaluation.pvalue[i] = threshold.pvalue;
    evaluation.dispersion[i] = model.phi;
    evaluation.trend[i] = trendKept ? 1 : 0;
    if (Number.isNaN(y))
      markWeek(evaluation, i, 'missing_observation', `week ${k}: the count is missing`);
    else if (reference.dropped > 0) {
      evaluation.messages.set(
        i,
        `week ${k}: ${reference.dropped} reference weeks precede week 1 and were left out`,
      );
    }
  }
  return evaluation;
}
