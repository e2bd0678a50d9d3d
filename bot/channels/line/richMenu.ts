import type { messagingApi } from '@line/bot-sdk';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../../../knowledge/types';
import { parseRubyMarkup } from '../../../simplifier/ruby';

/**
 * One rich menu per language: six large tiles (the four services, a person, the language) drawn
 * from the locale strings, so a translation change is a re-run away. Tiles send the same postback
 * codes as the chat's buttons.
 */
export const RICH_MENU_SIZE = { width: 2500, height: 843 } as const;
export const RICH_MENU_TILES = [
  'certificate',
  'consumer',
  'multicultural',
  'victim',
  'handoff',
  'language',
] as const;
export type Tile = (typeof RICH_MENU_TILES)[number];

/** Alias ids allow [a-z0-9_-] only: ja-easy → richmenu-ja-easy, zh-Hans → richmenu-zh-hans. */
export const richMenuAlias = (locale: Locale): string => `richmenu-${locale.toLowerCase()}`;
export const RICH_MENU_NAME_PREFIX = 'yasashii-madoguchi ';

const COLOURS: Record<Tile, string> = {
  certificate: '#1d4f91',
  consumer: '#a33a00',
  multicultural: '#1f6b3a',
  victim: '#5b3b8c',
  handoff: '#00616e',
  language: '#444444',
};

function tileBox(index: number): { x: number; y: number; width: number; height: number } {
  const width = Math.floor(RICH_MENU_SIZE.width / 3);
  const height = Math.floor(RICH_MENU_SIZE.height / 2);
  const col = index % 3;
  const row = Math.floor(index / 3);
  return {
    x: col * width,
    y: row * height,
    width: col === 2 ? RICH_MENU_SIZE.width - 2 * width : width,
    height: row === 1 ? RICH_MENU_SIZE.height - height : height,
  };
}

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Width in ems: Latin letters are about half as wide as kana and kanji. */
const emWidth = (text: string): number =>
  [...text].reduce((w, c) => w + (/\s/.test(c) ? 0.3 : /[ -\u024f]/.test(c) ? 0.56 : 1), 0);

/**
 * The label as lines no wider than `maxEm`: Latin words are never cut, kana and kanji may break
 * anywhere, and "・", "／" and spaces are preferred break points.
 */
export function wrapLabel(label: string, maxEm: number): string[] {
  const units = label.trim().match(/[\p{Script=Latin}\d'’.,:;!?()&-]+[・／/]?|\s+|[^\s][・／/]?/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && emWidth(line + unit) > maxEm && !/^\s+$/.test(unit)) {
      lines.push(line.trim());
      line = '';
    }
    if (!(line === '' && /^\s+$/.test(unit))) line += unit;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * The menu image as SVG. Labels arrive in {漢字|よみ} markup: easy Japanese shows its readings in
 * a small line above the label, as printed furigana would.
 */
export function richMenuSvg(labels: Record<Tile, string>): string {
  const tiles = RICH_MENU_TILES.map((tile, i) => {
    const box = tileBox(i);
    const segments = parseRubyMarkup(labels[tile]);
    const text = segments.map((s) => s.text).join('');
    const reading = segments.some((s) => s.reading)
      ? segments.map((s) => s.reading ?? s.text).join('')
      : null;
    // The largest size (up to 104 px) at which the wrapped label fits the tile.
    const lines = wrapLabel(text, 7.4);
    const widest = Math.max(...lines.map(emWidth), 1);
    const room = box.height - (reading ? 170 : 110);
    const size = Math.floor(Math.min(104, (box.width - 90) / widest, room / (lines.length * 1.15)));
    const cx = box.x + box.width / 2;
    const top = box.y + box.height / 2 - ((lines.length - 1) * size * 1.15) / 2 + size * 0.35;
    const body = lines
      .map(
        (line, n) =>
          `<text x="${cx}" y="${top + n * size * 1.15}" font-size="${size}" text-anchor="middle" fill="#ffffff" font-weight="bold">${escapeXml(line)}</text>`,
      )
      .join('');
    const ruby = reading
      ? `<text x="${cx}" y="${top - size * 1.05}" font-size="44" text-anchor="middle" fill="#ffffff">${escapeXml(reading)}</text>`
      : '';
    return `<rect x="${box.x + 6}" y="${box.y + 6}" width="${box.width - 12}" height="${box.height - 12}" rx="28" fill="${COLOURS[tile]}"/>${ruby}${body}`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${RICH_MENU_SIZE.width}" height="${RICH_MENU_SIZE.height}" viewBox="0 0 ${RICH_MENU_SIZE.width} ${RICH_MENU_SIZE.height}"><rect width="100%" height="100%" fill="#f4f4f4"/><g font-family="Noto Sans CJK JP, Noto Sans, Noto Sans Thai, Noto Sans Devanagari, sans-serif">${tiles}</g></svg>`;
}

/** PNG bytes of the menu; fonts come from the system (install fonts-noto-cjk and fonts-noto-core). */
export function renderRichMenu(svg: string, fontFiles: string[] = []): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'Noto Sans CJK JP' },
  });
  return resvg.render().asPng();
}

