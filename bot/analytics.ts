import type { Clock } from './clock';
import { systemClock } from './clock';
import type { Locale, TopicId } from '../knowledge/types';

/**
 * Counts only: which topics residents ask about, how answers are rated, which questions went
 * unanswered (scrubbed by the caller) and how long residents waited for a person. No conversation is
 * stored. Every count belongs to a Japan day and is deleted once the day leaves the retention window.
 */

export type HandoffOutcome = 'accepted' | 'left' | 'timeout';
export const HANDOFF_OUTCOMES: readonly HandoffOutcome[] = ['accepted', 'left', 'timeout'];

/** What the dialogs call in the middle of a turn: synchronous, fire-and-forget, never throws. */
export interface CounterSink {
  topic(topic: TopicId, locale: Locale, channel: string): void;
  feedback(topic: TopicId, helpful: boolean): void;
  unanswered(locale: Locale, scrubbedText: string): void;
  /** How long a resident waited in the hand-off queue before staff accepted, or before they left. */
  handoffWait(ms: number, outcome: HandoffOutcome): void;
}

/** A counter store the staff console can read; implemented in memory and in Redis. */
export interface InsightsStore extends CounterSink {
  /** Per-day rows for the inclusive Japan-day range, clamped to the retention window. */
  report(fromDay?: string, toDay?: string): Promise<InsightsData>;
}

/**
 * The in-process store as the composition root types it today: `snapshot()` is synchronous, so only
 * a memory store can offer it. Code that must also accept Redis takes `InsightsStore` instead.
 */
export interface Counters extends InsightsStore {
  snapshot(): CountersSnapshot;
}

/** All-time totals (over the retained days), the shape existing tests read. */
export interface CountersSnapshot {
  topics: Record<string, number>;
  feedback: Record<string, { helpful: number; notHelpful: number }>;
  unanswered: Record<string, Record<string, number>>;
}

export interface TopicRow {
  day: string;
  topic: string;
  locale: string;
  channel: string;
  count: number;
}
export interface FeedbackRow {
  day: string;
  topic: string;
  helpful: number;
  notHelpful: number;
}
export interface UnansweredRow {
  day: string;
  locale: string;
  text: string;
  count: number;
}
export interface HandoffWaitRow {
  day: string;
  outcome: HandoffOutcome;
  ms: number;
}

/** Rows sorted by day, then by their other keys; waits by day in the order they were recorded. */
export interface InsightsData {
  /** The effective inclusive range (after clamping), so charts can show days without data. */
  from: string;
  to: string;
  topics: TopicRow[];
  feedback: FeedbackRow[];
  unanswered: UnansweredRow[];
  handoffWaits: HandoffWaitRow[];
}

export interface CountersOptions {
  clock?: Clock;
  /** How many Japan days, today included, are kept. Default 90. */
  retentionDays?: number;
}

export const DEFAULT_RETENTION_DAYS = 90;
/** Distinct unanswered questions kept per day (all locales): a bounded memory and a bounded hash. */
export const MAX_UNANSWERED_PER_DAY = 1_000;
/** Hand-off waits kept per day: enough for a median and a 90th percentile. */
export const MAX_WAITS_PER_DAY = 1_000;
/** Unanswered texts are cut to this many characters (code points, so no half surrogate pair). */
export const MAX_UNANSWERED_CHARS = 200;

const DAY_MS = 24 * 3600_000;
/** Japan has had no daylight saving time since 1951, so a fixed offset is exact. */
const JST_OFFSET_MS = 9 * 3600_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The last day asked for (every counted turn asks, and it is nearly always today). */
let lastDay = { number: NaN, day: '' };

/** The Japan (Asia/Tokyo) calendar date of an instant, as YYYY-MM-DD. */
export function japanDay(date: Date): string {
  const shifted = date.getTime() + JST_OFFSET_MS;
  const number = Math.floor(shifted / DAY_MS);
  if (number === lastDay.number) return lastDay.day;
  const day = new Date(shifted).toISOString().slice(0, 10);
  lastDay = { number, day };
  return day;
}

/** A real calendar date in YYYY-MM-DD form (2025-02-30 is not). */
export function isDay(value: string): boolean {
  if (!DAY_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive; empty when from > to. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function cutText(text: string): string {
  return Array.from(text).slice(0, MAX_UNANSWERED_CHARS).join('');
}

/** A wait that can be stored: a finite, non-negative whole number of milliseconds, else null. */
export function waitMs(ms: number): number | null {
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms) : null;
}

/**
 * The retention window and the requested range, shared by both stores so they answer alike.
 * Throws RangeError on a malformed day: the caller (the staff route) turns that into a 400.
 */
export function reportRange(
  clock: Clock,
  retentionDays: number,
  fromDay?: string,
  toDay?: string,
): { oldest: string; from: string; to: string; days: string[] } {
  for (const d of [fromDay, toDay])
    if (d !== undefined && !isDay(d)) throw new RangeError(`not a day (YYYY-MM-DD): ${d}`);
  const today = japanDay(clock.now());
  const oldest = addDays(today, -(retentionDays - 1));
  const from = fromDay && fromDay > oldest ? fromDay : oldest;
  const to = toDay && toDay < today ? toDay : today;
  return { oldest, from, to, days: daysBetween(from, to) };
}

export function checkRetention(days: number | undefined): number {
  const value = days ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(value) || value < 1) throw new RangeError('retentionDays must be an integer ≥ 1');
  return value;
}

