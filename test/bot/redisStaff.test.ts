import type { Runtime } from '../../bot';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { connectRedis } from '../../bot/redis/connect';
import type { RedisCounters } from '../../bot/redis/redisCounters';
import { hashPassword } from '../../bot/staff/accounts';
import { listen } from '../helpers/http';
import { startRedis } from '../helpers/redisServer';

jest.setTimeout(30_000);
const PASSWORD = 'a long enough password';

/** The staff console and the counters behind two instances sharing Redis, no sticky sessions. */
describe('staff sessions and insights across two instances sharing Redis', () => {
  let redisServer: Awaited<ReturnType<typeof startRedis>>;
  let a: Runtime;
  let b: Runtime;
  let sa: Awaited<ReturnType<typeof listen>>;
  let sb: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    redisServer = await startRedis();
    const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    const env = {
      LOG_LEVEL: 'silent',
      REDIS_URL: redisServer.url,
      DIRECTLINE_SECRET: 'shared-secret-0123456789',
    };
    const staffAccounts = [{ username: 'kato', displayName: '加藤', role: 'admin' as const, hash }];
    a = compose(loadConfig(env), { logger: createLogger('silent'), staffAccounts });
    b = compose(loadConfig(env), { logger: createLogger('silent'), staffAccounts });
    await connectRedis(a.redis!, redisServer.url);
    await connectRedis(b.redis!, redisServer.url);
    sa = await listen(a.app);
    sb = await listen(b.app);
  });
  afterAll(async () => {
    await sa.close();
    await sb.close();
    await a.directLineStore.close?.();
    await b.directLineStore.close?.();
    a.redis!.disconnect();
    b.redis!.disconnect();
    await redisServer.stop();
  });

  it('a clerk who logs in on A stays logged in on B, and logging out on B ends the session on A', async () => {
    const login = await fetch(`${sa.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kato', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { csrf } = (await login.json()) as { csrf: string };
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('ym_staff='))!
      .split(';')[0]!;
    const me = await fetch(`${sb.url}/staff/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { displayName: string }).displayName).toBe('加藤');
    // The session id is not in Redis in the clear.
    const id = cookie.split('=')[1]!;
    expect(await a.redis!.keys(`*${id}*`)).toEqual([]);
    const out = await fetch(`${sb.url}/staff/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${sa.url}/staff/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('insights on one instance count the questions answered by both', async () => {
    const ask = async (url: string, text: string) => {
      const c = (await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST' })).json()) as {
        conversationId: string;
        token: string;
      };
      const res = await fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, locale: 'en' }),
      });
      expect(res.status).toBe(200);
    };
    await ask(sa.url, 'I want a residence certificate at a convenience store');
    await ask(sb.url, 'I got a strange phone call about a refund');
    await ask(sb.url, 'residence certificate at a convenience store');
    // Counting is fire-and-forget during a turn: wait for the writes still in flight.
    await (a.counters as RedisCounters).flush();
    await (b.counters as RedisCounters).flush();
    const data = await a.counters.report();
    const byTopic = Object.fromEntries(
      ['certificate', 'consumer'].map((t) => [
        t,
        data.topics.filter((r) => r.topic === t).reduce((n, r) => n + r.count, 0),
      ]),
    );
    expect(byTopic).toEqual({ certificate: 2, consumer: 1 });
  });
});
