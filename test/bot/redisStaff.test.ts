import type { Runtime } from '../../bot';
import { FixedClock } from '../../bot/clock';
import type { RedisCounters } from '../../bot/redis/redisCounters';
import { hashPassword } from '../../bot/staff/accounts';

import { twoInstances } from '../helpers/twoInstances';

jest.setTimeout(30_000);
const PASSWORD = 'a long enough password';

/** The staff console and the counters behind two instances sharing Redis, no sticky sessions. */
describe('staff sessions and insights across two instances sharing Redis', () => {
  let cluster: Awaited<ReturnType<typeof twoInstances>>;
  let a: Runtime;
  let b: Runtime;
  let sa: { url: string };
  let sb: { url: string };

  beforeAll(async () => {
    const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    const staffAccounts = [{ username: 'kato', displayName: '加藤', role: 'admin' as const, hash }];
    // Tuesday 10:00 in Japan: staffed hours.
    const clock = new FixedClock(new Date('2026-12-01T01:00:00Z'));
    cluster = await twoInstances({ DIRECTLINE_SECRET: 'shared-secret-0123456789' }, { staffAccounts, clock });
    ({ runtime: a } = cluster.a);
    ({ runtime: b } = cluster.b);
    [sa, sb] = [cluster.a, cluster.b];
  });
  afterAll(() => cluster.close());

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

  it("an admin on one instance sees the other instance's staff actions in the audit trail", async () => {
    const login = (url: string) =>
      fetch(`${url}/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'kato', password: PASSWORD }),
      });
    const onA = await login(sa.url);
    expect(onA.status).toBe(200);
    const onB = await login(sb.url);
    const cookie = onB.headers
      .getSetCookie()
      .find((c) => c.startsWith('ym_staff='))!
      .split(';')[0]!;
    const trail = await fetch(`${sb.url}/staff/api/audit?limit=2`, { headers: { cookie } });
    expect(trail.status).toBe(200);
    const entries = (await trail.json()) as Array<{ actor: string; action: string }>;
    // Both logins, newest first: the one on A is there although this list was read on B.
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['kato', 'login'],
      ['kato', 'login'],
    ]);
    expect(await a.redis!.llen('ym:audit')).toBeGreaterThanOrEqual(2);
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

  it('a resident queued through instance A is served by a clerk whose console is on instance B', async () => {
    // The clerk logs in and opens the console's event stream on B.
    const login = await fetch(`${sb.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kato', password: PASSWORD }),
    });
    const { csrf } = (await login.json()) as { csrf: string };
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('ym_staff='))!
      .split(';')[0]!;
    const events = new AbortController();
    const stream = await fetch(`${sb.url}/staff/api/events`, { headers: { cookie }, signal: events.signal });
    expect(stream.status).toBe(200);
    const staff = (path: string, body?: unknown) =>
      fetch(`${sb.url}/staff/api/handoff${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    try {
      // The resident's web conversation: opened on A, messages alternate between instances.
      const c = (await (await fetch(`${sa.url}/v3/directline/conversations`, { method: 'POST' })).json()) as {
        conversationId: string;
        token: string;
      };
      const say = (url: string, text: string) =>
        fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`, {
          method: 'POST',
          headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text, locale: 'en' }),
        });
      const botTexts = async () => {
        const res = await fetch(`${sb.url}/v3/directline/conversations/${c.conversationId}/activities`, {
          headers: { authorization: `Bearer ${c.token}` },
        });
        const { activities } = (await res.json()) as {
          activities: Array<{ text?: string; from: { role?: string } }>;
        };
        return activities
          .filter((x) => x.from.role === 'bot')
          .map((x) => x.text ?? '')
          .join('\n');
      };
      expect((await say(sa.url, 'talk to a person')).status).toBe(200);
      expect(await botTexts()).toContain('You are number 1 in line');

      const queue = (await (await staff('')).json()) as { waiting: Array<{ id: string; locale: string }> };
      expect(queue.waiting.map((w) => w.locale)).toEqual(['en']);
      const id = queue.waiting[0]!.id;
      expect((await staff(`/${id}/accept`, {})).status).toBe(200);
      expect(await botTexts()).toContain('加藤 from the city has joined the chat');

      // The resident writes through B, then through A: both reach the clerk's chat.
      await say(sb.url, 'Can I get it on Sunday?');
      await say(sa.url, 'Thank you');
      const mine = (await (await staff('')).json()) as { mine: Array<{ lines: Array<{ text: string }> }> };
      expect(mine.mine[0]!.lines.map((l) => l.text)).toEqual(
        expect.arrayContaining(['Can I get it on Sunday?', 'Thank you']),
      );
      expect((await staff(`/${id}/message`, { text: 'Yes, from 6:30 to 23:00.' })).status).toBe(200);
      expect(await botTexts()).toContain('Yes, from 6:30 to 23:00.');
      expect((await staff(`/${id}/end`, {})).status).toBe(200);
      expect(await botTexts()).toContain('The staff member has ended the chat');
      // The bot has the conversation back, on either instance.
      await say(sa.url, 'I want a residence certificate at a convenience store');
      expect(await botTexts()).toContain('Do you have a My Number card');
    } finally {
      events.abort();
    }
  });

  it('wrong passwords spread over both instances lock the account on both', async () => {
    const attempt = (url: string, password: string) =>
      fetch(`${url}/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ username: 'kato', password }),
      });
    // Five failures in all (3 on A, 2 on B): under each instance's own limit of five.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2 ? sb.url : sa.url, `wrong ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    for (const url of [sa.url, sb.url]) {
      const locked = await attempt(url, PASSWORD);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    await a.redis!.del('ym:staff:lock:u:kato');
  });
});
