import { MAX_UNANSWERED_PER_DAY, MAX_WAITS_PER_DAY, MemoryCounters, japanDay } from '../../bot/analytics';
import { FixedClock } from '../../bot/clock';

// 23:59 in Tokyo on 1 April is still 14:59 UTC: the day must follow Japan, not UTC or the host.
const LATE_APRIL_1 = new Date('2025-04-01T14:59:00Z');
const EARLY_APRIL_2 = new Date('2025-04-01T15:00:00Z');

describe('japanDay', () => {
  it('follows the Asia/Tokyo calendar', () => {
    expect(japanDay(LATE_APRIL_1)).toBe('2025-04-01');
    expect(japanDay(EARLY_APRIL_2)).toBe('2025-04-02');
    expect(japanDay(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
  });
});

describe('MemoryCounters', () => {
  it('counts per Japan day and reports rows by day', async () => {
    const clock = new FixedClock(LATE_APRIL_1);
    const counters = new MemoryCounters({ clock });
    counters.topic('certificate', 'ja', 'line');
    counters.topic('certificate', 'ja', 'line');
    counters.feedback('certificate', true);
    counters.unanswered('en', 'where is the pool');
    clock.set(EARLY_APRIL_2);
    counters.topic('certificate', 'ja', 'line');
    counters.topic('consumer', 'en', 'webchat');
    counters.feedback('certificate', false);
    counters.feedback('certificate', false);
    counters.unanswered('en', 'where is the pool');

    const report = await counters.report();
    expect(report.from).toBe('2025-01-03'); // 90 days, today included
    expect(report.to).toBe('2025-04-02');
    expect(report.topics).toEqual([
      { day: '2025-04-01', topic: 'certificate', locale: 'ja', channel: 'line', count: 2 },
      { day: '2025-04-02', topic: 'certificate', locale: 'ja', channel: 'line', count: 1 },
      { day: '2025-04-02', topic: 'consumer', locale: 'en', channel: 'webchat', count: 1 },
    ]);
    expect(report.feedback).toEqual([
      { day: '2025-04-01', topic: 'certificate', helpful: 1, notHelpful: 0 },
      { day: '2025-04-02', topic: 'certificate', helpful: 0, notHelpful: 2 },
    ]);
    expect(report.unanswered).toEqual([
      { day: '2025-04-01', locale: 'en', text: 'where is the pool', count: 1 },
      { day: '2025-04-02', locale: 'en', text: 'where is the pool', count: 1 },
    ]);

    const april2 = await counters.report('2025-04-02', '2025-04-02');
    expect(april2.topics.map((r) => r.count)).toEqual([1, 1]);
    expect(april2.unanswered).toHaveLength(1);
  });

  it('keeps the old all-time snapshot as the sum of the days', () => {
    const clock = new FixedClock(LATE_APRIL_1);
    const counters = new MemoryCounters({ clock });
    counters.topic('victim', 'ko', 'line');
    clock.set(EARLY_APRIL_2);
    counters.topic('victim', 'ko', 'line');
    counters.feedback('victim', true);
    counters.unanswered('ko', '질문');
    counters.unanswered('ko', '질문');
    expect(counters.snapshot()).toEqual({
      topics: { 'victim|ko|line': 2 },
      feedback: { victim: { helpful: 1, notHelpful: 0 } },
      unanswered: { ko: { 질문: 2 } },
    });
  });

  it('deletes days older than the retention, on write and on read', async () => {
    const clock = new FixedClock(new Date('2025-04-01T03:00:00Z'));
    const counters = new MemoryCounters({ clock, retentionDays: 3 });
    counters.topic('jobs', 'ja', 'line');
    clock.set(new Date('2025-04-03T03:00:00Z'));
    expect((await counters.report()).topics.map((r) => r.day)).toEqual(['2025-04-01']);

    clock.set(new Date('2025-04-04T03:00:00Z'));
    const read = await counters.report('2025-03-01');
    expect(read.from).toBe('2025-04-02');
    expect(read.topics).toEqual([]);
    // Deleted, not hidden: with the clock set back the day does not come back.
    clock.set(new Date('2025-04-03T03:00:00Z'));
    expect((await counters.report()).topics).toEqual([]);

    counters.topic('jobs', 'ja', 'line');
    clock.set(new Date('2025-04-10T03:00:00Z'));
    counters.topic('jobs', 'en', 'line'); // a write on a new day drops what fell out of the window
    clock.set(new Date('2025-04-03T03:00:00Z'));
    expect(counters.snapshot().topics).toEqual({});
  });

  it('records hand-off waits per day and outcome, ignoring impossible values', async () => {
    const clock = new FixedClock(LATE_APRIL_1);
    const counters = new MemoryCounters({ clock });
    counters.handoffWait(30_000, 'accepted');
    counters.handoffWait(125_400.6, 'left');
    counters.handoffWait(Number.NaN, 'accepted');
    counters.handoffWait(-5, 'accepted');
    clock.set(EARLY_APRIL_2);
    counters.handoffWait(600_000, 'timeout');
    expect((await counters.report()).handoffWaits).toEqual([
      { day: '2025-04-01', outcome: 'accepted', ms: 30_000 },
      { day: '2025-04-01', outcome: 'left', ms: 125_401 },
      { day: '2025-04-02', outcome: 'timeout', ms: 600_000 },
    ]);
  });

  it('keeps the newest waits and a bounded number of distinct unanswered questions per day', async () => {
    const counters = new MemoryCounters({ clock: new FixedClock(LATE_APRIL_1) });
    for (let i = 0; i < MAX_WAITS_PER_DAY + 5; i++) counters.handoffWait(i, 'accepted');
    for (let i = 0; i < MAX_UNANSWERED_PER_DAY + 5; i++) counters.unanswered('ja', `質問${i}`);
    counters.unanswered('ja', '質問0'); // a known question still counts when the day is full
    counters.unanswered('en', 'x'.repeat(500));
    const report = await counters.report();
    expect(report.handoffWaits).toHaveLength(MAX_WAITS_PER_DAY);
    expect(report.handoffWaits[0]?.ms).toBe(5);
    expect(report.handoffWaits.at(-1)?.ms).toBe(MAX_WAITS_PER_DAY + 4);
    expect(report.unanswered).toHaveLength(MAX_UNANSWERED_PER_DAY);
    expect(report.unanswered.find((r) => r.text === '質問0')?.count).toBe(2);
    expect(report.unanswered.some((r) => r.locale === 'en')).toBe(false);
  });

  it('cuts unanswered text to 200 characters without splitting a character', async () => {
    const counters = new MemoryCounters({ clock: new FixedClock(LATE_APRIL_1) });
    counters.unanswered('ja', '😀'.repeat(300));
    const [row] = (await counters.report()).unanswered;
    expect(Array.from(row?.text ?? '')).toHaveLength(200);
    expect(row?.text).toBe('😀'.repeat(200));
  });

  it('refuses a malformed day and a bad retention', async () => {
    const counters = new MemoryCounters({ clock: new FixedClock(LATE_APRIL_1) });
    await expect(counters.report('2025-02-30')).rejects.toThrow(RangeError);
    await expect(counters.report(undefined, '20250401')).rejects.toThrow(/YYYY-MM-DD/);
    expect(() => new MemoryCounters({ retentionDays: 0 })).toThrow(RangeError);
    expect((await counters.report('2025-04-02', '2025-04-01')).topics).toEqual([]);
  });
});
