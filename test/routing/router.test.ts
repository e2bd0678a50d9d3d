import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyDetector } from '../../knowledge/routing/emergency';
import { mergeEmergencyFiles, readEmergencyDir } from '../../knowledge/routing/emergency';
import type { LabelledQuestion } from '../../knowledge/routing/evaluate';
import { evaluate } from '../../knowledge/routing/evaluate';
import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KEYWORD_LOCALES, KeywordRouter, readKeywords } from '../../knowledge/routing/keywordRouter';
import type { KeywordFile } from '../../knowledge/routing/keywordRouter';
import { compilePattern, matches, prepareText } from '../../knowledge/routing/patterns';
import { RetrievalRouter, UTTERANCES_DIR } from '../../knowledge/routing/retrievalRouter';
import { fold } from '../../knowledge/routing/normalize';
import type { Locale } from '../../knowledge/types';
import { ALL_LOCALES, isLocale } from '../../knowledge/types';

const dir = path.join(__dirname, '..', 'fixtures', 'routing');
// The router the bot uses: rules first, then the example-based model.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());
const detector = EmergencyDetector.load();
const keywords = KeywordRouter.load();
const sets = readdirSync(dir)
  .map((f) => /^(eval|holdout)\.(.+)\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null && isLocale(m[2]!))
  .map((m) => ({ name: m[0], kind: m[1]!, locale: m[2] as 'ja' | 'en' }));

describe('routing on held-out questions', () => {
  it('has evaluation sets for Japanese and English', () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['eval.ja.json', 'eval.en.json']));
  });

  describe.each(sets)('$name', ({ name, locale }) => {
    const questions = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as LabelledQuestion[];
    const result = evaluate(questions, router, detector, locale);

    it('never misses an emergency', () => {
      const missed = questions
        .filter((q) => q.topic === 'emergency' && !detector.detect(q.text))
        .map((q) => q.text);
      expect(missed).toEqual([]);
      expect(result.emergencyRecall).toBe(1);
    });

    it('rarely raises a false alarm (≤ 2 %)', () => {
      expect(result.falseAlarmRate).toBeLessThanOrEqual(0.02);
    });

    it('routes at least 90 % to the right topic', () => {
      expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    });

    it('routes at least 85 % right without the locale hint (language detected from the text)', () => {
      expect(evaluate(questions, router, detector, { detect: ALL_LOCALES }).accuracy).toBeGreaterThanOrEqual(
        0.85,
      );
    });
  });
});

describe('evaluation sets', () => {
  it('share no sentence with the training utterances, and hold at least 30 questions per locale', () => {
    const training = new Set<string>();
    for (const file of readdirSync(UTTERANCES_DIR)) {
      const topics = JSON.parse(readFileSync(path.join(UTTERANCES_DIR, file), 'utf8')) as Record<
        string,
        string[]
      >;
      for (const text of Object.values(topics).flat()) training.add(fold(text));
    }
    const shared: string[] = [];
    const perLocale = new Map<string, number>();
    for (const { name, locale } of sets) {
      const questions = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as LabelledQuestion[];
      perLocale.set(locale, (perLocale.get(locale) ?? 0) + questions.length);
      for (const q of questions) if (training.has(fold(q.text))) shared.push(`${name}: ${q.text}`);
    }
    expect(shared).toEqual([]);
    expect([...perLocale.keys()].sort()).toEqual([...ALL_LOCALES].sort());
    for (const [locale, n] of perLocale)
      expect({ locale, enough: n >= 30 }).toEqual({ locale, enough: true });
  });
});

