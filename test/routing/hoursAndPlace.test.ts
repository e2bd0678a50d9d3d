import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// Hours and place questions (the ward office, the convenience store over the New Year, 188): they got "which certificate?", the fallback or
// the foreign-residents menu.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('the ward office: when it is open and where it is', () => {
  it.each<[Locale, string]>([
    ['ja', '区役所は何時まで開いていますか'],
    ['ja', '区役所って土曜日はやってる？'],
    ['ja', '北区役所の場所を教えてください'],
    ['ja', '区役所への行き方がわかりません'],
    ['ja-easy', 'くやくしょは どこ ですか'],
    ['en', 'What time does the ward office open on Friday?'],
    ['en', 'Where is my ward office?'],
    ['en', 'Is the ward office open on Saturday?'],
    ['zh-Hans', '区役所几点开门？'],
    ['zh-Hans', '区役所在哪里？'],
    ['zh-Hant', '區公所幾點下班？'],
    ['ko', '구청은 몇 시에 문을 닫아요?'],
    ['ko', '구청 위치를 알려 주세요'],
    ['vi', 'Văn phòng quận ở đâu vậy?'],
    ['pt-BR', 'Onde fica a prefeitura distrital?'],
    ['es', '¿A qué hora abre la oficina del distrito?'],
    ['id', 'Jam buka kantor distrik sampai jam berapa?'],
    ['tl', 'Anong oras bukas ang ward office?'],
    ['th', 'สำนักงานเขตอยู่ที่ไหนคะ'],
    ['ne', 'वडा कार्यालय कति बजे खुल्छ?'],
    ['pt-BR', 'Onde fica o escritório do bairro?'],
    ['zh-Hant', '區役所今天幾點關門？'],
  ])('%s: %s → certificate / wardOffice', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'certificate', intent: 'wardOffice' });
  });
});

describe('the ward office over the New Year', () => {
  it.each<[Locale, string]>([
    ['ja', '年末年始は区役所やってますか'],
    ['ja', '12月30日に区役所に行けますか'],
    ['ja', '区役所はお正月も開いていますか'],
    ['en', 'Is the ward office closed over the New Year?'],
    ['zh-Hans', '过年区役所开门吗？'],
    ['zh-Hant', '區公所過年有開嗎？'],
    ['ko', '연말연시에 구청 문 열어요?'],
    ['vi', 'Văn phòng quận nghỉ Tết từ ngày nào?'],
    ['pt-BR', 'A prefeitura distrital fecha no fim do ano?'],
    ['es', '¿La oficina del distrito abre en Año Nuevo?'],
    ['id', 'Apakah kantor distrik libur tahun baru?'],
    ['tl', 'Bukas ba ang ward office sa Bagong Taon?'],
    ['th', 'สำนักงานเขตหยุดปีใหม่วันไหน'],
    ['ne', 'नयाँ वर्षमा वडा कार्यालय खुल्छ?'],
    // Found by the fourth typing round: other words for the same office.
    ['pt-BR', 'A prefeitura do bairro abre no Ano Novo?'],
    ['zh-Hant', '過年期間區役所有開嗎？'],
    ['ne', 'नयाँ वर्षमा वार्ड अफिस खुल्छ?'],
    ['th', 'สำนักงานเขตเปิดช่วงปีใหม่ไหม'],
  ])('%s: %s → certificate / wardYearEnd', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'certificate', intent: 'wardYearEnd' });
  });
});

describe('the convenience-store service over the New Year', () => {
  it.each<[Locale, string]>([
    ['ja', 'コンビニ交付は年末年始も使えますか'],
    ['ja', 'お正月にコンビニで住民票取れる？'],
    ['ja', '年末年始もコンビニで印鑑証明は出せますか'],
    ['en', 'Can I use the convenience store over the New Year to get my residence certificate?'],
    ['zh-Hans', '过年便利店能打印住民票吗？'],
    ['zh-Hant', '過年超商可以印住民票嗎？'],
    ['ko', '연말연시에도 편의점에서 발급돼요?'],
    ['vi', 'Cửa hàng tiện lợi dịp Tết có in được phiếu cư trú không?'],
    ['pt-BR', 'Dá para tirar o documento na loja de conveniência no Ano Novo?'],
    ['es', '¿Se puede sacar en la tienda de conveniencia en Año Nuevo?'],
    ['id', 'Apakah bisa cetak di minimarket saat tahun baru?'],
    ['tl', 'Pwede ba sa convenience store sa Bagong Taon?'],
    ['th', 'ช่วงปีใหม่ร้านสะดวกซื้อพิมพ์ได้ไหม'],
    ['ne', 'नयाँ वर्षमा कन्बिनीमा प्रिन्ट गर्न मिल्छ?'],
  ])('%s: %s → certificate / konbiniYearEnd', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'certificate', intent: 'konbiniYearEnd' });
  });
});

describe('the ward office named in another question keeps that question', () => {
  it.each<[Locale, string, string, string | undefined]>([
    ['ja', '区役所で転入届を出したい', 'multicultural', 'movingIn'],
    ['ja', '区役所を名乗る人から電話があった', 'consumer', 'police'],
    ['ja', '日曜日に区役所で住民票を取りたい', 'certificate', 'juminhyo'],
    ['ja', '年末年始のごみの収集はいつですか', 'fallback', undefined],
    ['en', 'Someone from the ward office called about a refund', 'consumer', 'refund'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    const route = router.route(text, locale);
    expect(route.topic).toBe(topic);
    expect(route.intent).toBe(intent);
  });
});

describe('"is 188 open?" gets the consumer hotline cards, not the consumer menu', () => {
  it.each<[Locale, string]>([
    ['ja', '188は土日もつながりますか'],
    ['ja', '188って何時までかけられますか'],
    ['en', 'Is 188 open on Sunday?'],
  ])('%s: %s → consumer / consult', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'consult' });
  });

  it('188円 is a price', () => {
    expect(router.route('188円の商品を買った', 'ja').intent).toBeUndefined();
  });
});
