import WebSocket from 'ws';
import { compose } from '../../bot';
import { ConversationStore } from '../../bot/channels/web/conversations';
import { TokenIssuer } from '../../bot/channels/web/tokens';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { listen } from '../helpers/http';

type Json = Record<string, unknown>;
interface DLActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  suggestedActions?: { actions: Array<{ title: string; value: string }> };
}

describe('Direct Line 3.0 on loopback', () => {
  const runtime = compose(loadConfig({ LOG_LEVEL: 'silent', BODY_LIMIT: '16kb' }), {
    logger: createLogger('silent'),
  });
  let base: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    base = await listen(runtime.app);
    runtime.directLine.attach(base.server);
  });
  afterAll(() => base.close());

  async function call(method: string, path: string, token?: string, body?: unknown) {
    const res = await fetch(`${base.url}/v3/directline${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json, headers: res.headers };
  }

  async function open() {
    const created = await call('POST', '/conversations');
    expect(created.status).toBe(201);
    return created.body as { conversationId: string; token: string; streamUrl: string; expires_in: number };
  }

  async function say(c: { conversationId: string; token: string }, text: string, locale = 'ja-JP') {
    return call('POST', `/conversations/${c.conversationId}/activities`, c.token, {
      type: 'message',
      text,
      locale,
      from: { id: 'someone-else' },
    });
  }

  async function read(c: { conversationId: string; token: string }, watermark?: string) {
    const res = await call(
      'GET',
      `/conversations/${c.conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`,
      c.token,
    );
    expect(res.status).toBe(200);
    return res.body as { activities: DLActivity[]; watermark: string };
  }

  it('an anonymous visitor gets a conversation and a token for it alone', async () => {
    const c = await open();
    expect(c.conversationId).toMatch(/^[a-f0-9]{32}$/);
    expect(c.expires_in).toBe(1800);
    expect(c.streamUrl).toBe(
      `ws://${new URL(base.url).host}/v3/directline/conversations/${c.conversationId}/stream?t=${encodeURIComponent(c.token)}`,
    );
    const other = await open();
    expect((await call('GET', `/conversations/${other.conversationId}/activities`, c.token)).status).toBe(
      403,
    );
    expect((await say({ conversationId: other.conversationId, token: c.token }, 'こんにちは')).status).toBe(
      403,
    );
  });

  it('a question about the convenience store is answered, in order, with a watermark', async () => {
    const c = await open();
    const posted = await say(c, 'コンビニで住民票を取りたい');
    expect(posted.status).toBe(200);
    const { activities, watermark } = await read(c);
    // The visitor's own message first (with the id the POST returned), then the bot's replies.
    expect(activities[0]).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: 'コンビニで住民票を取りたい',
    });
    expect(activities[0]!.from.id).not.toBe('someone-else'); // the token decides who speaks
    const replies = activities.slice(1);
    expect(replies.every((a) => a.from.role === 'bot' && a.replyToId === posted.body.id)).toBe(true);
    expect(replies.map((a) => a.text).join('\n')).toMatch(/マイナンバーカード/);
    const buttons = replies.at(-1)!.suggestedActions!.actions.map((a) => a.value);
    expect(buttons).toContain('opt:yes');

    await say(c, 'opt:yes');
    const next = await read(c, watermark);
    expect(next.activities[0]!.text).toBe('opt:yes');
    expect(next.activities.map((a) => a.text ?? '').join('\n')).toContain('6:30');
    expect(Number(next.watermark)).toBeGreaterThan(Number(watermark));
    expect((await read(c, next.watermark)).activities).toEqual([]);
  });

  it('tells browsers and proxies not to keep tokens or messages (Cache-Control: no-store)', async () => {
    const created = await call('POST', '/conversations');
    expect(created.headers.get('cache-control')).toBe('no-store');
    const c = created.body as { conversationId: string; token: string };
    await say(c, '詐欺の電話がきた');
    const read = await call('GET', `/conversations/${c.conversationId}/activities`, c.token);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    const refused = await call('GET', `/conversations/${c.conversationId}/activities`, 'forged.token');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('streams replies and typing over the WebSocket, and replays what was missed after a drop', async () => {
    const c = await open();
    const received: Array<{ activities: DLActivity[]; watermark: string }> = [];
    const ws = new WebSocket(c.streamUrl);
    ws.on('message', (data: Buffer) => {
      if (data.length)
        received.push(JSON.parse(data.toString()) as { activities: DLActivity[]; watermark: string });
    });
    await new Promise((resolve) => ws.once('open', resolve));
    await say(c, 'こんにちは');
    await new Promise((r) => setTimeout(r, 100));
    const types = received.flatMap((r) => r.activities.map((a) => a.type));
    expect(types[0]).toBe('message'); // the visitor's own message
    expect(types).toContain('typing');
    expect(
      received.flatMap((r) => r.activities).some((a) => a.from.role === 'bot' && a.type === 'message'),
    ).toBe(true);
    const mark = received.at(-1)!.watermark;
    ws.close();

    // While disconnected, another message is answered; reconnecting with the watermark replays it.
    await say(c, 'メニュー');
    const replay: DLActivity[] = [];
    const again = new WebSocket(`${c.streamUrl}&watermark=${mark}`);
    again.on('message', (data: Buffer) => {
      if (data.length)
        replay.push(...(JSON.parse(data.toString()) as { activities: DLActivity[] }).activities);
    });
    await new Promise((r) => setTimeout(r, 150));
    again.close();
    expect(replay[0]!.text).toBe('メニュー');
    expect(replay.length).toBeGreaterThan(1);
  });

  it('refuses a stream without a valid token for that conversation', async () => {
    const c = await open();
    const other = await open();
    const status = (url: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => resolve(-1));
      });
    const wsBase = c.streamUrl.split('?')[0]!;
    expect(await status(`${wsBase}?t=nonsense`)).toBe(401);
    expect(await status(`${wsBase}?t=${encodeURIComponent(other.token)}`)).toBe(403);
  });

  it('refreshes a token, resumes a conversation with it, and refuses expired or forged tokens', async () => {
    const c = await open();
    const refreshed = await call('POST', '/tokens/refresh', c.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(c.conversationId);
    const resumed = await call('GET', `/conversations/${c.conversationId}`, refreshed.body.token as string);
    expect(resumed.status).toBe(200);
    expect(resumed.body.streamUrl).toContain(c.conversationId);

    // A token signed with another key, and one that expired an hour ago.
    const forged = new TokenIssuer('another key').issue(c.conversationId, 'x').token;
    const expired = new TokenIssuer('', 1800, () => Date.now() - 3600_000 * 2).issue(
      c.conversationId,
      'x',
    ).token;
    expect((await call('GET', `/conversations/${c.conversationId}/activities`, forged)).status).toBe(401);
    expect((await call('GET', `/conversations/${c.conversationId}/activities`, expired)).status).toBe(401);
    expect((await call('GET', `/conversations/${c.conversationId}/activities`)).status).toBe(401);
    expect((await call('POST', '/tokens/refresh', 'a.b')).status).toBe(401);
  });

  it('400 for malformed activities and watermarks, 413 for oversize bodies, 404 for unknown paths', async () => {
    const c = await open();
    const path = `/conversations/${c.conversationId}/activities`;
    expect((await call('POST', path, c.token, '{"type": ')).status).toBe(400);
    expect((await call('POST', path, c.token, { text: 'no type' })).status).toBe(400);
    expect((await call('POST', path, c.token, [1, 2, 3])).status).toBe(400);
    expect((await call('GET', `${path}?watermark=abc`, c.token)).status).toBe(400);
    const big = await call('POST', path, c.token, { type: 'message', text: 'あ'.repeat(20_000) });
    expect(big.status).toBe(413);
    // Nothing of the rejected posts reached the conversation.
    expect((await read(c)).activities).toEqual([]);
    expect((await call('GET', '/nothing-here', c.token)).status).toBe(404);
  });

  it('a flood from one conversation gets 429 with Retry-After; other conversations are unaffected', async () => {
    const flooder = await open();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 35; i++) {
      const res = await say(flooder, `${i}`);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const calm = await open();
    expect((await say(calm, 'こんにちは')).status).toBe(200);
  });

  it('on shutdown closes open streams with 1001 (going away), so clients reconnect elsewhere', async () => {
    const c = await open();
    const ws = new WebSocket(c.streamUrl);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code: number) => resolve(code)));
    runtime.directLine.closeStreams();
    expect(await closed).toBe(1001);
  });
});

