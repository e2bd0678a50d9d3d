import type { LocalDate } from './calendar';
import { addDays, compareDates, daysBetween } from './calendar';

/**
 * Cooling-off (クーリング・オフ) under the Act on Specified Commercial Transactions: the period is
 * counted from the day the legal contract document was received, that day being day 1.
 */
export type CoolingOffResult =
  | { kind: 'none' } // mail order: no statutory cooling-off
  | { kind: 'future'; received: LocalDate }
  | { kind: 'open'; received: LocalDate; periodDays: number; lastDay: LocalDate; daysLeft: number }
  | { kind: 'ended'; received: LocalDate; periodDays: number; lastDay: LocalDate };

export function coolingOff(
  periodDays: number | null,
  received: LocalDate,
  today: LocalDate,
): CoolingOffResult {
  if (periodDays === null) return { kind: 'none' };
  if (compareDates(received, today) > 0) return { kind: 'future', received };
  const lastDay = addDays(received, periodDays - 1);
  if (compareDates(today, lastDay) > 0) return { kind: 'ended', received, periodDays, lastDay };
  // Today counts: on the last day itself one day is left.
  return { kind: 'open', received, periodDays, lastDay, daysLeft: daysBetween(today, lastDay) + 1 };
}
