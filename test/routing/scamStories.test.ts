import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// Blind probe 11: a call from the "son" asking for money and a fake police officer's call got the
// scam advice at once in kanji Japanese, but only the consumer menu (or victim support) in hiragana
// Kansai and in other languages. "His voice was a bit different" went to the health cards (風邪),
// and "can I cancel because I am a minor?" to "talk to a person" or the cooling-off calculator.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('scam calls routed to their advice, in every language', () => {
  it.each<[Locale, string, string]>([
    // Money already handed over, in hiragana Kansai and in kanji: the advice for money gone.
    ['ja', 'むすこのふりしたでんわきたんやけどおかねわたしてしもた', 'sent'],
    ['ja', '息子のふりした電話きたんやけどお金渡してしもた', 'sent'],
    ['ja', '孫のふりした電話があった', 'transfer'],
    ['ja', '声がちょっと違う気がしたけど風邪ひいたって言ってた', 'transfer'],
    ['ja-easy', 'むすこの ふりを した でんわが きました', 'transfer'],
    ['en', 'a man called pretending to be my son and asked for money', 'transfer'],
    ['zh-Hans', '自称是我儿子的人打电话来要钱', 'transfer'],
    ['zh-Hant', '說是我兒子的人打電話來借錢', 'transfer'],
    ['ko', '아들이 전화해서 돈이 급하게 필요하대요', 'transfer'],
    ['vi', 'có người xưng là con trai tôi, nói cần tiền gấp', 'transfer'],
    ['pt-BR', 'recebi uma ligação do meu filho pedindo dinheiro urgente', 'transfer'],
    ['pt-BR', 'a voz era diferente', 'transfer'],
    ['es', 'recibí una llamada de mi hijo pidiendo dinero urgente', 'transfer'],
    ['id', 'anak saya minta uang lewat telepon, katanya darurat', 'transfer'],
    ['tl', 'may tumawag, nagpakilalang anak ko at humihingi ng pera', 'transfer'],
    ['ne', 'छोराले फोन गरेर पैसा चाहियो भन्यो', 'transfer'],
    ['th', 'มีคนอ้างว่าเป็นลูกชายโทรมา', 'transfer'],
    [
      'en',
      'someone called saying he is a police officer and my bank account is involved in a crime',
      'police',
    ],
    ['zh-Hans', '有人打电话说我的银行账户涉嫌犯罪', 'police'],
    ['zh-Hant', '有人打電話說我的帳戶涉嫌犯罪', 'police'],
    ['ko', '제 계좌가 범죄에 연루됐다는 전화를 받았어요', 'police'],
    ['vi', 'có người gọi nói tài khoản của tôi liên quan đến tội phạm', 'police'],
    ['pt-BR', 'disseram que minha conta está envolvida em um crime', 'police'],
    ['es', 'me dijeron que mi cuenta está involucrada en un delito', 'police'],
    ['id', 'ada yang menelepon, katanya rekening saya terlibat kejahatan', 'police'],
    ['tl', 'may tumawag na nagsabing pulis siya at sangkot sa krimen ang account ko', 'police'],
    ['ne', 'कसैले फोन गरेर मेरो खाता अपराधमा प्रयोग भयो भन्यो', 'police'],
    ['th', 'มีคนโทรมาบอกว่าบัญชีของฉันเกี่ยวข้องกับคดี', 'police'],
    // "Because I am a minor": since 2022 adulthood begins at 18, which the young adults' answer says.
    ['ja', '未成年だから取り消せますか', 'young'],
    ['ja', '未成年なので契約を取り消せますか', 'young'],
    ['en', "can I cancel because i'm a minor?", 'young'],
  ])('%s: %s → consumer / %s', (locale, text, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent });
  });
});

describe('what stays as it was', () => {
  it.each<[Locale, string, string]>([
    ['ja', '風邪をひいて熱がある', 'health'],
    ['ja', '風邪で声がいつもと違う', 'health'],
    ['ja', '未成年なので住民票は取れますか', 'certificate'],
  ])('%s: %s → %s', (locale, text, topic) => {
    expect(router.route(text, locale).topic).toBe(topic);
  });
});
