import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import type { Turn } from '../helpers/harness';
import { contact, contactIds, NOW, says, saysNot } from './util';

// Multi-turn probes (foreign residents): right after the International House answer, the one-day
// information service's and the human-rights line's, "where is it?" (どこ？, 在哪里？, 어디예요?,
// ở đâu?, onde fica?), "until what time?" (何時まで？, 几点关门？, 몇 시까지?, mấy giờ đóng cửa?,
// até que horas?) and "do I need an appointment?" (予約いる？, 需要预约吗？, 예약해야 돼요?, có cần
// đặt lịch hẹn không?, preciso marcar?) each got the whole answer again. Now the line for what was
// asked, as far as it is on record, and the answer's card:
// - International House: its address, hours and booking are not on record (R9-15): said so, its
//   official page and OFIX on the cards; no hour or phone is made up.
// - the one-day service: no reservation needed and free (confirmed); its next date, hours and
//   place are on the city page, not on record here.
// - the Ministry of Justice line: a telephone line, weekdays only; its card carries 9:00–17:00.

/** The messages that reach an answer (a menu tap where the words reach only the menu), then the three questions. */
type Row = [Locale, string[], string, string, string];

const WHERE_HOURS_BOOKING: Record<string, [string, string, string]> = {
  ja: ['どこ？', '何時まで？', '予約いる？'],
  'ja-easy': ['どこに いけば いいですか', 'なんじまで ですか', 'よやく いりますか'],
  en: ['where is it?', 'until what time?', 'do I need an appointment?'],
  'zh-Hans': ['在哪里？', '几点关门？', '需要预约吗？'],
  ko: ['어디예요?', '몇 시까지?', '예약해야 돼요?'],
  vi: ['ở đâu?', 'mấy giờ đóng cửa?', 'có cần đặt lịch hẹn không?'],
  'pt-BR': ['onde fica?', 'até que horas?', 'preciso marcar?'],
  es: ['¿dónde?', '¿hasta qué hora?', '¿necesito cita?'],
};

const rows = (first: Partial<Record<Locale, string[]>>): Row[] =>
  Object.entries(first).map(([locale, messages]) => {
    const [where, until, booking] = WHERE_HOURS_BOOKING[locale]!;
    return [locale as Locale, messages, where, until, booking];
  });

const TAP = (choice: string): string[] => ['menu:multicultural', `opt:${choice}`];

async function answered(locale: Locale, messages: string[], key: string) {
  const h = createHarness({ now: NOW, locale });
  let turn: Turn | undefined;
  for (const message of messages) turn = await h.say(message);
  says(turn!, locale, key);
  return h;
}

describe('where, until when, an appointment: after the International House answer', () => {
  it.each(
    rows({
      ja: ['インターナショナルハウスについて教えて'],
      'ja-easy': ['こくさいこうりゅうセンターで そうだん したい'],
      en: ['International House Osaka'],
      'zh-Hans': ['International House Osaka'],
      ko: ['International House Osaka'],
      vi: ['International House Osaka'],
      'pt-BR': ['International House Osaka'],
      es: ['International House Osaka'],
    }),
  )('%s: %j, then "%s", "%s" and "%s"', async (locale, first, where, until, booking) => {
    const h = await answered(locale, first, 'multicultural:consult');

    // Its address is not on record: said so, its official page (and OFIX) on the cards.
    const place = await h.say(where);
    expect(place.topic).toBe('multicultural');
    says(place, locale, 'multicultural:deskWhere');
    saysNot(place, locale, 'multicultural:consult');
    expect(contactIds(place)).toEqual(['ihOsaka', 'ofix']);
    expect(contact(place, 'ihOsaka').url).toContain('ih-osaka.or.jp');

    // Nor are its hours: said so, no hour of its own on its card.
    const hours = await h.say(until);
    expect(hours.topic).toBe('multicultural');
    says(hours, locale, 'multicultural:deskHours');
    saysNot(hours, locale, 'multicultural:consult');
    expect(contactIds(hours)).toEqual(['ihOsaka', 'ofix']);
    expect(contact(hours, 'ihOsaka').schedule).toBeUndefined();
    expect(contact(hours, 'ihOsaka').phone).toBeUndefined();

    // Nor whether one books: said so, not the ward office's line (this is no ward procedure).
    const appointment = await h.say(booking);
    expect(appointment.topic).toBe('multicultural');
    says(appointment, locale, 'multicultural:deskAppointment');
    saysNot(appointment, locale, 'multicultural:appointmentUnknown');
    saysNot(appointment, locale, 'multicultural:consult');
    expect(contactIds(appointment)).toEqual(['ihOsaka', 'ofix']);
  });

  it('ja: 土曜日は何時まで？ → one line for its days and hours, not the weekend line besides', async () => {
    const h = await answered('ja', ['インターナショナルハウスについて教えて'], 'multicultural:consult');
    const turn = await h.say('土曜日は何時まで？');
    says(turn, 'ja', 'multicultural:deskHours');
    saysNot(turn, 'ja', 'multicultural:hoursUnknown');
    saysNot(turn, 'ja', 'multicultural:consult');
  });
});

