import type { Redis } from 'ioredis';
import type { SharedLockouts } from '../staff/auth';

/**
 * Counts a failure in a window and, at the limit, locks: one script, so two instances counting
 * the same guesses at once cannot both stay under the limit.
 * KEYS: failures counter, lock. ARGV: limit, window ms, lock ms.
 */
const FAIL = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`;

/** Staff lock-outs shared by every instance. */
export class RedisLockouts implements SharedLockouts {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ym:staff:',
  ) {}

  async lockedFor(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(`${this.prefix}lock:${key}`));
  }

  async fail(key: string, limit: number, windowMs: number, lockMs: number): Promise<boolean> {
    const locked = await this.redis.eval(
      FAIL,
      2,
      `${this.prefix}fail:${key}`,
      `${this.prefix}lock:${key}`,
      limit,
      windowMs,
      lockMs,
    );
    return locked === 1;
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}fail:${key}`);
  }
}
