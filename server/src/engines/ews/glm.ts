// The log-linear quasi-Poisson GLM exactly as stats::glm.fit computes it: same start (mu = y + 0.1),
// same convergence rule and cap (glm.control: epsilon 1e-8, maxit 25), same QR (dqrdc2, tol 1e-11),
// and the post-fit quantities taken from the last iteration's weights and QR, as summary.glm,
// predict.glm and hatvalues do. Farrington's methods depend on all of these details.
import { DOUBLE_EPS } from './distributions.ts';
import {
  applyQTranspose,
  householderQr,
  qrWorkspace,
  solveUpper,
  solveUpperTransposed,
  zeros,
  type QrDecomposition,
} from './qr.ts';

const CONVERGENCE_EPSILON = 1e-8;
const MAX_ITERATIONS = 25;
const QR_TOLERANCE = Math.min(1e-7, CONVERGENCE_EPSILON / 1000);

export interface GlmInput {
  /** Design matrix, column-major, n rows by p columns. */
  readonly design: number[];
  readonly n: number;
  readonly p: number;
  readonly y: number[];
  /** Prior weights (all positive); omitted means all 1. */
  readonly priorWeights?: number[] | undefined;
}

export interface GlmFit {
  readonly input: GlmInput;
  readonly converged: boolean;
  /** Coefficients in design-column order; NaN for aliased columns. */
  readonly coefficients: number[];
  readonly mu: number[];
  /** glm's `weights`: w^2 from the last iteration. */
  readonly workingWeights: number[];
  /** glm's `residuals`: (y - mu) / mu.eta(eta). */
  readonly workingResiduals: number[];
  /** QR of sqrt(workingWeights) * X from the last iteration. */
  readonly qr: QrDecomposition;
  readonly rank: number;
}

export type GlmOutcome =
  { readonly ok: true; readonly fit: GlmFit } | { readonly ok: false; readonly reason: string };

// Read once: a live import binding would be re-read in every inner loop.
const EPS = DOUBLE_EPS;
function linkInverse(eta: number): number {
  return Math.max(Math.exp(eta), EPS);
}

/**
 * The quasi-Poisson deviance 2 sum a (y log(y/mu) - (y - mu)). log(y/mu) is taken as log y - eta
 * where mu = exp(eta): it saves a logarithm per observation and iteration, and the deviance only
 * feeds the relative-change test against 1e-8, far above the rounding this changes.
 */
function deviance(
  y: number[],
  logY: number[],
  eta: number[],
  mu: number[],
  a: number[] | undefined,
): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const mi = mu[i]!;
    let term = mi;
    if (yi > 0) term = yi * (logY[i]! - (mi > EPS ? eta[i]! : Math.log(mi))) - (yi - mi);
    sum += (a === undefined ? 1 : a[i]!) * term;
  }
  return 2 * sum;
}

/** eta = X beta and mu = linkinv(eta); false when some mu is not finite. */
function linearPredictor(input: GlmInput, beta: number[], eta: number[], mu: number[]): boolean {
  const { design, n, p } = input;
  let finite = true;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += design[j * n + i]! * beta[j]!;
    eta[i] = s;
    const m = linkInverse(s);
    mu[i] = m;
    if (m === Number.POSITIVE_INFINITY) finite = false;
  }
  return finite;
}

function allFinite(values: number[], length: number): boolean {
  for (let j = 0; j < length; j++) if (!Number.isFinite(values[j]!)) return false;
  return true;
}

