import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { CONSUMER_DESKS, contact, contactIds, NOW, read, says, saysNot, VICTIM_DESKS } from './util';

// A blind probe (13 languages, each message's expected answer written down before it was sent):
// "and on Saturday?" after the crime-victim "is it free?" answer got "free" again (es), and after
// the hours' line the hours' line again; "is it free?" after the consumer desks' answer got that
// answer again (무료예요?); "until what time?" at the consumer menu got the menu again (ne), and
// after the scam advice the advice again; おかね は いりますか after International House's answer
// went to "safety in town"; "is it free?" about the human-rights line said "see the official page
// below" under a card with no page; どこ？ after the residence card's answer got International
// House's address line; "how much?" at the My Number card question answered and ended, its
// buttons still on the screen ("はい" then counted as "helpful").

/** Asking for crime-victim support, "is it free?", "and on Saturday?", "until what time?". */
const VICTIM: ReadonlyArray<[Locale, string, string, string, string]> = [
  ['ja', '犯罪被害の相談をしたい', '無料ですか？', '土曜日は？', '何時まで？'],
  ['es', 'soy víctima de un delito', '¿es gratis?', '¿y los sábados?', '¿hasta qué hora?'],
  ['en', 'I want to talk about being a crime victim', 'is it free?', 'and on saturday?', 'until what time?'],
  ['ko', '범죄 피해 상담을 하고 싶어요', '무료예요?', '토요일은요?', '몇 시까지?'],
];

describe('crime victims: "and on Saturday?"', () => {
  it.each(VICTIM)(
    '%s: (%s) "%s", then "%s" → which days, with the desks; not "free" again',
    async (locale, first, free, saturday) => {
      const h = createHarness({ now: NOW, locale });
      await h.say(first);
      says(await h.say(free), locale, 'victim:free');

      const weekend = await h.say(saturday);
      says(weekend, locale, 'deskWeekend');
      saysNot(weekend, locale, 'victim:free');
      expect(contactIds(weekend)).toEqual(VICTIM_DESKS);
      // The centre's days on record are on its card: weekdays only.
      expect(contact(weekend, 'advocacyCentre').schedule).toBeDefined();
      says(weekend, locale, 'victim:more');
    },
  );

  it.each(VICTIM)(
    "%s: (%s) the weekend question after the hours' line → which days, not the hours' line again",
    async (locale, first, _free, saturday, until) => {
      const h = createHarness({ now: NOW, locale });
      await h.say(first);
      says(await h.say(until), locale, 'deskHours');
      const weekend = await h.say(saturday);
      says(weekend, locale, 'deskWeekend');
      saysNot(weekend, locale, 'deskHours');
    },
  );

  it('ja: after the support centre\'s answer, "土曜日は？" is about that centre: its answer and card (control)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('犯罪被害の相談をしたい');
    says(await h.say('opt:centre'), 'ja', 'victim:centre');
    const weekend = await h.say('土曜日は？');
    says(weekend, 'ja', 'victim:centre');
    expect(contactIds(weekend)).toEqual(['advocacyCentre']);
  });

  it('ja: at the menu, a story that names a Saturday is no question about the desks (control)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('犯罪被害の相談をしたい');
    const story = await h.say(
      '先週の土曜日に駅の近くで知らない人に財布を取られてから、ずっと不安で夜も眠れない日が続いています',
    );
    saysNot(story, 'ja', 'deskWeekend');
  });
});

