import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

/**
 * botbuilder Storage on Redis, with the same optimistic concurrency as MemoryStorage: a write that
 * carries an eTag succeeds only if the stored item still has it, so two instances answering the
 * same conversation at once cannot silently overwrite each other (the loser gets an error and
 * the turn-error path apologises and asks the resident to try again).
 */
const WRITE_IF_MATCH = `
local current = redis.call('GET', KEYS[1])
if ARGV[2] ~= '' and ARGV[2] ~= '*' and current then
  local ok, stored = pcall(cjson.decode, current)
  if ok and stored['eTag'] ~= ARGV[2] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1
`;

export class RedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    /** Conversations and choices are forgotten after this long without a write. */
    private readonly ttlMs: number,
    private readonly prefix = 'ym:state:',
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.redis.mget(...keys.map((k) => this.prefix + k));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const raw = values[i];
      if (raw) items[key] = JSON.parse(raw) as unknown;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes) as Array<
      [string, { eTag?: string } & Record<string, unknown>]
    >) {
      const item = { ...change, eTag: randomUUID() };
      const written = await this.redis.eval(
        WRITE_IF_MATCH,
        1,
        this.prefix + key,
        JSON.stringify(item),
        change.eTag ?? '',
        String(this.ttlMs),
      );
      if (written !== 1) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys.map((k) => this.prefix + k));
  }
}
