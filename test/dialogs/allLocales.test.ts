import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Formatter } from '../../knowledge/format';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { readEmergencyDir } from '../../knowledge/routing/emergency';
import { LANGUAGE_NAMES } from '../../knowledge/languages';
import type { Locale } from '../../knowledge/types';
import { availableLocales, LOCALES_DIR } from '../../locales';
import { stripRubyMarkup } from '../../simplifier/ruby';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';

/**
 * Every dialog in every locale the project has: the reply comes back in that language (each
 * activity's locale and the locale's own words) and carries the facts (PIN digits, hours, dates,
 * 110, 119, 188). Mostly buttons; typed text comes from the project's own data (emergency phrases,
 * language names), so it exists in every language.
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

  it.each(['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'])(
    'life information for foreign residents: %s',
    async (choice) => {
      const h = start();
      expectIn(await h.say('menu:multicultural'), locale, 'multicultural:intro');
      const answer = await h.say(`opt:${choice}`);
      expectIn(answer, locale, `multicultural:${choice}`);
      // Every answer points somewhere: a contact card or the official page.
      expect(
        answer.contacts.length + answer.replies.filter((r) => /https?:\/\//.test(r.text ?? '')).length,
      ).toBeGreaterThan(0);
    },
  );

  it.each(['touting', 'bicycle', 'crime'])('safety in town: %s', async (choice) => {
    const h = start();
    expectIn(await h.say('menu:safety'), locale, 'safety:intro');
    expectIn(await h.say(`opt:${choice}`), locale, `safety:${choice}`);
  });

  it("women's job support, and a person to talk to", async () => {
    const jobs = await start().say('menu:jobs');
    expectIn(jobs, locale, 'jobs:intro');
    expect(jobs.contacts.map((c) => c.id)).toContain('jobsHiroba');
    const person = await start().say('menu:handoff');
    expectIn(person, locale, 'handoff:intro');
    expect(person.contacts.length).toBeGreaterThan(0);
  });

  it('the cooling-off calculator: door-to-door sale, document received today → the last day, written in this language', async () => {
    const h = start();
    await h.say('menu:consumer');
    expectIn(await h.say('opt:coolingOff'), locale, 'consumer:coolingOff.saleTypePrompt');
    const date = await h.say('opt:doorToDoor');
    expectIn(date, locale, 'consumer:coolingOff.datePrompt');
    const result = await h.say('opt:2026_11_24');
    expectIn(result, locale, 'consumer:coolingOff.open');
    // Received Tuesday 24 November counts as day 1: the 8th day is 1 December 2026.
    expect(read(result)).toContain(stripRubyMarkup(new Formatter(kb).date({ y: 2026, m: 12, d: 1 }, locale)));
  });

  it('an emergency written in this language gets the alert with 110 and 119, in this language', async () => {
    const file = readEmergencyDir().find((f) => f.file === `${locale === 'ja-easy' ? 'ja' : locale}.json`);
    const phrase = file?.data.kinds.fire?.always?.[0];
    expect(phrase).toBeDefined();
    const alert = await start().say(phrase!);
    expectIn(alert, locale, 'emergency:alert');
    expect(alert.text).toContain('110');
    expect(alert.text).toContain('119');
  });

  it("typing the language's own name switches to it from Japanese", async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say(LANGUAGE_NAMES[locale]);
    expect(turn.locale).toBe(locale);
    expect(turn.replies.every((r) => r.locale === locale)).toBe(true);
  });
});
