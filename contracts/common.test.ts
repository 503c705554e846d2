import { describe, expect, it } from 'vitest';
import { dateSchema } from './common.ts';

describe('dateSchema', () => {
  it('takes calendar dates the business can mean, and refuses year 0000 and the far future by name', () => {
    expect(
      ['1900-01-01', '2026-12-01', '2100-12-31'].map((d) => dateSchema.safeParse(d).success),
    ).toEqual([true, true, true]);
    for (const d of ['0000-01-01', '1899-12-31', '2101-01-01']) {
      const parsed = dateSchema.safeParse(d);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('date_range');
    }
    expect(dateSchema.safeParse('2026-02-30').success).toBe(false);
  });
});
