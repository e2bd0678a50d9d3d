import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Turn } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  choose,
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectLocale,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  jaEasyEn,
  jaEn,
  label,
  LOCALES,
  openingOf,
  piece,
  plain,
  press,
  read,
  start,
} from './util';

const kb = KnowledgeBase.load();
/** The number a resident reads, as contacts.json has it. */
const phone = (id: string): string => kb.contact(id).phone ?? '';
const MAJORITY_AGE = kb.fact('majorityAge').value as number;
const MAJORITY_AGE_SINCE = jaEn('2022年4月1日', 'April 1, 2022');
const COOLING_OFF_DAYS = kb.coolingOffDays('doorToDoor') as number;

const CONSUMER_CHOICES = ['opt:scamCheck', 'opt:coolingOff', 'opt:consult', 'opt:young'];
const SCAM_CODES = [
  'opt:refund',
  'opt:transfer',
  'opt:police',
  'opt:sale',
  'opt:visitor',
  'opt:subscription',
  'opt:link',
  'opt:other',
];
const CONSUMER_CONTACTS = ['consumerCentre', 'hotline188'];
const POLICE_FIRST = ['police110', ...CONSUMER_CONTACTS];

type Scam = 'refund' | 'transfer' | 'police' | 'visitor' | 'subscription' | 'other';

/**
 * Each scam-check answer: the concrete thing to do (as the resident reads it in each language),
 * whether 110 is in the advice, and the contact cards offered.
 */
const SCAMS: ReadonlyArray<{ kind: Scam; police: boolean; advice: PerLocale<string> }> = [
  {
    kind: 'refund',
    police: true,
    advice: {
      ja: 'ATMには行かないでください',
      'ja-easy': 'ATMに 行かないでください',
      en: 'Do not go to the ATM',
    },
  },
  {
    kind: 'transfer',
    police: true,
    advice: {
      ja: 'すでにお金を送ったり、カードを渡したりしてしまった場合は、今すぐ警察',
      'ja-easy': 'もう お金を 送ったときや、カードを わたしたときは、すぐ 警察',
      en: 'If you have already sent money or handed over a card, call the police now',
    },
  },
  {
    kind: 'police',
    police: true,
    advice: {
      ja: '本物の警察官や銀行の職員が、キャッシュカードや暗証番号、お金を求めることは絶対にありません',
      'ja-easy':
        'ほんとうの警察官や 銀行の 人は、キャッシュカード、暗証番号、お金を ほしいと ぜったいに 言いません',
      en: 'Real police officers and bank staff never ask for your cash card, your PIN or your money',
    },
  },
  {
    kind: 'visitor',
    police: true,
    advice: {
      ja: '帰ってくれないときや、怖いと感じたときは、すぐに警察',
      'ja-easy': 'こわいときは、すぐ 警察',
      en: 'If they will not leave, or if you feel afraid, call the police now',
    },
  },
  {
    kind: 'subscription',
    police: false,
    advice: {
      ja: '定期購入も含めてクーリング・オフはありません',
      'ja-easy': 'クーリング・オフが ありません',
      en: 'including subscriptions, has no cooling-off',
    },
  },
  {
    kind: 'other',
    police: false,
    advice: {
      ja: 'お金を払わず、署名もせず、個人情報も伝えないでください',
      'ja-easy': 'お金を はらわないでください',
      en: 'do not pay, do not sign and do not give personal details',
    },
  },
];

/** How residents describe a refund-at-the-ATM call in their own words. */
const TYPED_REFUND: PerLocale<string> = {
  ja: 'ATMでお金が戻ると電話があった',
  'ja-easy': 'ATMで お金が もどる と 電話',
  en: 'They said I can get a refund at the ATM',
};
const TYPED_VISITOR: PerLocale<string> = {
  ja: '訪問販売の人が帰ってくれない',
  'ja-easy': 'うりに きた ひとが かえって くれない',
  en: "A pushy salesman won't leave my house",
};
const ASK_JUMINHYO: PerLocale<string> = {
  ja: '住民票がほしい',
  'ja-easy': 'じゅうみんひょう が ほしい',
  en: 'I need a residence certificate',
};

