import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { EventJournal, JournalEntry } from '../channels/line/journal';
import type { Logger } from '../logger';

/** Takes over an entry only if it still belongs to the owner we saw: two rescuers never both win. */
const CLAIM = `
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  return 1
end
return 0
`;

interface Stored {
  owner: string;
  at: number;
  raw: unknown;
}

export interface RedisJournalOptions {
  logger: Logger;
  /** An instance is presumed dead this long after its last heartbeat. */
  aliveMs?: number;
  /** Heartbeat interval (well under aliveMs). */
  heartbeatMs?: number;
  prefix?: string;
}

/**
 * The LINE event journal in Redis: a hash of entry id → {owner, received at, event} and a
 * heartbeat key per instance. At-least-once: an event is answered again only if its instance died
 * after LINE took the answer and before the entry was removed (a few milliseconds).
 */
export class RedisJournal implements EventJournal {
  readonly instanceId = randomUUID();
  private readonly aliveMs: number;
  private readonly heartbeatMs: number;
  private readonly key: string;
  private readonly alivePrefix: string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisJournalOptions,
  ) {
    this.aliveMs = options.aliveMs ?? 15_000;
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
    const prefix = options.prefix ?? 'ym:line:';
    this.key = `${prefix}inflight`;
    this.alivePrefix = `${prefix}alive:`;
  }

  async record(events: readonly unknown[], receivedAt: number): Promise<string[]> {
    const ids = events.map(() => randomUUID());
    if (ids.length === 0) return ids;
    const fields: string[] = [];
    events.forEach((raw, i) => {
      fields.push(ids[i]!, JSON.stringify({ owner: this.instanceId, at: receivedAt, raw } satisfies Stored));
    });
    // The heartbeat goes with the entries: an instance that records is alive.
    await this.redis
      .multi()
      .hset(this.key, ...fields)
      .set(this.alivePrefix + this.instanceId, '1', 'PX', this.aliveMs)
      .exec();
    return ids;
  }

  async done(entryId: string): Promise<void> {
    await this.redis.hdel(this.key, entryId);
  }

  async claimOrphans(): Promise<JournalEntry[]> {
    const all = await this.redis.hgetall(this.key);
    const owners = new Map<string, boolean>();
    const claimed: JournalEntry[] = [];
    for (const [entryId, json] of Object.entries(all)) {
      let stored: Stored;
      try {
        stored = JSON.parse(json) as Stored;
      } catch {
        await this.redis.hdel(this.key, entryId);
        continue;
      }
      if (stored.owner === this.instanceId) continue;
      let alive = owners.get(stored.owner);
      if (alive === undefined) {
        alive = (await this.redis.exists(this.alivePrefix + stored.owner)) === 1;
        owners.set(stored.owner, alive);
      }
      if (alive) continue;
      const mine = JSON.stringify({ ...stored, owner: this.instanceId } satisfies Stored);
      if ((await this.redis.eval(CLAIM, 1, this.key, entryId, json, mine)) === 1)
        claimed.push({ entryId, raw: stored.raw, receivedAt: stored.at });
    }
    if (claimed.length)
      this.options.logger.warn({ events: claimed.length }, 'LINE events of a stopped instance taken over');
    return claimed;
  }

  start(): () => void {
    const beat = () => {
      this.redis
        .set(this.alivePrefix + this.instanceId, '1', 'PX', this.aliveMs)
        .catch((err: Error) =>
          this.options.logger.warn({ err: { message: err.message } }, 'journal heartbeat failed'),
        );
    };
    beat();
    const timer = setInterval(beat, this.heartbeatMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
