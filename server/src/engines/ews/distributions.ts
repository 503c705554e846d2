// Thin wrappers that give the stdlib distribution functions R's calling conventions, so the methods
// read like the R code they mirror. The quantile fuzz below is R's own (qpois.c / qnbinom.c): it makes
// a CDF that lands a rounding error under p still count as reaching p.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import poissonCdf from '@stdlib/stats-base-dists-poisson-cdf';
import poissonQuantile from '@stdlib/stats-base-dists-poisson-quantile';
import negativeBinomialCdf from '@stdlib/stats-base-dists-negative-binomial-cdf';
import negativeBinomialQuantile from '@stdlib/stats-base-dists-negative-binomial-quantile';
import studentTCdf from '@stdlib/stats-base-dists-t-cdf';

export const DOUBLE_EPS = 2.220446049250313e-16;
const QUANTILE_FUZZ = 1 - 64 * DOUBLE_EPS;

/** R `qnorm(p, mean, sd)`. */
export function qnorm(p: number, mean = 0, sd = 1): number {
  return mean + sd * normalQuantile(p, 0, 1);
}

/** R `pnorm(q, mean, sd, lower.tail)`. */
export function pnorm(q: number, mean = 0, sd = 1, lowerTail = true): number {
  if (Number.isNaN(q) || Number.isNaN(mean) || Number.isNaN(sd)) return Number.NaN;
  // The upper tail is evaluated by symmetry so that it keeps its precision far out in the tail.
  return lowerTail ? normalCdf(q, mean, sd) : normalCdf(2 * mean - q, mean, sd);
}

/** R `qpois(p, lambda)`: the smallest integer whose CDF reaches p (with R's fuzz). */
export function qpois(p: number, lambda: number): number {
  if (Number.isNaN(lambda) || lambda < 0) return Number.NaN;
  if (lambda === 0) return 0;
  return poissonQuantile(p * QUANTILE_FUZZ, lambda);
}

/** R `qnbinom(p, size, prob)`: mean size(1-prob)/prob. */
export function qnbinom(p: number, size: number, prob: number): number {
  if (Number.isNaN(size) || Number.isNaN(prob) || size <= 0) return Number.NaN;
  return negativeBinomialQuantile(p * QUANTILE_FUZZ, size, prob);
}

/** R `ppois(y - 1, lambda, lower.tail = FALSE)`, i.e. P(Y >= y). */
export function poissonUpperTail(y: number, lambda: number): number {
  if (Number.isNaN(y)) return Number.NaN;
  return 1 - poissonCdf(y - 1, lambda);
}

/** R `pnbinom(y - 1, size, prob, lower.tail = FALSE)`, i.e. P(Y >= y). */
export function negativeBinomialUpperTail(y: number, size: number, prob: number): number {
  if (Number.isNaN(y)) return Number.NaN;
  return 1 - negativeBinomialCdf(y - 1, size, prob);
}

/** R `pt(q, df)` (lower tail). */
export function pt(q: number, df: number): number {
  return studentTCdf(q, df);
}
