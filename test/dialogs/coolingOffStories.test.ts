import { Formatter } from '../../knowledge/format';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Locale } from '../../knowledge/types';
import { stripRubyMarkup } from '../../simplifier/ruby';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import { CONSUMER_DESKS, contactIds, piece, plain, read, says, saysNot } from './util';
import type { TestLocale } from './util';

// A blind probe (probe11, findings 11–15 and 22) told contracts in residents' own words: the date
// inside a sentence was not read (先週の火曜日に書類が届いた got the consumer menu), a seller at the
// home (vi, th) did not name the sale type, a pyramid-style business (en) went to "Safety in town",
// a beauty salon's contract (zh-Hant) to job support, and "I already stamped the contract" after
// the seller who would not leave to the crime-victim menu.

/** The probe's clock: Wednesday 2 December 2026, in the afternoon. */
const NOW = '2026-12-02T16:30:00+09:00';
const kb = KnowledgeBase.load();

/** A day as the resident reads it in that language (Formatter.date). */
const day = (locale: Locale, m: number, d: number): string =>
  stripRubyMarkup(new Formatter(kb).date({ y: 2026, m, d }, locale));

async function talk(locale: Locale, ...lines: string[]): Promise<Turn[]> {
  const h = createHarness({ now: NOW, locale });
  const turns: Turn[] = [];
  for (const line of lines) turns.push(await h.say(line));
  return turns;
}

/** The longest fixed part of a key in any locale (some open with the date). */
const partOf = (locale: Locale, key: string): string => plain(piece(locale as TestLocale, key));

/** The calculator's answer: the day understood, the last day, the consumer desks, no question. */
function expectAnswer(turn: Turn, locale: Locale, key: string, received: string, lastDay: string): void {
  expect(read(turn)).toContain(received);
  expect(read(turn)).toContain(lastDay);
  expect(read(turn)).toContain(partOf(locale, key));
  saysNot(turn, locale, 'consumer:coolingOff.saleTypePrompt');
  saysNot(turn, locale, 'consumer:coolingOff.dateRetry');
  expect(contactIds(turn)).toEqual(CONSUMER_DESKS);
}

describe('a weekday inside a sentence at the date question (#14)', () => {
  // Telephone sale; "last Tuesday" is 24 Nov: the 8 days ended on 1 Dec. Before, the first
  // sentence got the consumer menu and the second "could not read the date".
  it.each<[Locale, string, string]>([
    ['ja', '電話勧誘で健康食品を買わされた', '先週の火曜日に書類が届いた'],
    ['ja', '電話勧誘で健康食品を買わされた', '書類は先週の火曜日にもらいました'],
    ['ko', '전화권유로 건강식품을 샀어요', '지난주 화요일에 서류를 받았어요'],
    [
      'vi',
      'Tôi mua thực phẩm chức năng qua điện thoại, muốn hủy hợp đồng',
      'Tôi nhận giấy tờ vào thứ ba tuần trước',
    ],
    ['zh-Hans', '电话推销买了保健品', '上周二收到的文件'],
  ])('%s: "%s" / "%s" → received 24 Nov, ended 1 Dec', async (locale, sale, when) => {
    const [first, answer] = await talk(locale, sale, when);
    says(first!, locale, 'consumer:coolingOff.datePrompt');
    expectAnswer(answer!, locale, 'consumer:coolingOff.ended', day(locale, 11, 24), day(locale, 12, 1));
    saysNot(answer!, locale, 'consumer:intro');
  });

  // The most recent Tuesday, 1 Dec: open until 8 Dec.
  it.each<[Locale, string, string]>([
    ['en', 'I bought health food from a telephone sales call', 'I got the papers last Tuesday'],
    ['es', 'Compré algo por venta por teléfono', 'recibí los papeles el martes pasado'],
  ])('%s: "%s" / "%s" → received 1 Dec, open until 8 Dec', async (locale, sale, when) => {
    const [, answer] = await talk(locale, sale, when);
    expectAnswer(answer!, locale, 'consumer:coolingOff.open', day(locale, 12, 1), day(locale, 12, 8));
  });

  // Controls: no day gone by is named, so none is guessed (asked again, before and after).
  it.each<[Locale, string]>([
    ['ja', '来週の火曜日に書類が届く'],
    ['en', 'I got it'],
    ['en', 'monday morning'],
  ])('%s: "%s" is no date: asked again', async (locale, when) => {
    const turns = await talk(locale, 'menu:consumer', 'opt:coolingOff', 'opt:telephone', when);
    says(turns[3]!, locale, 'consumer:coolingOff.dateRetry');
  });
});

