import { describe, expect, it } from 'vitest';
import { chooseThreadCount, evaluateBatch } from './batch.ts';
import { resolveControls } from './controls.ts';
import { parseCountsCsv } from './csv.ts';
import { readFileSync } from 'node:fs';

const series = parseCountsCsv(
  readFileSync(new URL('./fixtures/counts.csv', import.meta.url), 'utf8'),
)
  .slice(0, 6)
  .map((s) => ({ counts: s.counts, range: { from: s.counts.length - 9, to: s.counts.length } }));

describe('evaluateBatch', () => {
  it('stays in this thread for small batches and uses every core for large ones', () => {
    expect(chooseThreadCount(series, 'C1')).toBe(1);
    expect(chooseThreadCount(series, 'farringtonFlexible')).toBe(1);
    const large = Array.from({ length: 2000 }, () => series[0]!).map((s) => ({
      ...s,
      range: { from: s.counts.length - 51, to: s.counts.length },
    }));
    expect(chooseThreadCount(large, 'farringtonFlexible')).toBeGreaterThan(1);
  });

  it('gives the same results, in input order, from worker threads as in this thread', async () => {
    const settings = resolveControls('farringtonFlexible', new Map());
    const inThread = await evaluateBatch(series, settings, { threads: 1 });
    const inWorkers = await evaluateBatch(series, settings, { threads: 2 });
    expect(inWorkers).toEqual(inThread);
  }, 30_000);
});
