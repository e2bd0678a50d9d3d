import { openStatus } from '../../knowledge/hours';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';

const kb = KnowledgeBase.load();
const hoursOf = (id: string) => {
  const hours = kb.contact(id).hours;
  if (!hours) throw new Error(`${id} has no hours`);
  return hours;
};
const at = (iso: string) => new Date(iso);
const jst = (d: Date | null) =>
  d ? new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : null;

function describeStatus(id: string, iso: string): string {
  const s = openStatus(hoursOf(id), at(iso));
  if (s.state === 'open') return `open until ${jst(s.until)}`;
  return `${s.state}, next ${jst(s.nextOpen)}`;
}

describe('opening hours in Japan time', () => {
  it.each([
    // Ministry of Justice line: weekdays 9:00–17:00, closed on holidays and 29 Dec–3 Jan.
    ['mojHumanRights', '2026-11-24T10:00:00+09:00', 'open until 2026-11-24 17:00'],
    ['mojHumanRights', '2026-11-24T17:00:00+09:00', 'closed, next 2026-11-25 09:00'],
    ['mojHumanRights', '2026-11-23T10:00:00+09:00', 'closed, next 2026-11-24 09:00'], // 勤労感謝の日 (Monday)
    ['mojHumanRights', '2026-11-21T12:00:00+09:00', 'closed, next 2026-11-24 09:00'], // Saturday before the holiday Monday
    ['mojHumanRights', '2026-12-28T16:59:00+09:00', 'open until 2026-12-28 17:00'],
    ['mojHumanRights', '2026-12-29T10:00:00+09:00', 'closed, next 2027-01-04 09:00'], // year-end closure
    ['mojHumanRights', '2027-01-01T10:00:00+09:00', 'closed, next 2027-01-04 09:00'],
    ['mojHumanRights', '2027-01-11T10:00:00+09:00', 'closed, next 2027-01-12 09:00'], // 成人の日
    // Children's line #8000: 19:00–8:00 every night.
    ['kodomo8000', '2026-11-24T02:00:00+09:00', 'open until 2026-11-24 08:00'],
    ['kodomo8000', '2026-11-24T10:00:00+09:00', 'closed, next 2026-11-24 19:00'],
    ['kodomo8000', '2026-11-24T23:30:00+09:00', 'open until 2026-11-25 08:00'],
    // Convenience stores: 6:30–23:00 every day; year-end days are not confirmed.
    ['konbiniService', '2026-11-23T06:30:00+09:00', 'open until 2026-11-23 23:00'],
    ['konbiniService', '2026-11-24T23:30:00+09:00', 'closed, next 2026-11-25 06:30'],
    ['konbiniService', '2026-12-30T10:00:00+09:00', 'unknown, next null'],
    // 188's weekend service: 10:00–16:00; weekday hours depend on the local centre.
    ['hotline188', '2026-11-28T11:00:00+09:00', 'open until 2026-11-28 16:00'],
    ['hotline188', '2026-11-23T10:30:00+09:00', 'open until 2026-11-23 16:00'], // a public holiday counts
    // …and a weekday is unknown, not closed: no "next opening" beyond it (it was "Saturday").
    ['hotline188', '2026-11-24T11:00:00+09:00', 'unknown, next null'],
    ['hotline188', '2026-11-29T17:00:00+09:00', 'unknown, next null'], // Sunday evening; Monday unknown
    ['hotline188', '2026-11-28T08:00:00+09:00', 'unknown, next 2026-11-28 10:00'], // Saturday is known
    ['hotline188', '2026-11-28T17:00:00+09:00', 'unknown, next 2026-11-29 10:00'], // so is Sunday
    ['hotline188', '2026-12-26T17:00:00+09:00', 'unknown, next 2026-12-27 10:00'],
    ['hotline188', '2027-01-02T11:00:00+09:00', 'unknown, next null'], // year-end closure, then a weekday
    // Ward offices: the 4th Sunday of the month, 9:00–17:30 (22–28th); weekdays are not in the data.
    ['wardWindow', '2026-11-22T10:00:00+09:00', 'open until 2026-11-22 17:30'],
    ['wardWindow', '2026-11-29T10:00:00+09:00', 'unknown, next null'], // was "next: 27 December"
    ['wardWindow', '2026-12-26T10:00:00+09:00', 'unknown, next null'], // Saturday: not in the data
    // After-hours request box: Mon–Thu 17:30–21:00, Fri 19:00–21:00, closed days 9:00–21:00.
    ['requestBox', '2026-11-26T18:00:00+09:00', 'open until 2026-11-26 21:00'],
    ['requestBox', '2026-11-27T18:00:00+09:00', 'closed, next 2026-11-27 19:00'],
    ['requestBox', '2026-11-23T09:30:00+09:00', 'open until 2026-11-23 21:00'],
  ])('%s at %s → %s', (id, iso, expected) => {
    expect(describeStatus(id, iso)).toBe(expected);
  });

  it('a 24-hour line is open across days', () => {
    const s = openStatus(hoursOf('police110'), at('2026-12-31T23:59:00+09:00'));
    expect(s.state).toBe('open');
  });

  it('does not depend on the time zone of the process', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(describeStatus('mojHumanRights', '2026-11-23T10:00:00+09:00')).toBe(
        'closed, next 2026-11-24 09:00',
      );
      expect(describeStatus('kodomo8000', '2026-11-24T02:00:00+09:00')).toBe('open until 2026-11-24 08:00');
    } finally {
      process.env.TZ = saved;
    }
  });
});
