import { snapshotOf } from '../../bot/analytics';
import type { PerLocale } from './util';
import {
  choose,
  expectFeedbackQuestion,
  expectHealthy,
  expectLocale,
  expectMenu,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  LOCALES,
  MENU_CODES,
  plain,
  press,
  read,
  start,
  walk,
} from './util';

/** What a resident types for each command, in each language. */
const WORDS: PerLocale<{
  greet: string;
  morning: string;
  evening: string;
  weather: string;
  help: string;
  menu: string;
  stop: string;
  yes: string;
  no: string;
}> = {
  ja: {
    greet: 'こんにちは',
    morning: 'おはようございます',
    evening: 'こんばんは',
    weather: '今日の天気は？',
    help: 'ヘルプ',
    menu: 'メニュー',
    stop: 'やめる',
    yes: 'はい',
    no: 'いいえ',
  },
  'ja-easy': {
    greet: 'こんにちは',
    morning: 'おはよう',
    evening: 'こんばんは',
    weather: 'てんき は どう',
    help: 'つかいかた',
    menu: 'めにゅー',
    stop: 'やめる',
    yes: 'はい',
    no: 'いいえ',
  },
  en: {
    greet: 'hello',
    morning: 'Good morning',
    evening: 'good evening',
    weather: "what's the weather",
    help: 'how to use',
    menu: 'menu',
    stop: 'stop',
    yes: 'yes',
    no: 'no',
  },
};
/** The usual greeting's first word, which must not answer "good evening". */
const HELLO: PerLocale<string> = { ja: 'こんにちは', 'ja-easy': 'こんにちは', en: 'Hello' };

