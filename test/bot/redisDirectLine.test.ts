import WebSocket from 'ws';
import type { Runtime } from '../../bot';

import { twoInstances } from '../helpers/twoInstances';

jest.setTimeout(30_000);

interface Described {
  conversationId: string;
  token: string;
  streamUrl: string;
}
interface ActivitySet {
  activities: Array<{ type: string; text?: string; id?: string; from?: { role?: string } }>;
  watermark?: string;
}

/** Two instances of the bot behind a load balancer without sticky sessions, sharing one Redis. */
describe('Direct Line across two instances sharing Redis', () => {
  let cluster: Awaited<ReturnType<typeof twoInstances>>;
  let a: Runtime;
  let sa: { url: string };
  let sb: { url: string };

  beforeAll(async () => {
    cluster = await twoInstances({
      DIRECTLINE_SECRET: 'shared-secret-for-both-instances',
      DIRECTLINE_MESSAGES_PER_MINUTE: '6',
    });
    a = cluster.a.runtime;
    [sa, sb] = [cluster.a, cluster.b];
  });
  afterAll(() => cluster.close());

  const start = async (url: string): Promise<Described> =>
    (await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST' })).json()) as Described;
  const say = (url: string, c: Described, text: string) =>
    fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'me' }, text, locale: 'en' }),
    });
  const read = async (url: string, c: Described, watermark = '') =>
    (await (
      await fetch(
        `${url}/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark}`,
        {
          headers: { authorization: `Bearer ${c.token}` },
        },
      )
    ).json()) as ActivitySet;

  it('a conversation opened on A streams on B the replies to messages posted to A, in order and once', async () => {
    const c = await start(sa.url);
    // The stream goes to instance B (same path, B's port).
    const streamUrl = c.streamUrl.replace(new URL(sa.url).host, new URL(sb.url).host);
    const ws = new WebSocket(streamUrl);
    const frames: ActivitySet[] = [];
    ws.on('message', (data: Buffer) => {
      if (data.length) frames.push(JSON.parse(data.toString()) as ActivitySet);
    });
    await new Promise((resolve) => ws.once('open', resolve));
    expect((await say(sa.url, c, 'residence certificate at a convenience store')).status).toBe(200);
    const deadline = Date.now() + 5000;
    const botTexts = () =>
      frames.flatMap((f) => f.activities).filter((x) => x.type === 'message' && x.from?.role === 'bot');
    while (botTexts().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(
      botTexts()
        .map((x) => x.text)
        .join('\n'),
    ).toMatch(/My Number card/);
    // B's polling view equals A's: one log.
    const [viaA, viaB] = [await read(sa.url, c), await read(sb.url, c)];
    expect(viaB).toEqual(viaA);
    const ids = viaA.activities.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The stream never repeats an activity.
    const streamed = frames
      .flatMap((f) => f.activities)
      .filter((x) => x.type !== 'typing')
      .map((x) => x.id);
    expect(new Set(streamed).size).toBe(streamed.length);
    ws.close();
  });

  it('a stream that reconnects to the other instance with its watermark gets what it missed', async () => {
    const c = await start(sb.url);
    await say(sb.url, c, 'hello');
    const first = await read(sb.url, c);
    await say(sb.url, c, 'talk to a person');
    const url = `${c.streamUrl.replace(new URL(sb.url).host, new URL(sa.url).host)}&watermark=${first.watermark}`;
    const ws = new WebSocket(url);
    const frame = await new Promise<ActivitySet>((resolve) =>
      ws.on('message', (data: Buffer) => {
        const parsed = JSON.parse(data.toString()) as ActivitySet;
        if (parsed.activities.some((x) => x.type === 'message')) resolve(parsed);
      }),
    );
    const texts = frame.activities.map((x) => x.text ?? '');
    expect(texts[0]).toBe('talk to a person');
    expect(texts.join('\n')).toContain('Here is who you can talk to.');
    ws.close();
  });

  it('the per-conversation message limit holds across instances (429 with Retry-After)', async () => {
    const c = await start(sa.url);
    const responses: Response[] = [];
    for (let i = 0; i < 7; i++) responses.push(await say(i % 2 ? sb.url : sa.url, c, `hello ${i}`));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(Number(responses[6]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('an unknown conversation is 404 on either instance; another conversation’s token is 403', async () => {
    const c = await start(sa.url);
    const other = await start(sb.url);
    const res = await fetch(`${sb.url}/v3/directline/conversations/${other.conversationId}/activities`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(res.status).toBe(403);
    await a.redis!.del(`ym:dl:c:${c.conversationId}`);
    expect((await say(sb.url, c, 'still there?')).status).toBe(404);
  });
});