/** Sort rows the same way in every store, so reports compare equal. */
export function sortData(data: Omit<InsightsData, 'from' | 'to'>): void {
  const by =
    <T>(...keys: ((row: T) => string)[]) =>
    (a: T, b: T): number => {
      for (const key of keys) {
        const x = key(a);
        const y = key(b);
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
  data.topics.sort(
    by<TopicRow>(
      (r) => r.day,
      (r) => r.topic,
      (r) => r.locale,
      (r) => r.channel,
    ),
  );
  data.feedback.sort(
    by<FeedbackRow>(
      (r) => r.day,
      (r) => r.topic,
    ),
  );
  data.unanswered.sort(
    by<UnansweredRow>(
      (r) => r.day,
      (r) => r.locale,
      (r) => r.text,
    ),
  );
  // Stable sort: waits keep their recorded order within a day.
  data.handoffWaits.sort(by<HandoffWaitRow>((r) => r.day));
}

/** The legacy all-time view derived from per-day rows. */
export function snapshotOf(data: InsightsData): CountersSnapshot {
  const snap: CountersSnapshot = { topics: {}, feedback: {}, unanswered: {} };
  for (const r of data.topics) {
    const key = `${r.topic}|${r.locale}|${r.channel}`;
    snap.topics[key] = (snap.topics[key] ?? 0) + r.count;
  }
  for (const r of data.feedback) {
    const entry = (snap.feedback[r.topic] ??= { helpful: 0, notHelpful: 0 });
    entry.helpful += r.helpful;
    entry.notHelpful += r.notHelpful;
  }
  for (const r of data.unanswered) {
    const byText = (snap.unanswered[r.locale] ??= {});
    byText[r.text] = (byText[r.text] ?? 0) + r.count;
  }
  return snap;
}

interface DayBucket {
  /** `topic|locale|channel` → count */
  topics: Map<string, number>;
  ratings: Map<string, { helpful: number; notHelpful: number }>;
  /** locale → text → count; `size` counts distinct texts over all locales for the daily cap. */
  unanswered: Map<string, Map<string, number>>;
  unansweredSize: number;
  waits: { outcome: HandoffOutcome; ms: number }[];
}

/** The embedded store: one process, lost on restart, bounded by the daily caps and retention. */
export class MemoryCounters implements Counters {
  private readonly clock: Clock;
  private readonly retentionDays: number;
  private readonly days = new Map<string, DayBucket>();

  constructor(options: CountersOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.retentionDays = checkRetention(options.retentionDays);
  }

  topic(topic: TopicId, locale: Locale, channel: string): void {
    const { topics } = this.bucket();
    const key = `${topic}|${locale}|${channel}`;
    topics.set(key, (topics.get(key) ?? 0) + 1);
  }

  feedback(topic: TopicId, helpful: boolean): void {
    const { ratings } = this.bucket();
    const entry = ratings.get(topic) ?? { helpful: 0, notHelpful: 0 };
    if (helpful) entry.helpful += 1;
    else entry.notHelpful += 1;
    ratings.set(topic, entry);
  }

  unanswered(locale: Locale, scrubbedText: string): void {
    const bucket = this.bucket();
    const byText = bucket.unanswered.get(locale) ?? new Map<string, number>();
    const text = cutText(scrubbedText);
    const known = byText.has(text);
    if (!known && bucket.unansweredSize >= MAX_UNANSWERED_PER_DAY) return;
    if (!known) bucket.unansweredSize += 1;
    byText.set(text, (byText.get(text) ?? 0) + 1);
    bucket.unanswered.set(locale, byText);
  }

  handoffWait(ms: number, outcome: HandoffOutcome): void {
    const value = waitMs(ms);
    if (value === null) return;
    const { waits } = this.bucket();
    waits.push({ outcome, ms: value });
    // Keep the newest, as the Redis list does with LPUSH + LTRIM.
    if (waits.length > MAX_WAITS_PER_DAY) waits.splice(0, waits.length - MAX_WAITS_PER_DAY);
  }

  report(fromDay?: string, toDay?: string): Promise<InsightsData> {
    try {
      return Promise.resolve(this.collect(fromDay, toDay));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  snapshot(): CountersSnapshot {
    return snapshotOf(this.collect());
  }

  private collect(fromDay?: string, toDay?: string): InsightsData {
    const { oldest, from, to } = reportRange(this.clock, this.retentionDays, fromDay, toDay);
    this.prune(oldest);
    const data: InsightsData = { from, to, topics: [], feedback: [], unanswered: [], handoffWaits: [] };
    for (const [day, b] of this.days) {
      if (day < from || day > to) continue;
      for (const [key, count] of b.topics) {
        const [topic = '', locale = '', ...rest] = key.split('|');
        data.topics.push({ day, topic, locale, channel: rest.join('|'), count });
      }
      for (const [topic, r] of b.ratings) data.feedback.push({ day, topic, ...r });
      for (const [locale, byText] of b.unanswered)
        for (const [text, count] of byText) data.unanswered.push({ day, locale, text, count });
      for (const w of b.waits) data.handoffWaits.push({ day, ...w });
    }
    sortData(data);
    return data;
  }

  /** Today's bucket; older days leave as soon as the clock passes their retention. */
  private bucket(): DayBucket {
    const today = japanDay(this.clock.now());
    let bucket = this.days.get(today);
    if (!bucket) {
      this.prune(addDays(today, -(this.retentionDays - 1)));
      bucket = { topics: new Map(), ratings: new Map(), unanswered: new Map(), unansweredSize: 0, waits: [] };
      this.days.set(today, bucket);
    }
    return bucket;
  }

  private prune(oldest: string): void {
    for (const day of this.days.keys()) if (day < oldest) this.days.delete(day);
  }
}
