import type { Redis } from 'ioredis';
import type { Locale, TopicId } from '../../knowledge/types';
import type { CountersOptions, HandoffOutcome, InsightsData, InsightsStore } from '../analytics';
import {
  HANDOFF_OUTCOMES,
  MAX_UNANSWERED_PER_DAY,
  MAX_WAITS_PER_DAY,
  checkRetention,
  cutText,
  japanDay,
  reportRange,
  sortData,
  waitMs,
} from '../analytics';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import type { Logger } from '../logger';

export interface RedisCountersOptions extends CountersOptions {
  logger: Pick<Logger, 'warn'>;
  /** Key prefix; keys are `<prefix><day>:topics|feedback|unanswered|waits`. */
  prefix?: string;
}

/**
 * Add one to a field of a capped hash: a new field is refused once the hash holds `cap` fields, so a
 * flood of distinct unanswered questions cannot grow a day's hash without bound. Atomic, so two
 * instances cannot both slip past the cap.
 */
const CAPPED_HINCRBY = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('HLEN', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

/**
 * Counters shared by every instance. Each Japan day has its own keys, each expiring retentionDays+1
 * days after its last write, so retention needs no sweeper; reads also stay inside the window.
 */
export class RedisCounters implements InsightsStore {
  private readonly clock: Clock;
  private readonly retentionDays: number;
  private readonly ttlSeconds: number;
  private readonly prefix: string;
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly redis: Redis,
    options: RedisCountersOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.retentionDays = checkRetention(options.retentionDays);
    this.ttlSeconds = (this.retentionDays + 1) * 24 * 3600;
    this.prefix = options.prefix ?? 'ym:an:';
    this.logger = options.logger;
  }

  topic(topic: TopicId, locale: Locale, channel: string): void {
    const key = this.key('topics');
    this.fire('topic', () =>
      this.redis.multi().hincrby(key, `${topic}|${locale}|${channel}`, 1).expire(key, this.ttlSeconds).exec(),
    );
  }

  feedback(topic: TopicId, helpful: boolean): void {
    const key = this.key('feedback');
    const field = `${topic}|${helpful ? 'helpful' : 'notHelpful'}`;
    this.fire('feedback', () =>
      this.redis.multi().hincrby(key, field, 1).expire(key, this.ttlSeconds).exec(),
    );
  }

  unanswered(locale: Locale, scrubbedText: string): void {
    const key = this.key('unanswered');
    const field = `${locale}|${cutText(scrubbedText)}`;
    this.fire('unanswered', () =>
      this.redis.eval(CAPPED_HINCRBY, 1, key, field, MAX_UNANSWERED_PER_DAY, this.ttlSeconds),
    );
  }

  handoffWait(ms: number, outcome: HandoffOutcome): void {
    const value = waitMs(ms);
    if (value === null) return;
    const key = this.key('waits');
    this.fire('handoffWait', () =>
      this.redis
        .multi()
        .lpush(key, `${outcome}|${value}`)
        .ltrim(key, 0, MAX_WAITS_PER_DAY - 1)
        .expire(key, this.ttlSeconds)
        .exec(),
    );
  }

  /** Resolves when every write started so far has finished (tests; a graceful shutdown). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async report(fromDay?: string, toDay?: string): Promise<InsightsData> {
    const { from, to, days } = reportRange(this.clock, this.retentionDays, fromDay, toDay);
    const data: InsightsData = { from, to, topics: [], feedback: [], unanswered: [], handoffWaits: [] };
    if (days.length === 0) return data;
    const pipeline = this.redis.pipeline();
    for (const day of days) {
      pipeline.hgetall(this.key('topics', day));
      pipeline.hgetall(this.key('feedback', day));
      pipeline.hgetall(this.key('unanswered', day));
      pipeline.lrange(this.key('waits', day), 0, -1);
    }
    const results = (await pipeline.exec()) ?? [];
    const value = (i: number): unknown => {
      const [err, result] = results[i] ?? [new Error('missing pipeline result'), null];
      if (err) throw err;
      return result;
    };
    days.forEach((day, i) => {
      for (const [field, n] of entries(value(i * 4))) {
        const [topic = '', locale = '', ...rest] = field.split('|');
        data.topics.push({ day, topic, locale, channel: rest.join('|'), count: toCount(n) });
      }
      const ratings = new Map<string, { helpful: number; notHelpful: number }>();
      for (const [field, n] of entries(value(i * 4 + 1))) {
        const cut = field.lastIndexOf('|');
        const topic = field.slice(0, cut);
        const entry = ratings.get(topic) ?? { helpful: 0, notHelpful: 0 };
        if (field.slice(cut + 1) === 'helpful') entry.helpful += toCount(n);
        else entry.notHelpful += toCount(n);
        ratings.set(topic, entry);
      }
      for (const [topic, r] of ratings) data.feedback.push({ day, topic, ...r });
      for (const [field, n] of entries(value(i * 4 + 2))) {
        // Locales never contain '|'; the text may, so only the first one separates.
        const cut = field.indexOf('|');
        data.unanswered.push({
          day,
          locale: field.slice(0, cut),
          text: field.slice(cut + 1),
          count: toCount(n),
        });
      }
      const waits = value(i * 4 + 3);
      // LPUSH puts the newest first; the report lists a day's waits oldest first.
      for (const item of (Array.isArray(waits) ? (waits as unknown[]) : []).reverse()) {
        const [outcome = '', ms = ''] = String(item).split('|');
        const known = HANDOFF_OUTCOMES.find((o) => o === outcome);
        if (known) data.handoffWaits.push({ day, outcome: known, ms: toCount(ms) });
      }
    });
    sortData(data);
    return data;
  }

  private key(
    kind: 'topics' | 'feedback' | 'unanswered' | 'waits',
    day = japanDay(this.clock.now()),
  ): string {
    return `${this.prefix}${day}:${kind}`;
  }

  /** Fire and forget: the turn goes on; a failure is logged (never the text) and swallowed. */
  private fire(op: string, write: () => Promise<unknown>): void {
    let task: Promise<void>;
    try {
      task = write().then(
        (result) => {
          // MULTI answers [[err, value], …]: a failed command inside it does not reject the promise.
          const failed = Array.isArray(result)
            ? (result as unknown[]).find(
                (r): r is [Error, unknown] => Array.isArray(r) && r[0] instanceof Error,
              )
            : undefined;
          if (failed) this.warn(op, failed[0]);
        },
        (err: unknown) => this.warn(op, err),
      );
    } catch (err) {
      this.warn(op, err);
      return;
    }
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  private warn(op: string, err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    this.logger.warn({ op, err: { name: e.name, message: e.message } }, 'analytics write failed');
  }
}

function entries(value: unknown): [string, string][] {
  return value && typeof value === 'object' ? Object.entries(value as Record<string, string>) : [];
}

function toCount(value: string): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}
