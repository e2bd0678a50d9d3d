import { Redis } from 'ioredis';
import { compose, start } from '../../bot';
import { RedisStorage } from '../../bot/redis/redisStorage';
import { RedisTtlSet } from '../../bot/redis/redisTtlSet';
import { connectRedis } from '../../bot/redis/connect';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { fakeLineApi, postWebhook, textEvent } from '../helpers/fakeLine';
import { listen } from '../helpers/http';
import { startRedis } from '../helpers/redisServer';

jest.setTimeout(30_000);
const quiet = () => ({ logger: createLogger('silent'), line: { backoffMs: 1, loadingAfterMs: 10_000 } });

describe('state in a real Redis', () => {
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

  it('storage keeps eTags: a stale write is refused, never silently applied', async () => {
    const storage = new RedisStorage(redis, 60_000);
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k'])).k as { n: number; eTag: string };
    expect(first.n).toBe(1);
    await storage.write({ k: { ...first, n: 2 } });
    await expect(storage.write({ k: { ...first, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(((await storage.read(['k'])).k as { n: number }).n).toBe(2);
    await storage.write({ k: { n: 4, eTag: '*' } }); // '*' overwrites on purpose
    expect(((await storage.read(['k'])).k as { n: number }).n).toBe(4);
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
    expect(await redis.pttl('ym:state:missing')).toBe(-2);
  });

  it('state expires after the configured time', async () => {
    await new RedisStorage(redis, 5_000).write({ e: { n: 1 } });
    const ttl = await redis.pttl('ym:state:e');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it('the seen-set says yes once per key', async () => {
    const seen = new RedisTtlSet(redis);
    expect(await seen.add('event-1', 60_000)).toBe(true);
    expect(await seen.add('event-1', 60_000)).toBe(false);
    expect(await new RedisTtlSet(redis).add('event-1', 60_000)).toBe(false); // another instance
  });

  it('a LINE conversation started on one instance continues on another; a redelivery to both is answered once', async () => {
    const line = await fakeLineApi();
    const env = {
      LOG_LEVEL: 'silent',
      REDIS_URL: server.url,
      LINE_CHANNEL_SECRET: 'secret',
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
      LINE_API_BASE_URL: line.url,
    };
    const a = compose(loadConfig(env), quiet());
    const b = compose(loadConfig(env), quiet());
    await connectRedis(a.redis!, server.url);
    await connectRedis(b.redis!, server.url);
    const [sa, sb] = [await listen(a.app), await listen(b.app)];
    const post = async (url: string, event: unknown) => {
      const res = await postWebhook(url, 'secret', [event]);
      expect(res.status).toBe(200);
    };
    try {
      await post(sa.url, textEvent('Umulti', 'menu:certificate'));
      await a.line!.webhook.idle();
      // The answer to the first question arrives at the other instance: it knows the dialog.
      line.reset();
      await post(sb.url, textEvent('Umulti', 'opt:juminhyo'));
      await b.line!.webhook.idle();
      expect(JSON.stringify(line.delivered())).toContain('opt:yes');

      line.reset();
      const event = textEvent('Utwice', 'こんにちは');
      await Promise.all([
        post(sa.url, event),
        post(sb.url, { ...event, deliveryContext: { isRedelivery: true } }),
      ]);
      await Promise.all([a.line!.webhook.idle(), b.line!.webhook.idle()]);
      expect(line.delivered()).toHaveLength(1);
    } finally {
      await sa.close();
      await sb.close();
      a.redis!.disconnect();
      b.redis!.disconnect();
      await line.close();
    }
  });

  it('without Redis at start the process refuses to start, naming the setting', async () => {
    await expect(
      start(loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: 'redis://127.0.0.1:1', PORT: '0' })),
    ).rejects.toThrow(/REDIS_URL: cannot connect to redis:\/\/127\.0\.0\.1:1/);
  });

  it('when Redis goes away the resident gets an apology and /readyz says so; it recovers by itself', async () => {
    const own = await startRedis();
    const line = await fakeLineApi();
    const runtime = compose(
      loadConfig({
        LOG_LEVEL: 'silent',
        REDIS_URL: own.url,
        LINE_CHANNEL_SECRET: 'secret',
        LINE_CHANNEL_ACCESS_TOKEN: 'token',
        LINE_API_BASE_URL: line.url,
      }),
      quiet(),
    );
    await connectRedis(runtime.redis!, own.url);
    runtime.readiness.ready('tokenizer');
    runtime.readiness.ready('easyJapanese');
    const http = await listen(runtime.app);
    runtime.directLine.attach(http.server);
    const open = async () => {
      const res = await fetch(`${http.url}/v3/directline/conversations`, { method: 'POST' });
      return (await res.json()) as { conversationId: string; token: string };
    };
    const ask = async (c: { conversationId: string; token: string }, text: string) => {
      const res = await fetch(`${http.url}/v3/directline/conversations/${c.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, locale: 'en-US' }),
      });
      expect(res.status).toBe(200);
      const read = await fetch(`${http.url}/v3/directline/conversations/${c.conversationId}/activities`, {
        headers: { authorization: `Bearer ${c.token}` },
      });
      const { activities } = (await read.json()) as {
        activities: Array<{ text?: string; from: { role?: string } }>;
      };
      return activities.filter((x) => x.from.role === 'bot').at(-1)?.text ?? '';
    };
    try {
      const c = await open();
      expect((await fetch(`${http.url}/readyz`)).status).toBe(200);
      expect(await ask(c, 'hello')).toMatch(/topic/i);

      await own.stop();
      await new Promise((r) => setTimeout(r, 300));
      // The web conversation itself lives in Redis: a clear "try again shortly", never a 500.
      const down = await fetch(`${http.url}/v3/directline/conversations/${c.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'menu', locale: 'en-US' }),
      });
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(((await down.json()) as { error: { message: string } }).error.message).toMatch(
        /try again shortly/,
      );
      expect((await fetch(`${http.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(503);
      expect((await fetch(`${http.url}/readyz`)).status).toBe(503);

      // On LINE the apology still reaches the resident; with their saved language out of reach
      // too, it comes in the default language, easy Japanese.
      const webhook = await postWebhook(http.url, 'secret', [textEvent('Uoutage', 'menu')]);
      expect(webhook.status).toBe(200);
      await runtime.line!.webhook.idle();
      const apology = line
        .delivered()
        .flatMap((d) => d.messages)
        .map((m) => (typeof m.text === 'string' ? m.text : ''));
      expect(apology.join('\n')).toContain(
        '少(すこ)し 待(ま)ってから、もう一度(いちど) 送(おく)ってください',
      );

      const back = await startRedis(own.port);
      try {
        for (let i = 0; i < 50 && (await fetch(`${http.url}/readyz`)).status !== 200; i++) {
          await new Promise((r) => setTimeout(r, 100));
        }
        expect((await fetch(`${http.url}/readyz`)).status).toBe(200);
        // This Redis kept nothing on disk: the old conversation is gone (404), a new one works.
        const lost = await fetch(`${http.url}/v3/directline/conversations/${c.conversationId}/activities`, {
          headers: { authorization: `Bearer ${c.token}` },
        });
        expect(lost.status).toBe(404);
        expect(await ask(await open(), 'menu')).toMatch(/topic/i);
      } finally {
        await back.stop();
      }
    } finally {
      runtime.redis!.disconnect();
      await http.close();
      await line.close();
    }
  });
});
