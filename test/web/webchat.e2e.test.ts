import { mkdirSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { launchChromium } from './browser';
import { listen } from '../helpers/http';

const ARTEFACTS = path.join(__dirname, '..', '..', 'test-results');
/** Microsoft's Web Chat bundle from npm, served from loopback: the test makes no outside request. */
const WEBCHAT_JS = path.join(
  __dirname,
  '..',
  '..',
  'node_modules',
  'botframework-webchat',
  'dist',
  'webchat.js',
);
jest.setTimeout(90_000);

/**
 * A city that already runs Microsoft's Web Chat points it at us: createDirectLine with our
 * domain, a token from our token endpoint, and the conversation works — over WebSocket and by
 * polling.
 */
describe('Microsoft Web Chat (botframework-webchat) against our Direct Line', () => {
  const runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
  let bot: Awaited<ReturnType<typeof listen>>;
  let site: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    bot = await listen(runtime.app);
    runtime.directLine.attach(bot.server);
    // The city's page, on another origin, as Web Chat's samples write it.
    const host = express();
    host.get('/webchat.js', (_req, res) => res.sendFile(WEBCHAT_JS));
    host.get('/', (req, res) => {
      const webSocket = req.query.ws === '1';
      res.type('html').send(`<!doctype html><html lang="en"><head><title>Web Chat</title>
<style>html,body,#webchat{height:100%;margin:0}</style></head>
<body><div id="webchat" role="main"></div><script src="/webchat.js"></script>
<script>
  (async function () {
    const domain = ${JSON.stringify(`${bot.url}/v3/directline`)};
    const res = await fetch(domain + '/tokens/generate', { method: 'POST' });
    const { token } = await res.json();
    window.WebChat.renderWebChat(
      { directLine: window.WebChat.createDirectLine({ domain, token, webSocket: ${webSocket} }), locale: 'en-US' },
      document.getElementById('webchat'),
    );
  })();
</script></body></html>`);
    });
    site = await listen(host);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await bot?.close();
  });

  const sockets: string[] = [];
  const polls: string[] = [];

  async function open(webSocket: boolean): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    sockets.length = 0;
    polls.length = 0;
    page.on('websocket', (ws) => sockets.push(ws.url()));
    page.on('request', (r) => {
      if (r.method() === 'GET' && /\/activities(\?|$)/u.test(r.url())) polls.push(r.url());
    });
    page.on('request', (r) => {
      const url = r.url();
      const bases = [bot.url, site.url, site.url.replace('127.0.0.1', 'localhost')];
      const local = bases.some((b) => url.startsWith(b) || url.startsWith(b.replace('http', 'ws')));
      if (!local && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    // localhost vs 127.0.0.1: the page and the bot are different origins, as on a city's site.
    await page.goto(`${site.url.replace('127.0.0.1', 'localhost')}/?ws=${webSocket ? '1' : '0'}`);
    return page;
  }

  /** Every bot message Web Chat shows, as text. */
  const botSays = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)')].map(
        (b) => b.textContent ?? '',
      ),
    );

  async function say(page: Page, text: string): Promise<void> {
    const box = page.locator(
      'input.webchat__send-box-text-box__input, textarea.webchat__send-box-text-box__input',
    );
    await box.fill(text);
    await box.press('Enter');
  }

  async function waitForBot(page: Page, pattern: RegExp): Promise<string[]> {
    await page.waitForFunction(
      (source) =>
        [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)')].some((b) =>
          new RegExp(source).test(b.textContent ?? ''),
        ),
      pattern.source,
      { timeout: 30_000 },
    );
    return botSays(page);
  }

  it.each([
    ['WebSocket', true],
    ['polling', false],
  ])(
    'holds a conversation over %s: a question about certificates gets the answer',
    async (name, webSocket) => {
      const page = await open(webSocket);
      await say(page, 'hello');
      const greeting = await waitForBot(page, /Hello/);
      expect(greeting.join('\n')).toMatch(/Hello/);
      await say(page, 'I want a residence certificate at a convenience store');
      // The bot asks whether the resident has a My Number card; Web Chat shows our suggested actions.
      await page.locator('button', { hasText: 'Yes' }).first().click();
      const answer = await waitForBot(page, /6:30/);
      expect(answer.join('\n')).toMatch(/convenience store/);
      expect(answer.join('\n')).toContain('6:30');
      await page.screenshot({ path: path.join(ARTEFACTS, `webchat-${name.toLowerCase()}.png`) });
      await page.close();
      expect(outside).toEqual([]);
    },
  );
});