// Theft and assault are the crimes a resident is most likely to meet: they go to victim support
// (police consultation, support centres), not to the foreign-residents menu, as "My wallet was
// stolen" did. A stolen bicycle is the exception: town safety says where to report it (below).
// Paraphrases, not the training examples.
describe('theft and assault', () => {
  it.each<[Locale, string]>([
    ['en', 'somebody took my bag while I was sleeping on the train'],
    ['en', 'My wallet was stolen and I am scared'],
    ['en', 'a guy punched me outside a bar in Namba'],
    ['vi', 'Tôi bị mất cắp điện thoại ở siêu thị'],
    ['pt-BR', 'furtaram meu celular no supermercado'],
    ['es', 'me robaron el móvil en el supermercado'],
    ['id', 'HP saya hilang dicuri di supermarket'],
    ['tl', 'may nagnakaw ng bag ko sa supermarket'],
    ['th', 'มือถือถูกขโมยที่ซูเปอร์มาร์เก็ต'],
    ['ne', 'सुपरमार्केटमा मेरो फोन चोरी भयो'],
    ['zh-Hant', '我的手機在超市被偷了'],
  ])('%s: %s → victim support', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('victim');
  });

  it.each<[Locale, string, string, string]>([
    ['ja', '税金の証明書がほしい', 'certificate', 'other'],
    ['en', 'I need proof of income for my visa', 'certificate', 'other'],
    ['ja', '188番に電話したらどこにつながる？', 'consumer', 'consult'],
    ['en', 'can I call 188 on Sunday?', 'consumer', 'consult'],
  ])('%s: %s → %s (%s)', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });

  it('a question about preventing bicycle theft stays with safety', () => {
    expect(router.route('My bike got stolen twice. How can I prevent it?', 'en').topic).toBe('safety');
  });
});
// Typing round 7: a stolen bicycle got the victim menu (grief, condolence money) and never where to
// report the theft. Theft words count for it only with a bicycle word in the message (`with`).
describe('a stolen bicycle', () => {
  it.each<[Locale, string]>([
    ['en', 'My bike was stolen'],
    ['ja', '駅で自転車を盗まれた'],
    ['ko', '자전거를 누가 훔쳐갔어요'],
    ['zh-Hans', '我的自行车昨天晚上被偷了'],
    ['vi', 'toi bi trom xe dap'],
  ])('%s: %s → town safety, reporting the theft', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'safety', intent: 'bicycleTheft' });
  });

  it.each<[Locale, string, string, string]>([
    // Theft without a bicycle, or a bicycle hurt with: victim support.
    ['en', 'My wallet was stolen', 'victim', ''],
    ['ja', '自転車を盗まれて、犯人に殴られました', 'victim', ''],
    // Preventing theft: the crime-prevention answer.
    ['ja', '自転車の盗難を防ぐには？', 'safety', 'crime'],
    ['en', 'My bike got stolen twice this year. How can I stop it happening again?', 'safety', 'crime'],
    // A bicycle with no theft, and words that only look like theft.
    ['ja', '自転車に乗っていて罰金を取られた', 'safety', 'bicycle'],
    ['en', 'I took my bike to the repair shop', 'safety', 'bicycle'],
  ])('%s: %s → %s %s', (locale, text, topic, intent) => {
    const route = router.route(text, locale);
    expect(route.topic).toBe(topic);
    expect(route.intent).not.toBe('bicycleTheft');
    if (intent) expect(route.intent).toBe(intent);
  });
});

