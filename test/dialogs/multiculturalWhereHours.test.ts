import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contact, contactIds, NOW, read, says, saysNot } from './util';

// Multi-turn probes (foreign residents): after the moving-in or the My Number card answer,
// "where is it?" (どこに行けばいい？, 在哪里办？, 어디로 가요?, ở đâu?, onde fica?), "until what time?"
// (何時まで？, 几点关门？, 몇 시까지?, mấy giờ đóng cửa?, até que horas?) and "do I need an
// appointment?" (予約いる？, 需要预约吗？, 예약해야 돼요?, có cần đặt lịch hẹn không?, preciso
// marcar?) each got the whole answer again ("preciso marcar?" and "¿necesito cita?" the certificate
// menu, 예약해야 돼요? "talk to a person"). Where: the ward office of the ward one lives in, with
// the certificate dialog's ward-office line. Until when: the weekday hours are not on record here
// (said so, the ward's page), Fridays until 19:00 and the fourth Sunday (some procedures) are.
// An appointment: not on record here, the official page and the ward office.

/** The moving-in question, then "where?", "until what time?" and "do I need an appointment?". */
const MOVING_IN: ReadonlyArray<[Locale, string, string, string, string]> = [
  ['ja', '転入届を出したい', 'どこに行けばいい？', '何時まで？', '予約いる？'],
  [
    'ja-easy',
    'ひっこしの てつづきを したい',
    'どこに いけば いいですか',
    'なんじまで ですか',
    'よやく いりますか',
  ],
  [
    'en',
    'I moved in, how do I register my address',
    'where is it?',
    'until what time?',
    'do I need an appointment?',
  ],
  ['zh-Hans', '我刚搬来大阪，要办迁入手续', '在哪里办？', '几点关门？', '需要预约吗？'],
  ['ko', '전입신고 하고 싶어요', '어디로 가요?', '몇 시까지?', '예약해야 돼요?'],
  ['vi', 'tôi mới chuyển đến, đăng ký địa chỉ', 'ở đâu?', 'mấy giờ đóng cửa?', 'có cần đặt lịch hẹn không?'],
  ['pt-BR', 'registro de mudança', 'onde fica?', 'até que horas?', 'preciso marcar?'],
  ['es', 'me mudé a Osaka, registrar mi direccion', '¿dónde?', '¿hasta qué hora?', '¿necesito cita?'],
];

describe('where, until when, an appointment: after the moving-in answer', () => {
  it.each(MOVING_IN)(
    '%s: "%s", then "%s", "%s" and "%s"',
    async (locale, first, where, until, appointment) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'multicultural:movingIn');

      // The ward office of the ward one lives in, and the certificate's ward-office line (its place
      // and weekday hours on the ward's page; Fridays, the fourth Sunday); its card and 区政支援室.
      const place = await h.say(where);
      expect(place.topic).toBe('multicultural');
      says(place, locale, 'multicultural:wardWhere');
      says(place, locale, 'certificate:wardOffice');
      saysNot(place, locale, 'multicultural:movingIn');
      expect(contactIds(place)).toEqual(['wardWindow', 'wardSupport']);
      expect(contact(place, 'wardSupport').phone).toBe('06-6208-7621');

      // The weekday hours are not on record: said so; Fridays until 19:00 and the fourth Sunday's
      // card (9:00–17:30, some procedures) are.
      const hours = await h.say(until);
      expect(hours.topic).toBe('multicultural');
      says(hours, locale, 'multicultural:wardHours');
      expect(read(hours)).toContain('19:00');
      saysNot(hours, locale, 'multicultural:movingIn');
      expect(contactIds(hours)).toEqual(['wardWindow', 'wardSupport']);
      expect(contact(hours, 'wardWindow').schedule).toContain('17:30');

      // Whether an appointment is needed is not on record: said so, the page and the ward office.
      const booking = await h.say(appointment);
      expect(booking.topic).toBe('multicultural');
      says(booking, locale, 'multicultural:appointmentUnknown');
      saysNot(booking, locale, 'multicultural:movingIn');
      expect(contactIds(booking)).toContain('wardWindow');
    },
  );

  it('ja: 土曜日は何時まで？ → one line for the hours (the whole week), not the weekend line besides', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('転入届を出したい');
    const turn = await h.say('土曜日は何時まで？');
    says(turn, 'ja', 'multicultural:wardHours');
    saysNot(turn, 'ja', 'multicultural:wardDays');
    saysNot(turn, 'ja', 'multicultural:movingIn');
  });
});

