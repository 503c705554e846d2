// One entry point for every method: validates the monitored range and hands the series to the method.
import { cusum } from './cusum.ts';
import { earsC } from './ears.ts';
import { farrington } from './farrington.ts';
import { farringtonFlexible } from './farringtonFlexible.ts';
import type { MethodSettings, SeriesEvaluation, WeekRange, WeeklyCounts } from './types.ts';

export class WeekRangeError extends Error {
  override readonly name = 'WeekRangeError';
}

/** Converts API-edge counts (null = missing) to the engine's NaN-coded array. */
export function toWeeklyCounts(counts: ArrayLike<number | null>): WeeklyCounts {
  return Float64Array.from({ length: counts.length }, (_, i) => counts[i] ?? Number.NaN);
}

/** The last 52 weeks of a series of `length` weeks (or all of it when shorter). */
export function defaultRange(length: number): WeekRange {
  return { from: Math.max(1, length - 51), to: length };
}

export function evaluateSeries(
  counts: WeeklyCounts,
  range: WeekRange,
  settings: MethodSettings,
): SeriesEvaluation {
  if (
    !Number.isInteger(range.from) ||
    !Number.isInteger(range.to) ||
    range.from < 1 ||
    range.to > counts.length ||
    range.from > range.to
  ) {
    throw new WeekRangeError(
      `the range ${range.from}..${range.to} must lie within weeks 1..${counts.length}`,
    );
  }
  switch (settings.method) {
    case 'farringtonFlexible':
      return farringtonFlexible(counts, range, settings.control);
    case 'farrington':
      return farrington(counts, range, settings.control);
    case 'C1':
    case 'C2':
    case 'C3':
      return earsC(settings.method, counts, range, settings.control);
    case 'cusum':
      return cusum(counts, range, settings.control);
  }
}
