import type { Browser, BrowserContext, Page } from 'playwright-core';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { launchChromium } from './browser';
import { listen } from '../helpers/http';

jest.setTimeout(60_000);

// Found by a helper using the widget as residents do (sixth round), in headless Chromium: high
// contrast changed nothing, a button chosen with the keyboard dropped the focus out of the panel
// (and Escape with it), a message sent offline was erased with its buttons, and a screen reader
// heard every easy-Japanese word followed by its reading.
describe('the widget as residents use it', () => {
  const runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
  let base: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  // The function runs in the page, on the widget's shadow root (playwright serialises it).
  const shadow = <T>(fn: (root: ShadowRoot) => T): Promise<T> =>
    page.evaluate<T>(`(${String(fn)})(document.querySelector('#yasashii-madoguchi').shadowRoot)`);
  const botCount = () => page.locator('#yasashii-madoguchi .msg.bot').count();
  const waitForBot = (n: number) =>
    page.waitForFunction(
      (min) =>
        (document.querySelector('#yasashii-madoguchi')?.shadowRoot?.querySelectorAll('.msg.bot').length ??
          0) > min,
      n,
    );

  beforeAll(async () => {
    base = await listen(runtime.app);
    runtime.directLine.attach(base.server);
    browser = await launchChromium();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    await page.goto(`${base.url}/?lang=en`);
    await page.locator('#yasashii-madoguchi .launcher').click();
    await page.locator('#yasashii-madoguchi .msg.bot').first().waitFor();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await base?.close();
  });

  it('high contrast turns the panel black with light text, and back', async () => {
    const colours = () =>
      shadow((root) => {
        const panel = getComputedStyle(root.querySelector('.panel')!);
        return `${panel.backgroundColor} ${panel.color}`;
      });
    const before = await colours();
    expect(before).toBe('rgb(255, 255, 255) rgb(26, 26, 26)');
    await page.locator('#yasashii-madoguchi button', { hasText: '◐' }).click();
    await expect(colours()).resolves.toBe('rgb(0, 0, 0) rgb(255, 255, 255)');
    await page.locator('#yasashii-madoguchi button', { hasText: '◐' }).click();
    await expect(colours()).resolves.toBe(before);
  });

  it('a button chosen with the keyboard keeps the focus in the panel, and Escape still closes it', async () => {
    await page.locator('#ym-input').fill('Life in Osaka');
    await page.keyboard.press('Enter');
    const first = page.locator('#yasashii-madoguchi .actions button').first();
    await first.waitFor();
    const n = await botCount();
    await first.focus();
    await page.keyboard.press('Enter');
    await waitForBot(n);
    const where = await shadow((root) => {
      const active = root.activeElement;
      return active ? active.className || active.tagName : 'outside the widget';
    });
    expect(where).toBe('log');
    await page.keyboard.press('Escape');
    await expect(page.locator('#yasashii-madoguchi .panel').isHidden()).resolves.toBe(true);
    // The panel holds the focus while open, and tells assistive technology so.
    await expect(page.locator('#yasashii-madoguchi .panel').getAttribute('aria-modal')).resolves.toBe('true');
  });

  it('a message sent offline stays in the box with its buttons, and goes once back online', async () => {
    await page.locator('#ym-input').fill('Life in Osaka');
    await page.keyboard.press('Enter');
    await page.locator('#yasashii-madoguchi .actions button').first().waitFor();
    const buttons = await page.locator('#yasashii-madoguchi .actions button').count();
    expect(buttons).toBeGreaterThan(1);
    await context.setOffline(true);
    await page.locator('#ym-input').fill('Is the ward office open on Saturday?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /Not sent/.test(
        document.querySelector('#yasashii-madoguchi')?.shadowRoot?.querySelector('.status')?.textContent ??
          '',
      ),
    );
    await expect(page.locator('#ym-input').inputValue()).resolves.toBe(
      'Is the ward office open on Saturday?',
    );
    await expect(page.locator('#yasashii-madoguchi .actions button:not([disabled])').count()).resolves.toBe(
      buttons,
    );
    await context.setOffline(false);
    const n = await botCount();
    await page.keyboard.press('Enter');
    await waitForBot(n);
    const mine = await page.locator('#yasashii-madoguchi .msg.user').allTextContents();
    expect(mine.filter((t) => t === 'Is the ward office open on Saturday?')).toHaveLength(1);
    await expect(page.locator('#yasashii-madoguchi .status').textContent()).resolves.not.toMatch(/Not sent/);
  });

  it('an easy-Japanese answer is read aloud once, as written, without the readings', async () => {
    await page.locator('#yasashii-madoguchi select').selectOption('ja-easy');
    await page.waitForFunction(() =>
      [
        ...(document.querySelector('#yasashii-madoguchi')?.shadowRoot?.querySelectorAll('.msg.bot') ?? []),
      ].some((m) => m.querySelector('ruby') !== null),
    );
    const spoken = await shadow((root) => {
      const bubble = [...root.querySelectorAll('.msg.bot')].find((m) => m.querySelector('ruby'))!;
      const hidden = bubble.querySelector('ruby')!.closest('[aria-hidden="true"]') !== null;
      const said = bubble.querySelector('.sr-only')?.textContent ?? '';
      const shown = bubble.querySelector('[aria-hidden="true"]')!.cloneNode(true) as HTMLElement;
      for (const rt of shown.querySelectorAll('rt')) rt.remove();
      return { hidden, said, shown: shown.textContent ?? '' };
    });
    expect(spoken.hidden).toBe(true);
    expect(spoken.said).toMatch(/\p{Script=Han}/u);
    expect(spoken.said).toBe(spoken.shown);
  });

  it('a paste longer than the box takes says where it stopped', async () => {
    await page.locator('#ym-input').fill('あ'.repeat(2500));
    await expect(page.locator('#ym-input').inputValue()).resolves.toHaveLength(2000);
    await expect(page.locator('#yasashii-madoguchi .status').textContent()).resolves.toContain('2000');
  });

  // The widget's own words were Japanese / English only: a Nepali reader saw "送信 / Send".
  it('speaks the chosen language in its own controls too (Send, Close, the question box)', async () => {
    const words = () =>
      shadow((root) => ({
        send: root.querySelector('form button')?.textContent ?? '',
        close: root.querySelector('.close')?.getAttribute('aria-label') ?? '',
        box: root.querySelector('#ym-input')?.getAttribute('placeholder') ?? '',
      }));
    await expect(words()).resolves.toEqual({ send: 'Send', close: 'Close', box: 'Your question' });
    await page.locator('#yasashii-madoguchi select').selectOption('ne');
    await expect(words()).resolves.toEqual({
      send: 'पठाउनुहोस्',
      close: 'बन्द गर्नुहोस्',
      box: 'तपाईंको प्रश्न',
    });
    await page.locator('#yasashii-madoguchi select').selectOption('ja-easy');
    await expect(words()).resolves.toEqual({ send: 'おくる', close: 'とじる', box: 'しつもん' });
  });
  // Round 6: in easy Japanese, a contact card's call button read "110に電話", its kanji without a
  // reading, while every other button had them; the card's name read each word then its reading.
  it('an easy-Japanese contact card shows readings on its call button, read aloud once', async () => {
    await page.locator('#yasashii-madoguchi select').selectOption('ja-easy');
    await page.locator('#ym-input').fill('けいさつに そうだん したい');
    const n = await botCount();
    await page.keyboard.press('Enter');
    await page.locator('#yasashii-madoguchi .card a.tel').first().waitFor();
    await waitForBot(n);
    const call = await shadow((root) => {
      const a = root.querySelector('.card a.tel')!;
      const shown = a.querySelector('[aria-hidden="true"]');
      const readings = [...(shown?.querySelectorAll('rt') ?? [])].map((rt) => rt.textContent);
      const title = root.querySelector('.card h3')!;
      return {
        said: a.querySelector('.sr-only')?.textContent ?? '',
        readings,
        href: a.getAttribute('href'),
        titleSaid: title.querySelector('.sr-only')?.textContent ?? title.textContent ?? '',
        titleRubyHidden: [...title.querySelectorAll('ruby')].every((r) => r.closest('[aria-hidden="true"]')),
      };
    });
    expect(call.readings).toContain('でんわ');
    expect(call.said).toMatch(/^.+に電話$/u);
    expect(call.href).toMatch(/^tel:/);
    // The name is said once as written (kanji, no readings run into it).
    expect(call.titleSaid).toMatch(/\p{Script=Han}/u);
    expect(call.titleSaid).not.toMatch(/\(/);
    expect(call.titleRubyHidden).toBe(true);
  });
});
