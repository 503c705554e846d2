import { describe, expect, it } from 'vitest';
import { neutralised, safeSheetName } from './excel.ts';

describe('neutralised', () => {
  it('quotes text that starts like a formula, and leaves other text and every number alone', () => {
    expect(['=1+1', '+86 10', '-5 ℃', '@SUM(A1)', '\t=x', '\r=x'].map(neutralised)).toEqual([
      "'=1+1",
      "'+86 10",
      "'-5 ℃",
      "'@SUM(A1)",
      "'\t=x",
      "'\r=x",
    ]);
    expect(['口岸', 'a=b', ' =x', '', null].map(neutralised)).toEqual([
      '口岸',
      'a=b',
      ' =x',
      '',
      null,
    ]);
    expect([-5, 0, 3.5].map(neutralised)).toEqual([-5, 0, 3.5]);
    // Behind control characters the writer drops, invisible format characters, or in full-width forms.
    expect(
      ['\u001f=HYPERLINK("x")', '\u0000\u0008+1', '\u200b=1', '\ufeff@x', '＝1+1', '＋1'].map(
        neutralised,
      ),
    ).toEqual(['\'=HYPERLINK("x")', "'+1", "'\u200b=1", "'\ufeff@x", "'＝1+1", "'＋1"]);
  });
});

describe('safeSheetName', () => {
  it('makes user text a sheet name Excel accepts and that cannot read as a formula', () => {
    expect(safeSheetName('GL-GRAIN')).toBe('GL-GRAIN');
    expect(safeSheetName('a/b:c*d?[e]')).toBe('a b c d  e');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('=cmd')).toBe('_=cmd');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('History')).toBe('Sheet1');
    expect(safeSheetName('[]')).toBe('Sheet1');
  });
});
