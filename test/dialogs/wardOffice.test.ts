import type { PerLocale, TestLocale } from './util';
import {
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectLocale,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  jaEasyEn,
  LOCALES,
  read,
  press,
  start,
  walk,
} from './util';

// "When is the ward office open, where is it, is it open over the New Year?" used to get the
// "which certificate?" question, the fallback or the foreign-residents menu.
const KONBINI_HOURS = '6:30–23:00';
const WARD_SUPPORT_PHONE = '06-6208-7621';
const HOURS_QUESTION: PerLocale<string> = jaEasyEn(
  '区役所は何時まで開いていますか',
  'くやくしょは なんじまで',
  'What time does the ward office close?',
);
const WHERE_QUESTION: PerLocale<string> = jaEasyEn(
  '区役所はどこにありますか',
  'くやくしょは どこ',
  'Where is the ward office?',
);
const YEAR_END_QUESTION: PerLocale<string> = jaEasyEn(
  '年末年始は区役所やってますか',
  'しょうがつは くやくしょ あいてる？',
  'Is the ward office open over the New Year?',
);
const wardText = (locale: TestLocale) => ({
  'facts.wardFridayUntil': '19:00',
  'facts.wardSundayNth': locale === 'en' ? '4th' : 4,
});

describe.each(LOCALES)('ward office questions in %s', (locale) => {
  it.each([
    ['opening hours', HOURS_QUESTION[locale]],
    ['where it is', WHERE_QUESTION[locale]],
  ])('%s, in November: the confirmed hours, the ward page, the ways when it is closed', async (_, text) => {
    const h = start(locale, '2026-11-24T10:00:00+09:00');
    const turn = await h.say(text);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('certificate');
    expectNotSays(turn, locale, 'certificate:whichPrompt');
    expectSaysExactly(turn, locale, 'certificate:wardOffice', wardText(locale));
    expect(read(turn)).toContain('19:00');
    expectSays(turn, locale, 'certificate:weekend');
    expectSays(turn, locale, 'certificate:requestBox');
    expectSaysExactly(turn, locale, 'certificate:wardKonbini', { 'hours.konbiniService': KONBINI_HOURS });
    expectNotSays(turn, locale, 'certificate:yearEnd');
    expect(contactIds(turn)).toEqual(['wardWindow', 'requestBox', 'wardSupport']);
    expect(contact(turn, 'wardSupport').phone).toBe(WARD_SUPPORT_PHONE);
    // Tuesday 10:00: the after-hours box opens at 17:30.
    expect(contact(turn, 'requestBox').status).toBe('closed');
    expectFeedbackQuestion(turn, locale);
  });

  it('the New Year asked in November: the closure days are on the city page', async () => {
    const h = start(locale, '2026-11-24T10:00:00+09:00');
    const turn = await h.say(YEAR_END_QUESTION[locale]);
    expect(turn.topic).toBe('certificate');
    expectSays(turn, locale, 'certificate:yearEnd');
    // The convenience store's "every day" is not left standing for the New Year.
    expectSays(turn, locale, 'certificate:konbiniYearEnd');
    expectSaysExactly(turn, locale, 'certificate:wardOffice', wardText(locale));
  });

  it('in December, the hours question hears about the closure too', async () => {
    const h = start(locale, '2026-12-10T10:00:00+09:00');
    const turn = await h.say(HOURS_QUESTION[locale]);
    expectSays(turn, locale, 'certificate:yearEnd');
    expectSays(turn, locale, 'certificate:wardKonbini');
  });

  it('on 30 December the convenience-store hours are not promised', async () => {
    const h = start(locale, '2026-12-30T10:00:00+09:00');
    const turn = await h.say(HOURS_QUESTION[locale]);
    expectSays(turn, locale, 'certificate:yearEnd');
    expectSays(turn, locale, 'certificate:wardKonbiniUncertain');
    expect(read(turn)).not.toContain(KONBINI_HOURS);
  });
});

