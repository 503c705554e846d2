// The stdlib-backed distribution functions give R's answers (fixtures/r-distributions.csv).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pnorm, pt, qnbinom, qnorm, qpois } from './distributions.ts';

const rows = readFileSync(new URL('./fixtures/r-distributions.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [fn = '', a = '', b = '', c = '', value = ''] = line.split(',');
    return { fn, a: Number(a), b: Number(b), c: Number(c), value: Number(value) };
  });

const byName = (fn: string) => rows.filter((r) => r.fn === fn);

describe('distributions against R', () => {
  it('qpois gives exactly R’s quantiles, including at the CDF values themselves', () => {
    const mismatches = byName('qpois').filter((r) => qpois(r.a, r.b) !== r.value);
    expect(mismatches).toEqual([]);
  });

  it('qnbinom gives exactly R’s quantiles', () => {
    const mismatches = byName('qnbinom').filter((r) => qnbinom(r.a, r.b, r.c) !== r.value);
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['qnorm', (r: { a: number }) => qnorm(r.a)],
    ['pnorm', (r: { a: number }) => pnorm(r.a)],
    ['pt', (r: { a: number; b: number }) => pt(r.a, r.b)],
  ] as const)('%s agrees with R to 1e-12 relative', (fn, compute) => {
    for (const r of byName(fn)) {
      expect(Math.abs(compute(r) - r.value)).toBeLessThanOrEqual(
        1e-12 * Math.max(Math.abs(r.value), 1e-300),
      );
    }
  });

  it('the upper normal tail keeps its precision far out', () => {
    expect(pnorm(10, 0, 1, false)).toBeGreaterThan(0);
    expect(pnorm(0.5, 0.5, 2, false)).toBe(0.5);
  });
});
