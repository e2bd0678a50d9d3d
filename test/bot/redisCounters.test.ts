import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { MAX_UNANSWERED_PER_DAY, MAX_WAITS_PER_DAY, MemoryCounters } from '../../bot/analytics';
import type { InsightsStore } from '../../bot/analytics';
import { FixedClock } from '../../bot/clock';
import { createLogger } from '../../bot/logger';
import { RedisCounters } from '../../bot/redis/redisCounters';
import { startRedis } from '../helpers/redisServer';

jest.setTimeout(30_000);

const redisInstalled = !spawnSync(process.env.REDIS_SERVER ?? 'redis-server', ['--version']).error;
const describeWithRedis = redisInstalled ? describe : describe.skip;
const title = redisInstalled
  ? 'RedisCounters against a real redis-server'
  : 'RedisCounters (SKIPPED: redis-server is not installed; apt-get install redis-server)';

const LATE_APRIL_1 = new Date('2025-04-01T14:59:00Z');
const EARLY_APRIL_2 = new Date('2025-04-01T15:00:00Z');

function captureLogs() {
  const lines: string[] = [];
  const logger = createLogger('warn', { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

/** The same turns against any store, to compare what Redis and memory report. */
function play(counters: InsightsStore, clock: FixedClock): void {
  clock.set(LATE_APRIL_1);
  counters.topic('certificate', 'ja', 'line');
  counters.topic('certificate', 'ja', 'line');
  counters.feedback('certificate', true);
  counters.unanswered('en', 'where is the pool | gym');
  counters.handoffWait(30_000, 'accepted');
  counters.handoffWait(90_000, 'left');
  clock.set(EARLY_APRIL_2);
  counters.topic('consumer', 'zh-Hans', 'webchat');
  counters.feedback('certificate', false);
  counters.feedback('consumer', false);
  counters.unanswered('en', 'where is the pool | gym');
  counters.handoffWait(600_000, 'timeout');
}

describeWithRedis(title, () => {
  let server: Awaited<ReturnType<typeof startRedis>>;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });
  beforeEach(async () => {
    await redis.flushdb();
  });

  it('reports per-day rows exactly as the memory store does', async () => {
    const clock = new FixedClock(LATE_APRIL_1);
    const counters = new RedisCounters(redis, { clock, logger: captureLogs().logger });
    play(counters, clock);
    await counters.flush();
    const memClock = new FixedClock(LATE_APRIL_1);
    const memory = new MemoryCounters({ clock: memClock });
    play(memory, memClock);

    const report = await counters.report();
    expect(report).toEqual(await memory.report());
    expect(report.topics).toEqual([
      { day: '2025-04-01', topic: 'certificate', locale: 'ja', channel: 'line', count: 2 },
      { day: '2025-04-02', topic: 'consumer', locale: 'zh-Hans', channel: 'webchat', count: 1 },
    ]);
    expect(report.feedback).toEqual([
      { day: '2025-04-01', topic: 'certificate', helpful: 1, notHelpful: 0 },
      { day: '2025-04-02', topic: 'certificate', helpful: 0, notHelpful: 1 },
      { day: '2025-04-02', topic: 'consumer', helpful: 0, notHelpful: 1 },
    ]);
    expect(report.unanswered).toEqual([
      { day: '2025-04-01', locale: 'en', text: 'where is the pool | gym', count: 1 },
      { day: '2025-04-02', locale: 'en', text: 'where is the pool | gym', count: 1 },
    ]);
    expect(report.handoffWaits).toEqual([
      { day: '2025-04-01', outcome: 'accepted', ms: 30_000 },
      { day: '2025-04-01', outcome: 'left', ms: 90_000 },
      { day: '2025-04-02', outcome: 'timeout', ms: 600_000 },
    ]);
    expect((await counters.report('2025-04-02')).topics).toHaveLength(1);
  });

  it('writes per-day keys that expire retentionDays + 1 days later', async () => {
    const clock = new FixedClock(LATE_APRIL_1);
    const counters = new RedisCounters(redis, { clock, logger: captureLogs().logger, retentionDays: 7 });
    play(counters, clock);
    await counters.flush();
    const keys = (await redis.keys('ym:an:*')).sort();
    expect(keys).toEqual([
      'ym:an:2025-04-01:feedback',
      'ym:an:2025-04-01:topics',
      'ym:an:2025-04-01:unanswered',
      'ym:an:2025-04-01:waits',
      'ym:an:2025-04-02:feedback',
      'ym:an:2025-04-02:topics',
      'ym:an:2025-04-02:unanswered',
      'ym:an:2025-04-02:waits',
    ]);
    for (const key of keys) {
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(8 * 86_400 - 60);
      expect(ttl).toBeLessThanOrEqual(8 * 86_400);
    }
    expect(await redis.hget('ym:an:2025-04-01:topics', 'certificate|ja|line')).toBe('2');
  });

  it('reads only days inside the retention window, even while their keys still exist', async () => {
    const clock = new FixedClock(new Date('2025-04-01T03:00:00Z'));
    const counters = new RedisCounters(redis, { clock, logger: captureLogs().logger, retentionDays: 3 });
    counters.topic('jobs', 'ja', 'line');
    await counters.flush();
    clock.set(new Date('2025-04-03T03:00:00Z'));
    expect((await counters.report()).topics.map((r) => r.day)).toEqual(['2025-04-01']);
    clock.set(new Date('2025-04-04T03:00:00Z'));
    const report = await counters.report('2025-03-01', '2025-04-30');
    expect(report.from).toBe('2025-04-02');
    expect(report.to).toBe('2025-04-04');
    expect(report.topics).toEqual([]);
  });

  it('caps a day: distinct unanswered questions and the waits list', async () => {
    const counters = new RedisCounters(redis, {
      clock: new FixedClock(LATE_APRIL_1),
      logger: captureLogs().logger,
    });
    for (let i = 0; i < MAX_UNANSWERED_PER_DAY + 3; i++) counters.unanswered('ja', `質問${i}`);
    counters.unanswered('ja', '質問0');
    for (let i = 0; i < MAX_WAITS_PER_DAY + 3; i++) counters.handoffWait(i, 'accepted');
    await counters.flush();
    expect(await redis.hlen('ym:an:2025-04-01:unanswered')).toBe(MAX_UNANSWERED_PER_DAY);
    expect(await redis.hget('ym:an:2025-04-01:unanswered', 'ja|質問0')).toBe('2');
    expect(await redis.hexists('ym:an:2025-04-01:unanswered', `ja|質問${MAX_UNANSWERED_PER_DAY}`)).toBe(0);
    const waits = (await counters.report()).handoffWaits;
    expect(waits).toHaveLength(MAX_WAITS_PER_DAY);
    expect(waits[0]?.ms).toBe(3); // the oldest were trimmed
    expect(waits.at(-1)?.ms).toBe(MAX_WAITS_PER_DAY + 2);
  });

  it('a failed write neither throws nor logs the text', async () => {
    const { logger, lines } = captureLogs();
    const broken = new Redis(server.url, { lazyConnect: true, enableOfflineQueue: false });
    const counters = new RedisCounters(broken, { clock: new FixedClock(LATE_APRIL_1), logger });
    expect(() => {
      counters.unanswered('ja', '詐欺の電話 090-1234-5678');
      counters.topic('consumer', 'ja', 'line');
      counters.handoffWait(1000, 'left');
    }).not.toThrow();
    await counters.flush();
    expect(lines).toHaveLength(3);
    const logged = lines.map((l) => JSON.parse(l) as { level: number; op: string; msg: string });
    expect(logged.map((l) => [l.level, l.op, l.msg])).toEqual([
      [40, 'unanswered', 'analytics write failed'],
      [40, 'topic', 'analytics write failed'],
      [40, 'handoffWait', 'analytics write failed'],
    ]);
    expect(lines.join('\n')).not.toContain('詐欺');
    // The number, not its first digits alone: a log's millisecond timestamp may hold "090".
    expect(lines.join('\n')).not.toContain('1234-5678');
    expect(lines.join('\n')).not.toContain('12345678');
    await expect(counters.report()).rejects.toThrow();
    broken.disconnect();
  });
});
