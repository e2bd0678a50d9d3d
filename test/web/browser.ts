import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's chromium, installed by .ci/run. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium kept off the (closed) network: no updates, sync or background requests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Asks the widget the convenience-store question and waits for the answer with the opening hours. */
export async function askWidgetAboutKonbini(page: Page): Promise<void> {
  await page.locator('#ym-input').fill('I want a residence certificate at a convenience store');
  await page.locator('#yasashii-madoguchi form button').click();
  await page.locator('#yasashii-madoguchi .actions button', { hasText: 'Yes' }).click();
  await page.waitForFunction(() =>
    [...(document.querySelector('#yasashii-madoguchi')?.shadowRoot?.querySelectorAll('.msg.bot') ?? [])].some(
      (m) => m.textContent?.includes('6:30'),
    ),
  );
}
