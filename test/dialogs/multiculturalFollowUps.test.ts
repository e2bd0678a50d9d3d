import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, read, says, saysNot } from './util';

// Multi-turn probes (foreign residents): after the moving-in answer, 土曜日もやってる？, "is it
// free?" and 何を持っていけばいい？ each got the same moving-in text again (o que eu levo? got the
// desks' list); so did the questions after the My Number card, International House and the
// human-rights answers. What is confirmed is said (the ward office's fourth Sunday for some
// procedures, the first My Number card free, the one-day service free, the moving-in documents,
// the human-rights line on weekdays only); what is not, is said not to be on record, with where to
// check. 子どもを学校に入れたい got the foreign-residents menu (孩子上学 the town-safety menu), and
// これは さべつですか the consumer menu.

/** The moving-in question, then "open on Saturday?", "is it free?" and "what do I bring?". */
const MOVING_IN: ReadonlyArray<[Locale, string, string, string, string]> = [
  ['ja', '転入届を出したい', '土曜日もやってる？', '無料ですか', '何を持っていけばいい？'],
  [
    'ja-easy',
    'ひっこしの てつづきを したい',
    'どようびも やっていますか',
    'おかねは かかりますか',
    'なにを もっていけば いいですか',
  ],
  [
    'en',
    'I moved in, how do I register my address',
    'is it open on saturday?',
    'is it free?',
    'what do I bring?',
  ],
  ['zh-Hans', '我刚搬来大阪，要办迁入手续', '星期六开吗？', '免费吗？', '要带什么？'],
  ['ko', '전입신고 하고 싶어요', '토요일에도 하나요?', '무료인가요?', '뭘 가져가야 해요?'],
  [
    'vi',
    'tôi mới chuyển đến, đăng ký địa chỉ',
    'thứ bảy có mở cửa không?',
    'có miễn phí không?',
    'cần mang theo gì?',
  ],
  ['pt-BR', 'registro de mudança', 'sábado abre?', 'é grátis?', 'o que eu levo?'],
  [
    'es',
    'me mudé a Osaka, registrar mi direccion',
    '¿abre el sábado?',
    '¿es gratis?',
    '¿qué tengo que llevar?',
  ],
  [
    'tl',
    'paano magparehistro ng address, bagong lipat ako',
    'bukas ba sa sabado?',
    'libre ba?',
    'ano ang dadalhin ko?',
  ],
];

describe('questions about the moving-in answer', () => {
  it.each(MOVING_IN)('%s: "%s", then "%s", "%s" and "%s"', async (locale, first, weekend, fee, bring) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'multicultural:movingIn');

    // The ward office's confirmed days (Fridays, the fourth Sunday for some procedures), its card.
    const days = await h.say(weekend);
    expect(days.topic).toBe('multicultural');
    says(days, locale, 'multicultural:wardDays');
    saysNot(days, locale, 'multicultural:movingIn');
    expect(contactIds(days)).toContain('wardWindow');

    // No fee is on record for the registration: said so, with the city's page.
    const free = await h.say(fee);
    expect(free.topic).toBe('multicultural');
    says(free, locale, 'multicultural:feeUnknown');
    saysNot(free, locale, 'multicultural:movingIn');

    // The confirmed documents, the special permanent resident's certificate among them.
    const documents = await h.say(bring);
    expect(documents.topic).toBe('multicultural');
    says(documents, locale, 'multicultural:movingInBring');
    saysNot(documents, locale, 'multicultural:movingIn');
    expect(read(documents)).toContain('特別永住者証明書');
  });
});

