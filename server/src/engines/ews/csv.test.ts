import { describe, expect, it } from 'vitest';
import { CsvFormatError, formatNumber, formatResultRows, parseCountsCsv } from './csv.ts';
import { emptyEvaluation } from './types.ts';

function errorOf(text: string): CsvFormatError {
  try {
    parseCountsCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error('expected a CsvFormatError');
}

describe('parseCountsCsv', () => {
  it('reads series in order, a missing row or an empty count being NA', () => {
    const series = parseCountsCsv('series_id,week_index,count\r\nb,1,3\nb,3,\na,2,NA\na,1,0\n');
    expect(series.map((s) => s.seriesId)).toEqual(['b', 'a']);
    expect(Array.from(series[0]!.counts)).toEqual([3, Number.NaN, Number.NaN]);
    expect(Array.from(series[1]!.counts)).toEqual([0, Number.NaN]);
  });

  it('reads padded, quoted, non-ASCII and decimal fields as the plain ones', () => {
    const series = parseCountsCsv(
      '\uFEFFseries_id,week_index,count\n 港口 ,1, 2 \n"港口",2,1.5e1\r\n港口,03,NA\n港口,4,\n\n\n',
    );
    expect(series).toHaveLength(1);
    expect(series[0]!.seriesId).toBe('港口');
    expect(Array.from(series[0]!.counts)).toEqual([2, 15, Number.NaN, Number.NaN]);
  });

  it('accepts quoted ids and columns in any order', () => {
    const [series] = parseCountsCsv('count,series_id,week_index\n4,"pest, port ""A""",1\n');
    expect(series?.seriesId).toBe('pest, port "A"');
  });

  it.each([
    ['series_id,week,count\n', 1, /no column "week_index"/],
    ['series_id,week_index,count\na,1,2\na,x,2\n', 3, /column 2 \(week_index\)/],
    ['series_id,week_index,count\na,1,-2\n', 2, /column 3 \(count\)/],
    ['series_id,week_index,count\na,1\n', 2, /column 3 \(count\): expected 3 fields, found 2/],
    ['series_id,week_index,count\na,1,2\na,1,5\n', 3, /week 1 of series "a" appears twice/],
    ['series_id,week_index,count\n"a,1,2\n', 2, /unbalanced quote/],
    ['series_id,week_index,count\n,1,2\n', 2, /column 1 \(series_id\)/],
    ['series_id,week_index,count\na,1,2\n\na,2,2\n', 3, /expected 3 fields, found 1/],
    ['series_id,week_index,count\na,0,2\n', 2, /"0" is not a week number/],
    ['series_id,week_index,count\na,1,2,3\n', 2, /column 4 \(extra\): expected 3 fields, found 4/],
    ['series_id,week_index,count\nb,1,2\na,1,2\nb,1,5\n', 4, /week 1 of series "b" appears twice/],
  ])('refuses %j at line %i naming the column', (text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe('formatNumber', () => {
  it('prints like R’s sprintf("%.17g")', () => {
    expect(formatNumber(23.374437881921335)).toBe('23.374437881921335');
    expect(formatNumber(32)).toBe('32');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.1)).toBe('0.10000000000000001');
    expect(formatNumber(2.220446049250313e-16)).toBe('2.2204460492503131e-16');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(Number.NaN)).toBe('NA');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Inf');
    expect(formatNumber(-26041357644069390)).toBe('-26041357644069392');
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(0.00009999999999999999)).toBe('9.9999999999999991e-05');
  });
});

describe('formatResultRows', () => {
  it('writes one row per week with NA, TRUE/FALSE and the status', () => {
    const evaluation = emptyEvaluation('C1', { from: 9, to: 10 });
    evaluation.expected[1] = 2.5;
    evaluation.upperbound[1] = 4;
    evaluation.alarm[1] = 1;
    evaluation.status[0] = 1;
    expect(formatResultRows('x', evaluation)).toBe(
      'x,9,NA,NA,NA,insufficient_history\nx,10,2.5,4,TRUE,ok\n',
    );
  });
});
