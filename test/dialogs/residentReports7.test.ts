import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, expectNotSays, expectSays, NOW, openingOf, read, start } from './util';

// Typing round 7 (F-07): "my bike was stolen" opened the crime-victim menu (grief, condolence
// money) and never said where to report the theft. It is a theft to report: the police, through a
// 交番 or #9110 when not urgent (osaka-facts.md, confirmed), 110 when in danger now.
describe('a stolen bicycle', () => {
  it.each<[Locale, string]>([
    ['ja', '自転車が盗まれました'],
    ['ja', '駅の駐輪場で自転車を盗まれたみたいです。どうしたらいいですか'],
    ['ja-easy', 'じてんしゃを ぬすまれました'],
    ['en', 'my bike was stolen, what do I do?'],
    ['en', 'someone stole my bicycle from the station parking'],
    ['vi', 'Xe đạp của tôi bị mất cắp'],
    ['ko', '자전거를 도둑맞았어요'],
    ['zh-Hans', '我的自行车被偷了'],
    ['zh-Hant', '我的腳踏車被偷了'],
    ['es', 'Me robaron la bicicleta'],
    ['pt-BR', 'Roubaram minha bicicleta'],
    ['id', 'Sepeda saya dicuri di stasiun'],
    ['tl', 'Ninakaw ang bisikleta ko'],
    ['th', 'จักรยานถูกขโมย'],
    ['ne', 'मेरो साइकल चोरी भयो'],
  ])('%s: "%s" → report it to the police (交番, #9110), not the victim menu', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('safety');
    if (locale === 'ja' || locale === 'ja-easy' || locale === 'en') {
      expectSays(turn, locale, 'safety:bicycleTheft');
      expectNotSays(turn, locale, 'victim:intro');
    } else {
      expect(read(turn)).toContain(openingOf(locale, 'safety:bicycleTheft'));
      expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
    }
    // Not the insurance answer either (insured since 2016-07-01), which answers nothing here.
    expect(read(turn)).not.toContain('2016');
    expect(contactIds(turn)).toEqual(['police9110']);
    expect(read(turn)).toMatch(/交番/);
    expect(read(turn)).toContain('110');
  });

  it.each<['ja' | 'en', string]>([
    ['ja', '自転車を盗まれて、犯人に殴られました'],
    ['en', 'my bike was stolen and the thief hit me'],
  ])('%s: "%s" (hurt as well) still reaches victim support', async (locale, text) => {
    const h = start(locale);
    const turn = await h.say(text);
    expect(['victim', 'emergency']).toContain(turn.topic);
    expectNotSays(turn, locale, 'safety:bicycleTheft');
  });

  it.each<['ja' | 'en', string]>([
    ['ja', '財布を盗まれました'],
    ['en', 'my wallet was stolen'],
  ])('%s: "%s" (not a bicycle) stays with victim support', async (locale, text) => {
    const h = start(locale);
    const turn = await h.say(text);
    expect(turn.topic).toBe('victim');
    expectNotSays(turn, locale, 'safety:bicycleTheft');
  });
});

// Round 7 (F-10): right after the one-day consultation answer, "is it free?" and "do I need to
// book?" in the resident's own language got the scam menu or the certificate menu. The question is
// about that answer: "is it free?" and "do I need to book?" get the line that says it is free and
// no reservation is needed (multi-turn probes: the whole answer again; "do I need to book?" got it
// again by design until the follow-ups of multiculturalFollowUps2.test.ts).
describe('"is it free?" and "do I need a reservation?" right after an answer', () => {
  const FREE = 'multicultural:oneDayFree';
  it.each<[Locale, string, string]>([
    ['ko', '무료인가요?', FREE],
    ['ko', '예약이 필요해요?', FREE],
    ['ja', '無料ですか', FREE],
    ['ja', '予約は必要ですか', FREE],
    ['zh-Hans', '免费吗？', FREE],
    ['vi', 'có miễn phí không?', FREE],
    ['es', '¿es gratis?', FREE],
    ['pt-BR', 'é de graça?', FREE],
    ['th', 'ฟรีไหม', FREE],
    ['tl', 'libre ba?', FREE],
    ['id', 'apakah perlu reservasi dulu?', FREE],
    ['ne', 'के यो निःशुल्क हो?', FREE],
  ])('%s: "%s" after the one-day consultation answer → %s', async (locale, text, key) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:multicultural');
    const answer = await h.say('opt:oneDay');
    expect(read(answer)).toContain(openingOf(locale, 'multicultural:oneDay'));
    const turn = await h.say(text);
    expect(turn.topic).toBe('multicultural');
    expect(read(turn)).toContain(openingOf(locale, key));
    expect(read(turn)).not.toContain(openingOf(locale, 'consumer:intro'));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:oneDay'));
  });

  it('ko: the same question as a first message is not taken for a follow-up', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    const turn = await h.say('무료인가요?');
    expect(read(turn)).not.toContain(openingOf('ko', 'multicultural:oneDay'));
  });
});

// Round 7: "I'm scared" on its own got the town-safety menu (touting, bicycles) in Japanese and
// Korean, "talk to a person" in Vietnamese. Someone frightened gets the victim-support opening:
// 110/119 first, and no need to say what happened. Asking whether a place is scary stays safety.
describe('"I am scared" on its own', () => {
  it.each<[Locale, string]>([
    ['ja', 'こわいです'],
    ['ja', '怖いです'],
    ['ko', '무서워요'],
    ['vi', 'Tôi sợ lắm'],
    ['en', 'I am scared'],
    ['th', 'กลัวมาก'],
  ])('%s: "%s" → the victim-support opening', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf(locale, 'victim:intro'));
    expect(read(turn)).not.toContain(openingOf(locale, 'safety:intro'));
  });

  it.each<['ja' | 'en', string]>([
    ['ja', '西成は夜こわいですか'],
    ['en', 'Is Namba scary at night?'],
    ['ja', '夜道を歩くのがこわいです'],
    ['en', 'I feel scared walking home at night'],
  ])('%s: "%s" (a place or the night) → town safety', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('safety');
    expectNotSays(turn, locale, 'victim:intro');
  });
});

// Round 7 and earlier: "I don't understand" got "talk to a person" in most languages (a person
// can explain, the desks of the topic first), but the scam menu in Korean and the foreign-residents
// menu in Nepali and Chinese. (Japanese わかりません gets the answer in easy Japanese instead.)
describe('"I don\'t understand" right after an answer', () => {
  it.each<[Locale, string]>([
    ['ko', '이해가 안 돼요'],
    ['ko', '무슨 뜻인지 모르겠어요'],
    ['ne', 'मैले बुझिनँ'],
    ['zh-Hans', '看不懂'],
    ['en', "I don't understand"],
  ])('%s: "%s" → talk to a person, the topic\'s desks first', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:multicultural');
    await h.say('opt:oneDay');
    const turn = await h.say(text);
    expect(turn.topic).toBe('handoff');
    // The foreign residents' desks, as "talk to a person" gives after their answers.
    expect(contactIds(turn)[0]).toBe('ihOsaka');
    expect(read(turn)).not.toContain(openingOf(locale, 'consumer:intro'));
  });
});
