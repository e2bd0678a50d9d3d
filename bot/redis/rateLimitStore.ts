import type { Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import type { RedisReply } from 'rate-limit-redis';
import { RedisStore } from 'rate-limit-redis';

/**
 * Rate-limit counters in Redis (rate-limit-redis), so a client's limit holds across instances.
 * The store loads its scripts when the limiter is built, which is before the connection is up at
 * start-up: script loading waits for the connection; counting never waits (no hanging requests).
 */
export function redisRateLimitStore(redis: Redis): (prefix: string) => Store {
  return (prefix) =>
    new RedisStore({
      prefix,
      sendCommand: async (command: string, ...args: string[]): Promise<RedisReply> => {
        // Connection errors before 'ready' are the connection's business (it retries or the
        // process refuses to start), not a reason to give up loading the script.
        if (command.toUpperCase() === 'SCRIPT' && redis.status !== 'ready')
          await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
        return (await redis.call(command, ...args)) as RedisReply;
      },
    });
}
