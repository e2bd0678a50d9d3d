import type * as IORedis from 'ioredis';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { Readiness } from '../readiness';

/**
 * The shared Redis connection. Commands fail at once while the connection is down (no offline
 * queue), so a resident gets "please try again" instead of a hanging chat; ioredis reconnects by
 * itself and /readyz follows the connection.
 */
export function createRedis(url: string, logger: Logger, readiness: Readiness): Redis {
  // Required only here: without REDIS_URL the process never needs ioredis, whose loading was
  // about 0.1 s of the time to /readyz.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redis: Client } = require('ioredis') as typeof IORedis;
  const redis = new Client(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  readiness.expect('redis');
  redis.on('ready', () => {
    readiness.ready('redis');
    logger.info('redis connected');
  });
  redis.on('close', () => {
    readiness.failed('redis', 'connection lost');
  });
  redis.on('error', (err: Error) => {
    logger.warn({ err: { name: err.name, message: err.message } }, 'redis error');
  });
  return redis;
}

/** At start-up: connect or fail with a message that names the setting. */
export async function connectRedis(redis: Redis, url: string): Promise<void> {
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    const where = url.replace(/^([^/]*\/\/)[^@]*@/, '$1***@'); // never print a password
    throw new Error(`REDIS_URL: cannot connect to ${where} (${(err as Error).message})`, { cause: err });
  }
}
