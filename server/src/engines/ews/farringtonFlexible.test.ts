import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTROLS } from './controls.ts';
import { flexibleReferenceData } from './farringtonFlexible.ts';

const counts = Float64Array.from({ length: 120 }, (_, i) => i + 1);

describe('flexibleReferenceData', () => {
  it('uses the reference windows only, without the current weeks, when noPeriods is 1', () => {
    const outcome = flexibleReferenceData(counts, 110, {
      ...DEFAULT_CONTROLS.farringtonFlexible,
      b: 1,
      w: 2,
    });
    expect(outcome).toMatchObject({ ok: true, ref: { time: [56, 57, 58, 59, 60], labels: null } });
  });

  it('cuts the gaps between windows into noPeriods - 1 blocks, the first ones longer', () => {
    const outcome = flexibleReferenceData(counts, 100, {
      ...DEFAULT_CONTROLS.farringtonFlexible,
      b: 1,
      w: 3,
      noPeriods: 3,
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { time, labels, levels } = outcome.ref;
    const weeksOf = (label: number): number[] => time.filter((_, i) => labels?.[i] === label);
    expect(weeksOf(3)).toEqual([45, 46, 47, 48, 49, 50, 51]);
    expect(weeksOf(1)).toEqual(Array.from({ length: 23 }, (_, i) => 52 + i));
    expect(weeksOf(2)).toEqual(Array.from({ length: 22 }, (_, i) => 75 + i));
    expect(levels).toEqual([1, 2, 3]);
  });

  it('keeps a factor level whose weeks are all missing, as R does', () => {
    const gappy = counts.slice();
    for (let t = 75; t <= 96; t++) gappy[t - 1] = Number.NaN;
    const outcome = flexibleReferenceData(gappy, 100, {
      ...DEFAULT_CONTROLS.farringtonFlexible,
      b: 1,
      w: 3,
      noPeriods: 3,
    });
    expect(outcome).toMatchObject({ ok: true, ref: { levels: [1, 2, 3] } });
  });

  it('refuses more blocks than gap weeks', () => {
    const outcome = flexibleReferenceData(counts, 100, {
      ...DEFAULT_CONTROLS.farringtonFlexible,
      b: 1,
      w: 3,
      noPeriods: 47,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Number of factors too big/),
    });
  });
});
