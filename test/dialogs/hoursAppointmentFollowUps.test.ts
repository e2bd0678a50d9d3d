import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import type { Turn } from '../helpers/harness';
import { CONSUMER_DESKS, contact, contactIds, NOW, read, says, saysNot, VICTIM_DESKS } from './util';

// Multi-turn probes (crime victims, consumer trouble): "until what time?" and "do I need an
// appointment?" typed at the crime-victim menu got that menu again, the opening words too; after
// the desks' answer to "I don't want the police", both got that answer again, and after the
// advocacy centre's answer the appointment question did. After the consumer desks' answer
// (消費生活センターに相談したい), 予約いる？ and "until what time?" got the same answer again; in
// Chinese, Korean, Vietnamese and Portuguese the consumer menu, "talk to a person"'s list (예약해야
// 돼요?) or "which certificate?" (preciso marcar?). Now one line and the desks' cards: their hours
// as far as they are on record are on the cards; whether they need an appointment is not on record
// (osaka-facts.md), which is said.

/**
 * Asking for crime-victim support, "until what time?", "do I need an appointment?", and "I don't
 * want the police" (its answer lists the desks that are not the police).
 */
const VICTIM: ReadonlyArray<[Locale, string, string, string, string]> = [
  ['ja', '犯罪被害の相談をしたい', '何時まで？', '予約いる？', '警察には言いたくない'],
  [
    'ja-easy',
    'はんざい の ひがいしゃ です',
    'なんじまで ですか',
    'よやく いりますか',
    'けいさつには いいたくない',
  ],
  [
    'en',
    'I want to talk about being a crime victim',
    'until what time?',
    'do I need an appointment?',
    "I don't want the police",
  ],
  ['zh-Hans', '我想咨询犯罪被害', '几点关门？', '需要预约吗？', '我不想报警'],
  ['ko', '범죄 피해 상담을 하고 싶어요', '몇 시까지?', '예약해야 돼요?', '경찰에는 말하고 싶지 않아요'],
  [
    'vi',
    'tôi là nạn nhân tội phạm, muốn được tư vấn',
    'mấy giờ?',
    'có cần đặt lịch hẹn không?',
    'tôi không muốn báo công an',
  ],
  [
    'pt-BR',
    'quero falar sobre ser vítima de crime',
    'até que horas?',
    'preciso marcar?',
    'não quero ir à polícia',
  ],
];

/** The desks' line and cards, on the crime-victim path: then "see other support?", no opening words. */
function victimDesks(turn: Turn, locale: Locale, key: string): void {
  says(turn, locale, key);
  expect(contactIds(turn)).toEqual(VICTIM_DESKS);
  says(turn, locale, 'victim:more');
  saysNot(turn, locale, 'victim:intro');
}

describe('crime victims: until what time, an appointment', () => {
  it.each(VICTIM)(
    '%s: "%s" → the menu; "%s" and "%s" there → the desks',
    async (locale, first, until, booking) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'victim:intro');

      // At the menu, before any desk was picked: the desks, then the menu again.
      const hours = await h.say(until);
      victimDesks(hours, locale, 'deskHours');
      // The centre's hours on record (weekdays 10:00–16:00) are on its card; Tuesday 10:00 is open.
      expect(contact(hours, 'advocacyCentre').status).toBe('open');
      saysNot(hours, locale, 'deskAppointment');

      victimDesks(await h.say(booking), locale, 'deskAppointment');
    },
  );

  it.each(VICTIM)(
    '%s: (%s) "%s" and "%s" after the answer to "%s" → the desks, not that answer again',
    async (locale, first, until, booking, noPolice) => {
      const h = createHarness({ now: NOW, locale });
      await h.say(first);
      says(await h.say(noPolice), locale, 'victim:noPolice');

      const hours = await h.say(until);
      victimDesks(hours, locale, 'deskHours');
      saysNot(hours, locale, 'victim:noPolice');

      const appointment = await h.say(booking);
      victimDesks(appointment, locale, 'deskAppointment');
      saysNot(appointment, locale, 'victim:noPolice');
    },
  );

  it.each(VICTIM)(
    '%s: (%s) after the support centre\'s answer, "%s" → the centre again (its hours); "%s" → the desks',
    async (locale, first, until, booking) => {
      const h = createHarness({ now: NOW, locale });
      await h.say(first);
      says(await h.say('opt:centre'), locale, 'victim:centre');

      // Asked of one desk's answer, the hours are that desk's: its answer, its card (R8-08).
      const hours = await h.say(until);
      says(hours, locale, 'victim:centre');
      expect(contactIds(hours)).toEqual(['advocacyCentre']);
      saysNot(hours, locale, 'deskHours');

      const appointment = await h.say(booking);
      victimDesks(appointment, locale, 'deskAppointment');
      saysNot(appointment, locale, 'victim:centre');
    },
  );

  it('ja: the support centre named, "until what time?" → that centre\'s answer alone, its card with its hours', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('犯罪被害の相談をしたい');
    const centre = await h.say('支援センターは何時まで？');
    says(centre, 'ja', 'victim:centre');
    expect(contactIds(centre)).toEqual(['advocacyCentre']);
  });
});