/** Fits log(mu) = X beta by iteratively reweighted least squares, as glm.fit does. */
export function fitQuasiPoisson(input: GlmInput): GlmOutcome {
  const { design, n, p, y, priorWeights: a } = input;
  const eta = zeros(n);
  const mu = zeros(n);
  // mu.eta(eta): equal to mu once mu = linkinv(eta), but not at the start, where mu = y + 0.1.
  const muEta = zeros(n);
  const logY = zeros(n);
  let devold = 0;
  for (let i = 0; i < n; i++) {
    const yi = y[i]!;
    mu[i] = yi + 0.1;
    eta[i] = Math.log(mu[i]!);
    muEta[i] = linkInverse(eta[i]!);
    logY[i] = yi > 0 ? Math.log(yi) : 0;
    // The starting deviance uses mu = y + 0.1 itself, exactly as glm.fit.
    const term = yi > 0 ? yi * Math.log(yi / mu[i]!) - (yi - mu[i]!) : mu[i]!;
    devold += (a === undefined ? 1 : a[i]!) * term;
  }
  devold *= 2;
  const w = zeros(n);
  const wz = zeros(n);
  const qr = qrWorkspace(n, p);
  const weighted = qr.qr;
  // Coefficients of this iteration and of the previous one (for step-halving), swapped each time.
  let start = zeros(p);
  let previous: number[] | null = null;
  let spare = zeros(p);
  let iterated = false;
  let converged = false;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    for (let i = 0; i < n; i++) {
      const d = muEta[i]!;
      const wi = Math.sqrt(((a === undefined ? 1 : a[i]!) * d * d) / mu[i]!);
      w[i] = wi;
      wz[i] = (eta[i]! + (y[i]! - mu[i]!) / d) * wi;
      for (let j = 0; j < p; j++) weighted[j * n + i] = design[j * n + i]! * wi;
    }
    householderQr(qr, QR_TOLERANCE);
    iterated = true;
    applyQTranspose(qr, wz);
    solveUpper(qr, wz);
    const next = spare;
    next.fill(0);
    for (let j = 0; j < qr.rank; j++) next[qr.pivot[j]!] = wz[j]!;
    if (!allFinite(next, p))
      return { ok: false, reason: `non-finite coefficients at iteration ${iteration}` };
    spare = previous ?? zeros(p);
    start = next;
    let finite = linearPredictor(input, start, eta, mu);
    let dev = deviance(y, logY, eta, mu, a);
    let halvings = 0;
    while (!finite || !Number.isFinite(dev)) {
      // glm.fit's step-halving towards the previous coefficients.
      if (previous === null)
        return { ok: false, reason: 'no valid set of coefficients has been found' };
      if (++halvings > MAX_ITERATIONS) return { ok: false, reason: 'cannot correct step size' };
      for (let j = 0; j < p; j++) start[j] = (start[j]! + previous[j]!) / 2;
      finite = linearPredictor(input, start, eta, mu);
      dev = deviance(y, logY, eta, mu, a);
    }
    for (let i = 0; i < n; i++) muEta[i] = mu[i]!;
    if (Math.abs(dev - devold) / (0.1 + Math.abs(dev)) < CONVERGENCE_EPSILON) {
      converged = true;
      break;
    }
    devold = dev;
    previous = start;
  }
  if (!iterated) return { ok: false, reason: 'no iterations were run' };
  const coefficients = new Array<number>(p).fill(Number.NaN);
  for (let j = 0; j < qr.rank; j++) coefficients[qr.pivot[j]!] = start[qr.pivot[j]!]!;
  const workingWeights = zeros(n);
  const workingResiduals = zeros(n);
  for (let i = 0; i < n; i++) {
    workingWeights[i] = w[i]! * w[i]!;
    workingResiduals[i] = (y[i]! - mu[i]!) / muEta[i]!;
  }
  return {
    ok: true,
    fit: {
      input,
      converged,
      coefficients,
      mu,
      workingWeights,
      workingResiduals,
      qr,
      rank: qr.rank,
    },
  };
}

/** Residual degrees of freedom: observations with positive prior weight minus the rank. */
export function residualDf(fit: GlmFit): number {
  return fit.input.n - fit.rank;
}

/** summary.glm's dispersion, sum(weights * residuals^2) / df, for the given `weights`. */
export function dispersion(fit: GlmFit, weights: number[] = fit.workingWeights): number {
  const df = residualDf(fit);
  if (df <= 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const wi = weights[i]!;
    if (wi > 0) sum += wi * fit.workingResiduals[i]! * fit.workingResiduals[i]!;
  }
  return sum / df;
}

/** x0'(R'R)^-1 x0 over the non-aliased columns: the unscaled variance of x0'beta. */
export function unscaledVariance(fit: GlmFit, x0: ArrayLike<number>): number {
  const v = zeros(fit.rank);
  for (let j = 0; j < fit.rank; j++) v[j] = x0[fit.qr.pivot[j]!]!;
  solveUpperTransposed(fit.qr, v);
  let s = 0;
  for (let j = 0; j < fit.rank; j++) s += v[j]! * v[j]!;
  return s;
}

/** x0'beta over the non-aliased columns (predict.lm drops aliased ones). */
export function linkPrediction(fit: GlmFit, x0: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < fit.rank; j++) {
    const column = fit.qr.pivot[j]!;
    s += x0[column]! * fit.coefficients[column]!;
  }
  return s;
}

/** lm.influence's hat values, set to 1 when within 10 eps of 1. */
export function hatValues(fit: GlmFit): number[] {
  const { design, n } = fit.input;
  const hat = zeros(n);
  const row = zeros(fit.rank);
  for (let i = 0; i < n; i++) {
    const wi = Math.sqrt(fit.workingWeights[i]!);
    for (let j = 0; j < fit.rank; j++) row[j] = design[fit.qr.pivot[j]! * n + i]! * wi;
    solveUpperTransposed(fit.qr, row);
    let s = 0;
    for (let j = 0; j < fit.rank; j++) s += row[j]! * row[j]!;
    hat[i] = s >= 1 - 10 * EPS ? 1 : s;
  }
  return hat;
}