/** A RichMenuRequest with every field we set present (the SDK's type makes them all optional). */
export interface RichMenuDefinition extends messagingApi.RichMenuRequest {
  size: { width: number; height: number };
  name: string;
  chatBarText: string;
  areas: Array<{
    bounds: { x: number; y: number; width: number; height: number };
    action: { type: 'postback'; data: string; displayText: string; label: string };
  }>;
}

export function richMenuRequest(locale: Locale, labels: Record<Tile, string>): RichMenuDefinition {
  const plain = (tile: Tile) =>
    parseRubyMarkup(labels[tile])
      .map((s) => s.text)
      .join('');
  return {
    size: { ...RICH_MENU_SIZE },
    selected: true,
    name: `${RICH_MENU_NAME_PREFIX}${locale}`,
    // The tab text under the chat (at most 14 characters).
    chatBarText: [...plain('language').split('/')[0]!.trim()].slice(0, 14).join('') || 'Menu',
    areas: RICH_MENU_TILES.map((tile, i) => ({
      bounds: tileBox(i),
      action: {
        type: 'postback',
        data: `menu:${tile}`,
        displayText: plain(tile),
        label: [...plain(tile)].slice(0, 20).join(''),
      },
    })),
  };
}

/** The subset of the SDK clients publishing needs. */
export interface RichMenuApi {
  createRichMenu(request: messagingApi.RichMenuRequest): Promise<{ richMenuId: string }>;
  getRichMenuList(): Promise<{ richmenus: Array<{ richMenuId: string; name: string }> }>;
  deleteRichMenu(richMenuId: string): Promise<unknown>;
  createRichMenuAlias(request: { richMenuAliasId: string; richMenuId: string }): Promise<unknown>;
  updateRichMenuAlias(aliasId: string, request: { richMenuId: string }): Promise<unknown>;
  getRichMenuAlias(aliasId: string): Promise<{ richMenuId: string }>;
  setDefaultRichMenu(richMenuId: string): Promise<unknown>;
}
export interface RichMenuImageApi {
  setRichMenuImage(richMenuId: string, body?: Blob): Promise<unknown>;
}

export interface PublishedMenu {
  locale: Locale;
  richMenuId: string;
  alias: string;
  bytes: number;
}

/**
 * Creates the menus, uploads their images, points each language's alias at its new menu, makes
 * `defaultLocale` the default, then deletes this bot's older menus: re-running it is safe.
 */
export async function publishRichMenus(
  api: RichMenuApi,
  images: RichMenuImageApi,
  menus: Array<{ locale: Locale; labels: Record<Tile, string> }>,
  options: { defaultLocale: Locale; fontFiles?: string[] },
): Promise<PublishedMenu[]> {
  const before = (await api.getRichMenuList()).richmenus.filter((m) =>
    m.name.startsWith(RICH_MENU_NAME_PREFIX),
  );
  const published: PublishedMenu[] = [];
  for (const { locale, labels } of menus) {
    const { richMenuId } = await api.createRichMenu(richMenuRequest(locale, labels));
    const png = renderRichMenu(richMenuSvg(labels), options.fontFiles);
    await images.setRichMenuImage(richMenuId, new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const alias = richMenuAlias(locale);
    const exists = await api.getRichMenuAlias(alias).then(
      () => true,
      () => false,
    );
    if (exists) await api.updateRichMenuAlias(alias, { richMenuId });
    else await api.createRichMenuAlias({ richMenuAliasId: alias, richMenuId });
    published.push({ locale, richMenuId, alias, bytes: png.length });
  }
  const fallback = published.find((p) => p.locale === options.defaultLocale) ?? published[0];
  if (fallback) await api.setDefaultRichMenu(fallback.richMenuId);
  const fresh = new Set(published.map((p) => p.richMenuId));
  for (const old of before) if (!fresh.has(old.richMenuId)) await api.deleteRichMenu(old.richMenuId);
  return published;
}
