import type { Locale } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import { contactIds, says, saysNot } from './util';

// Round 10's consumer-fraud findings, told as residents told them (the bot's clock then: Thu
// 2026-12-03, early morning in Osaka).
const NOW_R10 = '2026-12-03T02:30:00+09:00';
const start = (locale: Locale) => createHarness({ now: NOW_R10, locale });

async function walk(locale: Locale, messages: readonly string[]): Promise<Turn[]> {
  const h = start(locale);
  const turns: Turn[] = [];
  for (const message of messages) turns.push(await h.say(message));
  return turns;
}

describe('R10-03: a refund or fake-police scam told from in front of the ATM', () => {
  it.each<[Locale, string[]]>([
    ['en', ["I'm at the ATM now, the man on the phone is telling me which buttons to press"]],
    ['ja', ['いまATMの前におる。電話の男の人が言う通りに操作したら還付金もらえるって']],
    [
      'tl',
      ['May tumawag sa akin, sabi refund daw ng insurance, pumunta daw ako sa ATM', 'nasa ATM na ako ngayon'],
    ],
  ])(
    '%s: %j → stop, press nothing, hang up, step away; not "do not go to the ATM"',
    async (locale, messages) => {
      const turns = await walk(locale, messages);
      const last = turns[turns.length - 1]!;
      expect(last.topic).toBe('consumer');
      says(last, locale, 'consumer:scam.atAtm');
      saysNot(last, locale, 'consumer:scam.refundAdvice');
      expect(contactIds(last)[0]).toBe('police110');
    },
  );

  it.each<[Locale, string]>([
    ['tl', 'May tumawag sa akin, sabi refund daw ng insurance, pumunta daw ako sa ATM'],
    ['ja', '還付金があるという電話があって、ATMに行くように言われました'],
  ])(
    '%s: told to go to the ATM, not there yet ("%s") → "do not go to the ATM" as before',
    async (locale, message) => {
      const [turn] = await walk(locale, [message]);
      says(turn!, locale, 'consumer:scam.refundAdvice');
      saysNot(turn!, locale, 'consumer:scam.atAtm');
    },
  );
});

describe('R10-04: the fake officer at the door, after the fake-police advice', () => {
  it.each<[Locale, string, string]>([
    ['ko', '경찰이라고 하는 사람이 지금 우리 집에 카드를 받으러 온대요', '지금 초인종이 울려요'],
    [
      'ja',
      '警察を名乗る人から電話があって、キャッシュカードを預かると言われました',
      'いまインターホンが鳴ってる',
    ],
  ])('%s: "%s", then "%s" → call 110 now, not "hang up" again', async (locale, first, second) => {
    const [advice, ringing] = await walk(locale, [first, second]);
    says(advice!, locale, 'consumer:scam.policeAdvice');
    expect(ringing!.topic).toBe('consumer');
    says(ringing!, locale, 'consumer:scam.callPolice');
    saysNot(ringing!, locale, 'consumer:scam.policeAdvice');
    expect(contactIds(ringing!)[0]).toBe('police110');
  });
});

describe('R10-05: card details entered after the SMS-link advice', () => {
  it.each<[Locale, string[]]>([
    [
      'en',
      [
        'I got an SMS about a parcel delivery and clicked the link',
        'I entered my credit card number',
        'what should I do now?',
      ],
    ],
    ['zh-Hans', ['我收到短信说快递无法投递，让我点链接', '我已经点了，还输入了信用卡号', '怎么办']],
  ])(
    '%s: %j → the link advice each time (stop the card), never the foreign-residents menu',
    async (locale, messages) => {
      const turns = await walk(locale, messages);
      for (const turn of turns) {
        expect(turn.topic).toBe('consumer');
        says(turn, locale, 'consumer:scam.linkAdvice');
        saysNot(turn, locale, 'multicultural:intro');
        saysNot(turn, locale, 'consumer:intro');
      }
    },
  );
});

describe('R10-06 and R10-13: Kansai scam stories', () => {
  it('ja: a long Kansai story of a roof contract at the door → the cooling-off path, then its last day', async () => {
    const [story, date] = await walk('ja', [
      'ちょっと聞いてほしいんやけどな、うちの母が一人暮らししてて、先週くらいに家に若い男が来て、屋根が壊れてるから直さなあかん言うて、50万の契約させられたらしいねん。母はもう83やし、よう分からんまま判子押してもうたみたいで、書類は一応もろてるらしいんやけど、これどないしたらええの？',
      '契約したんは11月27日や',
    ]);
    expect(story!.topic).toBe('consumer');
    says(story!, 'ja', 'consumer:scam.saleAdvice');
    says(story!, 'ja', 'consumer:coolingOff.datePrompt');
    expect(date!.text).toContain('2026年12月4日(金)まで契約を解除できます');
  });

  it('ja: うちのおかん、変な電話で金とられてん → 警察には言うたで → 取り返せるんかな: money-sent advice, then whether it comes back', async () => {
    const [taken, told, back] = await walk('ja', [
      'うちのおかん、変な電話で金とられてん',
      '警察には言うたで',
      '取り返せるんかな',
    ]);
    says(taken!, 'ja', 'consumer:scam.sentAdvice');
    saysNot(taken!, 'ja', 'consumer:intro');
    expect(told!.topic).toBe('consumer');
    saysNot(told!, 'ja', 'consumer:intro');
    expect(back!.topic).toBe('consumer');
    says(back!, 'ja', 'consumer:scam.moneyBack');
  });
});

describe('R10-15: "can I do it by email?" after the cooling-off answer', () => {
  it('en: the how-to (e-mail since 2022), not "which certificate?"', async () => {
    const turns = await walk('en', [
      'I signed up for a language school 5 days ago and want to cancel',
      'I got the contract paper on November 28',
      'can I do it by email?',
    ]);
    const last = turns[2]!;
    expect(last.topic).toBe('consumer');
    says(last, 'en', 'consumer:coolingOff.how');
    saysNot(last, 'en', 'certificate:whichPrompt');
  });
});
