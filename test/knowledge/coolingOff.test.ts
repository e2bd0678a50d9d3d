import { coolingOff } from '../../knowledge/coolingOff';
import { isoDate, parseIsoDate } from '../../knowledge/calendar';

const d = (iso: string) => parseIsoDate(iso)!;

describe('cooling-off: the receipt day is day 1', () => {
  it.each([
    // [period, received, today, last day, days left]
    [8, '2026-11-20', '2026-11-24', '2026-11-27', 4],
    [8, '2026-11-24', '2026-11-24', '2026-12-01', 8],
    [8, '2027-01-28', '2027-01-30', '2027-02-04', 6], // month end
    [8, '2028-02-25', '2028-02-25', '2028-03-03', 8], // leap year: 29 February exists
    [8, '2027-02-25', '2027-02-25', '2027-03-04', 8], // not a leap year
    [8, '2026-12-28', '2026-12-29', '2027-01-04', 7], // across the new year
    [8, '2026-11-16', '2026-11-23', '2026-11-23', 1], // the last day is a public holiday: no extension
    [20, '2026-11-10', '2026-11-24', '2026-11-29', 6],
    [20, '2028-02-10', '2028-02-28', '2028-02-29', 2],
  ])('%i days from %s, asked on %s → until %s (%i left)', (days, received, today, lastDay, left) => {
    const result = coolingOff(days, d(received), d(today));
    expect(result.kind).toBe('open');
    if (result.kind !== 'open') return;
    expect(isoDate(result.lastDay)).toBe(lastDay);
    expect(result.daysLeft).toBe(left);
  });

  it('ends the day after the last day', () => {
    const result = coolingOff(8, d('2026-11-16'), d('2026-11-24'));
    expect(result).toMatchObject({ kind: 'ended', lastDay: d('2026-11-23') });
  });

  it('refuses a receipt date in the future', () => {
    expect(coolingOff(8, d('2026-11-25'), d('2026-11-24')).kind).toBe('future');
  });

  it('has no period for mail order', () => {
    expect(coolingOff(null, d('2026-11-20'), d('2026-11-24')).kind).toBe('none');
  });
});