describe('Direct Line tokens', () => {
  it('stops accepting a token at its expiry even after it was accepted before', () => {
    let now = Date.parse('2026-11-29T10:00:00Z');
    const issuer = new TokenIssuer('secret', 1800, () => now);
    const { token } = issuer.issue('conv-1', 'user-1');
    expect(issuer.verify(token)?.conversationId).toBe('conv-1');
    now += 1799_000;
    expect(issuer.verify(token)?.conversationId).toBe('conv-1');
    now += 2_000;
    expect(issuer.verify(token)).toBeNull();
    expect(issuer.verify(`${token.slice(0, -2)}xx`)).toBeNull();
  });
});

describe('Direct Line activity log', () => {
  it('returns exactly the activities after a watermark, also after old ones were dropped', () => {
    const store = new ConversationStore(60_000, 5);
    const c = store.create();
    for (let i = 0; i < 8; i++) store.append(c.id, [{ type: 'message', text: `m${i}` }]);
    const texts = (w: number | null) => store.since(c.id, w).activities.map((a) => a.text);
    expect(texts(null)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(texts(1)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(texts(5)).toEqual(['m6', 'm7']);
    expect(texts(7)).toEqual([]);
    expect(texts(99)).toEqual([]);
    expect(store.since(c.id, 5).watermark).toBe(7);
  });
});
