import type { TestLocale } from './util';
import {
  ALERT_VARS,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectMenu,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  ILLNESS_VARS,
  start,
} from './util';
import { createHarness } from '../helpers/harness';

// Problems residents met, each as they would see it: an ATM question got the job centre, a
// forgotten phone number the My Number PIN answer, "maybe heatstroke" the 119 alarm, "how are you"
// the "I could not find a city service" line, a lost umbrella the crime-prevention answer with
// #9110, and "oui" or "да" at a yes/no question nothing at all.

describe('an ATM question is not a city service', () => {
  it.each<[TestLocale, string]>([
    ['en', 'where can I find an ATM'],
    ['en', 'where is an ATM near here'],
    ['en', 'is there an ATM nearby'],
    ['en', 'ATM near me'],
    ['ja', '近くのATMはどこですか'],
  ])('%s: "%s" gets the fallback and the menu, not the job centre', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('fallback');
    expectNotSays(turn, locale, 'jobs:intro');
    expectNotSays(turn, locale, 'multicultural:intro');
    expectNotSays(turn, locale, 'consumer:scam.refundAdvice');
    expectMenu(turn, locale);
  });

  it.each<[TestLocale, string]>([
    ['ja', 'ATMで還付金'],
    ['en', 'someone called and told me to go to the ATM for a refund'],
  ])('%s: "%s" is still the refund-scam warning', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('consumer');
    expectSays(turn, locale, 'consumer:scam.refundAdvice');
  });
});

describe('a forgotten phone number is not a forgotten PIN', () => {
  it.each<[TestLocale, string]>([
    ['ja', '電話番号を忘れた'],
    ['ja', '口座番号を忘れた'],
    ['ja-easy', 'でんわばんごう を わすれました'],
  ])('%s: "%s" does not get the My Number PIN answer', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).not.toBe('certificate');
    expectNotSays(turn, locale, 'multicultural:myNumberHelp');
    expectNotSays(turn, locale, 'certificate:whichPrompt');
  });

  it('区役所の電話番号を忘れました gets the ward office answer and its support line, not the PIN', async () => {
    const turn = await start('ja').say('区役所の電話番号を忘れました');
    expectSays(turn, 'ja', 'certificate:wardOffice');
    expect(contactIds(turn)).toContain('wardSupport');
    expectNotSays(turn, 'ja', 'multicultural:myNumberHelp');
  });

  it.each<[TestLocale, string]>([
    ['ja', '暗証番号を忘れた'],
    // 暗唱 is how the IME often converts あんしょう: it got what the card is, not the PIN answer.
    ['ja', 'マイナカードの暗唱番号わすれた'],
    ['ja', '番号を忘れた'],
    ['ja', 'マイナンバーカードの番号を忘れた'],
    ['ja-easy', 'ばんごう わすれました'],
  ])('%s: "%s" still gets the PIN answer', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('certificate');
    expectSays(turn, locale, 'multicultural:myNumberHelp');
  });
});

describe('"maybe heatstroke" gets medical advice (#7119), not the 119 alarm', () => {
  it.each<[TestLocale, string]>([
    ['ja', '熱中症かも'],
    ['ja', '熱中症かもしれない'],
    ['ja', '熱中症になったかも'],
    ['ja', '熱中症みたい'],
    ['ja', '熱中症っぽいです'],
    ['ja-easy', 'ねっちゅうしょう かも しれません'],
    // The common misspelling (熱 is ねつ, but 熱中症 is ねっちゅうしょう) went to certificates.
    ['ja-easy', 'ねつちゅうしょう かも しれません'],
    ['ja', 'ねつちゅうしょうかも'],
    ['en', 'I think I have heatstroke'],
    ['en', 'maybe my dad has heatstroke'],
  ])('%s: "%s" → the illness answer and its cards', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('health');
    expectNotSays(turn, locale, 'emergency:alert');
    expectSaysExactly(turn, locale, 'emergency:illness', ILLNESS_VARS);
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
    expectFeedbackQuestion(turn, locale);
  });

  it.each<[TestLocale, string]>([
    ['ja', '熱中症になった'],
    ['ja', '熱中症かもしれない、倒れて動かない'],
    ['ja', '熱中症かも。意識がもうろうとしている'],
    ['ja-easy', 'ねつちゅうしょう に なった'],
    ['ja-easy', 'ねつちゅうしょう で たおれた'],
    ['en', 'my dad has heatstroke'],
    ['en', 'I think my mother has heatstroke and she is unconscious'],
  ])('%s: "%s" (said for sure, or with a danger sign) still raises the alarm', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('emergency');
    expectSaysExactly(turn, locale, 'emergency:alert', ALERT_VARS);
  });
});

