import type { Locale } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import type { Harness } from './util';
import { contactIds, openingOf, piece, plain, read } from './util';
import type { TestLocale } from './util';

// Multi-turn probes (session 13): right after the cooling-off answer ("you can cancel until …"),
// "can I cancel?" started the calculator again ("what kind of sale was it?"), and "what if I
// already paid?" there got the sale-type question once more; in Korean, 이미 돈을 냈어요 after the
// answer started the crime-victim path.

/** Papers received on 24 Nov, asked on Saturday 28 Nov: door-to-door, open until 1 Dec. */
const NOW = '2026-11-28T09:00:00+09:00';

/** Menu → consumer → "cancel a contract" → door-to-door → 11/24: the calculator's answer. */
async function answered(h: Harness): Promise<Turn> {
  await h.say('menu:consumer');
  await h.say('opt:coolingOff');
  await h.say('opt:doorToDoor');
  return h.say('11/24');
}

/** The longest fixed part of a key in any locale (the "until" answer starts with the date in Japanese). */
const partOf = (locale: Locale, key: string): string => plain(piece(locale as TestLocale, key));

/** "Can I (still) cancel?", and "I already paid", in each language. */
const ROWS: ReadonlyArray<[Locale, string, string]> = [
  ['ja', 'ほな、まだキャンセルできるん？', 'もうお金払ってしもたんやけど'],
  ['ja-easy', 'まだ やめられますか', 'もう おかねを はらいました'],
  ['en', 'so can I still cancel?', 'what if I already paid?'],
  ['zh-Hans', '还能取消吗？', '我已经付钱了怎么办？'],
  ['zh-Hant', '還能取消嗎？', '我已經付錢了怎麼辦？'],
  ['ko', '아직 취소할 수 있나요?', '이미 돈을 냈어요'],
  ['vi', 'tôi vẫn hủy được không?', 'tôi đã trả tiền rồi thì sao?'],
  ['pt-BR', 'ainda posso cancelar?', 'e se eu já paguei?'],
  ['es', '¿todavía puedo cancelar?', '¿y si ya pagué?'],
  ['id', 'masih bisa dibatalkan?', 'saya sudah bayar, bagaimana?'],
  ['tl', 'pwede ko pa bang i-cancel?', 'nagbayad na ako, paano?'],
  ['ne', 'अझै रद्द गर्न सकिन्छ?', 'मैले पैसा तिरिसकें भने?'],
  ['th', 'ยังยกเลิกได้ไหม', 'ถ้าจ่ายเงินไปแล้วล่ะ'],
];

describe('questions right after the cooling-off answer', () => {
  it.each(ROWS)(
    '%s: "%s" → the last day again; "%s" → paying does not end it',
    async (locale, cancel, paid) => {
      const h = createHarness({ now: NOW, locale });
      const first = await answered(h);
      const until = partOf(locale, 'consumer:coolingOff.open');
      expect(read(first)).toContain(until);

      const again = await h.say(cancel);
      expect(again.topic).toBe('consumer');
      expect(read(again)).toContain(until);
      expect(read(again)).toContain(openingOf(locale, 'consumer:coolingOff.how'));
      expect(read(again)).not.toContain(openingOf(locale, 'consumer:coolingOff.saleTypePrompt'));
      expect(contactIds(again)).toEqual(['consumerCentre', 'hotline188']);

      const money = await h.say(paid);
      expect(money.topic).toBe('consumer');
      expect(read(money)).toContain(openingOf(locale, 'consumer:coolingOff.paid'));
      expect(read(money)).not.toContain(openingOf(locale, 'consumer:coolingOff.saleTypePrompt'));
      expect(contactIds(money)).toEqual(['consumerCentre', 'hotline188']);
    },
  );

  it('en: after the period ended, "can I still cancel?" says again that it ended, not that one can', async () => {
    const h = createHarness({ now: '2026-12-03T09:00:00+09:00', locale: 'en' });
    const first = await answered(h);
    const ended = partOf('en', 'consumer:coolingOff.ended');
    expect(read(first)).toContain(ended);
    const again = await h.say('so can I still cancel?');
    expect(read(again)).toContain(ended);
    expect(read(again)).not.toContain(partOf('en', 'consumer:coolingOff.open'));
  });

  it('ja: "I already paid" at the sale-type question gets the answer, then the question again', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:consumer');
    const types = await h.say('opt:coolingOff');
    expect(read(types)).toContain(openingOf('ja', 'consumer:coolingOff.saleTypePrompt'));
    const turn = await h.say('もうお金払ってしもたんやけど');
    expect(read(turn)).toContain(openingOf('ja', 'consumer:coolingOff.paid'));
    expect(read(turn)).toContain(openingOf('ja', 'consumer:coolingOff.saleTypePrompt'));
    expect(turn.values).toContain('opt:doorToDoor');
  });

  it('ja: a question that surely names another service after the answer is that service', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await answered(h);
    const turn = await h.say('住民票をコンビニで取りたい');
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).not.toContain(partOf('ja', 'consumer:coolingOff.open'));
  });

  it('en: "can I cancel?" after a certificate answer is not the cooling-off answer', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('how do I get a residence certificate at a convenience store?');
    const turn = await h.say('can I cancel?');
    expect(read(turn)).not.toContain(partOf('en', 'consumer:coolingOff.open'));
    expect(read(turn)).not.toContain(openingOf('en', 'consumer:coolingOff.paid'));
  });
});
