import type { DaySelector, Hours } from '../../knowledge/schema';
import { DAY_SELECTORS } from '../../knowledge/schema';

/** Staffed hours name weekdays; "holiday" and "fourth Sunday" make no sense for a chat rota. */
const DAYS: readonly DaySelector[] = DAY_SELECTORS.filter((d) => d !== 'holiday' && d !== 'sun4');
const RULE = /^([a-z,]+)\s+([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/u;

/**
 * HANDOFF_HOURS ('weekday 09:00-17:30; sat 10:00-12:00') as the knowledge base's opening hours, so
 * "is live chat open now" follows the same calendar as the city's contacts: public holidays and
 * the year-end closure are closed. null when the text is not a valid list of rules.
 */
export function parseStaffedHours(text: string): Hours | null {
  const rules: Hours['rules'] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const m = RULE.exec(part);
    if (!m) return null;
    const days = m[1]!.split(',');
    if (!days.every((d): d is DaySelector => (DAYS as readonly string[]).includes(d))) return null;
    const from = `${m[2]}:${m[3]}`;
    const to = `${m[4]}:${m[5]}`;
    if (to <= from) return null;
    rules.push({ days, from, to });
  }
  return rules.length ? { rules, complete: true, closed: ['holidays', 'year_end'], uncertain: [] } : null;
}
