import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, CONSUMER_DESKS, NOW, openingOf, read, says, saysNot } from './util';

// Left over from blind probe 11 (sixteenth session's note): an 18-year-old who bought a side-job
// "information product" (情報商材) on social media got the phone-scam script ("hang up the phone")
// because 副業 (side job) is a money-transfer word; 情報商材 alone was not understood. Such a
// purchase is a contract for the consumer centre: its answer and the consumer desks.
describe('an information product bought for a side job → the consumer desks, not the phone-scam script', () => {
  it.each<[Locale, string]>([
    ['ja', '18歳です。SNSで副業の情報商材を買いました。返金してほしい'],
    ['ja', '情報商材を買ったけど、中身がうそだった'],
    ['ja', 'じょうほうしょうざいをかった'],
    ['en', 'I bought an info product about a side job on Instagram. Can I get my money back?'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('consumer');
    says(turn, locale, 'consumer:consult');
    saysNot(turn, locale, 'consumer:scam.transferAdvice');
    expect(contactIds(turn)).toEqual(expect.arrayContaining(CONSUMER_DESKS));
  });

  it('ja: "my son needs money" is still the money-transfer advice', async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say('息子から電話があって、お金がいるって');
    says(turn, 'ja', 'consumer:scam.transferAdvice');
  });
});

// After the son-impersonation advice, 風邪ひいたって言ってた ("he said he'd caught a cold") alone got
// the #7119 and #8000 health cards: 風邪 named the health service. Told as what the caller said, a
// cold is part of the story; said as the resident's own, it is still the health service.
describe('"he said he had a cold" after the son-impersonation advice', () => {
  it('ja: the advice to stop again, not the health cards', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('息子から電話があって、お金がいるって'), 'ja', 'consumer:scam.transferAdvice');
    const cold = await h.say('風邪ひいたって言ってた');
    expect(cold.topic).toBe('consumer');
    expect(read(cold)).toContain(openingOf('ja', 'consumer:scam.transferAdvice'));
    expect(contactIds(cold)).toContain('police110');
    expect(contactIds(cold)).not.toContain('kyukyu7119');
  });

  it.each(['風邪をひいて熱がある', '子どもが風邪をひいたみたい'])(
    'ja: %s is still the health service',
    async (text) => {
      const turn = await createHarness({ now: NOW, locale: 'ja' }).say(text);
      expect(turn.topic).toBe('health');
      expect(contactIds(turn)).toContain('kyukyu7119');
    },
  );
});

// A phishing SMS quoted as the first message (「口座が凍結されました…」というSMSがきた, with its link)
// got "here are the desks you can consult" (the router guessed a hand-off): the link advice is the
// answer — do not open it, and what to do if card numbers were typed in.
describe('a quoted phishing text as the first message → the link advice', () => {
  it.each<[Locale, string]>([
    [
      'ja',
      '【重要】お客様の口座が凍結されました。こちらから確認してください https://bit.ly/xxxx というSMSがきた',
    ],
    ['en', 'I got a text saying my bank account has been frozen, with a link to check'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('consumer');
    says(turn, locale, 'consumer:scam.linkAdvice');
  });
});

// 本籍が大阪市ではないんですが ("my registered domicile is not Osaka City") at the card question got
// the same question again with nothing before it, as if the words had not arrived. Asked again, the
// question now says first that the words were not read as an answer. (That sentence now has an
// answer of its own, residentReports11c; words with none, "青いです", stand in for it here.)
describe('a question asked again after words it could not read says so first', () => {
  it.each<[Locale, string, string]>([
    ['ja', '戸籍謄本がほしい', '青いです'],
    ['en', 'I want a residence certificate at a convenience store', 'blue'],
  ])('%s: "%s", then "%s"', async (locale, first, second) => {
    const h = createHarness({ now: NOW, locale });
    const asked = await h.say(first);
    says(asked, locale, 'certificate:cardPrompt');
    saysNot(asked, locale, 'common:notAnAnswer');
    const again = await h.say(second);
    says(again, locale, 'common:notAnAnswer');
    says(again, locale, 'certificate:cardPrompt');
    expect(read(again).indexOf(openingOf(locale, 'common:notAnAnswer'))).toBeLessThan(
      read(again).indexOf(openingOf(locale, 'certificate:cardPrompt')),
    );
  });
});

// The helper's probe: 外国人の無料相談会はありますか ("is there a free consultation day for foreigners?")
// and 외국인 하루 상담회는 언제 해요? as first messages got the foreign-residents menu, not the answer
// about the one-day information service.
describe('the one-day consultation named in everyday words → its answer', () => {
  it.each<[Locale, string]>([
    ['ja', '外国人の無料相談会はありますか'],
    ['ko', '외국인 하루 상담회는 언제 해요?'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:intro');
  });
});