const KONBINI_YEAR_END: PerLocale<string> = jaEasyEn(
  'コンビニ交付は年末年始も使えますか',
  'しょうがつも こんびにで じゅうみんひょう とれる？',
  'Can I use the convenience store over the New Year?',
);

describe.each(LOCALES)('the convenience store over the New Year in %s', (locale) => {
  it('asked in November: every day 6:30–23:00, and the days it is off are on the city page', async () => {
    const h = start(locale, '2026-11-24T10:00:00+09:00');
    const turn = await h.say(KONBINI_YEAR_END[locale]);
    expect(turn.topic).toBe('certificate');
    expectNotSays(turn, locale, 'certificate:whichPrompt');
    expectSaysExactly(turn, locale, 'certificate:wardKonbini', { 'hours.konbiniService': KONBINI_HOURS });
    expectSays(turn, locale, 'certificate:konbiniYearEnd');
    expect(contactIds(turn)).toEqual(['konbiniService', 'wardSupport']);
  });

  it('asked on 1 January: no hours promised', async () => {
    const h = start(locale, '2027-01-01T10:00:00+09:00');
    const turn = await h.say(KONBINI_YEAR_END[locale]);
    expectSays(turn, locale, 'certificate:wardKonbiniUncertain');
    expect(read(turn)).not.toContain(KONBINI_HOURS);
  });

  it('the usual convenience-store answer mentions the New Year in December only', async () => {
    for (const [now, season] of [
      ['2026-11-24T10:00:00+09:00', false],
      ['2026-12-10T10:00:00+09:00', true],
    ] as const) {
      const turn = await walk(start(locale, now), ['menu:certificate', 'opt:juminhyo', 'opt:yes']);
      expectSays(turn, locale, 'certificate:konbini');
      if (season) expectSays(turn, locale, 'certificate:konbiniYearEnd');
      else expectNotSays(turn, locale, 'certificate:konbiniYearEnd');
    }
  });
});

describe('a New Year day named in a certificate question', () => {
  it.each([
    ['ja', '1月2日にコンビニで住民票とれますか'],
    ['en', 'Can I get my residence certificate at a convenience store on January 2?'],
  ] as const)(
    '%s: %s → the caveat after the convenience-store answer, in November too',
    async (locale, text) => {
      const h = start(locale, '2026-11-24T10:00:00+09:00');
      let turn = await h.say(text);
      expectSays(turn, locale, 'certificate:cardPrompt');
      turn = await press(h, turn, 'opt:yes');
      expectSays(turn, locale, 'certificate:konbini');
      expectSays(turn, locale, 'certificate:konbiniYearEnd');
    },
  );

  it('another day says nothing of the New Year in November', async () => {
    const h = start('ja', '2026-11-24T10:00:00+09:00');
    const turn = await press(h, await h.say('11月28日にコンビニで住民票とれますか'), 'opt:yes');
    expectSays(turn, 'ja', 'certificate:konbini');
    expectNotSays(turn, 'ja', 'certificate:konbiniYearEnd');
  });
});

describe('a certificate asked together with the ward office keeps its certificate flow', () => {
  it('日曜日に区役所で住民票を取りたい asks about the card, not the hours', async () => {
    const h = start('ja');
    const turn = await h.say('日曜日に区役所で住民票を取りたい');
    expectSays(turn, 'ja', 'certificate:cardPrompt');
    expectNotSays(turn, 'ja', 'certificate:wardOffice');
  });

  it.each(LOCALES)(
    '%s: sent to the window in December, the resident hears the year-end closure',
    async (locale) => {
      for (const [now, closure] of [
        ['2026-11-24T10:00:00+09:00', false],
        ['2026-12-10T10:00:00+09:00', true],
      ] as const) {
        const h = start(locale, now);
        const turn = await walk(h, ['menu:certificate', 'opt:juminhyo', 'opt:no']);
        expectSays(turn, locale, 'certificate:window');
        if (closure) expectSays(turn, locale, 'certificate:yearEnd');
        else expectNotSays(turn, locale, 'certificate:yearEnd');
      }
    },
  );
});
