import { localDateTime } from './i18n/time.ts';

/** Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC (the stored form of every date). */
const DAY = 86_400_000;

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The calendar day an instant falls on in a time zone, as 'YYYY-MM-DD': what "today" means for deadlines,
 * expiries and "due this week" in the district, which is ahead of UTC for its first hours each day.
 */
export const dayIn = (ms: number, timeZone: string): string =>
  localDateTime(ms, timeZone).slice(0, 10);
export const addDays = (date: string, days: number): string =>
  isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
