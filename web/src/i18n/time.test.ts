import { afterEach, describe, expect, it } from 'vitest';
import {
  displayTimeZone,
  districtInstant,
  formatDateTime,
  formatLongDate,
  setDisplayTimeZone,
} from './time.ts';

describe('times on screen read in the district time zone', () => {
  afterEach(() => setDisplayTimeZone('Asia/Shanghai'));

  it('shows an instant on the district clock, not the browser one', () => {
    // 16:30 UTC is half past midnight the next day in Shanghai, 17:30 in London in winter.
    expect(formatDateTime('2026-12-01T16:30:00Z', 'en')).toBe('02/12/2026, 00:30:00');
    setDisplayTimeZone('Europe/London');
    expect(formatDateTime('2026-12-01T16:30:00Z', 'en')).toBe('01/12/2026, 16:30:00');
    expect(formatDateTime(null, 'zh')).toBe('—');
  });

  it('keeps the last good zone when told an unknown one', () => {
    setDisplayTimeZone('Mars/Olympus_Mons');
    expect(displayTimeZone()).toBe('Asia/Shanghai');
  });

  it('dates a calendar day as it is, and an instant by the district day', () => {
    expect(formatLongDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatLongDate('2026-02-28T17:00:00Z', 'en')).toBe('1 March 2026');
    expect(formatLongDate('2026-03-01', 'zh')).toBe('2026年3月1日');
  });

  it('reads a picked wall-clock time as the district instant it names', () => {
    expect(districtInstant('2026-12-02T08:00:00')).toBe('2026-12-02T00:00:00.000Z');
  });
});
