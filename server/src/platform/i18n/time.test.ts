import { describe, expect, it } from 'vitest';
import { isTimeZone, localDateTime } from './time.ts';

describe('district time', () => {
  it("writes a moment on the district's wall clock, across midnight and in another zone", () => {
    // 16:30 UTC is half past midnight the next day in Shanghai (UTC+8, no daylight saving).
    expect(localDateTime('2026-03-01T16:30:05.000Z', 'Asia/Shanghai')).toBe('2026-03-02 00:30:05');
    expect(localDateTime(Date.UTC(2026, 6, 1, 12, 0, 0), 'Europe/London')).toBe(
      '2026-07-01 13:00:00',
    );
    expect(localDateTime(new Date('2026-01-05T00:00:00Z'), 'UTC')).toBe('2026-01-05 00:00:00');
  });

  it('knows an IANA zone from a typing slip', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Shanghia')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
