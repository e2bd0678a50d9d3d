import type { Overrides, Runtime } from '../../bot';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { connectRedis } from '../../bot/redis/connect';
import { listen } from './http';
import { startRedis } from './redisServer';

export interface Instance {
  runtime: Runtime;
  url: string;
}

/**
 * Two instances of the bot sharing one real redis-server, each on its own loopback port with its
 * Direct Line streams attached: a load balancer without sticky sessions, in one process.
 */
export async function twoInstances(env: NodeJS.ProcessEnv, overrides: Overrides = {}) {
  const redis = await startRedis();
  const config = loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: redis.url, ...env });
  const servers: Array<Awaited<ReturnType<typeof listen>>> = [];
  const start = async (): Promise<Instance> => {
    const runtime = compose(config, { logger: createLogger('silent'), ...overrides });
    await connectRedis(runtime.redis!, redis.url);
    const server = await listen(runtime.app);
    runtime.directLine.attach(server.server);
    servers.push(server);
    return { runtime, url: server.url };
  };
  const a = await start();
  const b = await start();
  return {
    a,
    b,
    redis,
    close: async () => {
      for (const server of servers) await server.close();
      for (const { runtime } of [a, b]) {
        await runtime.directLineStore.close?.();
        await runtime.deskBus?.close();
        runtime.redis!.disconnect();
      }
      await redis.stop();
    },
  };
}
