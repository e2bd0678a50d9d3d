import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { ConversationInfo, DirectLineStore, Listener } from '../channels/web/conversations';
import type { Logger } from '../logger';

/**
 * Appends atomically: numbers the activities from the conversation's counter, keeps the newest
 * `max`, refreshes the expiry and publishes them, so every instance streams the same order.
 * KEYS: meta hash, activity list. ARGV: max, ttl ms, channel, items (JSON each).
 * Stored and published items are "<seq>\t<json>": the JSON is kept byte for byte (no re-encoding).
 */
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
local n = #ARGV - 3
local next = redis.call('HINCRBY', KEYS[1], 'next', n)
local first = next - n
local items = {}
for i = 1, n do items[i] = tostring(first + i - 1) .. '\\t' .. ARGV[3 + i] end
redis.call('RPUSH', KEYS[2], unpack(items))
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[1]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', ARGV[3], tostring(next - 1) .. '\\n' .. table.concat(items, '\\n'))
return next - 1
`;

export interface RedisDirectLineOptions {
  logger: Logger;
  /** A conversation is forgotten after this long without a new activity. */
  idleMs?: number;
  /** Activities kept per conversation. */
  maxActivities?: number;
  prefix?: string;
}

/**
 * Direct Line conversations in Redis: a hash (owner, counter) and a list per conversation, and a
 * pub/sub channel per conversation for live streams. Any instance can take a visitor's POST, and
 * a WebSocket held by another instance receives the reply.
 */
export class RedisDirectLineStore implements DirectLineStore {
  private readonly idleMs: number;
  private readonly max: number;
  private readonly prefix: string;
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisDirectLineOptions,
  ) {
    this.idleMs = options.idleMs ?? 60 * 60_000;
    this.max = options.maxActivities ?? 500;
    this.prefix = options.prefix ?? 'ym:dl:';
  }

  async create(): Promise<ConversationInfo> {
    const id = randomUUID().replace(/-/g, '');
    const userId = `dl_${randomUUID()}`;
    await this.redis
      .multi()
      .hset(this.meta(id), { userId, createdAt: Date.now(), next: 0 })
      .pexpire(this.meta(id), this.idleMs)
      .exec();
    return { id, userId };
  }

  async get(id: string): Promise<ConversationInfo | null> {
    const userId = await this.redis.hget(this.meta(id), 'userId');
    return userId ? { id, userId } : null;
  }

  async append(id: string, activities: Array<Partial<Activity>>): Promise<number> {
    if (activities.length === 0) return (await this.since(id, Number.MAX_SAFE_INTEGER)).watermark;
    const items = activities.map((a) => JSON.stringify({ ...a, id: undefined }));
    const result = (await this.redis.eval(
      APPEND,
      2,
      this.meta(id),
      this.list(id),
      this.max,
      this.idleMs,
      this.channel(id),
      ...items,
    )) as number;
    if (result === -2) throw new Error('conversation expired');
    return result;
  }

  async since(id: string, watermark: number | null) {
    const [[, next], [, items]] = (await this.redis
      .multi()
      .hget(this.meta(id), 'next')
      .lrange(this.list(id), 0, -1)
      .exec()) as [[Error | null, string | null], [Error | null, string[]]];
    const from = watermark ?? -1;
    return {
      activities: (items ?? [])
        .map((item) => this.decode(id, item))
        .filter((a) => a.seq > from)
        .map((a) => a.activity),
      watermark: next === null ? 0 : Number(next) - 1,
    };
  }

  async signal(id: string, activity: Partial<Activity>): Promise<void> {
    await this.redis.publish(
      this.channel(id),
      `signal\n${JSON.stringify({ ...activity, id: `${id}|typing` })}`,
    );
  }

  async listen(id: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
      await this.sub().subscribe(this.channel(id));
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) {
        this.listeners.delete(id);
        this.sub()
          .unsubscribe(this.channel(id))
          .catch((err: Error) =>
            this.options.logger.warn({ err: { message: err.message } }, 'unsubscribe failed'),
          );
      }
    };
  }

  /** Closes the subscriber connection (shutdown, tests). */
  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
    this.subscriber = null;
  }

  /** One subscriber connection per process, made on first use: subscribing blocks a connection. */
  private sub(): Redis {
    if (this.subscriber) return this.subscriber;
    const sub = this.redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
    sub.on('error', (err: Error) =>
      this.options.logger.warn({ err: { name: err.name, message: err.message } }, 'redis subscriber error'),
    );
    sub.on('message', (channel: string, message: string) => this.deliver(channel, message));
    this.subscriber = sub;
    return sub;
  }

  private deliver(channel: string, message: string): void {
    const id = channel.slice(`${this.prefix}ev:`.length);
    const set = this.listeners.get(id);
    if (!set?.size) return;
    const newline = message.indexOf('\n');
    const head = message.slice(0, newline);
    const body = message.slice(newline + 1);
    try {
      if (head === 'signal') {
        const activity = JSON.parse(body) as Partial<Activity>;
        for (const l of set) l([activity], null);
        return;
      }
      const watermark = Number(head);
      const activities = body.split('\n').map((item) => this.decode(id, item).activity);
      for (const l of set) l(activities, watermark);
    } catch (err) {
      this.options.logger.warn({ err: { message: (err as Error).message } }, 'malformed Direct Line event');
    }
  }

  private decode(id: string, item: string): { seq: number; activity: Partial<Activity> } {
    const tab = item.indexOf('\t');
    const seq = Number(item.slice(0, tab));
    const activity = JSON.parse(item.slice(tab + 1)) as Partial<Activity>;
    return { seq, activity: { ...activity, id: `${id}|${String(seq).padStart(7, '0')}` } };
  }

  private meta(id: string): string {
    return `${this.prefix}c:${id}`;
  }
  private list(id: string): string {
    return `${this.prefix}a:${id}`;
  }
  private channel(id: string): string {
    return `${this.prefix}ev:${id}`;
  }
}
