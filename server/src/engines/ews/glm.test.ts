// glm.fit's quasi-Poisson fit, checked against values printed by R 4.2 (glm(y ~ x, quasipoisson)).
import { describe, expect, it } from 'vitest';
import {
  dispersion,
  fitQuasiPoisson,
  hatValues,
  linkPrediction,
  residualDf,
  unscaledVariance,
  type GlmFit,
} from './glm.ts';

function trendDesign(n: number, extra?: (t: number) => number): number[] {
  const p = extra === undefined ? 2 : 3;
  const design = new Array<number>(n * p).fill(0);
  for (let i = 0; i < n; i++) {
    design[i] = 1;
    design[n + i] = i + 1;
    if (extra !== undefined) design[2 * n + i] = extra(i + 1);
  }
  return design;
}

function fit(y: number[], extra?: (t: number) => number): GlmFit {
  const outcome = fitQuasiPoisson({
    design: trendDesign(y.length, extra),
    n: y.length,
    p: extra === undefined ? 2 : 3,
    y,
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.fit;
}

const closeTo = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
};

describe('fitQuasiPoisson', () => {
  const counts = [2, 3, 6, 7, 8, 9, 10, 12, 15];

  it('gives R’s coefficients, dispersion and hat values', () => {
    const model = fit(counts);
    expect(model.converged).toBe(true);
    closeTo(model.coefficients[0]!, 0.98184503170316106);
    closeTo(model.coefficients[1]!, 0.19483767838527774);
    closeTo(dispersion(model), 0.20793777128451871);
    const hat = hatValues(model);
    closeTo(hat[0]!, 0.26010583380306662);
    closeTo(hat[4]!, 0.12434003660013106);
    closeTo(hat[8]!, 0.49888688924086033);
  });

  it('gives predict.glm’s link-scale fit and standard error', () => {
    const model = fit(counts);
    const x0 = [1, 10];
    closeTo(linkPrediction(model, x0), 2.9302218155559387);
    closeTo(Math.sqrt(dispersion(model) * unscaledVariance(model, x0)), 0.1000592723005822);
    expect(residualDf(model)).toBe(7);
  });

  it('drops an aliased column as R does (coefficient NA, rank 2)', () => {
    const model = fit(counts, (t) => 2 * t);
    expect(model.rank).toBe(2);
    expect(Number.isNaN(model.coefficients[2]!)).toBe(true);
    closeTo(model.coefficients[1]!, 0.19483767838527774);
  });

  it('reports non-convergence after 25 iterations where R does', () => {
    expect(fit([...new Array<number>(30).fill(0), 200]).converged).toBe(false);
    expect(fit([...new Array<number>(33).fill(0), 1]).converged).toBe(false);
    expect(fit([...new Array<number>(20).fill(0), 1, 0, 0, 50]).converged).toBe(true);
  });
});