describe('a seller who came to the home names the sale: door-to-door (#13, #15)', () => {
  it('th: signed on the 20th, the document on the 25th → today, 2 Dec, is the last day; asked again, the same', async () => {
    const locale = 'th';
    const [first, document, cancel] = await talk(
      locale,
      'มีคนมาขายของที่บ้าน ฉันเซ็นสัญญาวันที่ 20',
      'ได้รับเอกสารวันที่ 25',
      'ยกเลิกได้ไหม',
    );
    saysNot(first!, locale, 'consumer:intro');
    saysNot(first!, locale, 'consumer:coolingOff.saleTypePrompt');
    // The day in the first words is read as the document's, and said back: the resident corrects it.
    expect(read(first!)).toContain(day(locale, 11, 20));
    for (const turn of [document!, cancel!])
      expectAnswer(turn, locale, 'consumer:coolingOff.lastDay', day(locale, 11, 25), day(locale, 12, 2));
  });

  it('vi: a water-filter seller came to the home, document on 27/11 → open until 4 Dec', async () => {
    const locale = 'vi';
    const [first, answer] = await talk(
      locale,
      'Có người đến nhà bán máy lọc nước, tôi đã ký hợp đồng',
      'Tôi nhận giấy tờ ngày 27/11',
    );
    says(first!, locale, 'consumer:coolingOff.datePrompt');
    saysNot(first!, locale, 'consumer:coolingOff.saleTypePrompt');
    expectAnswer(answer!, locale, 'consumer:coolingOff.open', day(locale, 11, 27), day(locale, 12, 4));
  });
});

describe('"which number do I call?" at the sale-type question (#15): the consumer desks', () => {
  it.each<[Locale, string, string]>([
    ['vi', 'Tôi muốn hủy hợp đồng', 'Gọi số nào?'],
    ['en', 'I want to cancel a contract', 'what number do I call?'],
  ])('%s: "%s" / "%s"', async (locale, cancel, number) => {
    const [question, desks] = await talk(locale, cancel, number);
    says(question!, locale, 'consumer:coolingOff.saleTypePrompt');
    says(desks!, locale, 'consumer:consult');
    saysNot(desks!, locale, 'consumer:coolingOff.saleTypePrompt');
    expect(contactIds(desks!)).toEqual(CONSUMER_DESKS);
  });
});

describe('contracts named by what they are (#11, #12)', () => {
  it('en: selling products and recruiting people is multi-level marketing: 20 days from 20 Nov, until 9 Dec', async () => {
    const locale = 'en';
    const [first, answer] = await talk(
      locale,
      'a friend got me into a business where I sell products and recruit people, I paid 300,000 yen',
      'I got the contract on November 20',
    );
    expect(first!.topic).toBe('consumer');
    says(first!, locale, 'consumer:coolingOff.datePrompt');
    expectAnswer(answer!, locale, 'consumer:coolingOff.open', day(locale, 11, 20), day(locale, 12, 9));
    expect(read(answer!)).toContain('20 days');
  });

  it('zh-Hant: a year at a beauty salon is a continuous service: 8 days from 1 Dec, until 8 Dec', async () => {
    const locale = 'zh-Hant';
    const [first, answer] = await talk(locale, '我在美容院簽了一年的合約', '是12月1日簽的');
    expect(first!.topic).toBe('consumer');
    says(first!, locale, 'consumer:coolingOff.datePrompt');
    expectAnswer(answer!, locale, 'consumer:coolingOff.open', day(locale, 12, 1), day(locale, 12, 8));
  });
});

describe('"I already stamped the contract" after the seller who would not leave (#22)', () => {
  it('ja: the calculator, not the crime-victim menu', async () => {
    const locale = 'ja';
    const [seller, scared, stamped, doorToDoor] = await talk(
      locale,
      'いま家に訪問販売の人がきてて帰ってくれへん',
      '怖い',
      'もう契約書にはんこ押してしもた',
      'opt:doorToDoor',
    );
    expect(read(seller!)).toContain('110');
    // "Scared" while the seller is still there: the advice again, whose last word is 110.
    says(scared!, locale, 'consumer:scam.visitorAdvice');
    expect(read(scared!)).toContain('110');
    expect(stamped!.topic).toBe('consumer');
    says(stamped!, locale, 'consumer:coolingOff.saleTypePrompt');
    saysNot(stamped!, locale, 'victim:intro');
    says(doorToDoor!, locale, 'consumer:coolingOff.datePrompt');
  });
});

describe('"can I cancel?" right after the answer', () => {
  // The probe asked it in its own words (クーリングオフできる？, 可以解約嗎, Tôi có thể hủy không?): the
  // sale type came again, or "talk to a person"'s list. It asks about the answer just given.
  it.each<[Locale, string, string, string, number, number]>([
    ['ja', '電話勧誘で健康食品を買わされた', '先週の火曜日に書類が届いた', 'クーリングオフできる？', 12, 1],
    ['zh-Hant', '我在美容院簽了一年的合約', '是12月1日簽的', '可以解約嗎', 12, 8],
    [
      'vi',
      'Có người đến nhà bán máy lọc nước, tôi đã ký hợp đồng',
      'Tôi nhận giấy tờ ngày 27/11',
      'Tôi có thể hủy không?',
      12,
      4,
    ],
  ])('%s: (%s / %s) "%s" → the same answer, not the sale type', async (locale, sale, when, cancel, m, d) => {
    const [, , again] = await talk(locale, sale, when, cancel);
    expect(read(again!)).toContain(day(locale, m, d));
    saysNot(again!, locale, 'consumer:coolingOff.saleTypePrompt');
    expect(contactIds(again!)).toEqual(CONSUMER_DESKS);
  });
});
