import { compose, loadSharedTokenizer } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { fakeConnector, listen } from '../helpers/http';

const quiet = { logger: createLogger('silent') };

function activity(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `in-${Math.random()}`,
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: 'conv-1' },
    from: { id: 'resident-1', name: 'resident' },
    recipient: { id: 'bot', name: 'bot' },
    locale: 'en-US',
    text,
    ...extra,
  };
}

describe('HTTP server on loopback', () => {
  const runtime = compose(loadConfig({ LOG_LEVEL: 'silent', BODY_LIMIT: '16kb' }), quiet);
  let base: Awaited<ReturnType<typeof listen>>;
  let connector: Awaited<ReturnType<typeof fakeConnector>>;
  let tokenizer: Promise<void>;

  beforeAll(async () => {
    tokenizer = loadSharedTokenizer(runtime);
    base = await listen(runtime.app);
    connector = await fakeConnector();
  });
  afterAll(async () => {
    await tokenizer;
    await base.close();
    await connector.close();
  });

  it('/healthz answers while the tokenizer loads, /readyz only after', async () => {
    expect((await fetch(`${base.url}/healthz`)).status).toBe(200);
    const starting = await fetch(`${base.url}/readyz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toMatchObject({
      status: 'starting',
      checks: { knowledge: { ready: true }, tokenizer: { ready: false } },
    });
    await tokenizer;
    const ready = await fetch(`${base.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('answers a Bot Framework message through the channel connector', async () => {
    const res = await fetch(`${base.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        activity(connector.url, 'Can I get a residence certificate at a convenience store?'),
      ),
    });
    expect(res.status).toBe(200);
    const texts = connector.received.map((r) => (typeof r.activity.text === 'string' ? r.activity.text : ''));
    expect(texts.join('\n')).toContain('PIN');
    expect(connector.received[0]!.conversationId).toBe('conv-1');
  });

  it.each([
    ['malformed JSON', '{"type": "message", ', 400],
    ['an activity without a type', JSON.stringify({ text: 'hi' }), 400],
    ['a body over the limit', JSON.stringify({ type: 'message', text: 'あ'.repeat(20_000) }), 413],
  ])('rejects %s with the right status and answers nothing', async (_name, body, status) => {
    const before = connector.received.length;
    const res = await fetch(`${base.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(status);
    expect(connector.received.length).toBe(before);
  });

  it('answers unknown routes with 404', async () => {
    expect((await fetch(`${base.url}/nope`)).status).toBe(404);
  });
});

describe('Bot Framework authentication', () => {
  it('is enforced when an app id is configured', async () => {
    const runtime = compose(
      loadConfig({
        LOG_LEVEL: 'silent',
        MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
        MICROSOFT_APP_PASSWORD: 'secret',
      }),
      quiet,
    );
    const base = await listen(runtime.app);
    const connector = await fakeConnector();
    // botbuilder reports the rejection on the console itself; capture it instead of printing it.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await fetch(`${base.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(connector.url, 'hello')),
      });
      expect(res.status).toBe(401);
      expect(connector.received).toHaveLength(0);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain('Unauthorized');
    } finally {
      consoleError.mockRestore();
      await base.close();
      await connector.close();
    }
  });
});
