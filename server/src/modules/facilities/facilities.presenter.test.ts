import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../platform/dates.ts';
import { certificationState } from './facilities.presenter.ts';

describe('certificationState', () => {
  it('needs nothing for a type without a cycle', () => {
    expect(certificationState(null, null, '2026-11-01')).toBe('not_required');
  });
  it('judges the latest expiry against the day: missing, expired, expiring within 90 days, valid', () => {
    expect(certificationState(12, null, '2026-11-01')).toBe('missing');
    expect(certificationState(12, '2026-10-31', '2026-11-01')).toBe('expired');
    expect(certificationState(12, '2026-11-01', '2026-11-01')).toBe('expiring');
    expect(certificationState(36, '2027-01-30', '2026-11-01')).toBe('expiring');
    expect(certificationState(36, '2027-01-31', '2026-11-01')).toBe('valid');
  });
});

describe('dates', () => {
  it('adds days across months and years and counts days between', () => {
    expect(addDays('2026-11-01', 90)).toBe('2027-01-30');
    expect(addDays('2026-11-01', -62)).toBe('2026-08-31');
    expect(daysBetween('2026-11-28', '2027-01-15')).toBe(48);
    expect(daysBetween('2026-11-28', '2026-08-31')).toBe(-89);
  });
});
