import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The district's time zone, which every time on screen is read in: an officer travelling with a
 * laptop set to another zone still sees the times the district's records and exports carry.
 * Set from the session (Me.timeZone); Asia/Shanghai until it is known.
 */
let zone = 'Asia/Shanghai';

export function setDisplayTimeZone(next: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: next });
    zone = next;
  } catch {
    // An unknown zone leaves the last good one: a wrong clock is worse than the district default.
  }
}

export const displayTimeZone = (): string => zone;

const localeOf = (lang: 'zh' | 'en') => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** An instant as date and time in the district's zone, '—' for none. */
export function formatDateTime(iso: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(localeOf(lang), { hour12: false, timeZone: zone });
}

/** An instant, or a calendar day ('YYYY-MM-DD', zone-free), as a document dates it. */
export function formatLongDate(value: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!value) return '—';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  if (/^\d{4}-\d\d-\d\d$/.test(value))
    return new Date(`${value}T00:00:00Z`).toLocaleDateString(localeOf(lang), {
      ...options,
      timeZone: 'UTC',
    });
  return new Date(value).toLocaleDateString(localeOf(lang), { ...options, timeZone: zone });
}

/** A wall-clock time picked on screen, read in the district's zone, as the instant it names. */
export function districtInstant(picked: Dayjs | string): string {
  return dayjs.tz(dayjs(picked).format('YYYY-MM-DDTHH:mm:ss'), zone).toISOString();
}
