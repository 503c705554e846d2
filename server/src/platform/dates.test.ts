import { describe, expect, it } from 'vitest';
import { addDays, dayIn, daysBetween, isoDay } from './dates.ts';

describe('calendar days', () => {
  it("judges today on the district's calendar, not UTC's", () => {
    // 17:30 UTC on 1 December is already 2 December in Shanghai, still 1 December in London.
    const ms = Date.parse('2026-12-01T17:30:00Z');
    expect(isoDay(ms)).toBe('2026-12-01');
    expect(dayIn(ms, 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dayIn(ms, 'Europe/London')).toBe('2026-12-01');
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
  });
});
