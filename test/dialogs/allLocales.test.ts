import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { LANGUAGE_NAMES } from '../../knowledge/languages';
import type { Locale } from '../../knowledge/types';
import { availableLocales, LOCALES_DIR } from '../../locales';
import { stripRubyMarkup } from '../../simplifier/ruby';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';

/**
 * The core paths in every locale the project has: the reply comes back in that language (each
 * activity's locale and the locale's own words) and carries the facts (PIN digits, hours, 110,
 * 188). Typed phrases are language-specific and live in the per-dialog tests; here only buttons.
 */
const NOW = '2026-11-24T10:00:00+09:00';
const kb = KnowledgeBase.load();
const PIN = String(kb.fact('pinDigits').value);

function text(locale: Locale, key: string): string {
  const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: unknown = JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  return stripRubyMarkup(String(node));
}
/** The longest literal run of a locale string: words only that answer has. */
function piece(locale: Locale, key: string): string {
  return text(locale, key)
    .split(/\{\{[^}]+\}\}/)
    .map((p) => p.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}
const read = (turn: Turn) => turn.text.replace(/\(([\u3041-\u309f\u30fc]+)\)/gu, '');

function expectIn(turn: Turn, locale: Locale, key: string): void {
  expect(turn.replies.every((r) => r.locale === locale)).toBe(true);
  expect(read(turn)).toContain(piece(locale, key));
}

describe.each(availableLocales())('core paths in %s', (locale) => {
  const start = () => createHarness({ now: NOW, locale });

  it('certificates: the card question with the PIN length, then the convenience store and its hours', async () => {
    const h = start();
    const which = await h.say('menu:certificate');
    expectIn(which, locale, 'certificate:whichPrompt');
    const card = await h.say('opt:juminhyo');
    expectIn(card, locale, 'certificate:cardPrompt');
    expect(card.text).toContain(PIN);
    const konbini = await h.say('opt:yes');
    expectIn(konbini, locale, 'certificate:konbini');
    expect(konbini.text).toMatch(/6:30/);
    expect(konbini.contacts.map((c) => c.id)).toContain('konbiniService');
  });

  it('scam check: the refund-fraud advice with 110 and the 188 line', async () => {
    const h = start();
    expectIn(await h.say('menu:consumer'), locale, 'consumer:intro');
    expectIn(await h.say('opt:scamCheck'), locale, 'consumer:scam.question');
    const advice = await h.say('opt:refund');
    expectIn(advice, locale, 'consumer:scam.refundAdvice');
    expect(advice.text).toContain('110');
    expect(advice.contacts.map((c) => c.phone)).toContain('188');
  });

  it('crime victims: stopping ends gently, with no menu', async () => {
    const h = start();
    expectIn(await h.say('menu:victim'), locale, 'victim:intro');
    const stopped = await h.say('opt:stop');
    expectIn(stopped, locale, 'victim:stopped');
    expect(stopped.buttons).toEqual([]);
  });

  it('the language menu lists every locale by its own name', async () => {
    const h = start();
    const menu = await h.say('menu:language');
    expectIn(menu, locale, 'language.prompt');
    expect(menu.values).toEqual(availableLocales().map((l) => `lang:${l}`));
    expect(menu.buttons).toEqual(availableLocales().map((l) => LANGUAGE_NAMES[l]));
  });
});
