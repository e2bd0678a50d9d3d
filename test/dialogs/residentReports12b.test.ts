import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import type { TestLocale } from './util';
import { contactIds, expectMenu, FEEDBACK_CODES, NOW, says, saysNot } from './util';

// Right after the advice about a link received by SMS, an online subscription or "something else",
// a message that is only when it happened (昨日の夜, さっき, "yesterday evening", 2時間前) got "I did
// not understand": only the advice where the police come first read it. Now the same short thanks,
// with the desks that advice named (no 110 where the advice did not name the police). The advice
// chosen on a button is what the next words are about too: after the refund-fraud button, 昨日の夜
// got "I did not understand" where the same story typed got the thanks.
describe('a time alone right after the link, subscription or "something else" advice → a short thanks', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', 'opt:link', 'consumer:scam.linkAdvice', '昨日の夜'],
    ['ja', 'opt:subscription', 'consumer:scam.subscriptionAdvice', 'さっき'],
    ['ja', 'opt:other', 'consumer:scam.otherAdvice', '2時間前'],
    ['en', 'opt:subscription', 'consumer:scam.subscriptionAdvice', 'yesterday evening'],
    ['en', 'opt:other', 'consumer:scam.otherAdvice', 'this morning'],
    ['ko', 'opt:other', 'consumer:scam.otherAdvice', '어제 밤에'],
    ['es', 'opt:subscription', 'consumer:scam.subscriptionAdvice', 'anoche'],
  ])('%s: %s → "%s"', async (locale, kind, advice, when) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say('menu:consumer'), locale, 'consumer:intro');
    says(await h.say('opt:scamCheck'), locale, 'consumer:scam.question');
    says(await h.say(kind), locale, advice);
    const turn = await h.say(when);
    expect(turn.topic).toBe('consumer');
    says(turn, locale, 'consumer:scam.storyTimeDesks');
    saysNot(turn, locale, advice);
    expect(turn.text).not.toContain('110');
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
    expect(turn.values).toEqual(FEEDBACK_CODES);
  });

  it.each<[Locale, string, string]>([
    ['ja', 'SMSのリンクを開いてしまいました', '昨日の夜'],
    ['en', 'I clicked a link in an SMS', 'yesterday evening'],
  ])('%s: the link advice asked in words ("%s") → "%s"', async (locale, first, when) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'consumer:scam.linkAdvice');
    const turn = await h.say(when);
    says(turn, locale, 'consumer:scam.storyTimeDesks');
    saysNot(turn, locale, 'consumer:scam.linkAdvice');
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
  });

  it('ja: after the refund-fraud advice chosen on its button, 昨日の夜 → the thanks with 110', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('menu:consumer'), 'ja', 'consumer:intro');
    says(await h.say('opt:scamCheck'), 'ja', 'consumer:scam.question');
    says(await h.say('opt:refund'), 'ja', 'consumer:scam.refundAdvice');
    const turn = await h.say('昨日の夜');
    says(turn, 'ja', 'consumer:scam.storyTime');
    // Where the police come first, the thanks names 110 and no desks.
    expect(turn.text).toContain('110');
    expect(contactIds(turn)).toEqual([]);
  });

  it('en: "tomorrow" after the link advice is no past time: not the thanks', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say('I clicked a link in an SMS'), 'en', 'consumer:scam.linkAdvice');
    saysNot(await h.say('tomorrow'), 'en', 'consumer:scam.storyTimeDesks');
  });
});

// Right after the one-day information service's answer, 何語で相談できますか ("which languages can
// I consult in?") got the foreign-residents menu. Their number (with Russian and Ukrainian) is on
// record, not which the others are: that line, with the service's card where to check.
describe('"which languages?" right after the one-day service', () => {
  it.each<[Locale, string, string]>([
    ['ja', '外国人の無料相談会はありますか', '何語で相談できますか'],
    ['ja', '外国人の無料相談会はありますか', '何語？'],
    ['ja-easy', 'がいこくじんの そうだんかい ありますか', 'なにご で そうだん できますか'],
    ['en', 'one day information service for foreigners', 'which languages can I use?'],
    ['ko', '외국인 무료 상담회가 있어요?', '무슨 언어로 상담할 수 있어요?'],
    ['zh-Hans', '外国人一日综合咨询会', '可以用什么语言咨询？'],
    ['pt-BR', 'informação de um dia para estrangeiros', 'quais idiomas?'],
    ['es', '¿Hay un día de consulta gratuita para extranjeros?', '¿En qué idiomas puedo consultar?'],
  ])('%s: after "%s", "%s" → the languages line', async (locale, first, asked) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'multicultural:oneDay');
    const turn = await h.say(asked);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:oneDayLanguages');
    saysNot(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:intro');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});

// 本籍が東京ですが、結婚届は出せますか got "talk to a person" (the model read 出せますか as 話せますか),
// 婚姻届を出したい and 死亡届を出したい "which certificate?". The domicile line stands down for another
// procedure; family-register notifications have no answer, card or page here: the general
// fallback (the city's page, the Citizens Bureau) with the menu, as for other services not covered.
describe('a family-register notification (婚姻届, 出生届…) → the general fallback, not "which certificate?"', () => {
  it.each<[TestLocale, string]>([
    ['ja', '本籍が東京ですが、結婚届は出せますか'],
    ['ja', '本籍が東京ですが、婚姻届は出せますか'],
    ['ja', '婚姻届を出したい'],
    ['ja', '死亡届を出したい'],
    ['ja', '本籍が大阪ではないですが、離婚届を出したい'],
    ['ja-easy', 'こんいんとどけ を だしたい'],
    ['en', 'My registered domicile is in Tokyo. Can I submit a marriage registration?'],
    ['en', 'where do I register a birth'],
  ])('%s: "%s"', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('fallback');
    says(turn, locale, 'fallback');
    saysNot(turn, locale, 'certificate:whichPrompt');
    saysNot(turn, locale, 'certificate:domicileElsewhere');
    if (locale === 'ja') {
      says(turn, locale, 'fallbackCityServices');
      expect(contactIds(turn)).toEqual(['citizensBureau']);
    } else expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix', 'citizensBureau']);
    expectMenu(turn, locale);
  });

  it('ja: 本籍が東京です alone is still the domicile line', async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say('本籍が東京です');
    says(turn, 'ja', 'certificate:domicileElsewhere');
  });
});
