import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// The router the bot uses: rules first, then the example-based model (which gives no intent).
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());
const keywords = KeywordRouter.load();

// The safety and multicultural intents used to be found only in Japanese and English, so a
// resident writing in another language got the topic menu instead of the answer. Natural
// messages, none of them a keyword on its own.
describe('safety and multicultural intents in the residents’ languages', () => {
  it.each<[Locale, string]>([
    ['ja', 'ミナミ歩いてたら客引きにしつこく付きまとわれた'],
    ['en', 'a tout in Dotonbori would not leave me alone'],
    ['zh-Hans', '在难波被拉客的人缠住了'],
    ['zh-Hant', '道頓堀晚上一直有人攬客，很煩，可以檢舉嗎'],
    ['ko', '밤에 도톤보리 걷는데 삐끼가 계속 따라와요'],
    ['vi', 'Tối qua ở Umeda có người cứ chèo kéo tôi vào quán bar, như vậy có vi phạm không?'],
    ['tl', 'May lalaking nanghihila sa akin papunta sa isang club sa Umeda kagabi'],
    ['ne', 'उमेदामा रातमा ग्राहक तान्ने मान्छेले पछ्याइरह्यो'],
    ['pt-BR', 'Um aliciador ficou me seguindo em Dotonbori querendo me levar num karaokê'],
    ['es', 'un jalador en Shinsaibashi no me dejaba en paz, ¿a quién aviso?'],
    ['id', 'Tadi malam di Umeda ada calo yang terus ngikutin saya ngajak ke karaoke'],
    ['th', 'โดนคนเรียกแขกตามตื๊อที่โดทงโบริ แจ้งใครได้บ้าง'],
  ])('%s: %s → safety / touting', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'safety', intent: 'touting' });
  });

  it.each<[Locale, string]>([
    ['ja', '来月から大阪市に引っ越してくるんですが、何の手続きが要りますか'],
    ['en', 'we just moved here from Nagoya, what do we do at the ward office?'],
    ['es', 'Me mudé a Osaka, ¿qué trámites tengo que hacer?'],
    ['tl', 'Paano ako magpapalit ng address?'],
    ['zh-Hans', '下个月搬到大阪，去区役所要办什么手续？'],
    ['zh-Hant', '我上週剛搬來大阪，要去區役所辦什麼？'],
    ['ko', '오사카로 이사 왔는데 구청에서 뭘 해야 하나요?'],
    ['vi', 'Tháng sau gia đình em chuyển nhà sang quận Yodogawa, cần làm thủ tục gì?'],
    ['ne', 'नयाँ कोठामा सरें, ठेगाना परिवर्तन कहाँ गर्ने?'],
    ['pt-BR', 'Me mudei de Nagoya pra cá semana passada, o que preciso levar no kuyakusho?'],
    ['id', 'Bulan depan saya pindah ke Osaka dari Tokyo, perlu bawa dokumen apa?'],
    ['th', 'ย้ายบ้านมาอยู่เขตคิตะ ต้องเตรียมเอกสารอะไรบ้างคะ'],
  ])('%s: %s → multicultural / movingIn', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'multicultural', intent: 'movingIn' });
  });

  it.each<[Locale, string, string, string]>([
    ['ko', '아이 자전거 보험은 어떻게 들어요?', 'safety', 'bicycle'],
    ['es', '¿Mi hijo tiene que usar casco para ir en bici al colegio?', 'safety', 'bicycleRules'],
    ['th', 'ลูกต้องใส่หมวกกันน็อคเวลาปั่นจักรยานไหม', 'safety', 'bicycleRules'],
    ['zh-Hans', '骑车打伞会被罚款吗', 'safety', 'bicycle'],
    ['vi', 'Khu Nishinari có an ninh không, buổi tối đi bộ có sợ không?', 'safety', 'crime'],
    ['id', 'Daerah Nishinari aman gak buat jalan malam?', 'safety', 'crime'],
    ['zh-Hant', '新今宮附近晚上出門安全嗎', 'safety', 'crime'],
    ['zh-Hans', '怎么申请个人编号卡？要花钱吗', 'multicultural', 'myNumber'],
    ['es', '¿Cómo saco la tarjeta de número individual?', 'multicultural', 'myNumber'],
    ['ko', '개인번호 카드 처음 만들 때 돈 드나요?', 'multicultural', 'myNumber'],
    ['vi', 'Thẻ ngoại kiều của em sắp hết hạn, gia hạn ở đâu?', 'multicultural', 'residenceCard'],
    ['th', 'บัตรไซริวใกล้หมดอายุ ต้องทำยังไง', 'multicultural', 'residenceCard'],
    ['tl', 'Dinidiskrimina ako ng landlord dahil dayuhan ako', 'multicultural', 'humanRights'],
    ['ko', '외국인이라서 가게에서 차별당했어요', 'multicultural', 'humanRights'],
    [
      'pt-BR',
      'Sofri preconceito no mercado por ser estrangeira, onde reclamo?',
      'multicultural',
      'humanRights',
    ],
    ['pt-BR', 'Tem alguém que fala português na prefeitura?', 'multicultural', 'consult'],
    ['es', 'No hablo japonés, ¿alguien me puede ayudar?', 'multicultural', 'consult'],
    ['id', 'Saya tidak bisa bahasa Jepang, ada yang bisa bantu?', 'multicultural', 'consult'],
    ['th', 'พูดญี่ปุ่นไม่ได้ มีคนช่วยไหม', 'multicultural', 'consult'],
    ['zh-Hans', '我不会日语，区役所有翻译吗', 'multicultural', 'consult'],
    ['ne', 'म जापानी बोल्न सक्दिन, दोभाषे पाइन्छ?', 'multicultural', 'consult'],
    // International House by its katakana name (it went to the consumer menu, read as インターネット).
    ['ja', 'インターナショナルハウスについて教えて', 'multicultural', 'consult'],
    ['ja-easy', 'いんたーなしょなるはうす は どこ', 'multicultural', 'consult'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });
});

