// Where R stops a whole series the engine answers per week, and properties every method keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveControls } from './controls.ts';
import { evaluateSeries, toWeeklyCounts, WeekRangeError } from './evaluate.ts';
import { EWS_METHODS, weekResults, type EwsMethod } from './types.ts';

const defaults = (method: EwsMethod, pairs: Record<string, string> = {}) =>
  resolveControls(method, new Map(Object.entries(pairs)));

/** A deterministic seasonal series with mean about 10. */
function seasonal(weeks: number): Float64Array {
  return Float64Array.from({ length: weeks }, (_, i) =>
    Math.round(10 + 5 * Math.sin((2 * Math.PI * (i + 1)) / 52) + ((i * 7) % 5)),
  );
}

describe('evaluateSeries: weeks R cannot answer', () => {
  it('farringtonFlexible marks weeks before 52b+w as insufficient_history and answers the rest', () => {
    const results = weekResults(
      evaluateSeries(seasonal(300), { from: 255, to: 300 }, defaults('farringtonFlexible')),
    );
    expect(
      results
        .filter((r) => r.week < 263)
        .every((r) => r.status === 'insufficient_history' && r.alarm === null),
    ).toBe(true);
    expect(results.find((r) => r.week === 262)?.message).toMatch(/needs 263 weeks of history/);
    expect(
      results.filter((r) => r.week >= 263).every((r) => r.status === 'ok' && r.upperbound !== null),
    ).toBe(true);
  });

  it('farrington marks only the weeks whose reference windows hold a missing count', () => {
    const counts = seasonal(312);
    counts[312 - 52 - 1] = Number.NaN; // week 260: in the windows of weeks 309..315 one year later
    const results = weekResults(
      evaluateSeries(counts, { from: 300, to: 312 }, defaults('farrington')),
    );
    const missing = results.filter((r) => r.status === 'missing_reference').map((r) => r.week);
    expect(missing).toEqual([309, 310, 311, 312]);
    expect(results.find((r) => r.week === 309)?.message).toMatch(/reference week 260 has no count/);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(9);
  });

  it('farringtonFlexible reports a GLM that converges neither with nor without trend', () => {
    const zeros = new Float64Array(312);
    const results = weekResults(
      evaluateSeries(
        zeros,
        { from: 300, to: 302 },
        defaults('farringtonFlexible', { noPeriods: '10' }),
      ),
    );
    expect(results.every((r) => r.status === 'not_converged' && r.alarm === null)).toBe(true);
    expect(results[0]?.message).toMatch(/did not converge/);
  });

  it('gives the all-zero series R’s answers: no bound without enough cases, no alarm', () => {
    const zeros = new Float64Array(312);
    const flexible = weekResults(
      evaluateSeries(zeros, { from: 300, to: 300 }, defaults('farringtonFlexible')),
    )[0];
    expect(flexible).toMatchObject({ upperbound: null, alarm: false, status: 'ok' });
    const original = weekResults(
      evaluateSeries(zeros, { from: 300, to: 300 }, defaults('farrington')),
    )[0];
    expect(original).toMatchObject({ upperbound: 0, alarm: false });
    const c3 = weekResults(evaluateSeries(zeros, { from: 300, to: 300 }, defaults('C3')))[0];
    expect(c3).toMatchObject({ upperbound: null, alarm: null });
  });

  it('EARS C3 flags the two weeks after a spike, not the spike itself', () => {
    const counts = Float64Array.from({ length: 40 }, (_, i) => 5 + (i % 3));
    counts[29] = 40;
    const alarms = weekResults(evaluateSeries(counts, { from: 28, to: 34 }, defaults('C3')))
      .filter((r) => r.alarm === true)
      .map((r) => r.week);
    expect(alarms).toEqual([31, 32]);
  });

  it('refuses a range outside the series', () => {
    expect(() => evaluateSeries(seasonal(10), { from: 5, to: 11 }, defaults('C1'))).toThrow(
      WeekRangeError,
    );
  });
});

const countSeries = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.nat({ max: 60 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    { minLength: 280, maxLength: 300 },
  )
  .map(toWeeklyCounts);

describe('evaluateSeries properties', () => {
  it.each(EWS_METHODS)(
    '%s never throws, keeps alarm within {TRUE, FALSE, NA} and does not look ahead',
    (method) => {
      fc.assert(
        fc.property(countSeries, fc.nat({ max: 60 }), (counts, bump) => {
          const to = counts.length;
          const from = to - 3;
          const evaluation = evaluateSeries(counts, { from, to }, defaults(method));
          expect(evaluation.alarm.every((a) => a === -1 || a === 0 || a === 1)).toBe(true);
          if (method === 'cusum') return;
          // The answer for week `from` must not change when later weeks change.
          const later = counts.slice();
          later[to - 1] = bump;
          const again = evaluateSeries(later, { from, to: from }, defaults(method));
          expect(again.upperbound[0]).toEqual(evaluation.upperbound[0]);
          expect(again.alarm[0]).toBe(evaluation.alarm[0]);
        }),
        { numRuns: method.startsWith('farrington') ? 15 : 100 },
      );
    },
  );

  it.each(['farringtonFlexible', 'C1', 'C2'] as const)(
    '%s alarms only above the upper bound',
    (method) => {
      fc.assert(
        fc.property(countSeries, (counts) => {
          const to = counts.length;
          const evaluation = evaluateSeries(counts, { from: to - 4, to }, defaults(method));
          evaluation.alarm.forEach((alarm, i) => {
            if (alarm === 1)
              expect(counts[to - 4 + i - 1]).toBeGreaterThan(evaluation.upperbound[i]!);
          });
        }),
        { numRuns: method === 'farringtonFlexible' ? 15 : 100 },
      );
    },
  );

  it('cusum keeps S_t >= 0 and alarms exactly when S_t >= h', () => {
    fc.assert(
      fc.property(countSeries, (counts) => {
        const evaluation = evaluateSeries(
          counts,
          { from: 200, to: counts.length },
          defaults('cusum'),
        );
        evaluation.score.forEach((s, i) => {
          if (Number.isNaN(s)) return expect(evaluation.alarm[i]).toBe(-1);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(evaluation.alarm[i]).toBe(s >= 2.26 ? 1 : 0);
        });
      }),
    );
  });
});

describe('evaluateSeries: seasonal blocks with missing weeks', () => {
  it('refuses to predict for a current-season block whose weeks are all missing, where R stops', () => {
    const counts = seasonal(312);
    // With pastWeeksNotIncluded 26 the block labelled noPeriods is the five reference windows only.
    for (let i = 1; i <= 5; i++)
      for (let t = 300 - 52 * i - 3; t <= 300 - 52 * i + 3; t++) counts[t - 1] = Number.NaN;
    const settings = defaults('farringtonFlexible', {
      noPeriods: '10',
      pastWeeksNotIncluded: '26',
    });
    const [week] = weekResults(evaluateSeries(counts, { from: 300, to: 300 }, settings));
    expect(week).toMatchObject({ status: 'missing_reference', alarm: null });
    expect(week?.message).toMatch(/current season's block is missing/);
  });
});
