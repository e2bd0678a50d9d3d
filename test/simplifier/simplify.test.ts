import fc from 'fast-check';
import { loadLexicon } from '../../simplifier/lexicon';
import { normalizeJapanese } from '../../simplifier/normalize';
import { factsOf, protect, restore } from '../../simplifier/protect';
import { loadRules } from '../../simplifier/rewrite';
import { renderRuby } from '../../simplifier/ruby';
import { splitSentences } from '../../simplifier/sentences';
import { Simplifier } from '../../simplifier/simplify';
import { tokenizer } from '../helpers/tokenizer';

let simplifier: Simplifier;
beforeAll(async () => {
  simplifier = new Simplifier(await tokenizer(), loadRules(), loadLexicon());
});

/** The facts of the input as they must appear in the output (a 令和 year may become its Western year). */
function expectedFacts(input: string): string[] {
  return factsOf(normalizeJapanese(input)).map((f) =>
    f.replace(
      /(令和|平成)(\d{1,2}|元)年/u,
      (_m, era: string, y: string) => `${(era === '令和' ? 2018 : 1988) + (y === '元' ? 1 : Number(y))}年`,
    ),
  );
}

function expectFactsKept(input: string): void {
  const result = simplifier.simplify(input);
  for (const fact of expectedFacts(input))
    expect({ fact, kept: result.text.includes(fact) }).toEqual({ fact, kept: true });
  // The ruby carries the same text.
  expect(renderRuby(result.ruby, 'plain')).toBe(result.text);
}

/**
 * The tables below check rewriting and cutting; they show explanations in brackets, the way they
 * were written, so the explanation sentences the default adds do not get in their way.
 */
const BRACKETS = { explanations: 'brackets' } as const;