// Harassment is a matter for consultation, like セクハラ and モラハラ always were (victim), and
// a fever is a medical question (health): neither is a job search nor a crime.
describe('harassment and a sick child reach the answer a resident expects', () => {
  it.each<[Locale, string, string]>([
    ['ja', 'パワハラ', 'victim'],
    ['ja', 'セクハラ', 'victim'],
    ['ja', '上司からパワハラを受けている', 'victim'],
    ['ja-easy', 'しごと で ぱわはら を うけて います', 'victim'],
    ['en', 'harassment at work', 'victim'],
    ['ja', '子どもが熱を出した', 'health'],
    ['ja-easy', 'こども が ねつ を だしました', 'health'],
    ['en', 'my child has a fever', 'health'],
    ['zh-Hans', '孩子发烧了怎么办', 'health'],
    ['es', 'mi hijo tiene fiebre', 'health'],
  ])('%s: %s → %s', (locale, text, topic) => {
    expect(router.route(text, locale).topic).toBe(topic);
  });
});

// Every pattern meets messages in all 13 languages: a stolen bicycle is a theft to report (town
// safety, where to report it), not a question about bicycle insurance; moving jobs is not moving house;
// a certificate for a visa is a certificate.
describe('everyday messages the new keywords must not take over', () => {
  it.each<[Locale, string, string]>([
    ['es', 'me robaron la bici delante de la estación', 'safety'],
    ['zh-Hans', '我的自行车昨天晚上被偷了', 'safety'],
    ['zh-Hant', '我的腳踏車昨天被偷了', 'safety'],
    ['id', 'sepeda anak saya dicuri di parkiran sekolah', 'safety'],
    ['pt-BR', 'minha bicicleta foi furtada ontem', 'safety'],
    ['th', 'จักรยานของลูกโดนขโมยเมื่อวาน', 'safety'],
    ['vi', 'hôm qua xe đạp của em bị lấy trộm trước siêu thị', 'safety'],
    ['tl', 'ninakaw ang bisikleta ng anak ko kahapon', 'safety'],
    ['ne', 'हिजो राति घर अगाडिबाट मेरो साइकल चोरी भयो', 'safety'],
    ['es', 'busco trabajo de traductor', 'jobs'],
    ['pt-BR', 'quero mudar de emprego, onde procuro vagas?', 'jobs'],
    ['tl', 'lumipat ako ng trabaho, may hiring ba', 'jobs'],
    ['vi', 'tôi muốn chuyển việc, có chỗ nào giới thiệu việc làm không', 'jobs'],
    ['th', 'อยากหางานที่ใช้ภาษาไทย', 'jobs'],
    ['id', 'saya mau pindah kerja, ada lowongan?', 'jobs'],
    ['ko', '이사 가기 전에 일자리를 구하고 싶어요', 'jobs'],
    ['th', 'ขอใบรับรองรายได้ไปต่อวีซ่า', 'certificate'],
    ['pt-BR', 'preciso do comprovante de imposto para renovar o visto', 'certificate'],
  ])('%s: %s stays %s', (locale, text, topic) => {
    expect(router.route(text, locale).topic).toBe(topic);
  });

  it.each([
    'el casco antiguo de la ciudad es muy bonito', // casco: the old town, not a helmet
    'tôi sắp có kỳ thi tiếng Nhật', // kỳ thi: an exam (kỳ thị is discrimination)
    'hoy hace mucho calor en Osaka', // calor holds calo (Indonesian: tout)
    'เล่าเรื่องสนุกให้ฟังหน่อย', // เล่า (tell) holds the letters of ล่าม (interpreter)
    'อยากกินอาหารไทย', // nothing of safety or foreign residents
  ])('no safety or foreign-residents keyword takes over: %s', (text) => {
    expect(['safety', 'multicultural']).not.toContain(keywords.route(text, 'ja').topic);
  });
});