describe('where, until when, an appointment: after the My Number card answer', () => {
  it('en: "where is it?", "until what time?", "do I need an appointment?"', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say('My Number card'), 'en', 'multicultural:myNumber');
    const place = await h.say('where is it?');
    says(place, 'en', 'multicultural:wardWhere');
    saysNot(place, 'en', 'multicultural:myNumber');
    expect(contactIds(place)).toEqual(['wardWindow', 'wardSupport']);
    const hours = await h.say('until what time?');
    says(hours, 'en', 'multicultural:wardHours');
    saysNot(hours, 'en', 'multicultural:myNumber');
    const booking = await h.say('do I need an appointment?');
    says(booking, 'en', 'multicultural:appointmentUnknown');
    saysNot(booking, 'en', 'multicultural:myNumber');
  });

  it('ja: 何時までやってる？ → the ward office hours as confirmed', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('マイナンバーカードについて知りたい'), 'ja', 'multicultural:myNumber');
    const turn = await h.say('何時までやってる？');
    expect(turn.topic).toBe('multicultural');
    says(turn, 'ja', 'multicultural:wardHours');
    saysNot(turn, 'ja', 'multicultural:myNumber');
  });
});

describe('controls', () => {
  it('ja: a sure other-service question after the moving-in answer still leaves (the fake police call)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('転入届を出したい');
    const turn = await h.say('警察を名乗る電話がきた、どこに相談すればいい？');
    expect(turn.topic).toBe('consumer');
    saysNot(turn, 'ja', 'multicultural:wardWhere');
  });

  it('ja: 住民票はどこでとれますか after the moving-in answer is the certificate', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('転入届を出したい');
    const turn = await h.say('住民票はどこでとれますか');
    expect(turn.topic).toBe('certificate');
    saysNot(turn, 'ja', 'multicultural:wardWhere');
  });

  it('ja: a residence card question of its own after the moving-in answer gets its own answer', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('転入届を出したい');
    const turn = await h.say('在留カードの期限が切れた、どこに行けばいい？');
    says(turn, 'ja', 'multicultural:residenceCard');
    saysNot(turn, 'ja', 'multicultural:wardWhere');
  });

  it.each<[Locale, string]>([
    ['ja', '何時まで？'],
    ['en', 'do I need an appointment?'],
    ['pt-BR', 'onde fica?'],
  ])('%s: "%s" as a first message is no ward-office follow-up', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    saysNot(turn, locale, 'multicultural:wardWhere');
    saysNot(turn, locale, 'multicultural:wardHours');
    saysNot(turn, locale, 'multicultural:appointmentUnknown');
  });

  it('en: "where is it?" after International House is not sent to a ward office', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say('where can I ask in my language'), 'en', 'multicultural:consult');
    const turn = await h.say('where is it?');
    saysNot(turn, 'en', 'multicultural:wardWhere');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});

describe('after a certificate answer, the certificate dialog answers as before', () => {
  it('ja: 住民票, はい, then どこ？ → the certificate ward-office answer (its cards)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('住民票がほしい');
    says(await h.say('はい'), 'ja', 'certificate:konbini');
    const turn = await h.say('どこ？');
    expect(turn.topic).toBe('certificate');
    says(turn, 'ja', 'certificate:wardOffice');
    saysNot(turn, 'ja', 'multicultural:wardWhere');
    expect(contactIds(turn)).toEqual(['wardWindow', 'requestBox', 'wardSupport']);
  });

  it.each<[Locale, string, string, string]>([
    ['ja', '住民票がほしい', 'いいえ', '予約いる？'],
    ['ja', '住民票がほしい', 'はい', '何時まで？'],
    ['en', 'I need a residence certificate', 'no', 'until what time?'],
    ['pt-BR', 'preciso de um atestado de residência', 'não', 'preciso marcar?'],
  ])('%s: "%s", "%s", then "%s" stays with the certificate', async (locale, first, card, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say(first);
    await h.say(card);
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    saysNot(turn, locale, 'multicultural:wardWhere');
    saysNot(turn, locale, 'multicultural:wardHours');
    saysNot(turn, locale, 'multicultural:appointmentUnknown');
  });
});
