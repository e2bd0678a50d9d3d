import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES_DIR } from '../../locales';
import { stripRubyMarkup } from '../../simplifier/ruby';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  choose,
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectLocale,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  jaEn,
  LOCALES,
  NOW,
  piece,
  plain,
  start,
} from './util';

const KONBINI_HOURS = '6:30–23:00';
const PIN_DIGITS = 4;
const WARD_SUPPORT_PHONE = '06-6208-7621';
const FEE: Record<'juminhyo' | 'koseki', PerLocale<string>> = {
  juminhyo: jaEn('300円', '¥300'),
  koseki: jaEn('450円', '¥450'),
};
/** What a resident types to ask for 住民票, in each language. */
const ASK_JUMINHYO: PerLocale<string> = {
  ja: '住民票がほしい',
  'ja-easy': 'じゅうみんひょう が ほしい',
  en: 'I need a residence certificate',
};

type Certificate = 'juminhyo' | 'inkan' | 'koseki' | 'other';
type Card = 'yes' | 'no' | 'notSure';

/** Menu → certificate → the certificate → the card question, by the labels of that language. */
async function ask(h: Harness, locale: TestLocale, certificate: Certificate, card?: Card): Promise<Turn> {
  const which = await h.say('menu:certificate');
  expectLocale(which, locale);
  expect(which.topic).toBe('certificate');
  expectSays(which, locale, 'certificate:whichPrompt');
  const second = await choose(h, which, locale, `certificate:which.${certificate}`, `opt:${certificate}`);
  if (!card) return second;
  expectSaysExactly(second, locale, 'certificate:cardPrompt', { 'facts.pinDigits': PIN_DIGITS });
  expect(second.values).toEqual(['opt:yes', 'opt:no', 'opt:notSure']);
  return choose(h, second, locale, card, `opt:${card}`);
}

const konbiniText = { 'hours.konbiniService': KONBINI_HOURS, 'facts.pinDigits': PIN_DIGITS };
// The Sunday is an ordinal: "the 4th Sunday" in English, 第4日曜日 in Japanese.
const windowText = (locale: TestLocale) => ({
  'facts.wardFridayUntil': '19:00',
  'facts.wardSundayNth': locale === 'en' ? '4th' : 4,
});

