import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contact, contactIds, NOW, says, saysNot } from './util';

const start = (locale: Locale) => createHarness({ now: NOW, locale });
type Harness = ReturnType<typeof start>;

// At the end of a crime-victim answer the bot asks "see other support?"; いいえ / "no" there closed
// the path gently, and cleared what it was about: 何時まで？, "where is it?" next got "please name
// the place" or "I did not understand", 電話番号は？ the bureau's general list. The closing words
// stay as they were, alone; the next question about hours, place or phone is about the desk just
// shown, as after "was this helpful?" answered for the other services.
const VICTIM: Partial<Record<Locale, string>> = {
  ja: '犯罪被害にあいました',
  'ja-easy': 'はんざいの ひがいに あいました',
  en: 'I was a victim of a crime',
  ko: '범죄 피해를 당했어요',
  es: 'fui víctima de un delito',
};

/** The path's answer for one desk, then "no" at "see other support?". */
async function deskThenNo(locale: Locale, desk: string, no: string): Promise<Harness> {
  const h = start(locale);
  says(await h.say(VICTIM[locale]!), locale, 'victim:intro');
  const answer = await h.say(`opt:${desk}`);
  says(answer, locale, 'victim:more');
  const closed = await h.say(no);
  // The gentle closing, alone: no menu, no question.
  says(closed, locale, 'victim:stopped');
  expect(closed.values).toEqual([]);
  return h;
}

describe('crime-victim path: a question about the desk after "no" at "see other support?"', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', 'centre', 'いいえ', '何時まで？'],
    ['ja', 'cityDesk', 'いいえ', '何時まで？'],
    ['ja', 'centre', 'いいえ', 'どこですか'],
    ['ja', 'centre', 'opt:stop', '何時まで？'],
    ['ja-easy', 'centre', 'いいえ', 'なんじ まで？'],
    ['en', 'centre', 'no', 'until what time?'],
    ['en', 'cityDesk', 'no', 'where is it?'],
    ['ko', 'centre', '아니요', '몇 시까지예요?'],
    ['es', 'cityDesk', 'no', '¿hasta qué hora?'],
  ])('%s: %s, "%s", then "%s" → that desk\'s answer again', async (locale, desk, no, question) => {
    const h = await deskThenNo(locale, desk, no);
    const turn = await h.say(question);
    expect(turn.topic).toBe('victim');
    says(turn, locale, `victim:${desk}`);
    saysNot(turn, locale, 'whichPlace');
    saysNot(turn, locale, 'fallback');
    saysNot(turn, locale, 'victim:intro');
    const id = desk === 'centre' ? 'advocacyCentre' : 'victimDesk';
    expect(contactIds(turn)).toEqual([id]);
    // Hours only where on record: the centre's weekdays, the city desk's page.
    if (id === 'advocacyCentre') expect(contact(turn, id).schedule).toBeDefined();
    else expect(contact(turn, id).schedule).toBeUndefined();
    says(turn, locale, 'victim:more');
  });

  it.each<[Locale, string, string, string]>([
    ['ja', 'centre', 'いいえ', '電話番号は？'],
    ['en', 'police', 'no', 'what is the phone number?'],
    ['ko', 'centre', '아니요', '전화번호는요?'],
  ])('%s: %s, "%s", then "%s" → this path\'s desks first', async (locale, desk, no, question) => {
    const h = await deskThenNo(locale, desk, no);
    const turn = await h.say(question);
    saysNot(turn, locale, 'whichPlace');
    saysNot(turn, locale, 'fallback');
    expect(contactIds(turn).slice(0, 3)).toEqual(['victimDesk', 'advocacyCentre', 'police9110']);
  });

  it('ja: another service after the closing is that service', async () => {
    const h = await deskThenNo('ja', 'centre', 'いいえ');
    const turn = await h.say('住民票をコンビニで取りたい');
    expect(turn.topic).toBe('certificate');
  });

  it('ja: いいえ at the first menu (no desk shown yet) still only closes', async () => {
    const h = start('ja');
    await h.say(VICTIM.ja!);
    const closed = await h.say('いいえ');
    says(closed, 'ja', 'victim:stopped');
    expect(closed.values).toEqual([]);
  });
});