/** How the consumer desks' answer is reached, "until what time?", "do I need an appointment?". */
const CONSUMER: ReadonlyArray<[Locale, readonly string[], string, string]> = [
  ['ja', ['消費生活センターに相談したい'], '何時まで？', '予約いる？'],
  ['ja-easy', ['menu:consumer', 'opt:consult'], 'なんじまで ですか', 'よやく いりますか'],
  ['en', ['I want to consult the consumer center'], 'until what time?', 'do I need an appointment?'],
  ['zh-Hans', ['menu:consumer', 'opt:consult'], '几点关门？', '需要预约吗？'],
  ['ko', ['menu:consumer', 'opt:consult'], '몇 시까지?', '예약해야 돼요?'],
  ['vi', ['menu:consumer', 'opt:consult'], 'mấy giờ?', 'có cần đặt lịch hẹn không?'],
  ['pt-BR', ['menu:consumer', 'opt:consult'], 'até que horas?', 'preciso marcar?'],
];

/** The desks' line and cards, after the consumer desks' answer: not that answer, nor a menu. */
function consumerDesks(turn: Turn, locale: Locale, key: string): void {
  expect(turn.topic).toBe('consumer');
  says(turn, locale, key);
  expect(contactIds(turn)).toEqual(CONSUMER_DESKS);
  saysNot(turn, locale, 'consumer:consult');
  saysNot(turn, locale, 'consumer:intro');
}

describe("consumer trouble: until what time, an appointment, after the desks' answer", () => {
  it.each(CONSUMER)(
    '%s: %j, then "%s" → the desks; "%s" → the desks',
    async (locale, way, until, booking) => {
      const ask = async (question: string): Promise<Turn> => {
        const h = createHarness({ now: NOW, locale });
        let answer: Turn | undefined;
        for (const said of way) answer = await h.say(said);
        says(answer!, locale, 'consumer:consult');
        return h.say(question);
      };
      const hours = await ask(until);
      consumerDesks(hours, locale, 'deskHours');
      // 188's weekend hours, the ones on record, are on its card.
      expect(contact(hours, 'hotline188').schedule).toContain('10:00');

      consumerDesks(await ask(booking), locale, 'deskAppointment');
    },
  );

  it('ja: "until what time?", then "do I need an appointment?": each gets its own line', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('消費生活センターに相談したい');
    consumerDesks(await h.say('何時まで？'), 'ja', 'deskHours');
    const appointment = await h.say('予約いる？');
    consumerDesks(appointment, 'ja', 'deskAppointment');
    saysNot(appointment, 'ja', 'deskHours');
  });
});