describe('where, until when, an appointment: after the one-day information service answer', () => {
  it.each(
    rows({
      ja: ['外国人のための一日インフォメーションサービス'],
      'ja-easy': TAP('oneDay'),
      en: ['one-day consultation'],
      'zh-Hans': TAP('oneDay'),
      ko: TAP('oneDay'),
      vi: TAP('oneDay'),
      'pt-BR': TAP('oneDay'),
      es: TAP('oneDay'),
    }),
  )('%s: %j, then "%s", "%s" and "%s"', async (locale, first, where, until, booking) => {
    const h = await answered(locale, first, 'multicultural:oneDay');

    // The next date, hours and place are on the city page, not on record here.
    for (const question of [where, until]) {
      const turn = await h.say(question);
      expect(turn.topic).toBe('multicultural');
      says(turn, locale, 'multicultural:oneDayWhen');
      saysNot(turn, locale, 'multicultural:oneDay');
      expect(contactIds(turn)).toEqual(['oneDayService']);
      expect(contact(turn, 'oneDayService').url).toContain('0000611781');
    }

    // No reservation is needed, and it is free (confirmed).
    const appointment = await h.say(booking);
    expect(appointment.topic).toBe('multicultural');
    says(appointment, locale, 'multicultural:oneDayFree');
    saysNot(appointment, locale, 'multicultural:oneDay');
    saysNot(appointment, locale, 'multicultural:deskAppointment');
    expect(contactIds(appointment)).toEqual(['oneDayService']);
  });
});

describe('where, until when, an appointment: after the human-rights line answer', () => {
  it.each(
    rows({
      ja: ['人権の相談をしたい 外国語'],
      'ja-easy': ['さべつを されました'],
      en: ['racism at work'],
      'zh-Hans': ['我受到歧视'],
      ko: ['차별을 받았어요'],
      vi: ['tôi bị phân biệt đối xử'],
      'pt-BR': ['isso é racismo?'],
      es: ['racismo'],
    }),
  )('%s: %j, then "%s", "%s" and "%s"', async (locale, first, where, until, booking) => {
    const h = await answered(locale, first, 'multicultural:humanRights');

    // A telephone line: its number on the card.
    const place = await h.say(where);
    expect(place.topic).toBe('multicultural');
    says(place, locale, 'multicultural:phoneLine');
    saysNot(place, locale, 'multicultural:humanRights');
    expect(contactIds(place)).toEqual(['mojHumanRights']);
    expect(contact(place, 'mojHumanRights').phone).toBe('0570-090911');

    // Weekdays only; the card carries 9:00–17:00 (osaka-facts.md, confirmed).
    const hours = await h.say(until);
    expect(hours.topic).toBe('multicultural');
    says(hours, locale, 'multicultural:weekdaysOnly');
    saysNot(hours, locale, 'multicultural:humanRights');
    expect(contactIds(hours)).toEqual(['mojHumanRights']);
    expect(contact(hours, 'mojHumanRights').schedule).toMatch(/09:00.17:00/);

    // Whether one books is not on record: said so, the card to ask.
    const appointment = await h.say(booking);
    expect(appointment.topic).toBe('multicultural');
    says(appointment, locale, 'multicultural:deskAppointment');
    saysNot(appointment, locale, 'multicultural:humanRights');
    expect(contactIds(appointment)).toEqual(['mojHumanRights']);
  });
});

describe('controls', () => {
  it('en: "is it free?" after the one-day service is still free, no reservation (the detail as before)', async () => {
    const h = await answered('en', ['one-day consultation'], 'multicultural:oneDay');
    const turn = await h.say('is it free?');
    says(turn, 'en', 'multicultural:oneDayFree');
    saysNot(turn, 'en', 'multicultural:oneDayWhen');
  });

  it('ja: 土曜日もやってる？ after the human-rights line is still weekdays only, nothing else', async () => {
    const h = await answered('ja', ['これは さべつですか'], 'multicultural:humanRights');
    const turn = await h.say('土曜日もやってる？');
    says(turn, 'ja', 'multicultural:weekdaysOnly');
    saysNot(turn, 'ja', 'multicultural:phoneLine');
    expect(contactIds(turn)).toEqual(['mojHumanRights']);
  });

  it('en: "where is it?" after the moving-in answer is still the ward office', async () => {
    const h = await answered('en', ['I moved in, how do I register my address'], 'multicultural:movingIn');
    const turn = await h.say('where is it?');
    says(turn, 'en', 'multicultural:wardWhere');
    saysNot(turn, 'en', 'multicultural:deskWhere');
  });

  it.each<[Locale, string]>([
    ['ja', '何時まで？'],
    ['en', 'where is it?'],
    ['pt-BR', 'preciso marcar?'],
  ])('%s: "%s" as a first message is no follow-up of an answer never given', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    saysNot(turn, locale, 'multicultural:deskWhere');
    saysNot(turn, locale, 'multicultural:deskHours');
    saysNot(turn, locale, 'multicultural:deskAppointment');
    saysNot(turn, locale, 'multicultural:oneDayWhen');
    saysNot(turn, locale, 'multicultural:phoneLine');
  });
});