describe('the simplifier', () => {
  it.each([
    [
      '住民票の写しの交付を希望される方は、本人確認書類をご持参のうえ、区役所までお越しください。',
      '住民票の写しの交付を希望する人は、本人確認書類を持ってきてください。そして、区役所まで来てください。',
    ],
    [
      '還付金があるという電話がありますが、ATMでお金が戻ることは絶対にないので、すぐに電話を切ってください。',
      '還付金があるという電話があります。でも、ATMでお金が戻ることは絶対にありません。だから、すぐに電話を切ってください。',
    ],
    ['令和6年4月1日から受付を開始いたします。', '2024年4月1日から受付を開始します。'],
    ['受付は午後5時30分までである。', '受付は午後5時30分までです。'],
    [
      '詳しくは https://www.city.osaka.lg.jp/ をご覧ください。',
      // The address leaves the sentence for a line of its own (layout.json).
      '詳しくは、次のページを見てください。\nhttps://www.city.osaka.lg.jp/',
    ],
  ])('%s', (input, output) => {
    expect(simplifier.simplify(input, BRACKETS).text).toBe(output);
  });

  it('reports what changed with the rule explanations staff read', () => {
    const r = simplifier.simplify('区役所にお越しください。');
    const applied = r.report.sentences.flatMap((s) => s.rules);
    expect(applied).toEqual([
      expect.objectContaining({
        rule: 'keigo-okoshi',
        explain: '「お越しください」は「来てください」にします。',
      }),
    ]);
    expect(r.report.after.jReadability).toBeGreaterThan(r.report.before.jReadability);
    expect(r.report.desuMasuShare).toBe(1);
  });

  it('keeps every phone number, date, amount, URL and e-mail address', () => {
    for (const input of [
      '大阪市消費者センター（電話06-6614-0999）または消費者ホットライン188にご相談ください。',
      '令和2年4月1日に施行された条例に基づき、見舞金を支給いたします。',
      '手数料は1通300円でございます。戸籍全部事項証明書は450円、除籍は750円となっております。',
      'お問い合わせは soudan@example.city.osaka.jp または https://www.city.osaka.lg.jp/shimin/page/0000201856.html までお願いいたします。',
      '受付時間は6:30〜23:00でございますので、ご了承ください。警察相談は#9110へ。',
    ]) {
      expectFactsKept(input);
    }
  });

  it('protect and restore are exact inverses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const clean = s.replace(/[\ue000-\uf8ff]/gu, '');
        const p = protect(clean);
        expect(restore(p.text, p.spans)).toBe(clean);
      }),
      { numRuns: 500 },
    );
  });

  const fragment = fc.oneof(
    fc.constantFrom(
      '住民票の写しを取得する場合は',
      'ご確認ください。',
      '窓口にお越しください',
      'でございます。',
      '交付されます。',
      'ですが、',
      'ので、',
      'お持ちの方は',
    ),
    fc.constantFrom(
      '06-6614-0999',
      '188',
      '#9110',
      '300円',
      '5万円',
      '令和6年4月1日',
      '2024年6月1日',
      '午後5時30分',
      '6:30〜23:00',
      'https://www.city.osaka.lg.jp/',
      'a@example.jp',
      '「大阪市行政オンラインシステム」',
    ),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '😀',
      '\u0000',
      '\u202e',
      'ｼﾞｭｳﾐﾝﾋｮｳ',
      '\ud800',
      '、',
      '。',
      '\n',
      'valueOf',
      '__proto__',
    ),
  );

  it('never throws and never loses a fact on random input', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }), (parts) => {
        expectFactsKept(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });

  // fast-check found '06-6614-0999valueOf': a number followed by a word that names an Object.prototype
  // member made a table lookup return a function, and the reading threw.
  it.each(['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'keeps a number followed by the word %s',
    (word) => {
      for (const text of [`06-6614-0999${word}`, `5万${word}`, `一${word}`, `${word}する`]) {
        const r = simplifier.simplify(text);
        expect(r.text).toContain(word);
        expectFactsKept(text);
      }
    },
  );

  // Found on the official corpus: a state (混雑しており、) before a request was itself turned
  // into a request ("be crowded, please"), and keigo forms the rules did not know stayed.
  it.each([
    [
      '窓口は大変混雑しており、長い時間お待ちいただくことがありますので、ご了承ください。',
      '大変込んでいます。そして、長い時間待つことがあります',
    ],
    [
      '被害の届出をするかどうか迷っておられる場合でも、まずはご相談いただくことができます。',
      '迷っている場合でも',
    ],
    [
      'お困りのことがございましたら、まずは消費者センターへご相談いただきますようお願い申し上げます。',
      '相談してください。',
    ],
    ['代理人が請求される場合は、委任状をお持ちください。', 'が請求することがあります。'],
  ])('rewrites official keigo without changing the meaning: %s', (input, expected) => {
    const text = simplifier.simplify(input, BRACKETS).text;
    expect(text).toContain(expected);
    expect(text).not.toMatch(/いてください|おられ|申し上げ|いただ/u);
  });

  it('adds no explanation where the text already explains the word, and none inside a bracket', () => {
    const text = simplifier.simplify('連鎖販売取引（いわゆるマルチ商法）については、20日間です。').text;
    expect(text).toContain('連鎖販売取引（いわゆるマルチ商法）');
    expect(text).not.toMatch(/（[^）]*（/u);
  });

  it('leaves a word inside a longer compound whole (no bracket inside 住民基本台帳法)', () => {
    const text = simplifier.simplify('住民基本台帳法に基づき届け出てください。').text;
    expect(text).toContain('住民基本台帳法');
  });

  it('handles a 10,000-character input', () => {
    const long = '住民票の写しは300円です。ご確認ください。'.repeat(500).slice(0, 10_000);
    const r = simplifier.simplify(long);
    expect(r.text.length).toBeGreaterThan(5_000);
    expect(r.text).toContain('300円');
  });

  it.each([
    // 〜場合は、: the condition becomes a sentence, "そのときは、" carries it to what to do.
    [
      'クレジットカードで支払った場合は、クレジット会社にも同時に知らせてください。',
      'クレジットカードで払うことがあります。そのときは、クレジット会社にも同じときに知らせてください。',
    ],
    [
      'カードの番号を3回続けてまちがえて入力した場合には、ロックがかかります。',
      'カードの番号を3回続けてまちがえて入力することがあります。そのときは、ロックがかかります。',
    ],
    // 多いため、 (an adjective) is a reason too.
    [
      '大阪市内の人は、相談後も対応が必要になることが多いため、センターへ直接電話してください。',
      '大阪市内の人は、相談後も対応が必要になることが多いです。だから、センターへ直接電話してください。',
    ],
    // Two conditions, 〜場合や、〜場合は、: each a sentence of its own (〜ことがあります。〜こともあります。).
    [
      '紙に足りないところがある場合や、紙をもらっていない場合は、8日の後でも買い物をやめることができます。',
      '紙に足りないところがあることがあります。紙をもらっていないこともあります。そのときは、8日の後でも買い物をやめることができます。',
    ],
    // 「Xは、Aで、Bです」: the topic carries over to the second sentence.
    [
      'この窓口は、事前の予約が必要で、土曜日と日曜日はお休みとなっております。',
      'この窓口（相談や手続きをするところ）は、事前の予約が必要です。そして、土曜日と日曜日はお休みになっています。',
    ],
    // Without a topic, 〜で、 stays (it may be a place or a means).
    [
      '事前の予約が必要で、土曜日と日曜日はお休みとなっております。',
      '事前の予約が必要で、土曜日と日曜日はお休みになっています。',
    ],
    // 〜とともに、 in a request: two requests.
    [
      '避難所の場所を確認するとともに、家族との連絡方法を話し合っておいてください。',
      '避難所（逃げるところ）の場所を確認してください。そして、家族との連絡方法を話し合っておいてください。',
    ],
    // 〜とともに、 in a statement.
    [
      '大阪市では、必要な情報を提供するとともに、関係機関の窓口まで職員が一緒に行くこともできます。',
      '大阪市では、必要な情報を出します。そして、関係機関の窓口（相談や手続きをするところ）まで係の人が一緒に行くこともできます。',
    ],
    // 〜ず、 after いる/おる/なる: 〜ません。そして、
    [
      '区役所では取り扱っておらず、大阪出入国在留管理局において受け付けております。',
      '区役所では取り扱っていません。そして、大阪出入国在留管理局で受け付けています。',
    ],
    [
      '会社は受け取ったお金をすぐに返さなければならず、商品の引取りに要する費用も会社の負担になります。',
      '会社は受け取ったお金をすぐに返さなければなりません。そして、商品の引取りに要するお金も会社の負担になります。',
    ],
    // Not cut at 〜にかかわらず、 or 悩まず、 as clauses (they qualify what follows; 悩まず is written
    // 悩まないで). In a long sentence 〜にかかわらず、 leaves it: 「〜は関係ありません。」 (split-lift-regardless).
    [
      '災害時避難所は、国籍や在留資格の有無にかかわらず、どなたでも利用することができます。',
      '災害時避難所（逃げるところ）は、どなたでも使えます。国籍や在留資格（日本にいるための資格）の有無は関係ありません。',
    ],
    [
      'お困りのことがありましたら、お一人で悩まず、まずは消費者センターへご相談ください。',
      'お困りのことがありましたら、お一人で悩まないで、まずは消費者センター（買い物などの相談をするところ）へ相談してください。',
    ],
    // 〜ても、 in a request: the event becomes a sentence, "そのときも、" keeps "even then".
    [
      '身に覚えのない料金を請求するはがきや電子メールが届いても、記載された連絡先には決して連絡しないでください。',
      '自分が知らない料金を請求するはがきや電子メールが届くことがあります。そのときも、書いてある連絡先には絶対に連絡しないでください。',
    ],
    [
      '記載されたメールが届いた場合であっても、決して電話をかけないでください。',
      '書いてあるメールが届くことがあります。そのときも、絶対に電話をかけないでください。',
    ],
    // 〜するほか、: both parts keep the obligation (and 〜ていただく is the reader's own act).
    [
      '区役所へ出生の届出を行っていただくほか、30日以内に在留資格の取得申請を行う必要がございます。',
      '区役所へ出生の届けをする必要があります。そして、30日以内に在留資格（日本にいるための資格）の取得申請をする必要があります。',
    ],
    // 〜したうえで、 in a request: two requests in order.
    [
      'はがきの両面をコピーしたうえで、特定記録郵便または簡易書留で送付してください。',
      'はがきの両面をコピーしてください。そのあとで、特定記録郵便または簡易書留で送ってください。',
    ],
    // 〜すると、 is a condition like 〜場合は、.
    [
      '大阪市行政オンラインシステムをご利用いただきますと、区役所にお越しいただくことなく、住民票の写しの交付をオンラインで申請していただけます。',
      '大阪市行政オンラインシステムを使うことがあります。そのときは、区役所に来ることなく、住民票の写しの交付をオンラインで申し込めます。',
    ],
  ])('cuts a long sentence where the meaning allows: %s', (input, output) => {
    expect(simplifier.simplify(input, BRACKETS).text).toBe(output);
  });

  // Found by reading the official corpus: cuts that changed what a resident is told. Each case
  // lists what the output must say and what it must not (a lexicon word may change, so patterns).
  it.each<[string, RegExp[], RegExp[]]>([
    // 〜し、〜して、…させる事例が多数あります: the clauses describe a kind of case (a noun with a
    // word between it and the predicate), so they are not cut into statements of their own; in a
    // long sentence they are, when the frame follows them: 「このようなことがたくさんあります。」
    // (split-koto-frame).
    [
      '突然自宅を訪問し、「屋根瓦がずれている」「無料で点検する」などと言って、高額な住宅修理工事の契約を結ばせる事例が多数報告されております。',
      [/^急に家を訪ねます。[^。]*言います。[^。]*結ばせます。このようなことがたくさんあります。$/u],
      [/訪ねます。$/u, /報告しています/u],
    ],
    // A passive made active must not change who acts: the law does not forbid "as a doer".
    [
      '契約を締結しない旨の意思を表示した消費者に対し、再度勧誘を行うことは、特定商取引法により禁止されております。',
      [/してはいけないことになっています。/u],
      [/禁止しています/u],
    ],
    [
      '画面に「ウイルスに感染しました」と表示され、サポート窓口への電話を促される「サポート詐欺」の被害も報告されております。',
      [/「サポート詐欺」の被害[^。]*もあります。/u],
      [/報告しています/u],
    ],
    ['一人で悩まずにお話しください。', [/悩まずに話してください。/u], [/お話し/u]],
    // お…のないよう is honorific: it becomes the plain 〜ないよう.
    [
      '証明書を受け取られた後は、カードをお取り忘れのないようご注意ください。',
      [/カードを取り忘れないよう注意してください。/u],
      [/お取り忘れ/u],
    ],
    // A 連用中止 clause becomes a request only when the clause it joins is the request itself.
    [
      '特殊詐欺の犯人は、息子や孫、警察官、市役所の職員などになりすまし、「会社のお金を使い込んだ」「還付金がある」などと言葉巧みに現金を要求したり、キャッシュカードをだまし取ったりしますので、電話でお金の話が出た場合は、一度電話を切ってご家族や警察にご相談ください。',
      [/次の人になりすまします。\n・息子や孫\n・警察官\n・市役所.*の係の人など\nそして、/u],
      [/なりすましてください/u],
    ],
    [
      '区役所の窓口は、3月下旬から4月上旬にかけて大変混雑し、長時間お待ちいただく場合がございますので、時間に余裕をもってお越しください。',
      [/ください。$/u],
      [/^[^。]*ください。/u],
    ],
    // A verb that works as a particle (に基づき、 に限り、 にあわせて、 を含め、 を除き、 に先立って、).
    // In a long sentence, a law it is based on gets a sentence of its own (split-lift-law).
    [
      '消費者契約法に基づき、不当な勧誘により締結させられた契約は、誤認に気付いた時から1年以内であれば取り消すことができます。',
      [/。これは、消費者契約法で決まっています。$/u],
      [/基づきます/u],
    ],
    [
      '外国籍の児童生徒については、保護者から就学の申請があった場合に限り、日本人の児童生徒と同様に公立学校への就学が認められる。',
      [/ときだけ、/u],
      [/限ります/u],
    ],
    [
      '転入の届出にあわせて、国民健康保険、国民年金、児童手当等の手続が必要となる場合がございますので、区役所でご確認ください。',
      [/あわせて、/u],
      [/あわせてください/u],
    ],
    [
      'コンビニ交付サービスの利用時間は、土曜日・日曜日・祝日を含め、毎日午前6時30分から午後11時まででございます。',
      [/毎日午前6時30分から午後11時までです。土曜日・日曜日・祝日も同じです。/u],
      [/含めます/u],
    ],
    [
      '土曜日・日曜日・祝日に消費者ホットライン188におかけいただいた場合は、年末年始を除き、国民生活センターが相談を受け付けております。',
      [/を除き、/u],
      [/除きます/u, /おかけ/u],
    ],
    // The clause after the cut modifies a noun that the first clause belongs to as well.
    [
      '令和2年4月1日以降に発生した重大な犯罪により被害を受け、従前の住居に住み続けることが困難となった方は、一定の要件のもと、市営住宅への優先入居の対象となる場合がございます。',
      [/を受け、/u, /むずかしくなった人は/u],
      [/を受けます。/u],
    ],
    [
      '大規模な災害が発生し、自宅にとどまることが危険な場合は、最寄りの災害時避難所へ避難することとされております。',
      [/、[^。]*危険な場合は/u],
      [/^[^。]*ます。そして、/u],
    ],
    [
      '市役所や年金事務所の職員を名乗り、「医療費の還付金がありますので、ATMで手続をしてください」と電話をかけてくるのは、還付金詐欺の典型的な手口でございます。',
      [/を名乗り、/u],
      [/名乗ります。/u],
    ],
    [
      'スマートフォンやパソコンの画面に「ウイルスに感染しました」と表示され、警告音とともにサポート窓口への電話を促される「サポート詐欺」の被害も報告されております。',
      [/「ウイルスに感染しました」と出て、/u],
      [/と出(し|)ます。/u],
    ],
    // The first part takes the tense, ている or obligation of the clause it joins.
    [
      '令和6年10月分から児童手当の支給対象が高校生年代まで拡大され、所得制限も撤廃されました。',
      [/ました。そして、[^。]*ました。$/u],
      [/(拡大|広げ)ます。/u],
    ],
    [
      '大阪市では、令和2年4月1日に「大阪市犯罪被害者等支援条例」を施行し、犯罪被害者等の方々に対する支援を総合的かつ計画的に推進しております。',
      [/しています。そして、/u],
      [/施行[^。]*します。/u],
    ],
    [
      '見舞金の支給を受けようとする方は、所定の申請書に、住民票の写しその他市長が必要と認める書類を添えて、市長に提出しなければならない。',
      [/なければなりません。そして、[^。]*なければなりません。$/u],
      [],
    ],
    [
      'ロックを解除するためには、マイナンバーカードを持参のうえ、区役所の窓口において暗証番号の再設定を行っていただく必要がございます。',
      [/必要があります。そして、[^。]*必要があります。$/u],
      [],
    ],
    // Conditions: 〜だ場合 (申し込んだ), 〜なかった場合, 〜ときは, and あった read as あう after に.
    [
      '定期購入でないと誤認させる表示によって申し込んだ場合は、その申込みを取り消すことができるようになった。',
      [/申し込むことがあります。そのときは、/u],
      [],
    ],
    [
      '正当な理由なく14日以内に届出を行わなかった場合は、5万円以下の過料が科されることがございます。',
      [/しないことがあります。そのときは、/u, /過料(（[^）]*）)?を払わなければならないことがあります。/u],
      [/届出し/u, /を科す/u],
    ],
    [
      '裁判において証言される際には、遮へい措置やビデオリンク方式による証人尋問が認められる場合があります。',
      [/証言することがあります。そのときは、/u],
      [],
    ],
    [
      '被害に遭われた場合は、できる限り速やかに最寄りの警察署または交番に届け出てください。',
      [],
      [/にあること/u],
    ],
    // 「Xは A、Yは Bです」: two sentences.
    [
      '戸籍全部事項証明書の手数料は1通450円、除籍全部事項証明書の手数料は1通750円でございます。',
      [/450円です。そして、[^。]*750円です。$/u],
      [],
    ],
    [
      '時間外受付箱の利用時間は、月曜日から木曜日は午後5時30分から午後9時まで、金曜日は午後7時から午後9時までです。',
      [/午後9時までです。そして、金曜日は/u],
      [],
    ],
    // Other endings that were wrong: 〜ていず, 少なくないため, and が after a quoted name.
    [
      '在留資格の変更に係る手続は、区役所では取り扱っておらず、大阪出入国在留管理局において受け付けておりますので、同局のホームページでご確認ください。',
      [/取り扱っていません。/u],
      [/いず/u],
    ],
    [
      '被害を受けた後は、経済的な負担が長期間にわたることが少なくないため、市では関係機関と連携し、支援を行うこととしております。',
      [/少なくありません。だから、/u],
      [],
    ],
    [
      '令和6年3月1日から、本籍地以外の窓口でも戸籍証明書を請求することができる「戸籍証明書等の広域交付」が開始されております。',
      [/請求できる/u],
      [/ことをできる/u],
    ],
    // 法によって、 says how the main clause happens: it goes with it, after そのときは、 (and, as the
    // part is still long, to a sentence of its own after it: split-lift-law).
    [
      '令和4年6月1日に施行された改正特定商取引法により、定期購入でないと誤認させる表示によって申し込んだ場合は、その申込みを取り消すことができるようになった。',
      [
        /^定期購入.*ことがあります。そのときは、その申込みを.*ようになりました。これは、2022年6月1日に始まった改正特定商取引法で決まっています。$/u,
      ],
      [/法によって、定期購入/u],
    ],
    // A condition right after だから stays in one sentence when it is short enough.
    [
      '特殊詐欺の犯人は、息子や孫などになりすまし、現金を要求したりしますので、電話でお金の話が出た場合は、一度電話を切ってご家族や警察にご相談ください。',
      [/だから、電話でお金の話が出た場合は、一度電話を切って/u],
      [/だから、電話でお金の話が出ることがあります/u],
    ],
    // Official names stay whole: 等 before a noun is part of the name, and no word inside is
    // replaced or explained (the name is explained after it).
    [
      '犯罪被害者等給付金の申請は、警察署において受け付けております。',
      [/^犯罪被害者等給付金（/u],
      [/など給付金/u, /犯罪被害者（/u],
    ],
    [
      '死亡した被害者の遺族は、申請することができます。',
      [/の遺族（亡くなった人の家族）/u],
      [/の亡くなった人の家族/u],
    ],
    ['店舗の営業時間によってはご利用いただけない場合がございます。', [/^店のあいている時間/u], [/店の店/u]],
    // 「Xのは、A のみで、B」: Aのみです。そして、B (the topic carries over).
    [
      '広域交付をご利用いただけるのは、本人および配偶者のみで、郵送による請求はできません。',
      [/^広域交付を使えるのは、[^。]*(のみ|だけ)です。そして、郵送による請求はできません。$/u],
      [],
    ],
    // 〜ても、 in a statement (表示されていても、…場合があります) is a contrast, not "then, too":
    // cut only before 本当は, and joined with でも、. Nor a noun + のほか、 as a clause (a list of
    // nouns): in a long sentence it leaves as 「現金も同じです。」 (split-lift-besides).
    [
      '「初回無料」と表示されていても、実際には複数回の購入が条件となる定期購入契約である場合がございます。',
      [/と出ていることがあります。でも、本当は/u],
      [/。そのときも、/u],
    ],
    [
      '窓口では、現金のほか、クレジットカードや電子マネー等のキャッシュレス決済をご利用いただけます。',
      [/キャッシュレス決済を使えます。現金も同じです。/u],
      [/現金の(ほか|)です/u],
    ],
    // 〜すると、 after a topic (ご相談の際は、) is not a condition that can stand alone.
    [
      'ご相談の際は、契約書や領収書等をお手元にご用意いただきますと、円滑にご案内することができます。',
      [/用意すると、/u],
      [/ことがあります。/u],
    ],
    // 〜たうえで、 inside the clause that modifies a noun (…行う取組) is not cut off from it.
    [
      '大阪市では、ご本人の同意を得たうえで、警察等からの情報提供に基づき、市から早期に支援の申し出を行う取組を実施しております。',
      [/同意を得たうえで、/u],
      [/得ます。/u],
    ],
    // 〜ていただく必要 is the reader's own obligation, not "have someone do it".
    [
      '当該年度の住民税は納付していただく必要があるため、出国前に納税管理人の届出を行ってください。',
      [/払う必要があります。だから、/u],
      [/もらう必要/u],
    ],
    // A passive whose agent is not written is not turned into an active verb that makes the reader
    // (or the city) the one who acts: an intransitive verb, ある/いる, or the reader's own verb instead.
    [
      '在留カードは、中長期在留者に対して出入国在留管理庁から交付されるものであり、常時携帯することが義務付けられております。',
      [/出入国在留管理庁(（[^）]*）)?が渡すもの/u],
      [/管理庁から渡す/u],
    ],
    [
      '外国人住民のための相談窓口には、令和元年7月1日からベトナム語およびフィリピノ語を話す相談員が配置されております。',
      [/相談を聞く人がいます。/u],
      [/配置しています/u],
    ],
    [
      '日頃から、最低3日分、できれば1週間分の飲料水や食料、常備薬などを備蓄しておくことが推奨されております。',
      [/用意しておくといいです。/u],
      [/すすめています/u, /推奨しています/u],
    ],
    [
      'マイナンバー（個人番号）は、住民票を有するすべての方に指定されるものであり、外国人住民の方も対象となります。',
      [/すべての方にあるものです。/u],
      [/決めるもの/u, /指定するもの/u],
    ],
    [
      '令和6年10月分から児童手当の支給対象が高校生年代まで拡大され、所得制限も撤廃されました。',
      [/支給対象が高校生年代まで広がりました。/u, /所得制限もなくなりました。/u],
      [/広げました/u, /なくしました/u],
    ],
    [
      '市内各所では、ボランティアによる識字・日本語教室が開設されており、参加費は無料または低額となっております。',
      [/日本語教室があります。/u],
      [/教室を(作って|開設して)/u],
    ],
    [
      '通信販売にはクーリング・オフ制度が適用されないため、返品の可否や条件については、事業者が定める返品特約をご確認ください。',
      [/クーリング・オフ制度が使えません。/u],
      [/適用しません/u],
    ],
    [
      '令和4年6月1日に施行された改正特定商取引法により、定期購入でないと誤認させる表示によって申し込んだ場合は、その申込みを取り消すことができるようになった。',
      [/2022年6月1日に始まった改正特定商取引法/u],
      [/施行した/u],
    ],
    [
      '2025年に大阪府内で認知された特殊詐欺は3,304件、被害額は約137億円にのぼります。',
      [/大阪府内でわかった特殊詐欺(（[^）]*）)?は3,304件です。/u],
      [/認知した/u],
    ],
    [
      'SNS型投資・ロマンス詐欺も多発しており、2025年には府内で1,509件が認知されております。',
      [/1,509件がわかっています。/u],
      [/件を認知/u],
    ],
    [
      '契約書面に不備がある場合や、そもそも書面が交付されていない場合は、8日間を経過した後であっても、クーリング・オフができないわけではありません。',
      [/紙をもらっていない(場合|こと)/u],
      [/(渡して|交付して)いない/u],
    ],
    [
      '事業者の求めに応じて運転免許証等の本人確認書類の画像を送信すると、悪用されるおそれがあるため、慎重にご判断ください。',
      [/悪い人が使うおそれがあります。/u],
      [/悪いことに使うおそれ/u, /悪用する/u],
    ],
    [
      'コンビニ交付サービスのご利用には、利用者証明用電子証明書が搭載されたマイナンバーカードと、4桁の暗証番号が必要です。',
      [/電子証明書(（[^）]*）)?が入っているマイナンバーカード/u],
      [/電子証明書を入れた/u],
    ],
    [
      'マイナンバーカードに搭載された電子証明書の有効期間は、年齢にかかわらず、発行日から5回目の誕生日までとされております。',
      [/マイナンバーカード(（[^）]*）)?に入っている電子証明書/u],
      [/に入れた/u],
    ],
    [
      '令和6年3月1日から、本籍地以外の市区町村の窓口でも戸籍証明書を請求することができる「戸籍証明書等の広域交付」が開始されております。',
      [/」が始まっています。/u],
      [/を開始/u],
    ],
    [
      'コンビニ交付サービスは、6時30分から23時まで利用可能であるが、メンテナンスの実施日については、利用時間が短縮される場合がある。',
      [/利用時間が短くなる/u],
      [/を短くする/u],
    ],
    [
      '転居等により住所が変更された場合は、区役所においてマイナンバーカードの券面記載事項の変更を行わない限り、コンビニ交付をご利用いただけないことがございます。',
      [/住所が変わることがあります。/u],
      [/住所を変える/u],
    ],
    ['申請書に書かれている住所に送ります。', [/書いてある住所/u], [/書いている/u]],
    // 〜によって → 〜で only where it names a means or a cause, never before 違う or a comma.
    ['手数料は場合により異なります。', [/場合によって(異なり|ちがい|違い)ます/u], [/場合で/u]],
    ['相談は電話によって受け付けています。', [/電話で受け付けています/u], [/によって/u]],
    [
      '改正特定商取引法により、申込みを取り消すことができます。',
      [/改正特定商取引法によって、/u],
      [/法で、/u],
    ],
  ])('keeps the meaning of %s', (input, musts, mustNots) => {
    const text = simplifier.simplify(input, BRACKETS).text;
    for (const must of musts) expect(text).toMatch(must);
    for (const mustNot of mustNots) expect(text).not.toMatch(mustNot);
  });

  it('never cuts a long sentence inside a bracket', () => {
    const text = simplifier.simplify(
      '受付（平日は窓口が混雑するため、土曜日の午前中に来る人が多くなっています）は区役所でしています。',
    ).text;
    expect(text).toMatch(/（[^（）]*ため、土曜日[^（）]*）/u);
  });

  it('splits sentences without cutting brackets', () => {
    expect(splitSentences('「はい。いいえ。」と言います。次です！本当？\n改行')).toEqual([
      '「はい。いいえ。」と言います。',
      '次です！',
      '本当？',
      '改行',
    ]);
  });
});
