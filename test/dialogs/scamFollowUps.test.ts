import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Multi-turn probes (session 13): after the advice for money already sent, いくら戻ってくる？ got
// the refund-scam advice ("money never comes back at an ATM"), 警察に言うたほうがええ？ got "I did
// not understand", and "what number" the consumer desks without 110. 我已经把钱转给骗子了 got the
// consumer menu, and 已經把錢匯給 the advice not to send money.
const ROWS: ReadonlyArray<[Locale, string, string, string]> = [
  ['ja', 'もうお金を振り込んでしもた', 'いくら戻ってくる？', '警察に言うたほうがええ？'],
  ['en', 'i already sent money to a scammer', 'can i get my money back?', 'should i call the police?'],
  ['zh-Hans', '我已经把钱转给骗子了', '钱能拿回来吗？', '要报警吗？'],
  ['zh-Hant', '我已經把錢匯給騙子了', '錢能拿回來嗎？', '要報警嗎？'],
  ['ko', '사기꾼에게 이미 돈을 보냈어요', '돈을 돌려받을 수 있나요?', '경찰에 신고해야 하나요?'],
  [
    'vi',
    'tôi đã chuyển tiền cho kẻ lừa đảo rồi',
    'tôi có lấy lại tiền được không?',
    'có nên báo công an không?',
  ],
  ['pt-BR', 'já mandei dinheiro para o golpista', 'consigo o dinheiro de volta?', 'devo chamar a polícia?'],
  ['es', 'ya le envié dinero al estafador', '¿puedo recuperar mi dinero?', '¿debo llamar a la policía?'],
  [
    'id',
    'saya sudah transfer uang ke penipu',
    'apakah uang saya bisa kembali?',
    'apakah saya harus lapor polisi?',
  ],
  [
    'tl',
    'naipadala ko na ang pera sa scammer',
    'maibabalik pa ba ang pera ko?',
    'dapat ba akong magsumbong sa pulis?',
  ],
  ['ne', 'मैले ठगलाई पैसा पठाइसकें', 'पैसा फिर्ता आउँछ?', 'प्रहरीलाई भन्नुपर्छ?'],
  ['th', 'ฉันโอนเงินให้มิจฉาชีพไปแล้ว', 'จะได้เงินคืนไหม', 'ควรแจ้งตำรวจไหม'],
];

describe('questions about the advice for money already sent', () => {
  it.each(ROWS)('%s: "%s", then "%s" and "%s"', async (locale, sent, back, police) => {
    const h = createHarness({ now: NOW, locale });
    const first = await h.say(sent);
    expect(read(first)).toContain(openingOf(locale, 'consumer:scam.sentAdvice'));

    const money = await h.say(back);
    expect(money.topic).toBe('consumer');
    expect(read(money)).toContain(openingOf(locale, 'consumer:scam.moneyBack'));
    expect(read(money)).not.toContain(openingOf(locale, 'consumer:scam.refundAdvice'));
    expect(contactIds(money)[0]).toBe('police110');

    const call = await h.say(police);
    expect(call.topic).toBe('consumer');
    expect(read(call)).toContain(openingOf(locale, 'consumer:scam.callPolice'));
    expect(contactIds(call)[0]).toBe('police110');
  });

  it('en: "what number" after it → call the police, 110 first (it got the consumer desks only)', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('i already sent money to a scammer');
    const turn = await h.say('what number');
    expect(read(turn)).toContain(openingOf('en', 'consumer:scam.callPolice'));
    expect(contactIds(turn)).toEqual(['police110', 'consumerCentre', 'hotline188']);
  });

  it('ja: a question that surely names another service is that service', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('もうお金を振り込んでしもた');
    const turn = await h.say('住民票を取りたいです。何番に電話すればいいですか');
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:scam.callPolice'));
  });

  it('en: "I don\'t want the police" after it is not answered with "tell the police"', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('i already sent money to a scammer');
    const turn = await h.say("should i call the police? i don't want the police");
    expect(read(turn)).not.toContain(openingOf('en', 'consumer:scam.callPolice'));
  });

  it('en: "can I get my money back?" after the advice about a sale is not the money-sent answer', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('a salesman is at my door and will not leave');
    const turn = await h.say('can i get my money back?');
    expect(read(turn)).not.toContain(openingOf('en', 'consumer:scam.moneyBack'));
  });

  it('ja: after a certificate answer, 警察に言った方がいい？ is not the scam answer', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('コンビニで住民票をとりたい');
    const turn = await h.say('警察に言った方がいい？');
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:scam.callPolice'));
  });
});
