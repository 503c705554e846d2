// The model-fitting steps shared by farrington and farringtonFlexible: the design (intercept, optional
// linear trend, optional seasonal-block factor), the first fit, Farrington's Anscombe-residual
// down-weighting of past outbreaks and the refit (surveillance's algo.farrington.fitGLM.*).
import { dispersion, fitQuasiPoisson, hatValues, type GlmFit } from './glm.ts';
import { zeros } from './qr.ts';

/** The reference weeks of one monitored week, in time order, missing counts already removed. */
export interface ReferenceData {
  readonly y: number[];
  /** Absolute week index of each reference observation (the trend covariate). */
  readonly time: number[];
  /** Seasonal block label per observation, or null when there is no factor. */
  readonly labels: number[] | null;
  /** Sorted labels that define the factor's levels (the first is the baseline). */
  readonly levels: readonly number[];
}

export interface FarringtonModel {
  readonly fit: GlmFit;
  readonly withTrend: boolean;
  /** max(1, Pearson dispersion) of the final (reweighted) fit. */
  readonly phi: number;
  /** Prior weights of the refit (omega), or null without reweighting. */
  readonly omega: number[] | null;
}

export type ModelOutcome =
  | { readonly ok: true; readonly model: FarringtonModel }
  | { readonly ok: false; readonly reason: string };

function designColumns(ref: ReferenceData, withTrend: boolean): number {
  return 1 + (withTrend ? 1 : 0) + (ref.labels === null ? 0 : ref.levels.length - 1);
}

function buildDesign(ref: ReferenceData, withTrend: boolean): { design: number[]; p: number } {
  const n = ref.y.length;
  const p = designColumns(ref, withTrend);
  const design = zeros(n * p);
  design.fill(1, 0, n);
  let column = 1;
  if (withTrend) {
    for (let i = 0; i < n; i++) design[n + i] = ref.time[i]!;
    column++;
  }
  if (ref.labels !== null) {
    for (let level = 1; level < ref.levels.length; level++, column++) {
      for (let i = 0; i < n; i++)
        if (ref.labels[i] === ref.levels[level]) design[column * n + i] = 1;
    }
  }
  return { design, p };
}

/** The design row of the monitored week k, whose block label is `label`. */
export function predictionRow(
  ref: ReferenceData,
  withTrend: boolean,
  k: number,
  label: number,
): number[] {
  const row = zeros(designColumns(ref, withTrend));
  row[0] = 1;
  let column = 1;
  if (withTrend) row[column++] = k;
  if (ref.labels !== null) {
    for (let level = 1; level < ref.levels.length; level++, column++)
      row[column] = ref.levels[level] === label ? 1 : 0;
  }
  return row;
}

/** Farrington's weights: gamma * s^-2 above the threshold, gamma below, normalised to sum n. */
function anscombeWeights(fit: GlmFit, phi: number, threshold: number): number[] {
  const { y, n } = fit.input;
  const hat = hatValues(fit);
  const s = zeros(n);
  let denominator = 0;
  for (let i = 0; i < n; i++) {
    const mu = fit.mu[i]!;
    const residual = (3 / 2) * (Math.pow(y[i]!, 2 / 3) * Math.pow(mu, -1 / 6) - Math.sqrt(mu));
    s[i] = residual / Math.sqrt(phi * (1 - hat[i]!));
    denominator += s[i]! > threshold ? Math.pow(s[i]!, -2) : 1;
  }
  const gamma = n / denominator;
  const omega = zeros(n);
  for (let i = 0; i < n; i++) omega[i] = s[i]! > threshold ? gamma * Math.pow(s[i]!, -2) : gamma;
  return omega;
}

export interface FitOptions {
  readonly withTrend: boolean;
  readonly reweight: boolean;
  readonly weightsThreshold: number;
  /**
   * flexible: a fit that does not converge with trend is retried without, and one that still does not
   * converge gives no model. fast (algo.farrington): retried without trend, then used as it is.
   */
  readonly convergence: 'flexible' | 'fast';
}

/** The initial fit, its dispersion floor, and the reweighted refit. */
export function fitFarringtonModel(ref: ReferenceData, options: FitOptions): ModelOutcome {
  let withTrend = options.withTrend;
  let first = fitQuasiPoisson({ ...buildDesign(ref, withTrend), n: ref.y.length, y: ref.y });
  if (first.ok && !first.fit.converged && withTrend) {
    withTrend = false;
    first = fitQuasiPoisson({ ...buildDesign(ref, withTrend), n: ref.y.length, y: ref.y });
  }
  if (!first.ok) return first;
  if (options.convergence === 'flexible' && !first.fit.converged) {
    return { ok: false, reason: 'the GLM did not converge with nor without time trend' };
  }
  let fit = first.fit;
  let phi = Math.max(dispersion(fit), 1);
  let omega: number[] | null = null;
  if (options.reweight) {
    omega = anscombeWeights(fit, phi, options.weightsThreshold);
    const refit = fitQuasiPoisson({ ...fit.input, priorWeights: omega });
    if (!refit.ok) return refit;
    fit = refit.fit;
    phi = Math.max(dispersion(fit), 1);
  }
  return { ok: true, model: { fit, withTrend, phi, omega } };
}
