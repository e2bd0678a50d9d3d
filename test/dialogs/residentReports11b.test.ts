import { snapshotOf } from '../../bot/analytics';
import type { Locale } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import { contactIds, FEEDBACK_CODES, MENU_CODES, NOW, read, says, saysNot } from './util';

// Once "was this helpful?" was answered (はい, "Yes", 役に立った, いいえ), a short follow-up lost the
// answer it was about: いくら？ after the convenience store's answer got "which certificate?",
// "what time can I use it?" "please name the place", "what do I need?" the foreign-residents menu,
// まだキャンセルできる？ after the cooling-off answer the consumer menu, 몇 시까지? after the moving-in
// answer "please name the place", ¿dónde? the fallback. Words typed instead of the buttons were
// understood. Now the menu after the feedback keeps the answer's topic and intent for the next
// words, which are read as if typed instead of the buttons; the feedback is still counted once.

const start = (locale: Locale) => createHarness({ now: NOW, locale });
type Harness = ReturnType<typeof start>;

const CONVENIENCE_STORE: Partial<Record<Locale, readonly string[]>> = {
  ja: ['住民票をコンビニで取りたい', 'はい'],
  en: ['I want a residence certificate at a convenience store', 'yes'],
  es: ['quiero un certificado de residencia en una tienda de conveniencia', 'sí'],
  ko: ['편의점에서 주민표를 받고 싶어요', '네'],
};
const COOLING_OFF = ['menu:consumer', 'opt:coolingOff', 'opt:doorToDoor', '11/24'];
const MOVING_IN: Partial<Record<Locale, string>> = {
  ja: '転入届を出したい',
  ko: '전입신고 하고 싶어요',
  es: 'me mudé a Osaka, registrar mi direccion',
};

async function walk(h: Harness, messages: readonly string[]): Promise<Turn> {
  let turn: Turn | undefined;
  for (const message of messages) turn = await h.say(message);
  return turn!;
}

/** The follow-up's reply typed instead of the feedback buttons, and once they were answered. */
async function bothWays(
  locale: Locale,
  answer: readonly string[],
  feedback: string,
  followUp: string,
): Promise<{ instead: Turn; after: Turn; thanks: Turn; h: Harness }> {
  const first = start(locale);
  const asked = await walk(first, answer);
  expect(asked.values).toEqual(FEEDBACK_CODES);
  const instead = await first.say(followUp);
  const h = start(locale);
  await walk(h, answer);
  const thanks = await h.say(feedback);
  expect(thanks.values).toEqual(MENU_CODES);
  const after = await h.say(followUp);
  return { instead, after, thanks, h };
}

describe('a follow-up after the convenience store answer and "was this helpful?" answered', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', 'はい', 'いくら？', 'certificate:fee'],
    ['ja', '役に立った', '何時から？', 'certificate:wardKonbini'],
    ['en', 'yes', 'how much is it?', 'certificate:fee'],
    ['en', 'Yes', 'what time can I use it?', 'certificate:wardKonbini'],
    ['es', 'sí', '¿cuánto cuesta?', 'certificate:fee'],
    ['ko', '네', '얼마예요?', 'certificate:fee'],
  ])(
    '%s: "%s", then "%s" → that answer\'s line, as before the feedback',
    async (locale, fb, question, key) => {
      const { instead, after, thanks, h } = await bothWays(locale, CONVENIENCE_STORE[locale]!, fb, question);
      says(thanks, locale, 'feedback.thanks');
      expect(after.topic).toBe('certificate');
      says(after, locale, key);
      saysNot(after, locale, 'certificate:whichPrompt');
      saysNot(after, locale, 'whichPlace');
      expect(read(after)).toBe(read(instead));
      expect(after.values).toEqual(FEEDBACK_CODES);
      expect(snapshotOf(await h.runtime.counters.report()).feedback.certificate?.helpful).toBe(1);
    },
  );

  it.each<[Locale, string, string]>([
    ['ja', 'はい', '何が必要ですか'],
    ['en', 'yes', 'what do I need?'],
  ])('%s: "%s", then "%s" → still the certificate, not the foreign-residents menu', async (locale, fb, q) => {
    const { instead, after } = await bothWays(locale, CONVENIENCE_STORE[locale]!, fb, q);
    expect(after.topic).toBe('certificate');
    saysNot(after, locale, 'certificate:whichPrompt');
    expect(read(after)).toBe(read(instead));
  });
});

