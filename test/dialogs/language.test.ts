import { LANGUAGE_NAMES } from '../../knowledge/languages';
import { availableLocales } from '../../locales';
import type { Turn } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  choose,
  expectFeedbackQuestion,
  expectLocale,
  expectMenu,
  expectNotSays,
  expectSays,
  label,
  LOCALES,
  MENU_CODES,
  piece,
  plain,
  start,
  walk,
} from './util';

/** Each language as it names itself: what the language menu shows and what a resident types. */
const NAME: PerLocale<string> = { ja: '日本語', 'ja-easy': 'やさしいにほんご', en: 'English' };
/** A greeting written in each language. */
const GREET: PerLocale<string> = { ja: 'こんにちは', 'ja-easy': 'こんにちは', en: 'hello' };

const others = (locale: TestLocale): TestLocale[] => LOCALES.filter((l) => l !== locale);

/** The reply is in `target`: the "changed" line, and every activity tagged with it. */
function expectSwitched(turn: Turn, target: TestLocale): void {
  expectLocale(turn, target);
  expectSays(turn, target, 'language.changed');
}

/** The next message, written in the channel's original language, is still answered in `target`. */
async function expectRemembered(h: Harness, from: TestLocale, target: TestLocale): Promise<void> {
  const next = await h.say(GREET[from]);
  expectLocale(next, target);
  expectSays(next, target, 'greeting');
  expectMenu(next, target);
  const topic = await h.say('menu:consumer');
  expectLocale(topic, target);
  expectSays(topic, target, 'consumer:intro');
}

async function languageMenu(h: Harness, locale: TestLocale): Promise<Turn> {
  const menu = await h.say(GREET[locale]);
  const turn = await choose(h, menu, locale, 'menu.language', 'menu:language');
  expectLocale(turn, locale);
  expectSays(turn, locale, 'language.prompt');
  return turn;
}

describe.each(LOCALES)('changing the language from %s', (locale) => {
  it('the language button lists every available language, each named in itself', async () => {
    const h = start(locale);
    const turn = await languageMenu(h, locale);
    const available = availableLocales();
    expect(h.runtime.locales).toEqual(available);
    expect(available).toEqual(expect.arrayContaining(['ja', 'ja-easy', 'en']));
    expect(turn.values).toEqual(available.map((l) => `lang:${l}`));
    expect(turn.buttons).toEqual(available.map((l) => LANGUAGE_NAMES[l]));
  });

  it.each(others(locale))('choosing %s in the language menu answers in it from then on', async (target) => {
    const h = start(locale);
    const menu = await languageMenu(h, locale);
    const turn = await h.tap(menu, NAME[target]);
    expectSwitched(turn, target);
    await expectRemembered(h, locale, target);
  });

  // The language buttons are handled by Interrupts (dialogs/interrupts.ts, setLanguage), which
  // switches and then reprompts the active dialog: the language menu itself. LanguageDialog.apply
  // is never reached, so the resident is asked "which language?" again after answering it.
  it.each(others(locale))(
    'after choosing %s in the language menu the main menu follows, not the same question',
    async (target) => {
      const h = start(locale);
      const menu = await languageMenu(h, locale);
      const turn = await h.tap(menu, NAME[target]);
      expectSwitched(turn, target);
      expectNotSays(turn, target, 'language.prompt');
      expect(turn.values).toEqual(MENU_CODES);
    },
  );

  it.each(others(locale))('typing "%s" switches at once and is remembered', async (target) => {
    const h = start(locale);
    await h.say(GREET[locale]);
    const turn = await h.say(NAME[target]);
    expectSwitched(turn, target);
    // The menu that was open is asked again, now in the new language.
    expectMenu(turn, target);
    await expectRemembered(h, locale, target);
  });

  it.each(others(locale))(
    'typing "%s" in the middle of a question asks it again in that language',
    async (target) => {
      const h = start(locale);
      const question = await walk(h, ['menu:consumer', 'opt:coolingOff']);
      expectSays(question, locale, 'consumer:coolingOff.saleTypePrompt');
      const turn = await h.say(NAME[target]);
      expectSwitched(turn, target);
      expectSays(turn, target, 'consumer:coolingOff.saleTypePrompt');
      expect(turn.values).toEqual(question.values);
      expect(turn.buttons[0]).toBe(label(target, 'consumer:coolingOff.saleType.doorToDoor'));
      // The question is still open: answering it carries on in the new language.
      const date = await choose(h, turn, target, 'consumer:coolingOff.saleType.doorToDoor', 'opt:doorToDoor');
      expectLocale(date, target);
      expectSays(date, target, 'consumer:coolingOff.datePrompt');
    },
  );

  it.each(others(locale))('a stale "%s" button from an earlier language menu still works', async (target) => {
    const h = start(locale);
    const old = await languageMenu(h, locale);
    const question = await h.say('menu:consumer');
    expectLocale(question, locale);
    expectSays(question, locale, 'consumer:intro');
    const turn = await h.tap(old, NAME[target]);
    expectSwitched(turn, target);
    // Carries on where the resident was: the consumer question, in the new language.
    expectSays(turn, target, 'consumer:intro');
    expect(turn.values).toEqual(question.values);
    await expectRemembered(h, locale, target);
  });

  it('a request in a sentence ("in English please", 영어로 해 주세요) switches as the name does', async () => {
    for (const text of ['in English please', '영어로 해 주세요', 'em inglês, por favor']) {
      const h = start(locale);
      await h.say(GREET[locale]);
      const turn = await h.say(text);
      expect(turn.locale).toBe('en');
      expectSays(turn, 'en', 'language.changed');
    }
  });

  it('"Tiếng Việt" switches to Vietnamese, and it is remembered', async () => {
    const h = start(locale);
    expect(h.runtime.locales).toContain('vi');
    // The helpers are typed for the three core locales; the strings are read from locales/vi.
    const vi = 'vi' as TestLocale;
    await h.say(GREET[locale]);
    const turn = await h.say('Tiếng Việt');
    expect(turn.locale).toBe('vi');
    expectSays(turn, vi, 'language.changed');
    const next = await h.say(GREET[locale]);
    expect(next.locale).toBe('vi');
    expectSays(next, vi, 'greeting');
  });
});

// The language offer comes with the first answer; a resident who then switches could not read
// that answer. Switching at "was this helpful?" gives the answer again in the new language.
describe('changing the language right after an answer', () => {
  it('gives that answer again in the new language, then asks whether it helped', async () => {
    const h = start('ja');
    const first = await h.say('還付金があると電話がきた');
    expectSays(first, 'ja', 'consumer:scam.refundAdvice');
    const turn = await h.say('English');
    expectSays(turn, 'en', 'language.changed');
    expectSays(turn, 'en', 'consumer:scam.refundAdvice');
    expectFeedbackQuestion(turn, 'en');
    // Rated once, in the new language: the Japanese question is not asked again.
    expect(turn.text).not.toContain(plain(piece('ja', 'feedback.question')));
  });
});
