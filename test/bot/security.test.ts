import WebSocket from 'ws';
import { compose } from '../../bot';
import { loadConfig, ConfigError } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { listen } from '../helpers/http';

const CITY = 'https://www.city.osaka.lg.jp';

async function serve(env: NodeJS.ProcessEnv = {}) {
  const runtime = compose(loadConfig({ LOG_LEVEL: 'silent', ...env }), { logger: createLogger('silent') });
  const base = await listen(runtime.app);
  runtime.directLine.attach(base.server);
  return base;
}

/** Opens the stream with a given Origin header; resolves to 'open' or the HTTP status it was refused with. */
function openStream(url: string, origin: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', (err) => resolve(err.message));
  });
}

describe('security headers', () => {
  let base: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    base = await serve();
  });
  afterAll(() => base.close());

  it('serves the demo page under a strict Content-Security-Policy, not frameable', async () => {
    const res = await fetch(`${base.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('puts the same headers on API answers and errors', async () => {
    for (const path of ['/healthz', '/no-such-page']) {
      const res = await fetch(`${base.url}${path}`);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
  });

  it('lets other sites load the widget script and call Direct Line (CORS preflight)', async () => {
    const script = await fetch(`${base.url}/widget.js`);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const preflight = await fetch(`${base.url}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: {
        origin: CITY,
        'access-control-request-method': 'POST',
        // What Microsoft's DirectLineJS (inside Web Chat) sends.
        'access-control-request-headers': 'authorization,content-type,x-requested-with,x-ms-bot-agent',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    for (const header of ['authorization', 'x-requested-with', 'x-ms-bot-agent'])
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(new RegExp(header, 'i'));
  });
});

describe('WEB_ORIGINS: only the listed pages may use the widget APIs', () => {
  let base: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    base = await serve({ WEB_ORIGINS: `${CITY},https://www.example-ward.jp` });
  });
  afterAll(() => base.close());

  it('answers CORS for a listed origin and not for another', async () => {
    const ask = (origin: string) =>
      fetch(`${base.url}/v3/directline/conversations`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await ask(CITY)).headers.get('access-control-allow-origin')).toBe(CITY);
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a WebSocket from a page that is not listed (403) and accepts one that is', async () => {
    const created = await fetch(`${base.url}/v3/directline/conversations`, { method: 'POST' });
    const { streamUrl } = (await created.json()) as { streamUrl: string };
    expect(await openStream(streamUrl, 'https://evil.example')).toBe('403');
    expect(await openStream(streamUrl, CITY)).toBe('open');
  });

  it('rejects a malformed origin list at start-up, naming the setting', () => {
    expect(() => loadConfig({ WEB_ORIGINS: 'www.city.osaka.lg.jp' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_ORIGINS: 'www.city.osaka.lg.jp' })).toThrow(/WEB_ORIGINS/);
  });
});
