import { describe, expect, it } from 'vitest';
import { chooseThreadCount, evaluateBatch, evaluateBatchTimed } from './batch.ts';
import { resolveControls } from './controls.ts';
import { formatResultRows, parseCountsCsv } from './csv.ts';
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

  it('gives the same results and rows when this thread takes part, and times the evaluation', async () => {
    const settings = resolveControls('farringtonFlexible', new Map());
    const inThread = await evaluateBatch(series, settings, { threads: 1 });
    const ids = series.map((_, i) => `series ${i}`);
    const shared = await evaluateBatchTimed(series, settings, {
      threads: 2,
      inCallingThread: true,
      rowsWithIds: ids,
    });
    expect(shared.results).toEqual(inThread);
    expect(shared.rows).toEqual(inThread.map((e, i) => formatResultRows(ids[i]!, e)));
    expect(shared.timing.threads).toBeGreaterThanOrEqual(1);
    expect(shared.timing.engineMs).toBeGreaterThan(0);
    const workersOnly = await evaluateBatchTimed(series, settings, {
      threads: 2,
      rowsWithIds: ids,
    });
    expect(workersOnly.rows).toEqual(shared.rows);
    expect((await evaluateBatchTimed(series, settings, { threads: 2 })).rows).toBeNull();
  }, 30_000);

  it('rejects when a series cannot be evaluated in a worker', async () => {
    const settings = resolveControls('C1', new Map());
    const broken = [...series, { counts: series[0]!.counts, range: { from: 5, to: 4 } }];
    await expect(evaluateBatch(broken, settings, { threads: 2 })).rejects.toThrow(/range 5..4/);
  }, 30_000);
});
