import { snapshotOf } from '../../bot/analytics';
import type { Locale } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import { CommandRecognizer } from '../../knowledge/routing/commands';
import { contact, contactIds, FEEDBACK_CODES, MENU_CODES, NOW, read, says, saysNot } from './util';

const start = (locale: Locale) => createHarness({ now: NOW, locale });
type Harness = ReturnType<typeof start>;

async function walk(h: Harness, messages: readonly string[]): Promise<Turn> {
  let turn: Turn | undefined;
  for (const message of messages) turn = await h.say(message);
  return turn!;
}

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

// At "was this helpful?", a typed yes that carries a question (はい、いくらですか, "yes, how much is
// it?", 네, 얼마예요?) got the question answered, but the yes was not counted: staff saw no
// "helpful" for it. Now the yes or no is counted as its button is, and the question is answered.
const CONVENIENCE_STORE: Partial<Record<Locale, readonly string[]>> = {
  ja: ['住民票をコンビニで取りたい', 'はい'],
  en: ['I want a residence certificate at a convenience store', 'yes'],
  es: ['quiero un certificado de residencia en una tienda de conveniencia', 'sí'],
  ko: ['편의점에서 주민표를 받고 싶어요', '네'],
};

async function feedbackCounts(h: Harness) {
  return snapshotOf(await h.runtime.counters.report()).feedback.certificate;
}

describe('"was this helpful?" answered with a yes or no and a question', () => {
  it.each<[Locale, string, 'helpful' | 'notHelpful']>([
    ['ja', 'はい、いくらですか', 'helpful'],
    ['en', 'yes, how much is it?', 'helpful'],
    ['ko', '네, 얼마예요?', 'helpful'],
    ['ko', '네 얼마예요?', 'helpful'],
    ['es', 'sí, ¿cuánto cuesta?', 'helpful'],
    ['ja', 'いいえ、いくらですか', 'notHelpful'],
    ['en', 'no, how much is it?', 'notHelpful'],
  ])('%s: "%s" → counted %s, and the fee answered', async (locale, text, counter) => {
    const h = start(locale);
    const asked = await walk(h, CONVENIENCE_STORE[locale]!);
    expect(asked.values).toEqual(FEEDBACK_CODES);
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    says(turn, locale, 'certificate:fee');
    expect(turn.values).toEqual(FEEDBACK_CODES);
    const other = counter === 'helpful' ? 'notHelpful' : 'helpful';
    expect(await feedbackCounts(h)).toEqual({ [counter]: 1, [other]: 0 });
  });

  it('ja: はい、ありがとう → thanked and counted once, not "I did not understand"', async () => {
    const h = start('ja');
    await walk(h, CONVENIENCE_STORE.ja!);
    const turn = await h.say('はい、ありがとう');
    says(turn, 'ja', 'feedback.thanks');
    saysNot(turn, 'ja', 'fallback');
    expect(turn.values).toEqual(MENU_CODES);
    expect(await feedbackCounts(h)).toEqual({ helpful: 1, notHelpful: 0 });
  });

  it.each<[Locale, string, string, 'helpful' | 'notHelpful']>([
    ['ja', 'はい', 'feedback.thanks', 'helpful'],
    ['en', 'no', 'feedback.sorry', 'notHelpful'],
  ])('%s: a plain "%s" is as before: %s, the menu, counted once', async (locale, text, key, counter) => {
    const h = start(locale);
    await walk(h, CONVENIENCE_STORE[locale]!);
    const turn = await h.say(text);
    says(turn, locale, key);
    expect(turn.values).toEqual(MENU_CODES);
    expect((await feedbackCounts(h))?.[counter]).toBe(1);
  });

  it('es: a sentence that opens with "no" but no comma is not taken as feedback', async () => {
    const h = start('es');
    await walk(h, CONVENIENCE_STORE.es!);
    const turn = await h.say('no sé cuánto cuesta');
    expect(read(turn).length).toBeGreaterThan(0);
    expect(await feedbackCounts(h)).toBeUndefined();
  });

  it('ja: the follow-up after the counted yes asks "was this helpful?" again, counted apart', async () => {
    const h = start('ja');
    await walk(h, CONVENIENCE_STORE.ja!);
    await h.say('はい、いくらですか');
    const thanks = await h.say('はい');
    says(thanks, 'ja', 'feedback.thanks');
    expect(await feedbackCounts(h)).toEqual({ helpful: 2, notHelpful: 0 });
  });
});

describe('a yes or no that opens a longer message', () => {
  const commands = CommandRecognizer.load();
  it.each<[string, { yes: boolean; rest: string } | null]>([
    ['はい、いくらですか', { yes: true, rest: 'いくらですか' }],
    ['네 얼마예요?', { yes: true, rest: '얼마예요?' }],
    ['ใช่ครับ ราคาเท่าไหร่', { yes: true, rest: 'ราคาเท่าไหร่' }],
    ['No. Where is it?', { yes: false, rest: 'Where is it?' }],
    ['yes please, how much?', { yes: true, rest: 'how much?' }],
    ['no tengo tarjeta', null],
    ['ya sudah', null],
    ['はい', null],
    ['はい。', null],
    ['住民票、いくら', null],
  ])('"%s" → %j', (text, expected) => {
    expect(commands.leadingAnswer(text)).toEqual(expected);
  });
});
