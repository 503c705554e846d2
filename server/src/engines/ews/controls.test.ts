import { describe, expect, it } from 'vitest';
import { ControlError, DEFAULT_CONTROLS, parseAssignment, resolveControls } from './controls.ts';

const settings = (pairs: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(pairs));

describe('resolveControls', () => {
  it('starts from R’s defaults', () => {
    expect(resolveControls('farringtonFlexible', new Map())).toEqual({
      method: 'farringtonFlexible',
      control: DEFAULT_CONTROLS.farringtonFlexible,
    });
    expect(DEFAULT_CONTROLS.farringtonFlexible).toMatchObject({
      b: 5,
      w: 3,
      weightsThreshold: 2.58,
      limit54: [5, 4],
      powertrans: '2/3',
      thresholdMethod: 'delta',
    });
    expect(DEFAULT_CONTROLS.cusum).toMatchObject({ k: 1.04, h: 2.26, trans: 'standard' });
  });

  it('parses numbers, booleans, lists, words and fractions', () => {
    const { control } = resolveControls(
      'farringtonFlexible',
      settings({
        b: '4',
        reweight: 'false',
        limit54: '0,4',
        thresholdMethod: 'nbPlugin',
        powertrans: '1/2',
        alpha: '0.01',
        noPeriods: '10',
      }),
    );
    expect(control).toMatchObject({
      b: 4,
      reweight: false,
      limit54: [0, 4],
      thresholdMethod: 'nbPlugin',
      powertrans: '1/2',
      alpha: 0.01,
      noPeriods: 10,
    });
    expect(resolveControls('cusum', settings({ m: 'glm' })).control).toMatchObject({ m: 'glm' });
    expect(resolveControls('cusum', settings({ m: '2.5' })).control).toMatchObject({ m: 2.5 });
  });

  it('refuses an unknown control by name', () => {
    expect(() => resolveControls('C1', settings({ noPeriods: '10' }))).toThrow(
      /unknown control "noPeriods" for method C1/,
    );
    expect(() => resolveControls('farrington', settings({ thresholdMethod: 'nbPlugin' }))).toThrow(
      ControlError,
    );
  });

  it.each([
    ['b', 'five'],
    ['b', '2.5'],
    ['alpha', '1.5'],
    ['reweight', 'yes'],
    ['limit54', '5'],
    ['powertrans', '3/4'],
    ['thresholdMethod', 'exact'],
  ])('refuses %s=%s, naming the control', (name, value) => {
    expect(() => resolveControls('farringtonFlexible', settings({ [name]: value }))).toThrow(
      new RegExp(`control "${name}" must be`),
    );
  });

  it('refuses an EARS baseline below 3, as R does', () => {
    expect(() => resolveControls('C2', settings({ baseline: '2' }))).toThrow(/baseline/);
  });
});

describe('parseAssignment', () => {
  it('splits at the first =', () => {
    expect(parseAssignment('powertrans=1/2')).toEqual(['powertrans', '1/2']);
    expect(() => parseAssignment('novalue')).toThrow(ControlError);
    expect(() => parseAssignment('=3')).toThrow(ControlError);
  });
});