// Asked first: 詐欺の相談は何時まで？ got the consumer menu, 消費者センターは予約いる？ the desks'
// answer, which says nothing of an appointment.
describe('consumer trouble: until what time, an appointment, asked first', () => {
  it.each<[Locale, string, string]>([
    ['ja', '詐欺の相談は何時まで？', 'deskHours'],
    ['ja', '消費者センターは予約いる？', 'deskAppointment'],
    ['en', 'until what time is the consumer center open?', 'deskHours'],
    ['zh-Hans', '消费者中心几点关门？', 'deskHours'],
    ['ko', '소비자센터는 예약해야 돼요?', 'deskAppointment'],
    ['vi', 'trung tâm người tiêu dùng mở đến mấy giờ?', 'deskHours'],
  ])('%s: "%s" → %s and the desks', async (locale, text, key) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    consumerDesks(turn, locale, key);
  });

  it("control, ja: 消費者センターに相談したい asks neither → the desks' answer", async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say('消費者センターに相談したい');
    says(turn, 'ja', 'consumer:consult');
    saysNot(turn, 'ja', 'deskHours');
  });
});

// The same blind probe: "until what time can I consult?" right after the cooling-off answer got
// the calculator's "what kind of sale?" again; 要錢嗎 at the crime-victim menu got the menu again
// (要錢嗎 was no fee word).
describe('after the cooling-off answer; "does it cost?" at the crime-victim menu', () => {
  it.each<[Locale, string, string]>([
    ['ja', '何時まで相談できるん？', 'deskHours'],
    ['pt-BR', 'preciso marcar?', 'deskAppointment'],
  ])('%s: the cooling-off answer, then "%s" → %s and the desks', async (_locale, text, key) => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('住民票ほしい');
    const answer = await h.say('あ、それより昨日訪問販売で契約してもうてん');
    // The calculator's answer: the last day, worked out (yesterday, 11-23, and 8 days counting it).
    expect(read(answer)).toContain('2026年11月30日');
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    // The conversation stays in Japanese: one Portuguese question does not switch it.
    says(turn, 'ja', key);
    saysNot(turn, 'ja', 'consumer:coolingOff.saleTypePrompt');
    expect(contactIds(turn)).toEqual(CONSUMER_DESKS);
  });

  it('zh-Hant: "要錢嗎" at the crime-victim menu → the answer about cost', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hant' });
    await h.say('我是犯罪被害者，想諮詢');
    const turn = await h.say('要錢嗎');
    says(turn, 'zh-Hant', 'victim:free');
  });
});

// The blind probe: "where is it?" at the crime-victim menu got the menu again (어디에 있어요?,
// どこにあるの？), and after the consumer desks' answer that answer again. No desk's address is on
// record: said so, with the desks' cards (their phone numbers and pages).
describe('"where is it?" about the desks', () => {
  it.each<[Locale, string, string]>([
    ['ja', '犯罪被害の相談をしたい', 'どこにあるの？'],
    ['ko', '범죄 피해자 지원 상담하고 싶어요', '어디에 있어요?'],
  ])('%s: "%s" (the victim menu), then "%s" → not on record, the desks', async (locale, want, where) => {
    const h = createHarness({ now: NOW, locale });
    await h.say(want);
    const turn = await h.say(where);
    says(turn, locale, 'deskWhere');
    expect(contactIds(turn)).toEqual(VICTIM_DESKS);
  });

  it.each<[Locale, string, string]>([
    ['ja', '消費者センターに相談したい', 'どこにあるん？'],
    ['en', 'I want to consult the consumer center', 'where is it?'],
  ])('%s: "%s" (the consumer desks), then "%s" → not on record, the desks', async (locale, want, where) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(want), locale, 'consumer:consult');
    consumerDesks(await h.say(where), locale, 'deskWhere');
  });

  it.each<[Locale, string, string]>([
    ['ja', '詐欺 どこに相談したらいい？', 'consumer:consult'],
    ['ja', '犯罪被害にあいました。どこに相談すればいいですか', 'victim:intro'],
  ])('control, %s: "%s" asked first → %s (which desk, not where it is)', async (locale, text, key) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    says(turn, locale, key);
    saysNot(turn, locale, 'deskWhere');
  });
});
