/**
 * Per-language LINE rich menus, drawn from the locale strings.
 *   LINE_CHANNEL_ACCESS_TOKEN=… npm run line:richmenu                  publish every locale
 *   npm run line:richmenu -- --dry-run --out richmenus                 only write PNG and SVG files
 *   … -- --locales ja,ja-easy,en --default ja-easy --font /path/NotoSansCJK.ttc
 * Fonts come from the system: install Noto (Debian: fonts-noto-cjk fonts-noto-core) first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { messagingApi } from '@line/bot-sdk';
import { loadConfig } from '../bot/config';
import type { Tile } from '../bot/channels/line/richMenu';
import {
  publishRichMenus,
  renderRichMenu,
  RICH_MENU_TILES,
  richMenuSvg,
} from '../bot/channels/line/richMenu';
import type { Locale } from '../knowledge/types';
import { isLocale } from '../knowledge/types';
import { availableLocales, createI18n, fixedT } from '../locales';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string', default: 'richmenus' },
    locales: { type: 'string' },
    default: { type: 'string', default: 'ja-easy' },
    font: { type: 'string', multiple: true, default: [] },
  },
});

const i18n = createI18n();
const locales = (values.locales?.split(',') ?? availableLocales()).map((l) => l.trim());
for (const l of locales) {
  if (!isLocale(l) || !availableLocales().includes(l)) {
    console.error(`unknown or unavailable locale "${l}"`);
    process.exit(2);
  }
}

function labels(locale: Locale): Record<Tile, string> {
  const t = fixedT(i18n, locale, 'common');
  return Object.fromEntries(RICH_MENU_TILES.map((tile) => [tile, t(`menu.${tile}`)])) as Record<Tile, string>;
}

async function main(): Promise<void> {
  const menus = (locales as Locale[]).map((locale) => ({ locale, labels: labels(locale) }));
  if (values['dry-run']) {
    mkdirSync(values.out, { recursive: true });
    for (const { locale, labels: l } of menus) {
      const svg = richMenuSvg(l);
      writeFileSync(path.join(values.out, `${locale}.svg`), svg);
      writeFileSync(path.join(values.out, `${locale}.png`), renderRichMenu(svg, values.font));
    }
    console.log(`wrote ${menus.length} menus to ${values.out}/`);
    return;
  }
  const config = loadConfig();
  if (!config.LINE_CHANNEL_ACCESS_TOKEN) {
    console.error('LINE_CHANNEL_ACCESS_TOKEN is required (or use --dry-run)');
    process.exit(2);
  }
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
    baseURL: config.LINE_API_BASE_URL,
  });
  const blob = new messagingApi.MessagingApiBlobClient({
    channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
    baseURL: config.LINE_DATA_API_BASE_URL,
  });
  const defaultLocale = values.default as Locale;
  const published = await publishRichMenus(api, blob, menus, { defaultLocale, fontFiles: values.font });
  for (const p of published)
    console.log(`${p.locale.padEnd(8)} ${p.alias.padEnd(20)} ${p.richMenuId} (${p.bytes} bytes)`);
  console.log(`default: ${defaultLocale}`);
}

main().catch((err: Error) => {
  console.error(`line:richmenu failed: ${err.message}`);
  process.exit(1);
});
