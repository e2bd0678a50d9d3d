import { messagingApi } from '@line/bot-sdk';
import type { Tile } from '../../bot/channels/line/richMenu';
import {
  publishRichMenus,
  renderRichMenu,
  RICH_MENU_SIZE,
  RICH_MENU_TILES,
  richMenuRequest,
  richMenuSvg,
  wrapLabel,
} from '../../bot/channels/line/richMenu';
import type { Locale } from '../../knowledge/types';
import { createI18n, fixedT } from '../../locales';
import { fakeLineApi } from '../helpers/fakeLine';

const i18n = createI18n();
const labels = (locale: Locale) =>
  Object.fromEntries(RICH_MENU_TILES.map((t) => [t, fixedT(i18n, locale, 'common')(`menu.${t}`)])) as Record<
    Tile,
    string
  >;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('LINE rich menus', () => {
  it("six tiles cover the menu without overlap and send the chat's menu codes", () => {
    const request = richMenuRequest('en', labels('en'));
    expect(request.size).toEqual(RICH_MENU_SIZE);
    expect(request.areas.map((a) => a.action.data)).toEqual(RICH_MENU_TILES.map((t) => `menu:${t}`));
    const area = request.areas.reduce((sum, a) => sum + a.bounds.width * a.bounds.height, 0);
    expect(area).toBe(RICH_MENU_SIZE.width * RICH_MENU_SIZE.height);
    for (const a of request.areas) {
      expect(a.bounds.x + a.bounds.width).toBeLessThanOrEqual(RICH_MENU_SIZE.width);
      expect(a.bounds.y + a.bounds.height).toBeLessThanOrEqual(RICH_MENU_SIZE.height);
    }
    expect([...request.chatBarText].length).toBeLessThanOrEqual(14);
  });

  it('never cuts a word in two, and shows easy Japanese readings above the labels', () => {
    expect(wrapLabel('Talk to a person', 7.4)).toEqual(['Talk to a', 'person']);
    expect(wrapLabel('Certificates', 7.4)).toEqual(['Certificates']);
    expect(wrapLabel('ことば／Language', 7.4)).toEqual(['ことば／', 'Language']);
    const svg = richMenuSvg(labels('ja-easy'));
    expect(svg).toContain('しょうめいしょ');
    expect(svg).toContain('>証明書<');
    expect(richMenuSvg(labels('ja'))).not.toContain('しょうめいしょ');
  });

  it('renders a 2500×843 PNG', () => {
    const png = renderRichMenu(richMenuSvg(labels('ja')));
    expect(pngSize(png)).toEqual({ width: 2500, height: 843 });
    expect(png.length).toBeLessThan(1024 * 1024); // LINE's limit for rich menu images
  });

  it('publishes one menu per language through the real SDK, by alias, and re-runs cleanly', async () => {
    const line = await fakeLineApi();
    try {
      const api = new messagingApi.MessagingApiClient({ channelAccessToken: 't', baseURL: line.url });
      const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: 't', baseURL: line.url });
      const menus = (['ja', 'ja-easy', 'en'] as Locale[]).map((locale) => ({
        locale,
        labels: labels(locale),
      }));

      const first = await publishRichMenus(api, blob, menus, { defaultLocale: 'ja-easy' });
      expect(first.map((p) => p.alias)).toEqual(['richmenu-ja', 'richmenu-ja-easy', 'richmenu-en']);
      for (const p of first) {
        const menu = line.richMenus.get(p.richMenuId)!;
        expect(menu.imageType).toBe('image/png');
        expect(pngSize(menu.image!)).toEqual({ width: 2500, height: 843 });
        expect(line.aliases.get(p.alias)).toBe(p.richMenuId);
      }
      expect(line.defaultMenu()).toBe(first[1]!.richMenuId);

      // A second run replaces the menus: aliases move, the old menus are deleted.
      const second = await publishRichMenus(api, blob, menus, { defaultLocale: 'en' });
      expect(line.richMenus.size).toBe(3);
      for (const p of second) expect(line.aliases.get(p.alias)).toBe(p.richMenuId);
      expect(line.defaultMenu()).toBe(second[2]!.richMenuId);
    } finally {
      await line.close();
    }
  });
});