describe.each(LOCALES)('certificates in %s', (locale) => {
  it('住民票 with a My Number card: the convenience store, 6:30–23:00, a 4-digit PIN, open now', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'juminhyo', 'yes');
    expectLocale(turn, locale);
    expectSaysExactly(turn, locale, 'certificate:konbini', konbiniText);
    expect(turn.text).toContain(KONBINI_HOURS);
    expectSays(turn, locale, 'certificate:online');
    expectSays(turn, locale, 'noApplications');
    expectNotSays(turn, locale, 'certificate:requestBox');
    expect(contactIds(turn)).toEqual(['konbiniService']);
    const konbini = contact(turn, 'konbiniService');
    expect(konbini.status).toBe('open');
    expect(plain(konbini.statusText ?? '')).toBe(filled(locale, 'card.open', { time: '23:00' }));
    expectFeedbackQuestion(turn, locale);
  });

  // On LINE and in the widget many residents type the answer instead of tapping it. The answer
  // must go on as the tap does: the answer, "was this helpful?", and the next question routed.
  it('typing yes instead of tapping it gets the answer, the feedback question, then routes on', async () => {
    const h = start(locale);
    const question = await ask(h, locale, 'juminhyo');
    expectSaysExactly(question, locale, 'certificate:cardPrompt', { 'facts.pinDigits': PIN_DIGITS });
    const typed = { ja: 'はい', 'ja-easy': 'はい', en: 'yes' }[locale];
    const turn = await h.say(typed);
    expectSaysExactly(turn, locale, 'certificate:konbini', konbiniText);
    expectFeedbackQuestion(turn, locale);
    const thanks = await h.say({ ja: 'ありがとう', 'ja-easy': 'ありがとう', en: 'thanks' }[locale]);
    expectSays(thanks, locale, 'feedback.thanks');
    const next = await h.say(ASK_JUMINHYO[locale]);
    expect(next.topic).toBe('certificate');
    expectSays(next, locale, 'certificate:cardPrompt');
  });

  // How people answer "do you have the card?" in words, not with the button's own label.
  it.each([
    ['yes', { ja: '持っています', 'ja-easy': 'あります', en: 'yes I do' }, 'certificate:konbini'],
    ['no', { ja: '持ってないです', 'ja-easy': 'ない', en: "I don't have a card" }, 'certificate:window'],
    ['not sure', { ja: 'わかりません', 'ja-easy': 'わからない', en: "I don't know" }, 'certificate:window'],
  ] as const)('answering the card question with "%s" in words', async (_, words, key) => {
    const h = start(locale);
    await ask(h, locale, 'juminhyo');
    const turn = await h.say(words[locale]);
    expectSays(turn, locale, key);
    expectFeedbackQuestion(turn, locale);
  });

  it('"I don\'t know" at "which certificate?" is the "other / not sure" button', async () => {
    const h = start(locale);
    await h.say('menu:certificate');
    const turn = await h.say({ ja: 'わからない', 'ja-easy': 'わからない', en: 'not sure' }[locale]);
    expectSays(turn, locale, 'certificate:otherInfo');
    expectFeedbackQuestion(turn, locale);
  });

  it("typing part of one button's label picks that button", async () => {
    const h = start(locale);
    await h.say('menu:certificate');
    // その他 for その他・わからない, ほか for ほか・わからない, "residence" for "Residence certificate".
    const typed = { ja: 'その他', 'ja-easy': 'ほか', en: 'residence' }[locale];
    const key = locale === 'en' ? 'certificate:cardPrompt' : 'certificate:otherInfo';
    expectSays(await h.say(typed), locale, key);
  });

  it('the convenience-store card says closed at 23:30 and when it opens again', async () => {
    const h = start(locale);
    const question = await ask(h, locale, 'inkan');
    h.clock.set(new Date('2026-11-24T23:30:00+09:00'));
    const turn = await choose(h, question, locale, 'yes', 'opt:yes');
    expectSaysExactly(turn, locale, 'certificate:konbini', konbiniText);
    const konbini = contact(turn, 'konbiniService');
    expect(konbini.status).toBe('closed');
    const [closedLead] = filled(locale, 'card.closedNext', { when: '\u0000' }).split('\u0000');
    expect(plain(konbini.statusText ?? '').startsWith(closedLead ?? '')).toBe(true);
    // The next morning's date: 11/25(水) in Japanese, 11月25日 水曜日 in easy Japanese.
    expect(plain(konbini.statusText ?? '')).toMatch(locale === 'ja-easy' ? /11月25日 水曜日/u : /11\/25/);
    expect(plain(konbini.statusText ?? '')).toMatch(/\b0?6:30\b/);
  });

  it('is open again at 6:30 the next morning', async () => {
    const h = start(locale, '2026-11-25T06:30:00+09:00');
    const turn = await ask(h, locale, 'juminhyo', 'yes');
    expect(plain(contact(turn, 'konbiniService').statusText ?? '')).toBe(
      filled(locale, 'card.open', { time: '23:00' }),
    );
  });

  it('on 31 December the text, like the card, says to check the page instead of "every day 6:30–23:00"', async () => {
    const h = start(locale, '2026-12-31T10:00:00+09:00');
    const turn = await ask(h, locale, 'juminhyo', 'yes');
    const konbini = contact(turn, 'konbiniService');
    expect(konbini.status).toBe('unknown');
    expect(plain(konbini.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
    expectSaysExactly(turn, locale, 'certificate:konbiniUncertain', { 'facts.pinDigits': PIN_DIGITS });
    expect(turn.text).not.toContain(KONBINI_HOURS);
    expectNotSays(turn, locale, 'certificate:konbini');
    // After the year-end, the usual hours are stated again.
    h.clock.set(new Date('2027-01-04T10:00:00+09:00'));
    const after = await ask(h, locale, 'inkan', 'yes');
    expectSaysExactly(after, locale, 'certificate:konbini', konbiniText);
    expect(contact(after, 'konbiniService').status).toBe('open');
  });

  it('住民票 without a card: the ward office window until 19:00 on Fridays, 300 yen, the request box', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'juminhyo', 'no');
    expectSaysExactly(turn, locale, 'certificate:window', windowText(locale));
    expectSaysExactly(turn, locale, 'certificate:fee', { fee: FEE.juminhyo[locale] });
    expect(turn.text).toContain(FEE.juminhyo[locale]);
    expectSays(turn, locale, 'certificate:weekend');
    expectSays(turn, locale, 'certificate:requestBox');
    expectSays(turn, locale, 'certificate:online');
    expectSays(turn, locale, 'certificate:getCard');
    expectSays(turn, locale, 'noApplications');
    expectNotSays(turn, locale, 'certificate:konbini');
    expect(contactIds(turn)).toEqual(['requestBox', 'wardSupport']);
    expect(contact(turn, 'wardSupport').phone).toBe(WARD_SUPPORT_PHONE);
    // Tuesday 10:00: the after-hours box opens at 17:30.
    const box = contact(turn, 'requestBox');
    expect(box.status).toBe('closed');
    expect(plain(box.statusText ?? '')).toContain('17:30');
    expectFeedbackQuestion(turn, locale);
  });

  it('the request box is open on a Friday evening after 19:00', async () => {
    const h = start(locale, '2026-11-27T19:30:00+09:00');
    const turn = await ask(h, locale, 'juminhyo', 'notSure');
    const box = contact(turn, 'requestBox');
    expect(box.status).toBe('open');
    expect(plain(box.statusText ?? '')).toBe(filled(locale, 'card.open', { time: '21:00' }));
    // "Not sure" gets the window but not the offer of a new card.
    expectNotSays(turn, locale, 'certificate:getCard');
  });

  it('戸籍 with a card: check the city page first, the window fee is 450 yen', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'koseki', 'yes');
    expectSays(turn, locale, 'certificate:kosekiKonbini');
    expectSaysExactly(turn, locale, 'certificate:window', windowText(locale));
    expectSaysExactly(turn, locale, 'certificate:fee', { fee: FEE.koseki[locale] });
    expectSays(turn, locale, 'noApplications');
    expectNotSays(turn, locale, 'certificate:konbini');
    expect(contactIds(turn)).toEqual(['konbiniService', 'wardSupport']);
  });

  it('戸籍 without a card: the window fee is 450 yen', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'koseki', 'no');
    expectSaysExactly(turn, locale, 'certificate:fee', { fee: FEE.koseki[locale] });
    expect(turn.text).not.toContain(FEE.juminhyo[locale]);
    expectSays(turn, locale, 'noApplications');
  });

  it('印鑑証明 at the window: no fee is stated, because it is not confirmed', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'inkan', 'no');
    expectSaysExactly(turn, locale, 'certificate:window', windowText(locale));
    expectNotSays(turn, locale, 'certificate:fee');
    expect(plain(turn.text)).not.toMatch(/[0-9,]+円|¥/);
    expectSays(turn, locale, 'noApplications');
  });

  it('"other" gives the other-certificates information without asking about the card', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'other');
    expectSays(turn, locale, 'certificate:otherInfo');
    // Tax and other certificates are not confirmed at the machines: never "you can get it there".
    expectNotSays(turn, locale, 'certificate:konbini');
    expectNotSays(turn, locale, 'certificate:cardPrompt');
    expectSays(turn, locale, 'noApplications');
    expect(contactIds(turn)).toEqual(['konbiniService', 'wardSupport']);
    expect(contact(turn, 'wardSupport').phone).toBe(WARD_SUPPORT_PHONE);
    expectFeedbackQuestion(turn, locale);
  });

  it.each([
    ['juminhyo', 'yes'],
    ['juminhyo', 'no'],
    ['juminhyo', 'notSure'],
    ['inkan', 'yes'],
    ['inkan', 'no'],
    ['koseki', 'yes'],
    ['koseki', 'notSure'],
  ] as const)('%s / card %s: says it cannot take applications', async (certificate, card) => {
    const h = start(locale);
    const turn = await ask(h, locale, certificate, card);
    expectSaysExactly(turn, locale, 'noApplications');
  });

  it('a typed question about 住民票 skips the "which certificate" question', async () => {
    const h = start(locale);
    const turn = await h.say(ASK_JUMINHYO[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('certificate');
    expectNotSays(turn, locale, 'certificate:whichPrompt');
    expectSaysExactly(turn, locale, 'certificate:cardPrompt', { 'facts.pinDigits': PIN_DIGITS });
  });

  it('typing the label of a button works like tapping it', async () => {
    const h = start(locale);
    await h.say('menu:certificate');
    const card = await h.say(filled(locale, 'certificate:which.koseki'));
    expectSaysExactly(card, locale, 'certificate:cardPrompt', { 'facts.pinDigits': PIN_DIGITS });
    const turn = await h.say(filled(locale, 'no'));
    expectSaysExactly(turn, locale, 'certificate:fee', { fee: FEE.koseki[locale] });
  });

  it('an answer that fits no button asks once more, then hands the text to the menu', async () => {
    const h = start(locale);
    const question = await ask(h, locale, 'juminhyo');
    const again = await h.say('zzz');
    expect(again.values).toEqual(question.values);
    expect(plain(again.text)).toContain(plain(piece(locale, 'certificate:cardPrompt')));
    const fallback = await h.say('zzz');
    expectSays(fallback, locale, 'fallback');
  });
});

