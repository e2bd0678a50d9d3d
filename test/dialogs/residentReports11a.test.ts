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
