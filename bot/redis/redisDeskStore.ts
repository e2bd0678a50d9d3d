import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { HandoffCase } from '../handoff/desk';
import type { CaseChange, DeskStore, PresentStaff } from '../handoff/deskStore';

export interface RedisDeskStoreOptions {
  /** Key prefix (default `ym:ho:`). */
  prefix?: string;
  /** Tries of one case change when other instances keep writing the case in between. */
  maxAttempts?: number;
}

/** Sets a key's expiry to at least ARGV-given ms; never shortens it (shared keys serve several cases). */
const EXTEND = `
local function extend(key, ms)
  if redis.call('PTTL', key) < tonumber(ms) then redis.call('PEXPIRE', key, ms) end
end
`;

/**
 * KEYS: case, key index, queue, all cases, arrival counter. ARGV: id, case JSON, ttl ms, case-key prefix.
 * A conversation that already has a live case gets that case back (as JSON) and nothing is written.
 * The queue is ordered by arrival at Redis (a counter), which is queuedAt order without ties or
 * clock skew between instances.
 */
const ADD = `${EXTEND}
local held = redis.call('GET', KEYS[2])
if held then
  local existing = redis.call('GET', ARGV[4] .. held)
  if existing then return existing end
end
local seq = redis.call('INCR', KEYS[5])
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
redis.call('ZADD', KEYS[3], seq, ARGV[1])
redis.call('ZADD', KEYS[4], seq, ARGV[1])
for i = 3, 5 do extend(KEYS[i], ARGV[3]) end
return false
`;

/**
 * Compare and set. KEYS: case, key index, queue, all cases, arrival counter. ARGV: SHA-1 of the
 * JSON the change was computed from, new JSON, ttl ms, id, new state. 1 written, 0 the case changed
 * meanwhile (read again and retry), -1 gone. The indexes follow the new state in the same step.
 */
const UPDATE = `${EXTEND}
local current = redis.call('GET', KEYS[1])
if not current then return -1 end
if redis.sha1hex(current) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
if ARGV[5] ~= 'waiting' then redis.call('ZREM', KEYS[3], ARGV[4]) end
if redis.call('GET', KEYS[2]) == ARGV[4] then
  if ARGV[5] == 'ended' then redis.call('DEL', KEYS[2]) else redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
end
for i = 3, 5 do extend(KEYS[i], ARGV[3]) end
return 1
`;

/**
 * KEYS: presence (username → online-until, ms), names (username → display name).
 * ARGV: until, username, name, now, key ttl. Drops who has gone, then extends (never shortens) one.
 */
const PRESENT = `${EXTEND}
local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
if #gone > 0 then
  redis.call('ZREM', KEYS[1], unpack(gone))
  redis.call('HDEL', KEYS[2], unpack(gone))
end
redis.call('ZADD', KEYS[1], 'GT', ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
extend(KEYS[1], ARGV[5])
extend(KEYS[2], ARGV[5])
return 1
`;

const UNLOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * The hand-off desk's state in Redis, shared by every instance:
 * `<p>case:<id>` the case as JSON; `<p>key:<hash>` the conversation's live case id (the key is
 * hashed: it holds the channel's user or conversation id); `<p>queue` waiting ids by arrival;
 * `<p>cases` every kept id; `<p>presence` username → online-until and `<p>names` their names.
 * Every key expires: a case keepEndedMs after it ends (the desk's ttl), the rest with their cases.
 */
export class RedisDeskStore implements DeskStore {
  private readonly prefix: string;
  private readonly maxAttempts: number;

  constructor(
    private readonly redis: Redis,
    options: RedisDeskStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? 'ym:ho:';
    this.maxAttempts = options.maxAttempts ?? 20;
  }

  async get(id: string): Promise<HandoffCase | null> {
    const raw = await this.redis.get(this.caseKey(id));
    return raw === null ? null : parseCase(raw);
  }

  async idForKey(key: string): Promise<string | null> {
    return this.redis.get(this.indexKey(key));
  }

  async add(c: HandoffCase, ttlMs: number): Promise<HandoffCase> {
    const existing = await this.redis.eval(
      ADD,
      5,
      this.caseKey(c.id),
      this.indexKey(c.key),
      this.k('queue'),
      this.k('cases'),
      this.k('seq'),
      c.id,
      JSON.stringify(c),
      String(ttl(ttlMs)),
      this.caseKey(''),
    );
    return typeof existing === 'string' ? parseCase(existing) : c;
  }

  async update(
    id: string,
    change: CaseChange,
    ttlOf: (c: HandoffCase) => number,
  ): Promise<{ case: HandoffCase; changed: boolean } | null> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const raw = await this.redis.get(this.caseKey(id));
      if (raw === null) return null;
      const current = parseCase(raw);
      const next = change(parseCase(raw));
      if (!next) return { case: current, changed: false };
      const written = await this.redis.eval(
        UPDATE,
        5,
        this.caseKey(id),
        this.indexKey(current.key),
        this.k('queue'),
        this.k('cases'),
        this.k('seq'),
        createHash('sha1').update(raw, 'utf8').digest('hex'),
        JSON.stringify(next),
        String(ttl(ttlOf(next))),
        id,
        next.state,
      );
      if (written === 1) return { case: next, changed: true };
      if (written === -1) return null;
      // 0: another instance wrote the case after we read it; apply the change to what it wrote.
    }
    throw new Error('hand-off case kept changing: update gave up');
  }

  async waiting(): Promise<HandoffCase[]> {
    const cases = await this.load(this.k('queue'));
    return cases.filter((c) => c.state === 'waiting');
  }

  async rank(id: string): Promise<number | null> {
    return this.redis.zrank(this.k('queue'), id);
  }

  all(): Promise<HandoffCase[]> {
    return this.load(this.k('cases'));
  }

  async present(username: string, name: string, untilMs: number, nowMs: number): Promise<void> {
    await this.redis.eval(
      PRESENT,
      2,
      this.k('presence'),
      this.k('names'),
      String(untilMs),
      username,
      name,
      String(nowMs),
      String(ttl(untilMs - nowMs)),
    );
  }

  async online(nowMs: number): Promise<PresentStaff[]> {
    const usernames = await this.redis.zrangebyscore(this.k('presence'), `(${nowMs}`, '+inf');
    if (usernames.length === 0) return [];
    const names = await this.redis.hmget(this.k('names'), ...usernames);
    return usernames.map((username, i) => ({ username, name: names[i] ?? username }));
  }

  async lock(name: string, ttlMs: number): Promise<(() => Promise<void>) | null> {
    const key = this.k(`lock:${name}`);
    const token = randomBytes(12).toString('base64url');
    if ((await this.redis.set(key, token, 'PX', ttl(ttlMs), 'NX')) !== 'OK') return null;
    // Released only by its holder: after an expiry another instance may hold it already.
    return async () => {
      await this.redis.eval(UNLOCK, 1, key, token);
    };
  }

  /** The cases listed in a sorted set, in its order; ids whose case has expired are dropped from it. */
  private async load(setKey: string): Promise<HandoffCase[]> {
    const ids = await this.redis.zrange(setKey, 0, -1);
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(...ids.map((id) => this.caseKey(id)));
    const gone = ids.filter((_, i) => raws[i] === null || raws[i] === undefined);
    if (gone.length > 0) await this.redis.zrem(setKey, ...gone);
    return raws.flatMap((raw) => (raw ? [parseCase(raw)] : []));
  }

  private k(name: string): string {
    return this.prefix + name;
  }

  private caseKey(id: string): string {
    return `${this.prefix}case:${id}`;
  }

  private indexKey(key: string): string {
    return `${this.prefix}key:${createHash('sha256').update(key, 'utf8').digest('base64url')}`;
  }
}

/** Written by this class only, so trusted to have the shape. */
function parseCase(raw: string): HandoffCase {
  return JSON.parse(raw) as HandoffCase;
}

/** PX needs a positive whole number of milliseconds. */
function ttl(ms: number): number {
  return Math.max(1, Math.ceil(ms));
}