describe('a follow-up after the cooling-off answer and "was this helpful?" answered', () => {
  it('ja: はい, then まだキャンセルできる？ → the answer again with its last day, not the consumer menu', async () => {
    const { instead, after } = await bothWays('ja', COOLING_OFF, 'はい', 'まだキャンセルできる？');
    expect(after.topic).toBe('consumer');
    expect(read(after)).toContain('2026年12月1日');
    saysNot(after, 'ja', 'consumer:intro');
    expect(read(after)).toBe(read(instead));
  });

  it('en: yes, then "what if I already paid?" → the paid answer, not "I did not understand"', async () => {
    const { instead, after } = await bothWays('en', COOLING_OFF, 'yes', 'what if I already paid?');
    expect(after.topic).toBe('consumer');
    says(after, 'en', 'consumer:coolingOff.paid');
    saysNot(after, 'en', 'fallback');
    expect(read(after)).toBe(read(instead));
  });

  it('en: no, then "what if it came on the 27th?" → the answer for that day', async () => {
    const { instead, after, thanks } = await bothWays(
      'en',
      COOLING_OFF,
      'no',
      'what if it came on the 27th?',
    );
    says(thanks, 'en', 'feedback.sorry');
    expect(after.topic).toBe('consumer');
    expect(read(after)).toContain('November 27');
    expect(read(after)).toBe(read(instead));
  });
});

describe('a follow-up after a foreign-residents answer and "was this helpful?" answered', () => {
  it.each<[Locale, string, string, string, string]>([
    ['ja', '外国人の相談窓口を教えて', '役に立った', '予約は必要ですか', 'multicultural:deskAppointment'],
    ['ko', MOVING_IN.ko!, '네', '몇 시까지?', 'multicultural:wardHours'],
    ['es', MOVING_IN.es!, 'sí', '¿necesito cita?', 'multicultural:deskAppointment'],
    ['es', MOVING_IN.es!, 'no', '¿dónde?', 'multicultural:wardWhere'],
  ])('%s: "%s", "%s", then "%s" → that detail of the answer', async (locale, first, fb, question, key) => {
    const { instead, after } = await bothWays(locale, [first], fb, question);
    expect(after.topic).toBe('multicultural');
    saysNot(after, locale, 'whichPlace');
    saysNot(after, locale, 'fallback');
    if (key !== 'multicultural:deskAppointment' || locale === 'ja') says(after, locale, key);
    expect(read(after)).toBe(read(instead));
  });

  it('es: the one-day service, sí, then "¿en español?" → whether it is held in Spanish, not a language change', async () => {
    const { instead, after } = await bothWays(
      'es',
      ['menu:multicultural', 'opt:oneDay'],
      'sí',
      '¿en español?',
    );
    says(after, 'es', 'multicultural:oneDayLanguages');
    saysNot(after, 'es', 'language.changed');
    expect(read(after)).toBe(read(instead));
  });
});