describe('questions about the other foreign-residents answers', () => {
  it('en: the My Number card, then "is it free?" → the first card is free (confirmed), not the card again', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say('My Number card'), 'en', 'multicultural:myNumber');
    const turn = await h.say('is it free?');
    says(turn, 'en', 'multicultural:myNumberFree');
    saysNot(turn, 'en', 'multicultural:myNumber');
  });

  it('ja: the My Number card, then 土曜日も開いてる？ → the ward office days, where the card is received', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('マイナンバーカードについて知りたい'), 'ja', 'multicultural:myNumber');
    const turn = await h.say('土曜日も開いてる？');
    says(turn, 'ja', 'multicultural:wardDays');
    expect(contactIds(turn)).toContain('wardWindow');
  });

  it('en: International House, then "is it open on saturday?" → its hours are not on record, its desks', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say('where can I ask in my language'), 'en', 'multicultural:consult');
    const turn = await h.say('is it open on saturday?');
    says(turn, 'en', 'multicultural:hoursUnknown');
    saysNot(turn, 'en', 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });

  it('es: the one-day service, then ¿es gratis? → free, no reservation', async () => {
    const h = createHarness({ now: NOW, locale: 'es' });
    await h.say('menu:multicultural');
    says(await h.say('opt:oneDay'), 'es', 'multicultural:oneDay');
    const turn = await h.say('¿es gratis?');
    says(turn, 'es', 'multicultural:oneDayFree');
    saysNot(turn, 'es', 'multicultural:oneDay');
  });

  it.each<[Locale, string, string]>([
    ['ko', '차별을 받았어요', '토요일에도 하나요?'],
    ['ne', 'मलाई भेदभाव गरियो', 'शनिबार खुल्छ?'],
  ])(
    '%s: the human-rights line ("%s"), then "%s" → weekdays only, its card',
    async (locale, first, weekend) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'multicultural:humanRights');
      const turn = await h.say(weekend);
      says(turn, locale, 'multicultural:weekdaysOnly');
      saysNot(turn, locale, 'multicultural:humanRights');
      expect(contactIds(turn)).toEqual(['mojHumanRights']);
    },
  );
});

describe('enrolling a child in school: the desk that covers children’s education', () => {
  it.each<[Locale, string]>([
    ['ja', '子どもを学校に入れたい'],
    ['ja-easy', 'こどもを がっこうに いれたい'],
    ['en', 'how do I enroll my child in school'],
    ['zh-Hans', '孩子上学'],
    ['ko', '아이를 학교에 보내고 싶어요'],
    ['vi', 'đăng ký cho con vào trường'],
    ['pt-BR', 'matricular meu filho na escola'],
    ['tl', 'ipasok ang anak ko sa paaralan'],
  ])('%s: "%s" → no confirmed procedure, International House and OFIX', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:school');
    saysNot(turn, locale, 'multicultural:intro');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});

describe('discrimination: the human-rights line in foreign languages', () => {
  it.each<[Locale, string]>([
    ['ja', 'これは さべつですか'],
    ['ja-easy', 'さべつを されました'],
    ['en', 'racism at work'],
    ['pt-BR', 'isso é racismo?'],
    ['es', 'racismo'],
    ['id', 'saya didiskriminasi'],
  ])('%s: "%s" → the Ministry of Justice line', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:humanRights');
    expect(contactIds(turn)).toEqual(['mojHumanRights']);
  });
});

describe('controls', () => {
  it('ja: after the moving-in answer, a sure question about another service still goes there', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('転入届を出したい');
    const turn = await h.say('住民票がほしい');
    expect(turn.topic).toBe('certificate');
    saysNot(turn, 'ja', 'multicultural:movingIn');
    saysNot(turn, 'ja', 'multicultural:wardDays');
  });

  it('en: after the moving-in answer, "I want to talk to a person" is still that', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('I moved in, how do I register my address');
    const turn = await h.say('I want to talk to a person');
    expect(turn.topic).toBe('handoff');
    saysNot(turn, 'en', 'multicultural:movingInBring');
  });

  it('en: the moving-in question asked first still gets the whole moving-in answer', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say('I moved in, how do I register my address');
    says(turn, 'en', 'multicultural:movingIn');
    saysNot(turn, 'en', 'multicultural:movingInBring');
  });

  it('zh-Hans: the way to school (孩子上学路上的安全) is no school enrolment', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hans' });
    const turn = await h.say('孩子上学路上的安全');
    saysNot(turn, 'zh-Hans', 'multicultural:school');
  });

  it('en: "is it free?" as a first message is no follow-up of an answer never given', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say('is it free?');
    saysNot(turn, 'en', 'multicultural:feeUnknown');
    saysNot(turn, 'en', 'multicultural:myNumberFree');
  });
});