// The convenience-store service is a machine, not a consultation line: in easy Japanese its card
// says it can be used now (使えます), not that one can consult (相談できます).
it('in easy Japanese the convenience-store card says when it can be used, not when to consult', async () => {
  const open = contact(await ask(start('ja-easy'), 'ja-easy', 'juminhyo', 'yes'), 'konbiniService');
  expect(plain(open.statusText ?? '')).toBe('いま 使えます（23:00まで）。');
  const night = start('ja-easy', '2026-11-24T05:00:00+09:00');
  const closed = contact(await ask(night, 'ja-easy', 'juminhyo', 'yes'), 'konbiniService');
  expect(plain(closed.statusText ?? '')).toMatch(/^いまは 使えない時間です。つぎは .*6:30から 使えます。$/u);
  expect(plain(closed.statusText ?? '')).not.toContain('相談');
});

// A resident writing in Korean or Vietnamese names 住民票 just as clearly: the keyword rules of
// their language find the certificate, so the bot asks about the My Number card straight away
// instead of asking which certificate they need. The bot answers in the resident's locale.
describe('a forgotten or locked PIN, a lost My Number card', () => {
  it.each([
    ['ja', 'マイナンバーカードの暗証番号を忘れた'],
    ['ja', '暗証番号を3回間違えてロックされた'],
    ['en', 'I forgot my My Number card PIN'],
  ])(
    '%s: %s → where to ask, the card page and the ward office, not "which certificate?"',
    async (locale, text) => {
      const h = createHarness({ now: NOW, locale });
      const turn = await h.say(text);
      const l = locale as 'ja' | 'en';
      expectSays(turn, l, 'multicultural:myNumberHelp');
      expectNotSays(turn, l, 'certificate:whichPrompt');
      expect(contactIds(turn)).toEqual(['wardSupport']);
      expect(turn.text).toContain(KnowledgeBase.load().pageUrl('my-number-card'));
    },
  );

  it('a lost card gets the same advice and the ward office first, not what the card is', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('マイナンバーカードをなくしました');
    expect(turn.topic).toBe('multicultural');
    expectSays(turn, 'ja', 'multicultural:myNumberHelp');
    expectNotSays(turn, 'ja', 'multicultural:myNumber');
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });
});

