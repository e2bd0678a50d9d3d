import type { Hours, DaySelector } from './schema';
import type { LocalDate } from './calendar';
import { addDays, isPublicHoliday, isYearEndClosure, jstInstant, jstParts, weekday } from './calendar';

/**
 * "Is it open now, and when does it open next?" for structured opening hours in Japan.
 * A schedule that is incomplete answers "unknown" outside its known openings: we never tell a
 * resident that a place is closed when we only lack the data.
 */
export type OpenStatus =
  | { state: 'open'; until: Date }
  | { state: 'closed'; nextOpen: Date | null }
  | { state: 'unknown'; nextOpen: Date | null };

interface Interval {
  start: Date;
  end: Date;
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function selectorMatches(
  sel: DaySelector,
  date: LocalDate,
  holiday: boolean,
  holidaysClosed: boolean,
): boolean {
  const wd = weekday(date);
  switch (sel) {
    case 'daily':
      return true;
    case 'holiday':
      return holiday;
    case 'weekday':
      return wd !== 'sat' && wd !== 'sun' && !holiday;
    case 'weekend':
      return wd === 'sat' || wd === 'sun';
    case 'sun4':
      // The fourth Sunday of the month falls on the 22nd to the 28th.
      return wd === 'sun' && date.d >= 22 && date.d <= 28;
    default:
      // A named weekday: a public holiday on that weekday is closed if the place closes on holidays.
      return wd === sel && !(holiday && holidaysClosed);
  }
}

/** The openings that start on a given date (an overnight opening ends the next day). */
function intervalsStartingOn(hours: Hours, date: LocalDate): Interval[] {
  if (hours.closed.includes('year_end') && isYearEndClosure(date)) return [];
  const holiday = isPublicHoliday(date);
  const holidaysClosed = hours.closed.includes('holidays');
  const out: Interval[] = [];
  for (const rule of hours.rules) {
    if (!rule.days.some((sel) => selectorMatches(sel, date, holiday, holidaysClosed))) continue;
    const from = toMinutes(rule.from);
    let to = toMinutes(rule.to);
    if (to <= from) to += 24 * 60; // e.g. 19:00–08:00
    out.push({ start: jstInstant(date, from), end: jstInstant(date, to) });
  }
  return out;
}

/** Whether the date is one of the special days listed (a schedule's `closed` or `uncertain`). */
function isAmong(days: Hours['closed'], date: LocalDate): boolean {
  return (
    (days.includes('year_end') && isYearEndClosure(date)) ||
    (days.includes('holidays') && isPublicHoliday(date))
  );
}

const isUncertain = (hours: Hours, date: LocalDate): boolean => isAmong(hours.uncertain, date);
const isListedClosure = (hours: Hours, date: LocalDate): boolean => isAmong(hours.closed, date);

/**
 * Whether the usual hours may not hold today: a day the schedule lists as uncertain (the
 * year-end for the convenience stores). The card then says "check the page", and so must the text.
 */
export function usualHoursUncertain(hours: Hours, now: Date): boolean {
  return isUncertain(hours, jstParts(now).date);
}

const LOOKAHEAD_DAYS = 40; // reaches the next "fourth Sunday" and spans the year-end closure

export function openStatus(hours: Hours, now: Date): OpenStatus {
  const today = jstParts(now).date;
  if (isUncertain(hours, today)) return { state: 'unknown', nextOpen: null };

  // Yesterday's overnight opening may still be running.
  const candidates = [-1, 0].flatMap((offset) => intervalsStartingOn(hours, addDays(today, offset)));
  const current = candidates.filter((iv) => iv.start <= now && now < iv.end);
  if (current.length > 0) {
    // Adjacent openings (a 24-hour service) merge into one "until".
    let until = current.reduce((a, b) => (a.end > b.end ? a : b)).end;
    for (let i = 1; i <= LOOKAHEAD_DAYS; i++) {
      const next = intervalsStartingOn(hours, addDays(today, i)).find(
        (iv) => iv.start.getTime() <= until.getTime(),
      );
      if (!next || next.end <= until) break;
      until = next.end;
    }
    return { state: 'open', until };
  }

  let nextOpen: Date | null = null;
  for (let i = 0; i <= LOOKAHEAD_DAYS && !nextOpen; i++) {
    const day = addDays(today, i);
    if (isUncertain(hours, day)) break;
    const openings = intervalsStartingOn(hours, day);
    // An incomplete schedule knows nothing of a day that none of its rules covers (unless it is a
    // listed closure): the office may well open then, so a later known opening is not "the next".
    // Without this, 188 on a Monday said "next known opening: Saturday".
    if (!hours.complete && openings.length === 0 && !isListedClosure(hours, day)) break;
    const upcoming = openings
      .filter((iv) => iv.start > now)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    nextOpen = upcoming[0]?.start ?? null;
  }
  return hours.complete ? { state: 'closed', nextOpen } : { state: 'unknown', nextOpen };
}
