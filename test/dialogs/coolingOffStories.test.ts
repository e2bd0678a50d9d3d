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