const turnLocale = (turn: Turn): TestLocale => turn.locale as TestLocale;

/** The lines of the contact cards as a resident sees them (hero cards: title, text, call button). */
function cardTexts(turn: Turn): string[] {
  return turn.replies
    .flatMap((r) => r.attachments ?? [])
    .map((a) => {
      const card = a.content as { title?: string; text?: string; buttons?: Array<{ title: string }> };
      return [card.title, card.text, ...(card.buttons ?? []).map((b) => b.title)].join('\n');
    });
}

/** The contact cards, in order, each showing its number from contacts.json with a button to call it. */
function expectCards(turn: Turn, ids: readonly string[]): void {
  expect(contactIds(turn)).toEqual(ids);
  const cards = cardTexts(turn);
  expect(cards).toHaveLength(ids.length);
  ids.forEach((id, i) => {
    expect(contact(turn, id).phone).toBe(phone(id));
    expect(cards[i]).toContain(`☎ ${phone(id)}`);
    expect(cards[i]).toContain(label(turnLocale(turn), 'card.call', { number: phone(id) }));
  });
}

async function intro(h: Harness, locale: TestLocale): Promise<Turn> {
  const turn = await h.say('menu:consumer');
  expectHealthy(turn, locale);
  expect(turn.topic).toBe('consumer');
  expectSays(turn, locale, 'consumer:intro');
  return turn;
}

async function scamQuestion(h: Harness, locale: TestLocale): Promise<Turn> {
  const question = await choose(
    h,
    await intro(h, locale),
    locale,
    'consumer:choice.scamCheck',
    'opt:scamCheck',
  );
  expectSays(question, locale, 'consumer:scam.question');
  expect(question.values).toEqual(SCAM_CODES);
  return question;
}

