// Upper thresholds of the Farrington family: the power-transformed normal approximation of Farrington
// et al. (1996) ("delta") and the negative-binomial quantiles of Noufaily et al. (2013) ("nbPlugin",
// "muan"), with R's ordering and NA rules (surveillance's algo.farrington.threshold*).
import {
  negativeBinomialUpperTail,
  pnorm,
  poissonUpperTail,
  qnbinom,
  qnorm,
  qpois,
} from './distributions.ts';
import type { PowerTransform, ThresholdMethod } from './types.ts';

export interface Threshold {
  /** NaN when it cannot be computed. */
  readonly upper: number;
  readonly score: number;
  readonly pvalue: number;
}

const EXPONENT: Readonly<Record<PowerTransform, number>> = { none: 1, '1/2': 1 / 2, '2/3': 2 / 3 };

/** Scale of the transformed count under the delta method (`se` in the R code). */
function transformedSd(mu0: number, tau: number, transform: PowerTransform): number {
  switch (transform) {
    case 'none':
      return Math.sqrt(mu0 * tau);
    case '1/2':
      return Math.sqrt((1 / 4) * tau);
    case '2/3':
      return Math.sqrt((4 / 9) * Math.pow(mu0, 1 / 3) * tau);
  }
}

export interface DeltaThreshold extends Threshold {
  readonly transformedMean: number;
  readonly transformedSd: number;
  readonly exponent: number;
}

/**
 * U = (mu0^e + z sd)^(1/e). R sorts both ends with NAs first and takes the second, so U is the larger
 * end, or the only end that is a number.
 */
export function deltaThreshold(
  mu0: number,
  seResponse: number,
  phi: number,
  transform: PowerTransform,
  z: number,
  y: number,
): DeltaThreshold {
  const tau = phi + (seResponse * seResponse) / mu0;
  const sd = transformedSd(mu0, tau, transform);
  const e = EXPONENT[transform];
  const center = Math.pow(mu0, e);
  const lower = Math.pow(center - z * sd, 1 / e);
  const higher = Math.pow(center + z * sd, 1 / e);
  let upper: number;
  if (Number.isNaN(lower)) upper = higher;
  else if (Number.isNaN(higher)) upper = lower;
  else upper = Math.max(lower, higher);
  const pvalue = pnorm(Math.pow(y, e), center, sd, false);
  const score = Number.isNaN(upper) ? Number.NaN : (y - mu0) / (upper - mu0);
  return { upper, score, pvalue, transformedMean: center, transformedSd: sd, exponent: e };
}

/**
 * Noufaily's thresholds: a quantile of the negative binomial with mean m and variance phi*m (Poisson
 * when phi is 1), m = exp(eta0) (nbPlugin) or the upper 1-alpha bound of exp(eta0) (muan). The score
 * subtracts eta0 on the log scale: that is what the package does.
 */
export function noufailyThreshold(
  eta0: number,
  seLink: number,
  phi: number,
  alpha: number,
  method: Exclude<ThresholdMethod, 'delta'>,
  y: number,
): Threshold {
  const m = method === 'nbPlugin' ? Math.exp(eta0) : Math.exp(qnorm(1 - alpha, eta0, seLink));
  if (m === Number.POSITIVE_INFINITY)
    return { upper: Number.NaN, score: Number.NaN, pvalue: Number.NaN };
  const upper = phi > 1 ? qnbinom(1 - alpha, m / (phi - 1), 1 / phi) : qpois(1 - alpha, m);
  const pvalue =
    phi !== 1 ? negativeBinomialUpperTail(y, m / (phi - 1), 1 / phi) : poissonUpperTail(y, m);
  const score = Number.isNaN(upper) ? Number.NaN : (y - eta0) / (upper - eta0);
  return { upper, score, pvalue };
}

/** Whether the last `weeks` weeks up to k (inclusive) hold at least `cases` cases; NaN when any is missing. */
export function enoughRecentCases(
  counts: Float64Array,
  k: number,
  limit54: readonly [number, number],
): number {
  const [cases, weeks] = limit54;
  let sum = 0;
  for (let t = Math.max(1, k - weeks + 1); t <= k; t++) sum += counts[t - 1]!;
  if (Number.isNaN(sum)) return Number.NaN;
  return sum >= cases ? 1 : 0;
}
