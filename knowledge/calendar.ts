import holidayJp from '@holiday-jp/holiday_jp';

/**
 * Dates and times in Japan. Japan has had no daylight saving since 1951, so Asia/Tokyo is a
 * fixed UTC+9 and we compute it directly: the process's own TZ never leaks into an answer.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date with no time zone: what a resident means by "the 20th". */
export interface LocalDate {
  readonly y: number;
  readonly m: number; // 1–12
  readonly d: number; // 1–31
}

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function makeDate(y: number, m: number, d: number): LocalDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 ? { y, m, d } : null;
}

function toUtcMidnight(date: LocalDate): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromUtcMs(ms: number): LocalDate {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMidnight(date) + days * DAY_MS);
}

/** b − a in whole days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return toUtcMidnight(a) - toUtcMidnight(b);
}

export function isoDate(date: LocalDate): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

export function parseIsoDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function weekday(date: LocalDate): Weekday {
  return WEEKDAYS[new Date(toUtcMidnight(date)).getUTCDay()] as Weekday;
}

/** A JS Date (an instant) → the date and minute of the day in Japan. */
export function jstParts(instant: Date): { date: LocalDate; minutes: number } {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return {
    date: { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() },
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

export function todayInJapan(now: Date): LocalDate {
  return jstParts(now).date;
}

/** The instant at which a Japanese date + minute of day begins. */
export function jstInstant(date: LocalDate, minutes: number): Date {
  return new Date(toUtcMidnight(date) + minutes * 60_000 - JST_OFFSET_MS);
}

/** Public holidays (祝日・振替休日・国民の休日) from @holiday-jp, whose data runs to 2050. */
export function isPublicHoliday(date: LocalDate): boolean {
  // The package's isHoliday() formats the Date in the *process* time zone; the map lookup does not.
  return Object.prototype.hasOwnProperty.call(holidayJp.holidays, isoDate(date));
}

/** December and the closure days of January: when residents ask or should hear about the closure. */
export function isYearEndSeason(date: LocalDate): boolean {
  return date.m === 12 || isYearEndClosure(date);
}

/** The year-end closure of Japanese public offices, 29 December to 3 January. */
export function isYearEndClosure(date: LocalDate): boolean {
  return (date.m === 12 && date.d >= 29) || (date.m === 1 && date.d <= 3);
}