// Found by a tester: each reached another service's answer (a lost wallet near an ATM the
// refund-scam warning, a fever crime-victim support, ごみ the job centre). Natural messages, none of
// them a keyword on its own.
describe('everyday troubles reach the answer that fits', () => {
  it.each<[Locale, string]>([
    ['ja', '子どもが熱'],
    ['ja', '孫が熱出してん'],
    ['ja', '具合が悪い'],
    ['ja', 'お腹が痛い'],
    ['ja', '熱が下がらへん'],
    ['ja', '頭が痛いけど病院開いてない'],
    ['ja', '熱中症の予防方法を教えて'],
    ['ja-easy', 'おなか が いたい です'],
    ['en', 'I have a terrible headache and every clinic is closed'],
    ['zh-Hans', '孩子肚子疼，晚上哪里可以看病'],
    ['zh-Hant', '我頭痛得厲害，附近醫院都關了'],
    ['ko', '아이가 열이 안 내려요'],
    ['vi', 'con tôi bị đau bụng từ tối qua'],
    ['tl', 'masakit ang tiyan ng anak ko'],
    ['ne', 'बच्चाको पेट दुखिरहेको छ'],
    ['pt-BR', 'meu filho está com dor de barriga desde ontem'],
    ['es', 'mi hija tiene dolor de cabeza desde anoche'],
    ['id', 'anak saya sakit perut sejak pagi'],
    ['th', 'ลูกปวดท้องตั้งแต่เมื่อคืน'],
  ])('%s: %s → health', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('health');
  });

  it.each(['仕事への情熱が出ない', '情熱を出して頑張りたい', 'ゲームに熱中してる'])(
    'passion and enthusiasm (情熱, 熱中) are no fever: %s',
    (text) => {
      expect(router.route(text, 'ja').topic).not.toBe('health');
    },
  );

  it.each<[Locale, string]>([
    ['ja', 'ATMの近くで財布を落としました'],
    ['ja-easy', 'さいふ を おとしました'],
    ['en', 'I lost my wallet near the station'],
    ['zh-Hans', '我在车站把钱包丢了'],
    ['ko', '지갑을 잃어버렸어요'],
    ['vi', 'tôi bị mất ví ở ga Umeda'],
    ['pt-BR', 'perdi minha carteira no trem'],
    ['es', 'perdí mi cartera en el metro'],
    ['id', 'dompet saya hilang di kereta'],
  ])('%s: %s → safety / lost property, not a refund scam', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'safety', intent: 'lostProperty' });
  });

  it.each<[Locale, string]>([
    ['ja', 'ATM'],
    ['en', 'ATM'],
    ['en', 'where can I find an ATM'],
    ['ja', 'ATMでお金をおろしたい'],
  ])('%s: %s is no refund scam', (locale, text) => {
    expect(router.route(text, locale).intent).not.toBe('refund');
  });

  it.each<[Locale, string]>([
    ['ja', '殺すぞと脅された'],
    ['ja', '元同僚から脅迫のメールが来る'],
    ['en', 'my neighbour threatened me last week'],
    ['vi', 'có người dọa giết tôi'],
  ])('%s: %s → victim', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('victim');
  });

  it.each<[Locale, string]>([
    ['ja', 'ゴミの出し方'],
    ['ja', 'ごみの日'],
    ['ja', '粗大ごみ'],
    ['ja', '保育所に入りたい'],
    ['ja', '保育園'],
    ['ja', '住民税'],
    ['ja', '避難所'],
    ['en', 'when is the garbage collection day'],
    ['vi', 'Năm ngoái nhà tôi bị cháy'],
    ['en', 'my house burned down last year'],
  ])('%s: %s → fallback (a city service the chat does not cover), not another service', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('fallback');
  });

  it.each<[Locale, string, string, string]>([
    ['ja', '息子から電話で、会社のお金をなくしたから300万円すぐ必要って言われた', 'consumer', 'transfer'],
    ['ja', 'ワンクリック詐欺', 'consumer', 'other'],
    ['ja', 'あかん、騙されたかもしれん', 'consumer', 'scamCheck'],
    ['en', 'I think I got scammed', 'consumer', 'scamCheck'],
    ['ja', 'オレオレ詐欺ちゃうか心配や', 'consumer', 'transfer'],
    ['ja-easy', 'あんしょうばんごう わすれた', 'certificate', 'pin'],
    ['ja-easy', 'ばんごう わすれました', 'certificate', 'pin'],
    ['en', 'I forgot my PIN number', 'certificate', 'pin'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });
});

