import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { compose, loadSharedTokenizer } from '../../bot';
import { FixedClock } from '../../bot/clock';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { hashPassword } from '../../bot/staff/accounts';
import { askWidgetAboutKonbini, launchChromium } from './browser';
import { listen } from '../helpers/http';

const ARTEFACTS = path.join(__dirname, '..', '..', 'test-results');
jest.setTimeout(90_000);

const PASSWORD = 'correct horse battery staple';
/** Tuesday 2026-12-01 10:00 in Japan: staffed hours, so live chat is on. */
const clock = new FixedClock(new Date('2026-12-01T01:00:00Z'));

describe('the staff console in headless Chromium', () => {
  let runtime: ReturnType<typeof compose>;
  let base: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  let staffContext: BrowserContext;
  let staff: Page;
  let resident: Page;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    // A cheap scrypt cost keeps the test fast; production hashes use the default.
    const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    runtime = compose(loadConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock,
      staffAccounts: [{ username: 'tanaka', displayName: '田中', role: 'admin', hash }],
    });
    await loadSharedTokenizer(runtime);
    base = await listen(runtime.app);
    runtime.directLine.attach(base.server);
    browser = await launchChromium();
    staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    staff = await staffContext.newPage();
    resident = await (await browser.newContext({ viewport: { width: 400, height: 800 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await base?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(ARTEFACTS, `console-${name}.png`) });

  it('sends an anonymous visitor to the login page, refuses a wrong password, then logs in', async () => {
    await staff.goto(`${base.url}/staff`);
    expect(new URL(staff.url()).pathname).toBe('/staff/login');
    await staff.locator('#username').fill('tanaka');
    await staff.locator('#password').fill('wrong password');
    await staff.locator('form button[type="submit"]').click();
    await staff.waitForURL(/error=1/);
    await staff.locator('#username').fill('tanaka');
    await staff.locator('#password').fill(PASSWORD);
    await staff.locator('form button[type="submit"]').click();
    await staff.waitForURL(`${base.url}/staff`);
    await expect(staff.locator('#me').textContent()).resolves.toContain('田中');
    const cookie = (await staffContext.cookies()).find((c) => c.name === 'ym_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('finds the convenience-store topic and shows it in Vietnamese beside Japanese and easy Japanese', async () => {
    await staff.locator('#script-q').fill('コンビニ');
    await staff.locator('#script-list button', { hasText: 'コンビニ交付' }).click();
    await staff.locator('#script-locale').selectOption('vi');
    const columns = staff.locator('#script-view .column');
    await staff.waitForFunction(
      () => document.querySelector('#script-view .column[data-locale="vi"]') !== null,
    );
    await expect(columns.count()).resolves.toBe(3);
    const [ja, easy, vi] = await columns.allTextContents();
    expect(ja).toContain('6:30');
    expect(ja).toContain('コンビニエンスストア');
    expect(vi).toContain('6:30');
    expect(vi).toMatch(/cửa hàng tiện lợi/i);
    // Easy Japanese carries furigana as <ruby>.
    await expect(
      staff.locator('#script-view .column[data-locale="ja-easy"] ruby').count(),
    ).resolves.toBeGreaterThan(3);
    expect(easy).toContain('6:30');
    await shot(staff, 'script-aid');
  });

  it('has no serious accessibility violations on the login page and the console (axe-core)', async () => {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const serious = async (page: Page) => {
      // Evaluated through the DevTools protocol: the console's CSP (rightly) refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
            };
          }
        ).axe;
        return (await axe.run()).violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
        }));
      });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    expect(await serious(staff)).toEqual([]);
    const anonymous = await browser.newPage();
    await anonymous.goto(`${base.url}/staff/login`);
    expect(await serious(anonymous)).toEqual([]);
    await anonymous.close();
  });

  it('opens the "show to the resident" view and a printable handout with a QR code', async () => {
    const [show] = await Promise.all([
      staffContext.waitForEvent('page'),
      staff.locator('#show-resident').click(),
    ]);
    await show.waitForLoadState();
    await expect(show.locator('.show-resident').getAttribute('lang')).resolves.toBe('vi');
    await expect(show.locator('.show-resident').textContent()).resolves.toContain('6:30');
    await expect(show.locator('.show-easy ruby').count()).resolves.toBeGreaterThan(3);
    const size = await show
      .locator('.show-resident p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await shot(show, 'show-to-resident');
    await show.close();

    const [handout] = await Promise.all([
      staffContext.waitForEvent('page'),
      staff.locator('#print-handout').click(),
    ]);
    await handout.waitForLoadState();
    await expect(handout.locator('.qr svg').count()).resolves.toBe(1);
    await expect(handout.locator('.qr figcaption').textContent()).resolves.toContain('/?chatLang=vi');
    // Print preview: the buttons disappear, the content stays.
    await handout.emulateMedia({ media: 'print' });
    await expect(handout.locator('.no-print').isVisible()).resolves.toBe(false);
    await expect(handout.locator('h1').isVisible()).resolves.toBe(true);
    const pdf = await handout.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot(handout, 'handout-print');
    await handout.close();
  });

  it('runs a paragraph through the workbench and shows the rules applied', async () => {
    await staff.locator('#tab-workbench').click();
    await staff
      .locator('#workbench-in')
      .fill('住民票の写しは、区役所の窓口でご確認ください。お問い合わせは06-6208-7311までお願いいたします。');
    await staff.locator('#workbench-form button[type="submit"]').click();
    await staff.locator('.workbench-output').waitFor();
    // What a reader sees without the readings (the <rt> text).
    const output = await staff.locator('.workbench-output').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent ?? '';
    });
    expect(output).toContain('06-6208-7311');
    expect(output).toContain('確認して');
    await expect(staff.locator('.workbench-output ruby').count()).resolves.toBeGreaterThan(0);
    const changes = await staff.locator('.changes li').allTextContents();
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.join('\n')).toMatch(/ご確認ください → 確認してください/);
    await expect(staff.locator('.metrics').textContent()).resolves.toContain('jReadability');
    await shot(staff, 'workbench');
  });

  it('hands a widget conversation to staff and back: queue → accept → messages both ways → end', async () => {
    await staff.locator('#tab-handoff').click();
    await resident.goto(`${base.url}/?lang=en`);
    await resident.locator('#yasashii-madoguchi .launcher').click();
    await resident.locator('#yasashii-madoguchi .msg.bot').first().waitFor();
    await askWidgetAboutKonbini(resident);
    const residentSays = async (text: string) => {
      await resident.locator('#ym-input').fill(text);
      await resident.locator('#yasashii-madoguchi form button').click();
    };
    const residentSees = (text: string) =>
      resident.waitForFunction(
        (t) =>
          [
            ...(document.querySelector('#yasashii-madoguchi')?.shadowRoot?.querySelectorAll('.msg.bot') ??
              []),
          ].some((m) => m.textContent?.includes(t)),
        text,
      );
    await residentSays('talk to a person');
    await residentSees('You are number 1 in line');

    const queued = staff.locator('#queue li');
    await queued.first().waitFor();
    await expect(queued.first().textContent()).resolves.toContain('English');
    // The conversation so far is there for the clerk.
    await expect(queued.first().locator('.chat-log').textContent()).resolves.toContain('convenience store');
    await queued.first().locator('button[data-accept]').click();
    await residentSees('田中 from the city has joined the chat');

    // A resident's message that looks like HTML is shown as text in the console.
    await residentSays('<img src=x onerror="window.pwned=1"> can I get it on Sunday?');
    const chat = staff.locator('#chats .chat').first();
    await staff.waitForFunction(() =>
      document.querySelector('#chats .chat-log')?.textContent?.includes('on Sunday?'),
    );
    await expect(chat.locator('.chat-log img').count()).resolves.toBe(0);
    await expect(staff.evaluate(() => (window as { pwned?: number }).pwned)).resolves.toBeUndefined();

    await chat.locator('textarea').fill('Yes, every day from 6:30 to 23:00.');
    await chat.locator('button[type="submit"]').click();
    await residentSees('Yes, every day from 6:30 to 23:00.');
    await shot(staff, 'handoff-chat');
    await shot(resident, 'handoff-widget');

    await chat.locator('button[data-end]').click();
    await residentSees('The staff member has ended the chat');
    // The bot answers again.
    await residentSays('I want a residence certificate at a convenience store');
    await residentSees('Do you have a My Number card');
  });

  it('shows insights with the counts of the conversations above, and exports CSV', async () => {
    await staff.locator('#tab-insights').click();
    await staff.locator('#insights svg').first().waitFor();
    const topics = await staff.locator('#insights figure').first().textContent();
    // Two certificate questions and one hand-off in this test's own conversations.
    expect(topics).toMatch(/certificate: 2/);
    expect(topics).toMatch(/handoff: 1/);
    await expect(staff.locator('#handoff-waits').textContent()).resolves.toContain('1 件');
    // A range before today's conversations shows none of them.
    await staff.locator('#insights-from').fill('2026-11-01');
    await staff.locator('#insights-to').fill('2026-11-02');
    await staff.locator('#insights-range button').click();
    await staff.waitForFunction(
      () => !document.querySelector('#insights figure')?.textContent?.includes('certificate: 2'),
    );
    const badRange = await staff.evaluate(() =>
      fetch('/staff/api/insights?from=yesterday').then((r) => r.status),
    );
    expect(badRange).toBe(400);
    const bytes = await staff.evaluate(() =>
      fetch('/staff/api/insights.csv?kind=topics')
        .then((r) => r.arrayBuffer())
        .then((b) => [...new Uint8Array(b)]),
    );
    // A UTF-8 byte-order mark, so Excel in Japan opens the file as UTF-8.
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    const csv = Buffer.from(bytes).toString('utf8');
    expect(csv).toMatch(/certificate/);
    await shot(staff, 'insights');
  });
});
