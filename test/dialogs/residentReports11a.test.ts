import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, says, saysNot } from './util';

// The one-day information service named in hiragana or spaced easy Japanese: its kanji form got its
// answer, but がいこくじんのむりょうそうだんかいはありますか got the desks for foreign residents (the
// consultation rule's がいこくじん, weight 3, came first on a tie with the 相談会 words); so did
// 外国人の相談会はいつですか in kanji (外国人の相談). 相談会 with 外国人 anywhere in the message names it.
describe('the one-day consultation named without kanji → its answer', () => {
  it.each<[Locale, string]>([
    ['ja', 'がいこくじんのむりょうそうだんかいはありますか'],
    ['ja', 'がいこくじん の そうだんかい は いつ です か'],
    ['ja-easy', 'がいこくじん の そうだんかい は いつ です か'],
    ['ja-easy', 'がいこくじんむけの むりょうの そうだんかい ありますか'],
    ['ja-easy', 'そうだんかい がいこくじん'],
    ['ja', '外国人の相談会はいつですか'],
    ['ja', '外国人の無料相談会はありますか'],
    ['ja', 'ワンデイ相談について教えて'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });

  it.each<[Locale, string]>([
    ['ja', 'がいこくじんの そうだん'],
    ['ja', '外国人の相談窓口はどこ'],
  ])('%s: %s (no 相談会) → still the desks for foreign residents', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    says(turn, locale, 'multicultural:consult');
    saysNot(turn, locale, 'multicultural:oneDay');
  });
});

// The helper's probe: right after the one-day service's answer, 언제 해요? ("when is it held?") got
// the town-safety menu; いつですか, "when is it?", 什麼時候?, कहिले?, kapan? got "I did not
// understand", ¿cuándo es? the consumer menu, เมื่อไหร่? victim support, and 什么时候?, khi nào?,
// kailan?, quando é? its whole answer again. Its next date is not on record: that is said, with the
// city page where to check it (multicultural:oneDayWhen), in all 13 languages.
describe('"when is it?" right after the one-day service', () => {
  const FIRST: Readonly<Record<Locale, string>> = {
    ja: '外国人のための一日インフォメーションサービス',
    'ja-easy': 'がいこくじんの そうだんかい ありますか',
    en: 'one day information service for foreigners',
    ko: '외국인 무료 상담회가 있어요?',
    'zh-Hans': '外国人一日综合咨询会',
    'zh-Hant': '外國人一日綜合諮詢會',
    vi: 'dịch vụ thông tin một ngày cho người nước ngoài',
    tl: 'isang araw na information service',
    ne: 'एक दिने सूचना सेवा',
    'pt-BR': 'informação de um dia para estrangeiros',
    es: '¿Hay un día de consulta gratuita para extranjeros?',
    id: 'informasi satu hari untuk warga asing',
    th: 'บริการข้อมูลหนึ่งวันสำหรับชาวต่างชาติ',
  };

  it.each<[Locale, string]>([
    ['ja', 'いつですか'],
    ['ja', 'いつやってるの'],
    ['ja', '次はいつ？'],
    ['ja-easy', 'いつ ですか'],
    ['en', 'when is it?'],
    ['en', 'When is the next one?'],
    ['ko', '언제 해요?'],
    ['ko', '언제예요?'],
    ['zh-Hans', '什么时候?'],
    ['zh-Hant', '什麼時候?'],
    ['vi', 'khi nào?'],
    ['tl', 'kailan?'],
    ['ne', 'कहिले?'],
    ['ne', 'kahile ho?'],
    ['pt-BR', 'quando é?'],
    ['es', '¿cuándo es?'],
    ['id', 'kapan?'],
    ['th', 'เมื่อไหร่?'],
  ])('%s: "%s" → its date is not on record, see the city page', async (locale, when) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(FIRST[locale]), locale, 'multicultural:oneDay');
    const turn = await h.say(when);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:oneDayWhen');
    saysNot(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:intro');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });

  it('ko: "그 상담회는 언제 해요?" right after its answer → its date is not on record', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    says(await h.say(FIRST.ko), 'ko', 'multicultural:oneDay');
    const turn = await h.say('그 상담회는 언제 해요?');
    says(turn, 'ko', 'multicultural:oneDayWhen');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });

  // kailan (when) begins kailangan (need): a whole word only.
  it.each<[Locale, string]>([
    ['tl', 'kailangan bang magpa-appointment?'],
    ['en', 'do I need to book?'],
  ])('%s: "%s" → no reservation needed, not its date', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(FIRST[locale]), locale, 'multicultural:oneDay');
    const turn = await h.say(text);
    says(turn, locale, 'multicultural:oneDayFree');
    saysNot(turn, locale, 'multicultural:oneDayWhen');
    saysNot(turn, locale, 'multicultural:oneDay');
  });

  it('ja: いつですか after the desks for foreign residents is not about the one-day service', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('外国人の相談窓口はどこ'), 'ja', 'multicultural:consult');
    saysNot(await h.say('いつですか'), 'ja', 'multicultural:oneDayWhen');
  });
});

// The helper's probe: right after the one-day service's answer, 電話でも相談できますか ("can I
// consult by phone too?") got victim support, and "can I call instead?", 전화로도 돼요? and
// 可以打电话咨询吗？ the hand-off list. Its answer says: in person or by phone. It is given again.
describe('"by phone?" right after the one-day service', () => {
  it.each<[Locale, string, string]>([
    ['ja', '外国人の無料相談会はありますか', '電話でも相談できますか'],
    ['en', 'one day information service for foreigners', 'can I call instead?'],
    ['ko', '외국인 무료 상담회가 있어요?', '전화로도 돼요?'],
    ['zh-Hans', '外国人一日综合咨询会', '可以打电话咨询吗？'],
    ['es', '¿Hay un día de consulta gratuita para extranjeros?', '¿se puede por teléfono?'],
  ])('%s: after "%s", "%s" → its answer again', async (locale, first, phone) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'multicultural:oneDay');
    const turn = await h.say(phone);
    expect(turn.topic).toBe('multicultural');
    says(turn, locale, 'multicultural:oneDay');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});