describe.each(LOCALES)('consumer trouble in %s', (locale) => {
  it('offers the scam check, the cooling-off calculator, where to consult and the age from the facts', async () => {
    const h = start(locale);
    const turn = await intro(h, locale);
    expect(turn.values).toEqual(CONSUMER_CHOICES);
    expect(turn.buttons).toEqual([
      label(locale, 'consumer:choice.scamCheck'),
      label(locale, 'consumer:choice.coolingOff'),
      label(locale, 'consumer:choice.consult'),
      label(locale, 'consumer:choice.young', { 'facts.majorityAge': MAJORITY_AGE }),
    ]);
    expect(turn.buttons[3]).toContain(String(MAJORITY_AGE));
    expect(turn.contacts).toEqual([]);
  });

  it('the scam check asks one question with seven answers', async () => {
    const h = start(locale);
    const question = await scamQuestion(h, locale);
    expect(question.buttons).toEqual(SCAM_CODES.map((c) => label(locale, `consumer:scam.${c.slice(4)}`)));
    expectNotSays(question, locale, 'consumer:scam.always');
  });

  it.each(SCAMS)(
    'scam check "$kind" ends in its concrete advice, the 188 line and the cards',
    async (scam) => {
      const h = start(locale);
      const question = await scamQuestion(h, locale);
      const turn = await choose(h, question, locale, `consumer:scam.${scam.kind}`, `opt:${scam.kind}`);
      expectHealthy(turn, locale);
      expectSaysExactly(turn, locale, `consumer:scam.${scam.kind}Advice`, {
        'phone.police110': phone('police110'),
      });
      expect(read(turn)).toContain(scam.advice[locale]);
      expectSaysExactly(turn, locale, 'consumer:scam.always', { 'phone.hotline188': phone('hotline188') });
      expectCards(turn, scam.police ? POLICE_FIRST : CONSUMER_CONTACTS);
      if (scam.police) expect(read(turn)).toContain(phone('police110'));
      expectNotSays(turn, locale, 'consumer:coolingOff.saleTypePrompt');
      expectFeedbackQuestion(turn, locale);
    },
  );

  it('refund: the police number 110 is in the advice and its card is open day and night', async () => {
    const h = start(locale);
    const turn = await press(h, await scamQuestion(h, locale), 'opt:refund');
    const police = contact(turn, 'police110');
    expect(police.phone).toBe('110');
    expect(police.status).toBe('open');
    expect(plain(police.statusText ?? '')).toBe(filled(locale, 'card.open24h'));
  });

  it('the sale branch explains cooling-off and leads into the calculator, which ends with the 188 cards', async () => {
    const h = start(locale);
    const question = await scamQuestion(h, locale);
    const types = await choose(h, question, locale, 'consumer:scam.sale', 'opt:sale');
    expectSaysExactly(types, locale, 'consumer:scam.saleAdvice', {
      'facts.coolingOffDays': COOLING_OFF_DAYS,
    });
    expect(read(types)).toContain(String(COOLING_OFF_DAYS));
    expectSays(types, locale, 'consumer:coolingOff.saleTypePrompt');
    expect(types.values).toEqual(kb.saleTypes().map((s) => `opt:${s.id}`));
    expect(types.contacts).toEqual([]);

    const date = await choose(h, types, locale, 'consumer:coolingOff.saleType.telephone', 'opt:telephone');
    expectSaysExactly(date, locale, 'consumer:coolingOff.datePrompt', { example: '11/24' });
    const result = await choose(h, date, locale, 'consumer:coolingOff.today', 'opt:2026_11_24');
    expectSaysExactly(result, locale, 'consumer:coolingOff.open', {
      count: 8,
      days: 8,
      lastDay: jaEasyEn('2026年12月1日(火)', '2026年12月1日 火曜日', 'Tue, December 1, 2026')[locale],
    });
    expectCards(result, CONSUMER_CONTACTS);
    expectFeedbackQuestion(result, locale);
  });

  it('the sale branch with mail order says there is no cooling-off', async () => {
    const h = start(locale);
    const types = await press(h, await scamQuestion(h, locale), 'opt:sale');
    const turn = await choose(h, types, locale, 'consumer:coolingOff.saleType.mailOrder', 'opt:mailOrder');
    expectSaysExactly(turn, locale, 'consumer:coolingOff.none', {
      'facts.mailOrderReturnDays': kb.fact('mailOrderReturnDays').value as number,
    });
    expectNotSays(turn, locale, 'consumer:coolingOff.datePrompt');
    expectCards(turn, CONSUMER_CONTACTS);
  });

  it('"where to consult" gives the consumer centre and the 188 hotline', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'consumer:choice.consult', 'opt:consult');
    // The weekend hours of the national centre and the New Year exception are confirmed facts:
    // a resident must not try on 31 December and reach nobody.
    expectSaysExactly(turn, locale, 'consumer:consult', {
      'phone.hotline188': phone('hotline188'),
      'hours.hotline188': '10:00–16:00',
    });
    expect(read(turn)).toContain('10:00–16:00');
    expectCards(turn, CONSUMER_CONTACTS);
    expect(contact(turn, 'consumerCentre').phone).toBe('06-6614-0999');
    expectFeedbackQuestion(turn, locale);
  });

  it('on a weekday the 188 card does not send the resident to Saturday: weekday hours are not known', async () => {
    const h = start(locale, '2026-11-30T10:00:00+09:00'); // a Monday
    const turn = await choose(h, await intro(h, locale), locale, 'consumer:choice.consult', 'opt:consult');
    const hotline = contact(turn, 'hotline188');
    expect(hotline.status).toBe('unknown');
    // No "opens Saturday": the known weekend hours, and the page for the rest.
    expect(hotline.statusText).toBeUndefined();
    expect(plain(hotline.schedule ?? '')).toContain('10:00');
    expect(plain(hotline.schedule ?? '')).toContain(piece(locale, 'card.hoursKnown'));
    const weekend = start(locale, '2026-11-28T08:00:00+09:00'); // a Saturday: its hours are known
    const saturday = await choose(
      weekend,
      await intro(weekend, locale),
      locale,
      'consumer:choice.consult',
      'opt:consult',
    );
    expect(plain(contact(saturday, 'hotline188').statusText ?? '')).toContain('10:00');
  });

  it('"age 18 and over" explains the age of majority from the facts', async () => {
    const h = start(locale);
    const turn = await press(h, await intro(h, locale), 'opt:young');
    expectSaysExactly(turn, locale, 'consumer:young', {
      'facts.majorityAge': MAJORITY_AGE,
      'facts.majorityAgeSince': MAJORITY_AGE_SINCE[locale],
    });
    expect(read(turn)).toContain(MAJORITY_AGE_SINCE[locale]);
    expectCards(turn, CONSUMER_CONTACTS);
    expectFeedbackQuestion(turn, locale);
  });

  it('a typed refund-call story goes straight to the advice without the question', async () => {
    const h = start(locale);
    const turn = await h.say(TYPED_REFUND[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('consumer');
    expectNotSays(turn, locale, 'consumer:scam.question');
    expectSaysExactly(turn, locale, 'consumer:scam.refundAdvice', { 'phone.police110': phone('police110') });
    expectCards(turn, POLICE_FIRST);
  });

  it('a seller at the door who will not leave, typed, gets the police first, not the cooling-off date', async () => {
    const h = start(locale);
    const turn = await h.say(TYPED_VISITOR[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('consumer');
    expectNotSays(turn, locale, 'consumer:scam.question');
    expectNotSays(turn, locale, 'consumer:coolingOff.datePrompt');
    expectSaysExactly(turn, locale, 'consumer:scam.visitorAdvice', { 'phone.police110': phone('police110') });
    expectCards(turn, POLICE_FIRST);
  });

  it('a question about another topic in the middle of the scam check is answered instead', async () => {
    const h = start(locale);
    await scamQuestion(h, locale);
    const turn = await h.say(ASK_JUMINHYO[locale]);
    expect(turn.topic).toBe('certificate');
    expectSaysExactly(turn, locale, 'certificate:cardPrompt', { 'facts.pinDigits': 4 });
    expectNotSays(turn, locale, 'consumer:scam.question');
  });

  it('an answer that fits no button asks the scam question once more, then shows the menu', async () => {
    const h = start(locale);
    const question = await scamQuestion(h, locale);
    const again = await h.say('zzz');
    expectSays(again, locale, 'consumer:scam.question');
    expect(again.values).toEqual(question.values);
    const fallback = await h.say('zzz');
    expectSays(fallback, locale, 'fallback');
    expectNotSays(fallback, locale, 'consumer:scam.question');
  });
});

// Fifth typing round: "I got a link by SMS" got the generic menu in ten languages, with no word
// about not entering a card number or PIN; a link sent alone got "I did not understand".
describe('a link received by SMS or e-mail', () => {
  it.each<[string, string]>([
    ['ja', 'SMSのリンクを開いてしまった'],
    ['en', 'I clicked a link in a text message'],
    ['pt-BR', 'Recebi um link por SMS, é golpe?'],
    ['es', 'Recibí un enlace por SMS'],
    ['vi', 'Tôi bấm vào link lạ trong tin nhắn'],
    ['zh-Hans', '我点了短信里的链接'],
    ['ko', '문자로 링크가 왔어요'],
    ['ja', 'https://amazon-co-jp.security-check.xyz/login'],
  ])('%s: %s → do not open it, do not enter a card number or PIN', async (locale, text) => {
    const turn = await start(locale as TestLocale).say(text);
    expect(turn.topic).toBe('consumer');
    expect(turn.text).toContain(openingOf(locale, 'consumer:scam.linkAdvice'));
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
  });
});
