import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// The router the bot uses: rules first, then the example-based model (which gives no intent).
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

// The foreign residents' desks by the names the city and residents call them.
describe('the foreign residents’ desks by name', () => {
  it.each<[Locale, string, string, string]>([
    // The one-day service's name holds "foreigners" (がいこくじん), a word of International House:
    // the two rules weighed the same and the consult answer came first. The more specific name wins.
    ['en', 'one-day information service for foreigners', 'multicultural', 'oneDay'],
    ['en', 'Tell me about the one day information service for foreigners', 'multicultural', 'oneDay'],
    ['en', 'one day consultation for foreign residents', 'multicultural', 'oneDay'],
    ['ja-easy', 'がいこくじんの ための いちにち インフォメーションサービス', 'multicultural', 'oneDay'],

    // Its name in the other languages reached only the foreign residents' menu.
    ['zh-Hans', '外国人一日信息服务是什么？', 'multicultural', 'oneDay'],
    ['zh-Hant', '外國人一日資訊服務什麼時候舉辦？', 'multicultural', 'oneDay'],
    ['ko', '외국인을 위한 하루 인포메이션 서비스는 언제 해요?', 'multicultural', 'oneDay'],
    ['vi', 'Dịch vụ thông tin một ngày cho người nước ngoài là gì?', 'multicultural', 'oneDay'],
    ['pt-BR', 'O que é o serviço de informação de um dia para estrangeiros?', 'multicultural', 'oneDay'],
    ['es', '¿Qué es el servicio de información de un día para extranjeros?', 'multicultural', 'oneDay'],
    ['id', 'Apa itu layanan informasi satu hari untuk warga asing?', 'multicultural', 'oneDay'],
    ['tl', 'Ano ang isang-araw na information service para sa mga dayuhan?', 'multicultural', 'oneDay'],
    ['th', 'บริการข้อมูลหนึ่งวันสำหรับชาวต่างชาติคืออะไร', 'multicultural', 'oneDay'],
    ['ne', 'विदेशीहरूका लागि एक दिने सूचना सेवा कहिले हुन्छ?', 'multicultural', 'oneDay'],

    // International House by its local names reached only the menu (es, id and th not even that).
    ['zh-Hans', '大阪国际交流中心在哪里？', 'multicultural', 'consult'],
    ['zh-Hant', '大阪國際交流中心在哪裡？', 'multicultural', 'consult'],
    ['ko', '오사카 국제교류센터는 어디에 있어요?', 'multicultural', 'consult'],
    ['vi', 'Trung tâm Giao lưu Quốc tế Osaka ở đâu?', 'multicultural', 'consult'],
    ['pt-BR', 'Onde fica o Centro Internacional de Osaka?', 'multicultural', 'consult'],
    ['es', '¿Dónde está el Centro Internacional de Osaka?', 'multicultural', 'consult'],
    ['id', 'Di mana pusat pertukaran internasional Osaka?', 'multicultural', 'consult'],
    ['th', 'ศูนย์แลกเปลี่ยนนานาชาติโอซาก้าอยู่ที่ไหน', 'multicultural', 'consult'],
    ['ne', 'ओसाका अन्तर्राष्ट्रिय आदानप्रदान केन्द्र कहाँ छ?', 'multicultural', 'consult'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });
});

// The consumer centre and the consumer hotline by their names in each language: only ja and en
// had them as words, so "消费者中心几点关门？" read as a question naming nothing ("which office?").
describe('the consumer desks by name', () => {
  it.each<[Locale, string]>([
    ['zh-Hans', '消费者中心几点关门？'],
    ['zh-Hant', '消費者中心在哪裡？'],
    ['ko', '소비자센터는 몇 시까지 해요?'],
    ['vi', 'trung tâm người tiêu dùng mở đến mấy giờ?'],
    ['pt-BR', 'qual é o telefone do centro do consumidor?'],
    ['es', '¿a qué hora cierra el centro del consumidor?'],
    ['id', 'pusat konsumen buka jam berapa?'],
    ['th', 'ศูนย์ผู้บริโภคเปิดถึงกี่โมง'],
    ['ne', 'उपभोक्ता केन्द्र कति बजेसम्म खुल्छ?'],
  ])('%s: %s → consumer / consult, by a word rule', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'consult', byRule: true });
  });
});

// A blind probe's consumer questions in residents' words that reached the foreign residents'
// menu: a bill said in Kansai dialect (きてん), a consultation about a contract in Indonesian.
describe('consumer trouble in residents’ words', () => {
  it.each<[Locale, string, string]>([
    ['ja', '変な請求きてん、どこに相談したらええの', 'subscription'],
    ['id', 'saya mau konsultasi masalah kontrak', 'consult'],
  ])('%s: %s → consumer / %s', (locale, text, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent });
  });
});