describe('a follow-up after "talk to a person" (crime-victim desks) and "was this helpful?" answered', () => {
  it.each<[Locale, string, string, string, string]>([
    [
      'en',
      'I was a victim of a crime, where can I get support',
      'I want to talk to a person',
      'yes',
      'is it free?',
    ],
    ['ja', '犯罪被害にあいました。相談したい', '担当者と話したい', 'はい', '何時まで？'],
  ])(
    '%s: "%s", "%s", "%s", then "%s" → the same desks, not another menu',
    async (locale, first, person, fb, q) => {
      const { instead, after } = await bothWays(locale, [first, person], fb, q);
      expect(after.topic).toBe('handoff');
      expect(contactIds(after).slice(0, 2)).toEqual(['victimDesk', 'advocacyCentre']);
      saysNot(after, locale, 'consumer:intro');
      saysNot(after, locale, 'whichPlace');
      expect(contactIds(after)).toEqual(contactIds(instead));
    },
  );
});

describe('"once more" after "was this helpful?" was answered', () => {
  it.each<[Locale, string, string]>([
    ['ja', 'はい', 'もう一回'],
    ['en', 'yes', 'once more'],
  ])('%s: "%s", then "%s" → the convenience store answer again', async (locale, fb, again) => {
    const { instead, after } = await bothWays(locale, CONVENIENCE_STORE[locale]!, fb, again);
    says(after, locale, 'certificate:konbini');
    expect(read(after)).toBe(read(instead));
  });

  it('en: after "talk to a person", yes, then "once more" → the same list', async () => {
    const { instead, after } = await bothWays('en', ['I want to talk to a person'], 'yes', 'once more');
    expect(after.topic).toBe('handoff');
    expect(contactIds(after)).toEqual(contactIds(instead));
    expect(contactIds(after).length).toBeGreaterThan(0);
  });
});

describe('controls: the feedback itself, and a new topic after it', () => {
  it.each<[Locale, readonly string[], string, string, string]>([
    ['ja', CONVENIENCE_STORE.ja!, 'はい', '訪問販売で契約したけどやめたい', 'consumer'],
    ['en', CONVENIENCE_STORE.en!, 'yes', 'I want to find a job', 'jobs'],
    ['ko', [MOVING_IN.ko!], '아니요', '주민표가 필요해요', 'certificate'],
    ['es', COOLING_OFF, 'sí', 'quiero un certificado de residencia', 'certificate'],
  ])('%s: a new topic after the feedback starts that topic', async (locale, answer, fb, text, topic) => {
    const h = start(locale);
    await walk(h, answer);
    await h.say(fb);
    const turn = await h.say(text);
    expect(turn.topic).toBe(topic);
  });

  it.each<[Locale, string]>([
    ['ja', 'いいえ'],
    ['en', 'no'],
    ['es', 'no'],
  ])('%s: "%s" at "was this helpful?" → sorry and the menu, counted once', async (locale, no) => {
    const h = start(locale);
    await walk(h, CONVENIENCE_STORE[locale]!);
    const turn = await h.say(no);
    says(turn, locale, 'feedback.sorry');
    expect(turn.values).toEqual(MENU_CODES);
    expect(snapshotOf(await h.runtime.counters.report()).feedback.certificate?.notHelpful).toBe(1);
  });

  it('ja: the follow-up is answered and asks "was this helpful?" once, counted apart; はい again is only thanked', async () => {
    const h = start('ja');
    await walk(h, CONVENIENCE_STORE.ja!);
    await h.say('はい');
    const fee = await h.say('いくら？');
    says(fee, 'ja', 'certificate:fee');
    expect(fee.values).toEqual(FEEDBACK_CODES);
    const thanks = await h.say('はい');
    says(thanks, 'ja', 'feedback.thanks');
    expect(thanks.values).toEqual(MENU_CODES);
    expect(snapshotOf(await h.runtime.counters.report()).feedback.certificate?.helpful).toBe(2);
    // A bare はい at the menu is no new question and no second feedback.
    const menu = await h.say('はい');
    saysNot(menu, 'ja', 'feedback.question');
    expect(menu.values).toEqual(MENU_CODES);
    expect(snapshotOf(await h.runtime.counters.report()).feedback.certificate?.helpful).toBe(2);
  });
});
