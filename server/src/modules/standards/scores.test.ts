import { describe, expect, it } from 'vitest';
import { attainmentRate, scoreOf } from './scores.ts';

describe('scoreOf', () => {
  it('weighs compliant fully, partial half, and leaves not-applicable items out', () => {
    const s = scoreOf([
      { importance: 'mandatory', weight: 3, result: 'compliant' },
      { importance: 'mandatory', weight: 2, result: 'partial' },
      { importance: 'recommended', weight: 5, result: 'not_applicable' },
      { importance: 'recommended', weight: 1, result: null },
    ]);
    expect(s.weighted).toBe(66.7);
    expect(s).toMatchObject({
      mandatoryMet: 1,
      mandatoryTotal: 2,
      meetsAllMandatory: false,
      applicable: 3,
      answered: 2,
    });
  });

  it('counts an erroring item against the port', () => {
    expect(scoreOf([{ importance: 'mandatory', weight: 1, result: 'error' }])).toMatchObject({
      weighted: 0,
      meetsAllMandatory: false,
    });
  });

  it('has no score when nothing applies, and then meets every mandatory item', () => {
    expect(
      scoreOf([{ importance: 'mandatory', weight: 1, result: 'not_applicable' }]),
    ).toMatchObject({ weighted: null, meetsAllMandatory: true });
  });
});

describe('attainmentRate', () => {
  it('is the share of ports meeting every mandatory item', () => {
    const pass = scoreOf([{ importance: 'mandatory', weight: 1, result: 'compliant' }]);
    const fail = scoreOf([{ importance: 'mandatory', weight: 1, result: 'non_compliant' }]);
    expect(attainmentRate([pass, fail, fail])).toBe(33.3);
    expect(attainmentRate([])).toBeNull();
  });
});