describe('consumer desks: "is it free?", "on Saturday?", at the menu, after the scam advice', () => {
  const AFTER_DESKS: ReadonlyArray<[Locale, string, string, string]> = [
    ['ja', '消費生活センターに相談したい', '無料ですか？', '土曜日もやってる？'],
    ['ko', '소비자센터에 상담하고 싶어요', '무료예요?', '토요일도 해요?'],
    ['en', 'I want to consult the consumer center', 'is it free?', 'open on saturday?'],
  ];

  it.each(AFTER_DESKS)(
    '%s: (%s) "%s" → whether it costs is not on record, the desks; "%s" → which days',
    async (locale, first, free, saturday) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'consumer:consult');

      const fee = await h.say(free);
      says(fee, locale, 'multicultural:feeUnknown');
      saysNot(fee, locale, 'consumer:consult');
      expect(contactIds(fee)).toEqual(CONSUMER_DESKS);

      const weekend = await h.say(saturday);
      says(weekend, locale, 'deskWeekend');
      saysNot(weekend, locale, 'consumer:consult');
      // 188's weekend hours are on record and on its card.
      expect(contactIds(weekend)).toEqual(CONSUMER_DESKS);
      expect(contact(weekend, 'hotline188').schedule).toBeDefined();
    },
  );

  it('ne: "until what time?" at the consumer menu → the hours\' line and the desks, not the menu again', async () => {
    const h = createHarness({ now: NOW, locale: 'ne' });
    says(await h.say('menu:consumer'), 'ne', 'consumer:intro');
    const hours = await h.say('कति बजेसम्म खुल्छ?');
    says(hours, 'ne', 'deskHours');
    saysNot(hours, 'ne', 'consumer:intro');
    expect(contactIds(hours)).toEqual(CONSUMER_DESKS);
  });

  it('ja: "where?" at the consumer menu → the desks\' answer (where to consult)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:consumer');
    const where = await h.say('どこに相談すればいい？');
    says(where, 'ja', 'consumer:consult');
    expect(contactIds(where)).toEqual(CONSUMER_DESKS);
  });

  it("ja: another service's weekend question at the consumer menu is that service's (control)", async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:consumer');
    const juminhyo = await h.say('住民票は土曜日も取れる？');
    says(juminhyo, 'ja', 'certificate:weekend');
    saysNot(juminhyo, 'ja', 'deskWeekend');
  });

  it('ja: after the scam advice, "until what time?" and "an appointment?" → the desks, not the advice again', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const advice = await h.say('息子を名乗る人からお金を振り込んでと電話があった');
    says(advice, 'ja', 'consumer:scam.transferAdvice');

    const hours = await h.say('何時まで相談できますか？');
    says(hours, 'ja', 'deskHours');
    saysNot(hours, 'ja', 'consumer:scam.transferAdvice');
    expect(contactIds(hours)).toEqual(CONSUMER_DESKS);

    const appointment = await h.say('予約はいりますか？');
    says(appointment, 'ja', 'deskAppointment');
    saysNot(appointment, 'ja', 'consumer:scam.transferAdvice');
  });
});

describe('foreign residents: the fee, the human-rights line, "where?" after the residence card', () => {
  it("ja-easy: おかね は いりますか after International House's answer → not on record, its desks", async () => {
    const h = createHarness({ now: NOW, locale: 'ja-easy' });
    says(await h.say('がいこくじん の そうだん まどぐち'), 'ja-easy', 'multicultural:consult');
    const fee = await h.say('おかね は いりますか');
    says(fee, 'ja-easy', 'multicultural:feeUnknown');
    expect(contactIds(fee)).toEqual(['ihOsaka', 'ofix']);
  });

  it.each<[Locale, string, string, string]>([
    ['en', 'human rights consultation', 'is it free?', 'what do I bring?'],
    ['ja', '人権相談をしたい', '無料ですか？', '何を持っていけばいい？'],
  ])(
    '%s: (%s) "%s" about the human-rights line → ask when calling (it has no page); "%s" → a phone line',
    async (locale, first, free, bring) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'multicultural:humanRights');

      const fee = await h.say(free);
      says(fee, locale, 'multicultural:feeAskByPhone');
      saysNot(fee, locale, 'multicultural:feeUnknown');
      expect(contactIds(fee)).toEqual(['mojHumanRights']);
      expect(contact(fee, 'mojHumanRights').url).toBeUndefined();

      const what = await h.say(bring);
      says(what, locale, 'multicultural:phoneLine');
      saysNot(what, locale, 'multicultural:bringUnknown');
    },
  );

  it.each<[Locale, string, string, string]>([
    ['ja', '在留カードの更新はどうすればいい？', 'どこ？', 'multicultural:residenceCard'],
    ['ja', '子どもを学校に入れたい', 'どこに行けばいい？', 'multicultural:school'],
    ['en', 'how do I renew my residence card?', 'where?', 'multicultural:residenceCard'],
  ])(
    '%s: (%s) "%s" → where to do it is not on record, the desks can tell (%s); not the address line',
    async (locale, first, where, key) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, key);
      const turn = await h.say(where);
      says(turn, locale, key);
      saysNot(turn, locale, 'multicultural:deskWhere');
      expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
    },
  );
});

describe('certificates: "how much?" at the My Number card question', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', '住民票がほしい', 'いくら？', 'はい'],
    ['en', 'I need a residence certificate', 'how much is it?', 'yes'],
  ])(
    '%s: (%s) "%s" → the fee, then the card question again; "%s" → the convenience store',
    async (locale, first, howMuch, yes) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'certificate:cardPrompt');

      const fee = await h.say(howMuch);
      expect(read(fee)).toContain('300');
      says(fee, locale, 'certificate:feeOthers');
      says(fee, locale, 'certificate:cardPrompt');
      saysNot(fee, locale, 'feedback.question');

      says(await h.say(yes), locale, 'certificate:konbini');
    },
  );
});
