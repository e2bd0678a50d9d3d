import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { listen } from '../helpers/http';
import { fakeLineApi, postbackEvent, sign, textEvent } from '../helpers/fakeLine';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'line');
const SECRET = 'test_channel_secret';

type Vector = { channelSecret: string; body: string; xLineSignature: string; valid: boolean };

function logSink() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

async function setup(secret = SECRET) {
  const line = await fakeLineApi();
  const logs = logSink();
  const runtime = compose(
    loadConfig({
      LOG_LEVEL: 'info',
      LINE_CHANNEL_SECRET: secret,
      LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token',
      LINE_API_BASE_URL: line.url,
      BODY_LIMIT: '64kb',
    }),
    { logger: logs.logger, line: { backoffMs: 1, loadingAfterMs: 10_000 } },
  );
  const server = await listen(runtime.app);
  const webhook = runtime.line!.webhook;

  async function post(body: string, signature: string | null = sign(body, secret)) {
    const res = await fetch(`${server.url}/api/line/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'x-line-signature': signature } : {}),
      },
      body,
    });
    return { status: res.status, text: await res.text() };
  }
  async function send(...events: unknown[]) {
    const res = await post(JSON.stringify({ destination: 'Ubot', events }));
    await webhook.idle();
    return res;
  }
  /** The texts of every message delivered to LINE, in order. */
  const texts = () => line.texts();
  return {
    line,
    logs,
    runtime,
    post,
    send,
    texts,
    close: async () => {
      await server.close();
      await line.close();
    },
  };
}

describe('LINE webhook on loopback, with the real SDK client and a fake LINE API', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.line.reset();
    t.logs.lines.length = 0;
  });

  it('is not mounted without credentials', async () => {
    const runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
    expect(runtime.line).toBeNull();
    const server = await listen(runtime.app);
    const res = await fetch(`${server.url}/api/line/webhook`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    await server.close();
  });

  it('refuses half a configuration at start-up', () => {
    expect(() => loadConfig({ LINE_CHANNEL_SECRET: 'x' })).toThrow(/LINE_CHANNEL_ACCESS_TOKEN/);
  });

  it("answers LINE's verification request (events: []) with 200", async () => {
    expect((await t.send()).status).toBe(200);
    expect(t.line.calls).toEqual([]);
  });

  it('401 for a missing or wrong signature, 400 for malformed JSON, 413 when too large; nothing processed', async () => {
    const body = JSON.stringify({ events: [textEvent('Uaaa', 'こんにちは')] });
    expect((await t.post(body, null)).status).toBe(401);
    expect((await t.post(body, sign(body, 'another secret'))).status).toBe(401);
    expect((await t.post(`${body} `, sign(body, SECRET))).status).toBe(401); // one byte differs
    expect((await t.post('{"events": [')).status).toBe(400);
    expect((await t.post('{"destination": "U1"}')).status).toBe(400); // no events array
    const big = JSON.stringify({ events: [textEvent('Uaaa', 'あ'.repeat(40_000))] });
    expect((await t.post(big)).status).toBe(413);
    await t.runtime.line!.webhook.idle();
    expect(t.line.calls).toEqual([]);
  });

  it('answers a question about コンビニ交付 with the convenience-store answer, as a reply', async () => {
    const res = await t.send(textEvent('Ukonbini', 'コンビニで住民票を取りたい'));
    expect(res.status).toBe(200);
    const delivered = t.line.delivered();
    expect(delivered.map((d) => d.path)).toEqual(['reply']);
    const messages = delivered[0]!.messages;
    expect(messages.length).toBeLessThanOrEqual(5);
    // The first question of the certificate flow: card and PIN, with yes / no buttons.
    expect(t.texts()).toMatch(/マイナンバーカード/);
    const quick = (
      messages.at(-1)!.quickReply as { items: Array<{ action: { label: string; data: string } }> }
    ).items;
    expect(quick.map((i) => i.action.data)).toContain('opt:yes');

    t.line.reset();
    await t.send(postbackEvent('Ukonbini', 'opt:yes'));
    expect(t.texts()).toContain('6:30');
    expect(t.texts()).toContain('23:00');
    expect(t.texts()).toMatch(/コンビニ/);
    const auth = t.line.calls.find((c) => c.path === 'reply')?.auth;
    expect(auth).toBe('Bearer test-access-token');
  });

  it('contact cards arrive as Flex messages with a tel: button', async () => {
    await t.send(textEvent('Ucards', '消費者センターに相談したい'));
    const flex = t.line
      .delivered()
      .flatMap((d) => d.messages)
      .find((m) => m.type === 'flex');
    expect(flex).toBeDefined();
    expect(JSON.stringify(flex)).toContain('tel:188');
    expect(String(flex!.altText)).toContain('188');
  });

  it('does not answer a redelivered event twice', async () => {
    const event = textEvent('Uredeliver', 'こんにちは');
    await t.send(event);
    await t.send({ ...event, deliveryContext: { isRedelivery: true } });
    expect(t.line.delivered()).toHaveLength(1);
  });

  it('an expired reply token falls back to a push with a retry key', async () => {
    t.line.failNext('reply', 400);
    await t.send(textEvent('Uexpired', 'こんにちは'));
    const [reply, push] = t.line.calls.filter((c) => c.path === 'reply' || c.path === 'push');
    expect(reply!.path).toBe('reply');
    expect(push!.path).toBe('push');
    expect(push!.body.to).toBe('Uexpired');
    expect(push!.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(push!.body.messages).toEqual(reply!.body.messages);
  });

  it('retries 429 and 5xx with the same retry key, and treats 409 as already delivered', async () => {
    t.line.failNext('reply', 429, 2, '0');
    await t.send(textEvent('Ubusy', 'こんにちは'));
    expect(t.line.calls.filter((c) => c.path === 'reply')).toHaveLength(3);
    expect(t.line.calls.filter((c) => c.path === 'push')).toHaveLength(0);

    t.line.reset();
    t.line.failNext('reply', 400);
    t.line.failNext('push', 500, 2);
    await t.send(textEvent('Ubusy2', 'こんにちは'));
    const pushes = t.line.calls.filter((c) => c.path === 'push');
    expect(pushes).toHaveLength(3);
    expect(new Set(pushes.map((p) => p.retryKey)).size).toBe(1);
    expect(t.logs.lines.some((l) => String(l.msg).includes('not delivered'))).toBe(false);
  });

  it('logs an answer it could not deliver, without the text or the user id', async () => {
    t.line.failNext('reply', 400);
    t.line.failNext('push', 500, 10);
    await t.send(textEvent('Ulost', '住民票'));
    const failure = t.logs.lines.find((l) => String(l.msg).includes('not delivered'));
    expect(failure).toMatchObject({ status: 500, level: 50 });
    const all = JSON.stringify(t.logs.lines);
    expect(all).not.toContain('Ulost');
    expect(all).not.toContain('住民票');
  });

  it('greets a new friend in the language of their LINE profile; unfollow forgets them', async () => {
    t.line.profiles.set('Ufollow', { language: 'en' });
    const follow = {
      ...textEvent('Ufollow', ''),
      type: 'follow',
      message: undefined,
      follow: { isUnblocked: false },
    };
    await t.send(follow);
    expect(t.texts()).toMatch(/Hello/);

    // Choose Japanese explicitly: remembered over the profile language…
    await t.send(postbackEvent('Ufollow', 'lang:ja'));
    t.line.reset();
    await t.send(textEvent('Ufollow', 'メニュー'));
    expect(t.texts()).toMatch(/ご相談/);

    // …until they unfollow: then nothing of them is kept and the profile language applies again.
    const unfollow = {
      ...textEvent('Ufollow', ''),
      type: 'unfollow',
      message: undefined,
      replyToken: undefined,
    };
    await t.send(unfollow);
    t.line.reset();
    await t.send(textEvent('Ufollow', 'menu'));
    expect(t.texts()).toMatch(/Choose a topic/);
  });

  it('does not answer in standby mode, in groups or for unknown event types', async () => {
    await t.send(
      textEvent('Ustandby', 'こんにちは', { mode: 'standby' }),
      textEvent('Ugroup', 'こんにちは', { source: { type: 'group', groupId: 'C1', userId: 'Ugroup' } }),
      { ...textEvent('Uodd', ''), type: 'somethingNew', message: undefined },
    );
    expect(t.line.delivered()).toEqual([]);
  });

  it("processes each user's events in order", async () => {
    await t.send(postbackEvent('Uorder', 'menu:consumer'), postbackEvent('Uorder', 'opt:scamCheck'));
    const replies = t.line.delivered();
    expect(replies).toHaveLength(2);
    // The scam check question comes second, after the consumer menu.
    const first = JSON.stringify(replies[0]!.messages);
    const second = JSON.stringify(replies[1]!.messages);
    expect(first).toContain('opt:scamCheck');
    expect(second).toContain('opt:refund');
  });

  it('answers a burst from many residents at once, each once (events wait for a processing slot)', async () => {
    t.line.reset();
    const events = Array.from({ length: 20 }, (_, i) => postbackEvent(`Uburst${i}`, 'menu:consumer'));
    await t.send(...events);
    const replied = t.line.calls
      .filter((c) => c.path === 'reply')
      .map((c) => (c.body as { replyToken: string }).replyToken);
    expect(replied.sort()).toEqual(events.map((e) => e.replyToken).sort());
  });

  it('shows readings in brackets for easy Japanese, and quick replies within LINE limits', async () => {
    await t.send(postbackEvent('Ueasy', 'lang:ja-easy'));
    t.line.reset();
    await t.send(postbackEvent('Ueasy', 'menu:certificate'));
    expect(t.texts()).toContain('証明書(しょうめいしょ)');
    const last = t.line.delivered().at(-1)!.messages.at(-1)!;
    const items = (last.quickReply as { items: Array<{ action: { label: string } }> }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(13);
    for (const i of items) expect([...i.action.label].length).toBeLessThanOrEqual(20);
  });

  it('accepts every event of both fixture files without an error', async () => {
    for (const file of ['webhook-events.json', 'webhook-events-legacy.json']) {
      const body = readFileSync(path.join(FIXTURES, file), 'utf8');
      const res = await t.post(body);
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
    }
    await t.runtime.line!.webhook.idle();
    expect(t.logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    // The one-to-one text and postback events were answered (fixture user U206d…).
    expect(t.line.delivered().length).toBeGreaterThan(0);
  });
});

describe('signature vectors from the LINE SDK', () => {
  const { vectors } = JSON.parse(readFileSync(path.join(FIXTURES, 'signature-vectors.json'), 'utf8')) as {
    vectors: Vector[];
  };

  it.each(vectors.map((v, i) => [i, v] as const))('vector %i', async (_i, v) => {
    const t = await setup(v.channelSecret);
    try {
      const res = await t.post(v.body, v.xLineSignature);
      if (!v.valid) expect(res.status).toBe(401);
      // A valid signature passes; a body without events is then refused as a bad request.
      else expect(res.status).toBe(v.body.includes('"events"') ? 200 : 400);
    } finally {
      await t.close();
    }
  });
});
