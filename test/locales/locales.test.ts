import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Formatter } from '../../knowledge/format';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { availableLocales, createI18n, fixedT, LOCALES_DIR, NAMESPACES } from '../../locales';
import { parseRubyMarkup, stripRubyMarkup } from '../../simplifier/ruby';

type Strings = Record<string, string>;
function flatten(obj: unknown, prefix = '', out: Strings = {}): Strings {
  if (typeof obj === 'string') out[prefix] = obj;
  else for (const [k, v] of Object.entries(obj as object)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const load = (locale: string, ns: string): Strings =>
  flatten(JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, `${ns}.json`), 'utf8')));
const placeholders = (s: string): string[] => (s.match(/\{\{[^}]+\}\}/g) ?? []).sort();

const locales = availableLocales();
const kb = KnowledgeBase.load();
const i18n = createI18n();

/** Keys that are buttons: LINE cuts quick-reply labels at 20 characters. */
const BUTTON_KEY =
  /^(menu\.|choice\.|which\.|scam\.(refund|transfer|police|sale|subscription|other)$|coolingOff\.saleType\.|coolingOff\.(today|yesterday)$|(yes|no|notSure|backToMenu|stop)$|feedback\.(yes|no)$|card\.website$|leave$)/;

/** The values a dialog passes besides the knowledge: any string the dialogs may fill in. */
const DYNAMIC = {
  count: 3,
  days: 8,
  lastDay: 'DATE',
  date: 'DATE',
  example: '11/24',
  fee: 'FEE',
  certificate: 'CERTIFICATE',
  url: 'https://example.invalid',
  topic: 'TOPIC',
  position: 2,
  name: 'NAME',
  time: '17:00',
  when: 'WHEN',
  list: 'en, zh',
  number: '000',
  language: 'LANGUAGE',
  // A contact card's hours (Say.schedule): the known openings, made from contacts.json.
  schedule: 'SCHEDULE',
  from: '10:00',
  to: '16:00',
  first: 'MON',
  last: 'THU',
  // The widget's input limit (web/widget), filled in by the widget itself.
  max: 2000,
};

describe('locales', () => {
  it('include Japanese, easy Japanese and English', () => {
    expect(locales).toEqual(expect.arrayContaining(['ja', 'ja-easy', 'en']));
  });

  it('have exactly the namespaces the code loads', () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(LOCALES_DIR, locale)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  describe.each(locales.filter((l) => l !== 'ja'))('%s against the Japanese source', (locale) => {
    it.each([...NAMESPACES])('%s has the same keys and placeholders', (ns) => {
      const source = load('ja', ns);
      const target = load(locale, ns);
      expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
      for (const key of Object.keys(source)) {
        expect({ key, placeholders: placeholders(target[key] ?? '') }).toEqual({
          key,
          placeholders: placeholders(source[key]!),
        });
      }
    });
  });

  describe.each(locales)('%s', (locale) => {
    it.each([...NAMESPACES])('%s: no digits outside placeholders, button labels fit LINE', (ns) => {
      for (const [key, value] of Object.entries(load(locale, ns))) {
        // Every number comes from the knowledge base, so a translation can never change one.
        expect({ key, digits: /[0-9０-９]/.test(value.replace(/\{\{[^}]+\}\}/g, '')) }).toEqual({
          key,
          digits: false,
        });
        if (BUTTON_KEY.test(key)) {
          const label = fixedT(i18n, locale, ns as never)(key, { ...new Formatter(kb).vars(locale) });
          expect({ key, length: [...stripRubyMarkup(label)].length <= 20 }).toEqual({ key, length: true });
        }
      }
    });

    it.each([...NAMESPACES])('%s: every placeholder resolves from the knowledge base', (ns) => {
      const vars = { ...new Formatter(kb).vars(locale), ...DYNAMIC };
      const t = fixedT(i18n, locale, ns);
      for (const key of Object.keys(load(locale, ns))) {
        const baseKey = key.replace(/_(one|other)$/, '');
        const rendered = t(baseKey, vars);
        expect({ key, rendered }).not.toEqual({ key, rendered: expect.stringContaining('{{') as string });
        expect(rendered).not.toBe(baseKey);
      }
    });
  });

  // The guidelines' limit (NHK NEWS WEB EASY: 50 characters), on what a resident reads: knowledge
  // values filled in, readings and the spaces between phrases left out, each list line apart.
  it('ja-easy sentences are at most 50 characters', () => {
    const vars = { ...new Formatter(kb).vars('ja-easy'), ...DYNAMIC };
    const long: string[] = [];
    for (const ns of NAMESPACES) {
      const t = fixedT(i18n, 'ja-easy', ns);
      for (const key of Object.keys(load('ja-easy', ns))) {
        const shown = stripRubyMarkup(t(key.replace(/_(one|other)$/, ''), vars));
        for (const sentence of shown.split(/(?<=[。！？])|\n/)) {
          const read = sentence.replace(/ /g, '').trim();
          if ([...read].length > 50) long.push(`${ns}:${key} ${read}`);
        }
      }
    }
    expect(long).toEqual([]);
  });

  it('ja-easy carries a hiragana reading for every kanji word', () => {
    for (const ns of NAMESPACES) {
      for (const [key, value] of Object.entries(load('ja-easy', ns))) {
        const withoutPlaceholders = value.replace(/\{\{[^}]+\}\}/g, '');
        for (const seg of parseRubyMarkup(withoutPlaceholders)) {
          if (seg.reading) {
            expect({ key, seg: seg.text, reading: /^[\u3041-\u309f\u30fc]+$/.test(seg.reading) }).toEqual({
              key,
              seg: seg.text,
              reading: true,
            });
          } else {
            expect({ key, bareKanji: seg.text.match(/\p{Script=Han}+/u)?.[0] ?? null }).toEqual({
              key,
              bareKanji: null,
            });
          }
        }
      }
    }
  });
});