describe.each(LOCALES)('main dialog in %s', (locale) => {
  const words = WORDS[locale];

  it('greets and shows the menu of eight topics', async () => {
    const h = start(locale);
    const turn = await h.say(words.greet);
    expectHealthy(turn, locale);
    expectSays(turn, locale, 'greeting');
    expectMenu(turn, locale);
  });

  it.each([
    ['evening', 'greetingEvening'],
    ['morning', 'greetingMorning'],
  ] as const)('a good %s is greeted back in kind, not with "hello"', async (time, key) => {
    const h = start(locale);
    const turn = await h.say(words[time]);
    expectHealthy(turn, locale);
    expect(read(turn).startsWith(plain(filled(locale, key)))).toBe(true);
    expect(read(turn)).not.toContain(HELLO[locale]);
    expectMenu(turn, locale);
  });

  it.each(['yes', 'no'] as const)(
    'a bare "%s" as the first message opens no topic: the menu asks what is needed',
    async (word) => {
      const h = start(locale);
      const turn = await h.say(words[word]);
      expectHealthy(turn, locale);
      expect(turn.topic).toBeNull();
      expectNotSays(turn, locale, 'multicultural:intro');
      expectNotSays(turn, locale, 'consumer:intro');
      expectNotSays(turn, locale, 'fallback');
      expectMenu(turn, locale);
      // At the menu, another bare answer is still not a topic.
      const again = await h.say(words[word]);
      expect(again.topic).toBeNull();
      expectMenu(again, locale);
    },
  );

  it('a typed "yes" still answers a yes/no question', async () => {
    const h = start(locale);
    const question = await walk(h, ['menu:certificate', 'opt:juminhyo']);
    expectSaysExactly(question, locale, 'certificate:cardPrompt', { 'facts.pinDigits': 4 });
    const answer = await h.say(words.yes);
    expectSays(answer, locale, 'certificate:konbini');
  });

  it('says it did not understand an out-of-scope question, counts it and shows the menu', async () => {
    const h = start(locale);
    const turn = await h.say(words.weather);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('fallback');
    expectSays(turn, locale, 'fallback');
    expectMenu(turn, locale);
    expect(Object.values(snapshotOf(await h.runtime.counters.report()).unanswered[locale] ?? {})).toEqual([
      1,
    ]);
  });

  it('shows the help in the middle of a dialog and asks the same question again', async () => {
    const h = start(locale);
    const question = await walk(h, ['menu:certificate', 'opt:juminhyo']);
    expectSaysExactly(question, locale, 'certificate:cardPrompt', { 'facts.pinDigits': 4 });

    const help = await h.say(words.help);
    expectLocale(help, locale);
    expectSaysExactly(help, locale, 'help', { 'phone.police110': '110', 'phone.fire119': '119' });
    expectSaysExactly(help, locale, 'certificate:cardPrompt', { 'facts.pinDigits': 4 });
    expect(help.values).toEqual(question.values);
    expect(help.buttons).toEqual(question.buttons);

    // The question is still open: answering it carries on where the resident was.
    const answer = await choose(h, help, locale, 'yes', 'opt:yes');
    expectSays(answer, locale, 'certificate:konbini');
  });

  it('"?" alone is help too', async () => {
    const h = start(locale);
    const question = await walk(h, ['menu:consumer']);
    const help = await h.say('？');
    expectSays(help, locale, 'help');
    expectSays(help, locale, 'consumer:intro');
    expect(help.values).toEqual(question.values);
  });

  it('starts again on "menu" from inside a dialog', async () => {
    const h = start(locale);
    await walk(h, ['menu:consumer', 'opt:coolingOff', 'opt:doorToDoor']);
    const turn = await h.say(words.menu);
    expectLocale(turn, locale);
    expectSays(turn, locale, 'restart');
    expectMenu(turn, locale);
    // The date question is gone: its buttons no longer work.
    const stale = await h.say('opt:2026_11_24');
    expectSays(stale, locale, 'unknownAction');
    expectMenu(stale, locale);
  });

  it('ends on "stop" and offers nothing more until the resident writes again', async () => {
    const h = start(locale);
    await walk(h, ['menu:multicultural']);
    const turn = await h.say(words.stop);
    expectLocale(turn, locale);
    expectSays(turn, locale, 'stopped');
    expect(turn.buttons).toEqual([]);
    const again = await h.say(words.greet);
    expectSays(again, locale, 'greeting');
    expectMenu(again, locale);
  });

  it('"thank you" gets a warm reply instead of "I did not understand"', async () => {
    const h = start(locale);
    await walk(h, ['menu:certificate']);
    const turn = await h.say(locale === 'en' ? 'Thank you!' : 'ありがとうございました');
    expectLocale(turn, locale);
    expectSaysExactly(turn, locale, 'thanks');
    expectNotSays(turn, locale, 'fallback');
    expect(turn.buttons).toEqual([]);
  });

  it('a greeting in the middle of a dialog starts over with the greeting', async () => {
    const h = start(locale);
    await walk(h, ['menu:certificate', 'opt:koseki']);
    const turn = await h.say(words.greet);
    expectSays(turn, locale, 'greeting');
    expectMenu(turn, locale);
  });

  it.each([
    ['yes', 'fb:yes', 'feedback.yes', 'feedback.thanks', 'helpful'],
    ['no', 'fb:no', 'feedback.no', 'feedback.sorry', 'notHelpful'],
  ] as const)(
    'feedback "%s" after an answer thanks the resident and is counted for the topic',
    async (_name, code, labelKey, thanksKey, counter) => {
      const h = start(locale);
      const answer = await walk(h, ['menu:jobs']);
      expectFeedbackQuestion(answer, locale);
      expect(snapshotOf(await h.runtime.counters.report()).feedback).toEqual({});

      const thanks = await choose(h, answer, locale, labelKey, code);
      expectLocale(thanks, locale);
      expectSays(thanks, locale, thanksKey);
      expectMenu(thanks, locale);
      const after = snapshotOf(await h.runtime.counters.report()).feedback;
      expect(after.jobs?.[counter]).toBe(1);
      expect(after.jobs?.[counter === 'helpful' ? 'notHelpful' : 'helpful']).toBe(0);

      // Another topic is counted apart.
      const certificate = await walk(h, ['menu:certificate', 'opt:other']);
      await press(h, certificate, code);
      const both = snapshotOf(await h.runtime.counters.report()).feedback;
      expect(both.certificate?.[counter]).toBe(1);
      expect(both.jobs?.[counter]).toBe(1);
    },
  );

  it('"thank you" typed at "was this helpful?" is taken as "helpful", thanked and counted', async () => {
    const h = start(locale);
    const answer = await walk(h, ['menu:jobs']);
    expectFeedbackQuestion(answer, locale);
    const turn = await h.say(locale === 'en' ? 'thanks' : 'ありがとう');
    expectLocale(turn, locale);
    expectSays(turn, locale, 'feedback.thanks');
    expectMenu(turn, locale);
    expect(snapshotOf(await h.runtime.counters.report()).feedback.jobs?.helpful).toBe(1);
  });

  it.each([
    ['はい', 'yes', 'feedback.thanks', 'helpful'],
    ['いいえ', 'no', 'feedback.sorry', 'notHelpful'],
  ] as const)(
    '"%s" (or %s) typed at "was this helpful?" answers it and is counted',
    async (ja, en, thanksKey, counter) => {
      const h = start(locale);
      const answer = await walk(h, ['menu:jobs']);
      expectFeedbackQuestion(answer, locale);
      const turn = await h.say(locale === 'en' ? en : ja);
      expectLocale(turn, locale);
      expectSays(turn, locale, thanksKey);
      expectMenu(turn, locale);
      expect(snapshotOf(await h.runtime.counters.report()).feedback.jobs?.[counter]).toBe(1);
    },
  );

  it('counts each topic asked about, by locale', async () => {
    const h = start(locale);
    await walk(h, ['menu:jobs']);
    await h.say('menu:safety');
    await h.say('menu:jobs');
    const topics = snapshotOf(await h.runtime.counters.report()).topics;
    expect(topics[`jobs|${locale}|test`]).toBe(2);
    expect(topics[`safety|${locale}|test`]).toBe(1);
  });

  it('typing something else at "was this helpful?" answers that instead', async () => {
    const h = start(locale);
    await walk(h, ['menu:jobs']);
    const turn = await h.say(words.weather);
    expectSays(turn, locale, 'fallback');
    expectMenu(turn, locale);
    expect(snapshotOf(await h.runtime.counters.report()).feedback).toEqual({});
  });

  it('a number picks the button with that number', async () => {
    const h = start(locale);
    const menu = await h.say(words.greet);
    expect(menu.values).toEqual(MENU_CODES);
    const turn = await h.say('2');
    expect(turn.topic).toBe('consumer');
    expectSays(turn, locale, 'consumer:intro');
  });

  it('"menu:other" lists the other topics', async () => {
    const h = start(locale);
    const turn = await h.say('menu:other');
    expectSays(turn, locale, 'other');
    expectMenu(turn, locale);
    expectNotSays(turn, locale, 'fallback');
  });
});

describe('"help" typed in English', () => {
  // "help" alone is both a cry for help (emergency.json) and the help command (commands.json):
  // the alert is shown first, then the usage help, and the open question is kept.
  it('shows the alert, then the help, and asks the same question again', async () => {
    const h = start('en');
    await walk(h, ['menu:certificate', 'opt:juminhyo']);
    const turn = await h.say('help');
    expect(turn.topic).toBe('emergency');
    expectSays(turn, 'en', 'emergency:alert');
    expectSays(turn, 'en', 'help');
    expectSays(turn, 'en', 'certificate:cardPrompt');
    const answer = await choose(h, turn, 'en', 'yes', 'opt:yes');
    expectSays(answer, 'en', 'certificate:konbini');
  });
});