describe('"I have no My Number card" said with the question', () => {
  it.each([
    ['ja', 'マイナンバーカードを持っていません。住民票はどこで取れますか'],
    ['ja', '住民票がほしいけど、マイナンバーカードはまだない'],
    ['en', "I don't have a My Number card. How can I get a residence certificate?"],
  ])('%s: %s → the window answer at once, not the card question', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    expectNotSays(turn, locale as 'ja' | 'en', 'certificate:cardPrompt');
    expectSays(turn, locale as 'ja' | 'en', 'certificate:window');
    expectSays(turn, locale as 'ja' | 'en', 'certificate:getCard');
    expectNotSays(turn, locale as 'ja' | 'en', 'certificate:konbini');
  });

  it('"I have a My Number card" still gets the question (it does not say the PIN)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('マイナンバーカードを持っています。住民票はコンビニで取れますか');
    expectSaysExactly(turn, 'ja', 'certificate:cardPrompt', { 'facts.pinDigits': PIN_DIGITS });
  });
});

describe("a typed question about 住民票 in the resident's own language", () => {
  const prompt = (locale: string, key: 'whichPrompt' | 'cardPrompt'): string => {
    const data = JSON.parse(
      readFileSync(path.join(LOCALES_DIR, locale, 'certificate.json'), 'utf8'),
    ) as Record<string, string>;
    return stripRubyMarkup(data[key] ?? '').replace(/\{\{\s*facts\.pinDigits\s*\}\}/g, String(PIN_DIGITS));
  };

  it.each([
    ['ko', '편의점에서 주민표 발급받고 싶은데 어떻게 해요?'],
    ['vi', 'Tôi muốn in phiếu cư trú ở konbini bằng thẻ my number'],
  ])('%s: %s → the card question, not "which certificate"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.locale).toBe(locale);
    expect(turn.topic).toBe('certificate');
    expect(turn.text).not.toContain(prompt(locale, 'whichPrompt'));
    expect(turn.text).toContain(prompt(locale, 'cardPrompt'));
    expect(turn.values).toEqual(['opt:yes', 'opt:no', 'opt:notSure']);
    const konbini = await h.say('opt:yes');
    expect(contactIds(konbini)).toEqual(['konbiniService']);
    expect(konbini.text).toContain(KONBINI_HOURS);
  });
});