describe('out-of-scope questions', () => {
  it('get the friendly fallback at least 90 % of the time over all sets', () => {
    const outOfScope = sets.flatMap(({ name, locale }) =>
      (JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as LabelledQuestion[])
        .filter((q) => q.topic === 'fallback')
        .map((q) => ({ q, locale })),
    );
    expect(outOfScope.length).toBeGreaterThanOrEqual(80);
    const answered = outOfScope.filter(({ q, locale }) => router.route(q.text, locale).topic === 'fallback');
    expect(answered.length / outOfScope.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('emergency rules', () => {
  it.each([
    'おおさかじょう に いきたい', // Osaka Castle: かじょう holds かじ (fire)
    'きのう かじ が ありました', // a fire yesterday: the past
    'cómo te llamas', // llamas: flames
    'apoyo para víctimas del delito', // apoyo holds apoy (Tagalog: fire)
    'tôi muốn nghiên cứu về thuế', // nghiên cứu holds cứu (help)
  ])('raise no alarm on an ordinary message that merely contains an alarm word: %s', (text) => {
    expect(detector.detect(text)).toBeNull();
  });

  it.each(['かじ', 'かじ です', 'いえ が かじ に なった', '火事だ！'])('still raise one on %s', (text) => {
    expect(detector.detect(text)?.kind).toBe('fire');
  });

  it('raise no alarm on any training utterance (ordinary questions in 13 languages)', () => {
    const alarms: string[] = [];
    for (const file of readdirSync(UTTERANCES_DIR)) {
      const topics = JSON.parse(readFileSync(path.join(UTTERANCES_DIR, file), 'utf8')) as Record<
        string,
        string[]
      >;
      for (const text of Object.values(topics).flat())
        if (detector.detect(text)) alarms.push(`${file}: ${text}`);
    }
    expect(alarms).toEqual([]);
  });

  it('keeps one file per language, named after its locale', () => {
    const files = readEmergencyDir().map((f) => f.file.replace(/\.json$/, ''));
    expect(files.filter((f) => !isLocale(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['ja', 'en']));
  });

  it('an "always" phrase never folds into a broader "unless past" word (火事！ → 火事)', () => {
    const data = mergeEmergencyFiles(readEmergencyDir().map((f) => f.data));
    for (const kind of Object.values(data.kinds)) {
      const broad = new Set((kind.unlessPast ?? []).map(fold));
      for (const phrase of [...(kind.always ?? []), ...(kind.unlessSafe ?? [])])
        expect({ phrase, folded: broad.has(fold(phrase)) }).toEqual({ phrase, folded: false });
    }
  });

  it.each([
    ['刃物を持った人がいる', 'violence'],
    ['ナイフを もった 人が いる', 'violence'],
    ['はものを もった ひとが いる', 'violence'],
    ['今つけられている', 'violence'],
    ['誰かにあとをつけられています', 'violence'],
    ['ストーカーが家の前にいて怖い', 'violence'],
    ['ガス臭い', 'fire'],
    ['ガスの においが する', 'fire'],
    ['地震で家がつぶれた', 'trapped'],
    ['110', 'violence'],
    ['１１０番', 'violence'],
    ['警察', 'violence'],
    ['119番', 'medical'],
    ['#7119', 'medical'],
    ['救急車', 'medical'],
  ])('a danger now, or an emergency number typed alone, raises the alarm: %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    ['a man with a knife is outside my door', 'violence'],
    ['call police', 'violence'],
    ['a man is following me right now', 'violence'],
    ['gas leak in my apartment', 'fire'],
    ['帮我报警', 'violence'],
    ['有个拿刀的男人在我家门口', 'violence'],
    ['他现在在打我', 'violence'],
    ['我被人打了', 'violence'],
    ['my child is missing', 'violence'],
    ['子どもがいなくなった', 'violence'],
    ['救命！有人打我', 'violence'],
    ['Gọi cảnh sát giúp tôi', 'violence'],
    ['Chame a polícia', 'violence'],
    ['Tem um homem me seguindo agora', 'violence'],
    ['Llamen a la policía, hay un hombre con un cuchillo', 'violence'],
    ['칼을 든 남자가 문 앞에 있어요', 'violence'],
    ['경찰 불러주세요', 'violence'],
    ['प्रहरी बोलाउनुहोस्', 'violence'],
  ])('in the other languages too: %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it('looks at the whole of a long message: the fire told last is not missed', () => {
    const story = `${'I moved to Osaka last year and I do not speak Japanese well. '.repeat(12)}Now there is smoke everywhere and fire is coming out of the window next door!`;
    expect(story.length).toBeGreaterThan(600);
    expect(detector.detect(story)).not.toBeNull();
  });

  it.each([
    'ガス漏れのときはどうすればいいですか',
    '地震で家がつぶれたらどうしたらいい？',
    'ストーカーの相談窓口を教えてください',
    '番号がつけられている書類',
    '警察に相談したいことがあります',
    '110番の使い方を知りたい',
    // Yesterday's assault, or asking for advice, in other languages: victim support, not 110 now.
    '我被人打了，想找人咨询',
    'Fui agredido ontem na rua',
    'मलाई कसैले हिजो कुट्यो',
  ])('questions about those dangers, or longer messages with the numbers, do not: %s', (text) => {
    expect(detector.detect(text)).toBeNull();
  });

  it.each(['Help me!', 'たすけて！！', '助けて'])('a cry for help alone is an emergency: %s', (text) => {
    expect(detector.detect(text)).not.toBeNull();
  });

  it.each([
    'Can someone help me find a job?',
    'help me with my certificate',
    '火災保険の勧誘の電話がしつこい',
  ])('an ordinary request is not: %s', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('keyword router', () => {
  it.each([
    ['コンビニで住民票とれるん？', 'certificate', 'juminhyo'],
    ['ｺﾝﾋﾞﾆ ｼﾞｭｳﾐﾝﾋｮｳ', 'certificate', 'juminhyo'],
    ['訪問販売で契約してしもた、クーリングオフできる？', 'consumer', 'coolingOff'],
    ['警察を名乗る人からカードを預かると電話があった', 'consumer', 'police'],
    ['人と話したい', 'handoff', undefined],
    // Harassment and abuse said indirectly are crimes against the resident, not shopping trouble.
    ['セクハラされた', 'victim', undefined],
    ['盗撮された', 'victim', undefined],
    ['元夫が怖くて家に帰れない', 'victim', undefined],
    ['夫に毎日怒鳴られる', 'victim', undefined],
    ['彼氏から毎日何十回もLINEが来て、家の近くで待ち伏せされる', 'victim', undefined],
    ['パートナーにお金を取り上げられている', 'victim', undefined],
    // Stalking, threats and harassment in the residents' languages (routed whatever the hint).
    ['my ex keeps threatening me', 'victim', undefined],
    ['someone keeps following me home and sending messages', 'victim', undefined],
    ['누가 계속 따라와요', 'victim', undefined],
    ['Um homem fica me seguindo todos os dias', 'victim', undefined],
    ['Tôi bị quấy rối ở chỗ làm', 'victim', undefined],
    // Renewing a visa, a lost residence card: the residence-card answer.
    ['비자 갱신은 어떻게 해요?', 'multicultural', 'residenceCard'],
    ['Thẻ cư trú của tôi bị mất', 'multicultural', 'residenceCard'],
    ['Como renovar meu visto?', 'multicultural', 'residenceCard'],
    // Multi-level marketing is a sale (20 days of cooling-off), not touting in the street.
    ['マルチ商法に誘われた', 'consumer', 'sale'],
    ['友達にマルチに誘われて契約した', 'consumer', undefined],
    ['what is the weather tomorrow', 'fallback', undefined],
  ])('%s → %s', (text, topic, intent) => {
    const routed = router.route(text, 'ja');
    expect(routed.topic).toBe(topic);
    if (intent) expect(routed.intent).toBe(intent);
    if (topic !== 'fallback') expect(routed.matched.length).toBeGreaterThan(0);
  });

  it('reads the start of a very long message, then its end, never the whole of it', () => {
    expect(router.route(`住民票${'あ'.repeat(9_000)}`, 'ja').topic).toBe('certificate');
    expect(router.route(`${'あ'.repeat(9_000)}住民票`, 'ja').topic).toBe('certificate');
    expect(router.route(`${'あ'.repeat(4_000)}住民票${'あ'.repeat(4_000)}`, 'ja').topic).toBe('fallback');
  });
});

// The intent (which certificate, which scam) used to be found only in Japanese and English: the
// model gives a topic but never an intent, so a Korean resident who named 住民票 was still asked
// which certificate, and a refund scam in Chinese got the consumer menu instead of "do not go to
// the ATM". Natural messages, none of them copied into the keywords.
describe("keywords in the residents' languages", () => {
  it.each<[Locale, string]>([
    ['ja-easy', 'じゅうみんひょう が ひつよう です。どこ で もらえますか'],
    ['zh-Hans', '我需要一份住民票，周末能在哪里办？'],
    ['zh-Hant', '請問住民票可以在哪裡申請？'],
    ['ko', '회사에 낼 주민표가 필요한데 어디서 받아요?'],
    ['vi', 'Cho tôi hỏi xin giấy chứng nhận cư trú ở đâu ạ?'],
    ['vi', 'cho minh hoi xin phieu cu tru o dau vay'],
    ['tl', 'Saan po ako pwedeng kumuha ng katibayan ng paninirahan?'],
    ['ne', 'मलाई बैंकका लागि जुमिन्ह्यो चाहिन्छ'],
    ['pt-BR', 'Preciso de um comprovante de residência pra escola do meu filho'],
    ['es', 'Necesito un certificado de residencia para el banco, ¿dónde lo pido?'],
    ['id', 'Saya perlu surat keterangan domisili untuk sekolah anak'],
    ['th', 'ต้องการสำเนาทะเบียนบ้านไปยื่นที่ทำงาน'],
  ])('%s: %s → certificate / juminhyo', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'certificate', intent: 'juminhyo' });
  });

  it.each<[Locale, string]>([
    ['ja-easy', 'しらない ひと から でんわ。かんぷきん が ある から ATM に いって と いわれた'],
    ['zh-Hans', '刚才有人打电话，叫我去ATM领医疗费退款'],
    ['zh-Hant', '有人來電說我有退稅可以領，要我去ATM操作'],
    ['ko', '구청이라면서 환급금이 있다고 ATM으로 오라고 하네요'],
    ['vi', 'Mới có cuộc gọi nói tôi được hoàn tiền thuế và phải đến cây ATM'],
    ['tl', 'May tumawag sa akin, may ibabalik na pera daw mula sa city hall'],
    ['ne', 'कसैले फोन गरेर कर फिर्ता छ भनेर एटीएम जान भन्यो'],
    ['pt-BR', 'Uma mulher ligou dizendo que tenho reembolso do seguro e pediu pra eu ir no caixa eletrônico'],
    ['es', 'Un señor dice que tengo un reembolso de impuestos y que debo ir al cajero'],
    ['id', 'Ada yang telepon, katanya ada pengembalian pajak dan saya harus ke ATM'],
    ['th', 'มีคนโทรมาบอกว่าได้เงินคืนภาษี ให้ไปที่ตู้เอทีเอ็ม'],
  ])('%s: %s → consumer / refund', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'refund' });
  });

  it.each<[Locale, string, string, string]>([
    ['ko', '경찰이라는 사람이 집에 현금카드를 가지러 온대요', 'consumer', 'police'],
    ['vi', 'có người giả danh công an gọi điện bắt tôi đưa thẻ ngân hàng', 'consumer', 'police'],
    ['zh-Hans', '有人冒充我儿子打电话，叫我汇款', 'consumer', 'transfer'],
    ['es', 'quiero cancelar el contrato que firmé con un vendedor ayer', 'consumer', 'coolingOff'],
    ['th', 'อยากยกเลิกสัญญาที่เซ็นกับเซลส์ที่มาขายถึงบ้าน', 'consumer', 'coolingOff'],
    ['ko', '인감증명서 어디서 발급받나요', 'certificate', 'inkan'],
    ['zh-Hans', '我需要户籍誊本', 'certificate', 'koseki'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });

  // Every pattern meets messages in all 13 languages: a word of one must not take over another's
  // question (estafa is a scam in Spanish but exhaustion in Portuguese; 사기 is also "buying").
  it.each<[Locale, string, string]>([
    ['vi', 'Tôi muốn tham gia bảo hiểm y tế quốc dân thì làm thế nào?', 'multicultural'],
    ['pt-BR', 'estou com estafa no trabalho, posso mudar de emprego?', 'jobs'],
    ['ne', 'कन्बिनीमा काम खोज्दैछु', 'jobs'],
    ['th', 'อยากทำงานที่เซเว่น', 'jobs'],
    ['id', 'saya mau kerja di minimarket', 'jobs'],
  ])('%s: %s stays %s', (locale, text, topic) => {
    expect(router.route(text, locale).topic).toBe(topic);
  });

  it.each([
    '자전거 사기 전에 보험 알아보고 싶어요', // 사기: buying, not a scam
    '마이넘버카드 받으러 구청 가요', // collecting one's own card
    '연말정산 환급금 언제 들어와요', // a real tax refund
    'Làm sao lấy lại tiền nenkin khi về nước?', // the pension refund on leaving Japan
    'Tôi làm thêm ở cửa hàng tiện lợi', // a part-time job at a convenience store
    'cảnh sát giải quyết vụ trộm xe đạp chưa', // cảnh sát giải… holds cảnh sát giả
    '确定申告可以退税吗', // a real tax refund
    'como mandar dinheiro para o Brasil', // a remittance home
    'tuve un golpe de calor', // golpe: a blow, not a scam
    'ย้ายทะเบียนบ้านต้องทำยังไง', // moving one's registration, not the certificate
  ])('no keyword rule takes over: %s', (text) => {
    expect(keywords.route(text, 'ja').topic).toBe('fallback');
  });

  it('no keyword of the other languages matches a training example of another topic', () => {
    const data = readKeywords();
    const examples: Array<{ topic: string; text: ReturnType<typeof prepareText>; raw: string }> = [];
    for (const file of readdirSync(UTTERANCES_DIR)) {
      const topics = JSON.parse(readFileSync(path.join(UTTERANCES_DIR, file), 'utf8')) as Record<
        string,
        string[]
      >;
      for (const [topic, texts] of Object.entries(topics))
        for (const raw of texts) examples.push({ topic, text: prepareText(raw), raw });
    }
    const any = (words: readonly string[] | undefined, text: ReturnType<typeof prepareText>) =>
      (words ?? []).some((w) => matches(compilePattern(w), text));
    // Where a rule counts at all: none of its exception words, and one of its `with` words if it has any.
    const withWords = (rule: KeywordFile['rules'][number]): readonly string[] =>
      (rule as { with?: string[] }).with ?? [];
    const counts = (rule: KeywordFile['rules'][number], text: ReturnType<typeof prepareText>) =>
      !any(rule.except, text) && (withWords(rule).length === 0 || any(withWords(rule), text));
    // A rule with `with` words exists to claim such messages from broader words ("stolen" with a
    // bicycle is town safety, not victim support): an example it claims for its own topic is no
    // conflict for the broader words.
    const claimed = (e: (typeof examples)[number]) =>
      data.rules.some(
        (r) =>
          r.topic === e.topic &&
          withWords(r).length > 0 &&
          counts(r, e.text) &&
          KEYWORD_LOCALES.some((l) => any(r[l], e.text)),
      );
    const wrong: string[] = [];
    for (const rule of data.rules)
      for (const locale of KEYWORD_LOCALES.filter((l) => l !== 'ja' && l !== 'en'))
        for (const pattern of rule[locale] ?? []) {
          const compiled = compilePattern(pattern);
          for (const e of examples)
            if (e.topic !== rule.topic && matches(compiled, e.text) && counts(rule, e.text) && !claimed(e))
              wrong.push(`${locale} "${pattern}" (${rule.topic}) in ${e.topic}: ${e.raw}`);
        }
    expect(wrong).toEqual([]);
  });

  it('accepts a list for each locale but easy Japanese, and nothing else', () => {
    const rule = { topic: 'certificate', intent: 'juminhyo', weight: 3 } as const;
    const ko = new KeywordRouter({
      threshold: 1,
      rules: [{ ...rule, ko: ['주민표'] }],
    } as unknown as KeywordFile);
    expect(ko.route('주민표 주세요', 'vi')).toMatchObject({ topic: 'certificate', intent: 'juminhyo' });
    for (const key of ['ja-easy', 'kr', 'pt'])
      expect(
        () =>
          new KeywordRouter({ threshold: 1, rules: [{ ...rule, [key]: ['x'] }] } as unknown as KeywordFile),
      ).toThrow();
  });

  it('reads "@name" among `with` words as the shared list of that name; an unknown name is an error', () => {
    const file = {
      threshold: 1,
      lists: { days: ['saturday', 'sunday'] },
      rules: [{ topic: 'health', weight: 3, with: ['@days'], en: ['hospital'] }],
    } as unknown as KeywordFile;
    const router = new KeywordRouter(file);
    expect(router.route('is the hospital open on sunday', 'en').topic).toBe('health');
    expect(router.route('where is the hospital', 'en').topic).not.toBe('health');
    expect(() => new KeywordRouter({ ...file, lists: {} })).toThrow(/no list "days"/);
  });
});

// Medical emergencies as residents type them while it happens (chest pain, breathing, stroke,
// seizure, choking, bleeding, no response, allergy, swallowed objects, heatstroke, a car): each
// language's file must raise the medical alarm, and past or general questions about the same
// things must not. Whole sentences, not the patterns themselves.
// "break in" alone caught "Can I take a break in a cool place?": the break-in words now need
// a place after them.
describe('break-in words', () => {
  it.each([
    ['There has been a break-in at my apartment', 'breakIn'],
    ['someone is breaking in', 'breakIn'],
    ['Can I take a break in a cool place when it is hot?', null],
    ['there was a break-in at my house last year, what support is there', null],
  ])('%s → %s', (text, kind) => {
    expect(detector.detect(text)?.kind ?? null).toBe(kind);
  });
});

describe('medical emergencies happening now', () => {
  it.each<[string, string]>([
    ['en', 'my friend is having chest pain'],
    ['en', 'I think my grandpa is having a stroke, his face is drooping'],
    ['en', 'the baby is choking on a grape!!'],
    ['en', 'my toddler just swallowed a button battery'],
    ['en', 'an old lady just got hit by a car outside my house'],
    ['ja', '友達が急に胸が苦しいと言ってうずくまってる'],
    ['ja', '父がろれつが回ってないし顔がゆがんでる'],
    ['ja', 'おもちが喉に詰まって息ができない'],
    ['ja', '母が呼んでも反応しない'],
    ['ja', '目の前で人が車にはねられた'],
    ['ja-easy', 'こども が なにか を のみこんだ'],
    ['ja-easy', 'ねっちゅうしょう で ひと が たおれた'],
    ['zh-Hans', '我爸说话口齿不清，嘴也歪了'],
    ['zh-Hans', '孩子误吞了纽扣电池'],
    ['zh-Hans', '我朋友刚被车撞了'],
    ['zh-Hant', '我朋友突然胸口好痛，透不過氣'],
    ['zh-Hant', '老人家食年糕哽住咗'],
    ['zh-Hant', '我媽怎麼叫都沒反應'],
    ['ko', '친구가 갑자기 가슴이 아프다고 해요'],
    ['ko', '아이가 지금 경련하고 있어요'],
    ['ko', '아기가 건전지를 삼켰어요'],
    ['vi', 'Bạn tôi đột nhiên bị đau ngực dữ dội'],
    ['vi', 'bo toi bi meo mieng va noi khong ro loi'],
    ['vi', 'con toi nuot pin roi'],
    ['th', 'พ่อพูดไม่ชัดและปากเบี้ยว'],
    ['th', 'ลูกกลืนถ่านกระดุม'],
    ['th', 'เพื่อนเพิ่งโดนรถชน'],
    ['tl', 'hirap huminga ang lola ko'],
    ['tl', 'nabubulunan ang baby ko'],
    ['tl', 'nasagasaan ng kotse ang kapitbahay ko'],
    ['id', 'teman saya tiba-tiba nyeri dada'],
    ['id', 'anak saya sedang kejang'],
    ['id', 'ibu saya dipanggil tidak bangun'],
    ['pt-BR', 'minha mãe está com a boca torta e falando enrolado'],
    ['pt-BR', 'meu filho engoliu uma pilha'],
    ['pt-BR', 'um homem foi atropelado aqui na frente'],
    ['es', 'a mi amigo le duele el pecho muchísimo'],
    ['es', 'mi bebé se está atragantando'],
    ['es', 'mi hijo se tragó una pila'],
    ['ne', 'मेरो साथीको छाती दुखिरहेको छ'],
    ['ne', 'बच्चाले ब्याट्री निल्यो'],
    ['ne', 'साथीलाई गाडीले ठक्कर दियो'],
  ])('%s: %s → medical alarm', (_file, text) => {
    expect(detector.detect(text)?.kind).toBe('medical');
  });

  it.each([
    'I had chest pain last month, which clinic should I see?',
    'heatstroke prevention tips for the elderly',
    'where are the cooling shelters for heat stroke',
    'how to do CPR',
    'is there an allergy clinic nearby',
    'I need a traffic accident certificate',
    'this toy is a choking hazard, can I return it?',
    "I can't speak Japanese",
    'my landlord is not responding to my messages',
    '熱中症の予防方法を教えて',
    '熱中症警戒アラートが出ているときの過ごし方',
    '去年胸が苦しくなったことがあるけど何科に行けばいい？',
    '子どもの誤飲を防ぐには？',
    '書類選考ではねられた',
    '毎日残業でぐったりしてる',
    'ねっちゅうしょう を ふせぐ ほうほう を おしえて',
    '如何预防中暑',
    '我没有意识到这是诈骗',
    '部提款機吞咗我張卡',
    '작년에 가슴이 아팠는데 어느 병원에 가야 하나요?',
    'năm ngoái tôi bị đau ngực, nên đi bệnh viện nào?',
    'วิธีป้องกันโรคลมแดด',
    'noong isang taon sumakit ang dibdib ko, saang ospital ako pupunta?',
    'kartu ATM saya tertelan mesin',
    'tive dor no peito no ano passado, qual clínica devo procurar?',
    'a máquina engoliu meu cartão',
    'cómo prevenir el golpe de calor',
    'busco trabajo sin conocimiento de japonés',
    'गत वर्ष छाती दुख्यो, कुन अस्पताल जाने?',
  ])('no alarm on a past or general question: %s', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
