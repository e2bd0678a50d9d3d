import { compose, loadSharedTokenizer } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { listen } from '../helpers/http';

const TOKEN = 'staff-token-0123456789';
const quiet = { logger: createLogger('silent') };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/simplify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/simplify', () => {
  it('refuses anonymous callers, and any bearer token when none is configured', async () => {
    const runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), quiet);
    const server = await listen(runtime.app);
    try {
      const anonymous = await fetch(`${server.url}/api/simplify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: '区役所にお越しください。' }),
      });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: 'login required' });
      const guessed = await post(server.url, { text: '区役所にお越しください。' });
      expect(guessed.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('refuses a token under 16 characters at start-up', () => {
    expect(() => loadConfig({ SIMPLIFY_API_TOKEN: 'short' })).toThrow(/SIMPLIFY_API_TOKEN/);
  });

  describe('with a token', () => {
    const runtime = compose(loadConfig({ LOG_LEVEL: 'silent', SIMPLIFY_API_TOKEN: TOKEN }), quiet);
    let server: Awaited<ReturnType<typeof listen>>;
    beforeAll(async () => {
      server = await listen(runtime.app);
    });
    afterAll(() => server.close());

    it('answers 503 while the tokenizer loads, then simplifies and keeps every fact', async () => {
      const early = await post(server.url, { text: '区役所にお越しください。' });
      expect(early.status).toBe(503);

      await loadSharedTokenizer(runtime);
      const text =
        '令和8年4月1日から、手数料300円で住民票の写しを取得することができます。お問い合わせは06-6208-7371（https://www.city.osaka.lg.jp/）までご連絡ください。';
      const res = await post(server.url, { text, format: 'html' });
      expect(res.status).toBe(200);
      const out = res.body.text as string;
      for (const fact of ['2026年4月1日', '300円', '06-6208-7371', 'https://www.city.osaka.lg.jp/']) {
        expect(out).toContain(fact);
      }
      expect(out).not.toContain('ご連絡ください');
      // The address leaves the sentence for a line of its own, where a phone can open it.
      expect(out).toMatch(/連絡してください。\nhttps:\/\/www\.city\.osaka\.lg\.jp\/$/u);
      expect(res.body.rendered).toContain('<rt>じゅうみんひょう</rt>');
    });

    it('explains an official term in a sentence of its own, or in brackets when asked', async () => {
      const text = '在留カードをお持ちください。';
      const sentence = await post(server.url, { text, format: 'plain' });
      expect(sentence.body.text).toMatch(/^在留カードを持ってきてください。在留カードは、[^。（]+です。$/u);
      const brackets = await post(server.url, { text, format: 'plain', explanations: 'brackets' });
      expect(brackets.body.text).toMatch(/^在留カード（[^）]+）を持ってきてください。$/u);
      expect((await post(server.url, { text, explanations: 'footnote' })).status).toBe(400);
    });

    it('401 without or with a wrong token, before reading the body', async () => {
      expect((await post(server.url, { text: 'a' }, { authorization: '' })).status).toBe(401);
      expect((await post(server.url, { text: 'a' }, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
      expect((await post(server.url, '{not json', { authorization: 'Basic abc' })).status).toBe(401);
    });

    it('400 on malformed JSON or unknown fields, 413 over 10,000 characters', async () => {
      expect((await post(server.url, '{"text": ')).status).toBe(400);
      expect((await post(server.url, { text: 'こんにちは', colour: 'red' })).status).toBe(400);
      expect((await post(server.url, { text: 42 })).status).toBe(400);
      expect((await post(server.url, { text: 'あ', format: 'pdf' })).status).toBe(400);
      const long = await post(server.url, { text: 'あ'.repeat(10_001) });
      expect(long.status).toBe(413);
      expect(long.body.error).toMatch(/10000/);
    });

    it('takes 10,000 characters with emoji and control characters', async () => {
      const text = `😀\u0007ｶﾀｶﾅ 110番 ${'区役所に来てください。'.repeat(900)}`.slice(0, 10_000);
      const res = await post(server.url, { text });
      expect(res.status).toBe(200);
      expect(res.body.text).toContain('110');
    });
  });
});