// Found by typing as residents do: these got the consumer menu twice, "mail order has no
// cooling-off" for a language school, or the fallback for a bare "certificate".
describe('consumer and certificate words a typing resident uses', () => {
  it.each<[Locale, string, string, string | undefined]>([
    ['ja', '内職商法で契約してしまった', 'consumer', 'sale'],
    ['ja', 'モニター商法の契約をした', 'consumer', 'sale'],
    ['en', 'I bought something online, can I cancel?', 'consumer', 'subscription'],
    ['ja', '英会話教室を解約したい', 'consumer', 'coolingOff'],
    ['ja', '結婚相談所を解約したい', 'consumer', 'coolingOff'],
    ['tl', 'sertipiko', 'certificate', undefined],
    ['ko', '증명서', 'certificate', undefined],
    ['es', 'necesito un certificado', 'certificate', undefined],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    const routed = router.route(text, locale);
    expect(routed.topic).toBe(topic);
    expect(routed.intent).toBe(intent);
  });
});

// A seller or a stranger at the door who will not leave: before, "家に知らない人が来て怖い" got the
// fallback and "訪問販売の人が帰ってくれない" the cooling-off date question. The same verbs about a
// child or a parent (帰らない, "won't go away", không chịu về) are someone missing or something else.
describe('someone at the door who will not leave', () => {
  it.each<[Locale, string]>([
    ['ja', '家に知らない人が来て怖い'],
    ['ja', '訪問販売の人が帰ってくれない'],
    ['ja', '業者が居座っていて困っています'],
    ['ja', '契約するまで帰らないと言われた'],
    ['ja-easy', 'しらないひとが いえに きて こわい'],
    ['en', "a pushy salesman won't leave my house"],
    ['en', 'there is a stranger at my door'],
    ['zh-Hans', '推销的人赖着不走怎么办'],
    ['zh-Hant', '推銷員不肯走怎麼辦'],
    ['ko', '방문판매원이 안 가요 나가 달라고 해도 안 나가요'],
    ['vi', 'người bán hàng không chịu về'],
    ['tl', 'ayaw umalis ng salesman sa bahay namin'],
    ['ne', 'बिक्रेता घरबाट जाँदैन'],
    ['pt-BR', 'o vendedor não vai embora da minha casa'],
    ['es', 'el vendedor no se va de mi casa'],
    ['id', 'sales tidak mau pergi dari rumah saya'],
    ['th', 'พนักงานขายไม่ยอมกลับ'],
  ])('%s: %s → consumer / visitor', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'visitor' });
  });

  it.each<[Locale, string]>([
    ['ja', '訪問販売で契約した'],
    ['en', 'the pain in my back won’t go away'],
    ['pt-BR', 'a dor não vai embora'],
    ['id', 'anak saya tidak mau pergi ke sekolah'],
    ['ko', '세탁기가 안 돌아가요'],
    ['vi', 'con tôi không chịu về nhà'],
  ])('%s: %s is not the visitor advice', (locale, text) => {
    expect(router.route(text, locale).intent).not.toBe('visitor');
  });
});

// Polite past forms and Vietnamese words of a crime: 殴られました matched no rule (only 殴られた),
// and a theft in Vietnamese got the street-safety menu instead of victim support (a stolen bicycle
// now gets its own answer there: router.test.ts).
describe('a crime told in polite or other words reaches victim support', () => {
  it.each<[Locale, string]>([
    ['ja', '殴られました。相談したいです'],
    ['ja-easy', 'わたしは なぐられました。そうだん したい'],
    ['ja', '暴行されました'],
    ['vi', 'Tôi bị trộm điện thoại, tôi muốn báo cảnh sát'],
    ['vi', 'toi bi trom vi tien'],
    ['vi', 'Tôi bị hành hung tuần trước'],
  ])('%s: %s → victim', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('victim');
  });
});