describe('small talk gets a friendly word and the menu, not "no city service found"', () => {
  it.each<[TestLocale, string]>([
    ['en', 'how are you'],
    ['en', 'How are you?'],
    ['en', 'nice weather'],
    ['en', 'lol'],
    ['ja', 'お元気ですか'],
    ['ja', 'いい天気ですね'],
    ['ja', '笑'],
    ['ja-easy', 'げんき ですか'],
  ])('%s: "%s"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expectSays(turn, locale, 'smallTalk');
    expectNotSays(turn, locale, 'fallback');
    expectNotSays(turn, locale, 'fallbackCityServices');
    expect(contactIds(turn)).toEqual([]);
    expectMenu(turn, locale);
  });

  it('after an answer, "lol" at "was this helpful?" gets the same friendly word', async () => {
    const h = start('en');
    await h.say('menu:jobs');
    const turn = await h.say('lol');
    expectSays(turn, 'en', 'smallTalk');
    expectNotSays(turn, 'en', 'fallbackCityServices');
    expectMenu(turn, 'en');
  });

  it('a real question that starts with small talk is still answered', async () => {
    const turn = await start('en').say('how are you? where can I get a residence certificate');
    expect(turn.topic).toBe('certificate');
    expectNotSays(turn, 'en', 'smallTalk');
  });
});

describe('lost property: the place it was lost, or the police box, with no number', () => {
  it.each<[TestLocale, string]>([
    ['en', 'I lost my umbrella on the subway'],
    ['en', 'I lost my wallet'],
    ['en', 'where is the lost and found'],
    ['ja', '落とし物をしました'],
    ['ja', '地下鉄で傘を忘れた'],
    ['ja', '電車に忘れ物をした'],
    ['ja-easy', 'さいふ を おとしました'],
    // Not "I lost my My Number card" (what the retrieval router heard in なくしました alone).
    ['ja', '荷物をなくしました'],
    ['ja-easy', 'にもつ を なくしました'],
    ['ja', '電車にかばんを忘れた'],
    ['en', 'I lost my luggage'],
  ])('%s: "%s"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('safety');
    expectSaysExactly(turn, locale, 'safety:lostProperty');
    expectNotSays(turn, locale, 'safety:crime');
    // #9110 is not for lost items, and no lost-property number is confirmed: none is shown.
    expect(contactIds(turn)).toEqual([]);
    expect(turn.text).not.toMatch(/\d/u);
    expectFeedbackQuestion(turn, locale);
  });
});

describe('yes and no in the residents’ languages answer a yes/no question', () => {
  const YES = ['yes', 'sí', 'oui', 'да', '네', 'có', 'sim', 'हाँ', 'हो', 'ya', 'oo', 'ใช่', 'はい', '对', 'dạ'];
  const NO = ['no', 'non', 'нет', '아니요', 'không', 'não', 'ไม่', 'tidak', 'hindi', 'होइन', 'いいえ', '没有'];

  it.each(YES)('"%s" at "was this helpful?" is the Helpful button', async (word) => {
    const h = start('en');
    await h.say('menu:jobs');
    const turn = await h.say(word);
    expectSays(turn, 'en', 'feedback.thanks');
    expectMenu(turn, 'en');
  });

  it.each(NO)('"%s" at "was this helpful?" is the Not helpful button', async (word) => {
    const h = start('en');
    await h.say('menu:jobs');
    const turn = await h.say(word);
    expectSays(turn, 'en', 'feedback.sorry');
  });

  it.each([
    ['oui', 'certificate:konbini'],
    ['да', 'certificate:konbini'],
    ['sí', 'certificate:konbini'],
    ['нет', 'certificate:getCard'],
    ['không', 'certificate:getCard'],
  ])('"%s" at "do you have a My Number card?" answers it (%s)', async (word, key) => {
    const h = createHarness({ now: '2026-11-24T10:00:00+09:00', locale: 'en' });
    const asked = await h.say('residence certificate');
    expectSays(asked, 'en', 'certificate:cardPrompt');
    const turn = await h.say(word);
    expectSays(turn, 'en', key);
    expectNotSays(turn, 'en', 'certificate:cardPrompt');
  });

  it('"है" (Hindi "is") is not taken for a yes', async () => {
    const h = start('en');
    await h.say('menu:jobs');
    const turn = await h.say('है');
    expectNotSays(turn, 'en', 'feedback.thanks');
  });
});

describe('"work" that is not about a job, "agent" that is not staff', () => {
  it.each<[string, string]>([
    ["my my number card doesn't work at the convenience store", 'certificate'],
    ['does the konbini service work on sundays?', 'certificate'],
    ['a real estate agent refused me because i am foreign', 'multicultural'],
  ])('en: "%s" → %s, not the job centre or staff', async (text, topic) => {
    const turn = await start('en').say(text);
    expectHealthy(turn, 'en');
    expect(turn.topic).toBe(topic);
  });

  it.each<[string, string]>([
    ['I am looking for work', 'jobs'],
    ['I want to talk to an agent', 'handoff'],
  ])('en: "%s" still → %s', async (text, topic) => {
    const turn = await start('en').say(text);
    expect(turn.topic).toBe(topic);
  });
});
