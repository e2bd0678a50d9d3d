import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { conjugate, teForm } from './conjugate';
import { charCount } from './kana';
import type { Applied } from './rewrite';
import type { Token, Tokenizer } from './tokenizer';

/**
 * Sentence-level rewriting: です・ます endings for every sentence, and long sentences cut at
 * their connectors into short ones joined by easy words (だから / でも / そして).
 */
const oneOrMany = z.union([z.string(), z.array(z.string())]);
/** Each way to cut has examples (input → output of the whole simplifier, no lexicon): tests. */
const examples = z.array(z.object({ in: z.string(), out: z.string() }).strict()).min(1);
const splitSchema = z.object({
  minChars: z.number().int().positive(),
  minPart: z.number().int().positive(),
  connectors: z.array(
    z
      .object({
        id: z.string(),
        surface: oneOrMany.optional(),
        pos: z.string().optional(),
        detail: z.string().optional(),
        renyo: z.boolean().optional(),
        /**
         * A condition (〜場合は、): the first part becomes "〜ことがあります" and the next one starts
         * with `next` (そのときは、), so the condition and what to do stay together in meaning.
         */
        condition: z.boolean().optional(),
        /** In a request (〜ください), the first part becomes a request too (持参して、 → 持参してください). */
        request: z.boolean().optional(),
        /**
         * Only after a topic (〜は、/〜では、) earlier in the same part: 「Xは、Aで、Bです」 →
         * 「Xは、Aです。そして、Bです」, where the topic carries over to the second sentence.
         */
        topic: z.boolean().optional(),
        /** Not in a request: 悩まず、相談してください is one request, not a statement and a request. */
        noRequest: z.boolean().optional(),
        /**
         * Joins two clauses of the same rank (〜し、 〜て、): not cut when the next clause ends in a
         * noun it modifies (被害を受け、…となった方は), and the first part takes the next one's
         * tense, ている or obligation (拡大され、…撤廃されました → 拡大しました).
         */
        coordinate: z.boolean().optional(),
        /**
         * Two topics side by side, 「Xは A、Yは Bです」 (手数料は450円、除籍の手数料は750円です):
         * cut after A, which gets です.
         */
        pair: z.boolean().optional(),
        /**
         * 〜ても、 in a request (届いても、連絡しないでください): the first part becomes
         * "〜ことがあります" and the next one starts with `next` (そのときも、), so "even then" stays.
         */
        concessive: z.boolean().optional(),
        /**
         * In a statement, 〜ても、 followed by one of `after` (本当は) is a contrast: 「〜ことが
         * あります。でも、本当は…」.
         */
        contrast: z
          .object({ after: z.array(z.string().min(1)), next: z.string() })
          .strict()
          .optional(),
        /**
         * The connector comes after one of these nouns, which come after a verb + た
         * (コピーしたうえで、): the first part ends in that verb (コピーしてください / 得ます).
         */
        afterPast: z.array(z.string()).optional(),
        next: z.string(),
        explain: z.string(),
      })
      .strict(),
  ),
  /**
   * Ways to cut a sentence that is still long (over `minChars`) and has no connector to cut at:
   * a phrase lifted out into a sentence of its own, a long person topic, a 〜ことがあります frame.
   */
  long: z
    .object({
      minChars: z.number().int().positive(),
      /**
       * Longer than this (a run-on text, not a sentence of an official page), no `long` cut is
       * tried: each cut takes the rest through again, so a 10,000-character input would cost
       * seconds and repeat its lifted phrases. Connector cuts still apply.
       */
      maxChars: z.number().int().positive(),
      /**
       * 「[…する]人は、P」 → 「…する人がいます。その人は、P」: the relative clause on a person
       * becomes a sentence of its own (statements only; a request speaks to the reader).
       */
      person: z
        .object({
          id: z.string(),
          heads: z.array(z.string().min(1)),
          exists: z.string(),
          next: z.string(),
          requestNext: z.string(),
          explain: z.string(),
          examples,
        })
        .strict(),
      /**
       * 「Aて、Bて、Cことがたくさんあります」 → 「Aます。そして、Bます。そして、Cます。このような
       * ことがたくさんあります」: only when the clauses are cut into sentences.
       */
      frame: z
        .object({
          id: z.string(),
          ends: z.array(z.string().min(1)),
          sentence: z.string().includes('{end}'),
          explain: z.string(),
          examples,
        })
        .strict(),
      /**
       * A leading phrase 「Xに基づき、S」 becomes a sentence of its own after S, from a template
       * with {x} (これは、Xで決まっています。). `nounEnds`: X must end in one of these.
       */
      /** 「A、かつ、B〜」 → 「A〜。そして、B〜」. */
      both: z
        .object({
          id: z.string(),
          words: z.array(z.string().min(1)),
          next: z.string(),
          explain: z.string(),
          examples,
        })
        .strict()
        .optional(),
      /** 「AたりBたりします」 → 「A{also}B{also}」 (こともあります。). */
      tari: z.object({ id: z.string(), also: z.string(), explain: z.string(), examples }).strict().optional(),
      /** 「N（M）」 → N, and 「Nは、Mのことです。」 after the sentence ({n}, {m}). */
      alias: z
        .object({
          id: z.string(),
          sentence: z.string().includes('{n}').includes('{m}'),
          explain: z.string(),
          examples,
        })
        .strict()
        .optional(),
      lift: z.array(
        z
          .object({
            id: z.string(),
            markers: z.array(z.string().min(1)),
            nounEnds: z.array(z.string().min(1)).optional(),
            /** X is a clause ending in a plain predicate (〜できる|よう、), not a noun phrase. */
            clause: z.boolean().optional(),
            /** Not after these words (場合でも、 is a condition, cut by split-temo). */
            notAfter: z.array(z.string().min(1)).optional(),
            /**
             * Not in a sentence ending so: 「紙のほか、メールでも行えるようになりました」 says what
             * changed, and 「紙も同じです」 would say paper is new too.
             */
            notEnds: z.array(z.string().min(1)).optional(),
            sentence: z.string().includes('{x}'),
            explain: z.string(),
            examples,
          })
          .strict(),
      ),
    })
    .strict()
    .optional(),
});
type SplitRules = z.infer<typeof splitSchema>;
export const SPLIT_FILE = path.join(__dirname, 'rules', 'split.json');
/** The words of tokens [from, to) as one string. */
export function surfaces(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) out += tokens[i]!.surface_form;
  return out;
}

/** The split rules as data (tests run the examples of the `long` ones). */
export function loadSplitRules(): SplitRules {
  return splitSchema.parse(JSON.parse(readFileSync(SPLIT_FILE, 'utf8')));
}

const END_PUNCT = /^[。．！？!?」』）)]+$/u;
/** Brackets and quotes as tokens: what is between them is never cut (also used by layout.ts). */
export const OPEN = new Set(['（', '(', '「', '『', '【', '［', '[']);
export const CLOSE = new Set(['）', ')', '」', '』', '】', '］', ']']);
const PLACEHOLDER = /^[\ue000-\uf8ff]+$/u;

/**
 * Verbs that after に/を work as one particle (に基づき、 に伴い、 を通じて、 を除き、): what
 * comes before them is not a clause, so a cut there would make a sentence of a phrase.
 */
const PARTICLE_VERBS: Readonly<Record<string, 'に' | 'を'>> = {
  基づく: 'に',
  伴う: 'に',
  関する: 'に',
  対する: 'に',
  わたる: 'に',
  応じる: 'に',
  限る: 'に',
  先立つ: 'に',
  合わせる: 'に',
  あわせる: 'に',
  際する: 'に',
  当たる: 'に',
  あたる: 'に',
  向ける: 'に',
  加える: 'に',
  比べる: 'に',
  従う: 'に',
  沿う: 'に',
  よる: 'に',
  因る: 'に',
  依る: 'に',
  おく: 'に',
  関わる: 'に',
  かかわる: 'に',
  通じる: 'を',
  通ずる: 'を',
  除く: 'を',
  含める: 'を',
  含む: 'を',
};
/** What follows 〜ことが as one modal predicate with it (ことができる, ことが大切だ, ことがある). */
const KOTO_GA_MODALS = new Set([
  'できる',
  '必要',
  '大切',
  '大事',
  '重要',
  '可能',
  'ある',
  'ない',
  '多い',
  '少ない',
]);

/** Heads that a な-adjective or an adjective clause (危険な場合は) attaches to as a condition or a person. */
const CLAUSE_HEADS = new Set(['場合', 'とき', '時', '際', '方', '人', '者', 'もの']);
/** The clause after a cut, as far as its predicate: what it modifies and how it ends. */
interface NextClause {
  /** It ends in a noun it modifies (〜となった方は, 〜してくるのは): the cut would break it. */
  relative: boolean;
  /** Its predicate, e.g. 撤廃しました, 推進しています, してください ('' when none). */
  predicate: string;
}

export class Style {
  private readonly split: SplitRules;

  /** The words a condition connector (場合, と) can be: any other token is none, and is passed over at once. */
  private readonly conditionWords: ReadonlySet<string>;

  constructor(private readonly tokenizer: Tokenizer) {
    this.split = loadSplitRules();
    this.conditionWords = new Set(
      this.split.connectors.flatMap((c) =>
        c.condition && c.surface !== undefined ? [c.surface].flat() : [],
      ),
    );
  }

  /** Cuts a long sentence into short ones; each part is then given a polite ending. */
  splitLong(
    sentence: string,
    applied: Applied[],
    length: (s: string) => number = (s) => charCount(s),
  ): string[] {
    if (charCount(sentence) <= this.split.minChars) return [sentence];
    const tokens = this.tokenizer.tokenize(sentence);
    let depth = 0;
    for (let i = 1; i < tokens.length - 1; i++) {
      // Never inside brackets or a quotation: （…、…） and 「…、…」 stay whole.
      const surface = tokens[i]!.surface_form;
      if (OPEN.has(surface)) depth += 1;
      else if (CLOSE.has(surface)) depth = Math.max(0, depth - 1);
      if (depth > 0) continue;
      const condition = this.conditionAt(tokens, i);
      if (condition) {
        const c = condition;
        // A phrase like 改正法によって、 before the condition belongs to what follows it (the law
        // made cancelling possible), not to the condition: it moves after そのときは、.
        const lead = this.leadingPhrase(tokens, i);
        const leadText = tokens
          .slice(0, lead)
          .map((t) => t.surface_form)
          .join('');
        const head = c.head.slice(leadText.length);
        const tail = tokens
          .slice(c.comma + 1)
          .map((t) => t.surface_form)
          .join('');
        if (charCount(head) < this.split.minPart || charCount(tail) < this.split.minPart) continue;
        // 「だから、お金の話が出た場合は、電話を切ってください」 reads right as one sentence; cut,
        // the だから would lead into the condition (だから、お金の話が出ることがあります).
        if (this.startsWithConnector(sentence) && charCount(sentence) <= 50) continue;
        const first = `${head}。`;
        const second = `${c.rule.next}${leadText}${tail}`;
        this.noteCut(c.rule, sentence, `${first}${second}`, applied);
        return [...this.longCuts(first, applied, length), ...this.splitLong(second, applied, length)];
      }
      if (tokens[i + 1]?.surface_form !== '、') continue;
      const rule = this.split.connectors.find((c) => !c.condition && this.isConnector(c, tokens, i));
      if (!rule) continue;
      const headTokens =
        rule.renyo || rule.pair
          ? tokens.slice(0, i + 1)
          : rule.afterPast
            ? tokens.slice(0, i - 2)
            : tokens.slice(0, i);
      const isRequest = /ください[。！]*$/u.test(sentence);
      if (rule.noRequest && isRequest) continue;
      // "Even if" is cut only in a sentence that asks something (そのときも、…ないでください): in a
      // statement 〜ても is often a contrast (表示されていても、実際には…), not "then, too".
      // Unless what follows says it is a contrast (…と出ていても、本当は…): then でも、 joins them.
      const rest = tokens
        .slice(i + 2)
        .map((t) => t.surface_form)
        .join('');
      const contrast = rule.concessive && !isRequest && rule.contrast?.after.some((w) => rest.startsWith(w));
      if (rule.concessive && !isRequest && !contrast) continue;
      if (rule.topic && !this.hasTopic(headTokens)) continue;
      const next = this.nextClause(tokens, i + 2);
      // A part with its own topic (会社は…返さなければならず、) is a clause of its own: the noun
      // phrase after it (要する費用も) is then inside the next clause, not around both.
      if (rule.coordinate && next.relative && !this.hasTopic(headTokens, false)) continue;
      // 同意を得たうえで、…行う取組を: "after" belongs to the clause that modifies the noun.
      if (rule.afterPast && next.relative) continue;
      // "Bring your ID and come to the window" stays two requests, not a statement and a request;
      // only when the clause it joins is the request itself (not 〜ますので、…ください).
      const request = isRequest && rule.request === true && /ください$/u.test(next.predicate);
      const head = rule.concessive
        ? this.concessiveHead(tokens, i)
        : request
          ? this.requestClause(headTokens)
          : rule.coordinate
            ? this.coordinateClause(headTokens, next.predicate)
            : this.politeClause(headTokens);
      if (head === null) continue;
      const tail = tokens
        .slice(i + 2)
        .map((t) => t.surface_form)
        .join('');
      if (charCount(head) < this.split.minPart || charCount(tail) < this.split.minPart) continue;
      const first = `${head}。`;
      const second = `${contrast ? rule.contrast!.next : rule.next}${tail}`;
      this.noteCut(rule, sentence, `${first}${second}`, applied);
      return [...this.longCuts(first, applied, length), ...this.splitLong(second, applied, length)];
    }
    return this.longCuts(sentence, applied, length, tokens);
  }

  /** A cut in the report (the staff console lists it): the rule, the sentence, what it became. */
  private noteCut(
    rule: { id: string; explain: string },
    before: string,
    after: string,
    applied: Applied[],
  ): void {
    applied.push({ rule: rule.id, category: 'split', explain: rule.explain, before, after });
  }

  /** No connector to cut at, and still long: the ways of `long` (lift, person, frame). */
  private longCuts(
    sentence: string,
    applied: Applied[],
    length: (s: string) => number,
    known?: readonly Token[],
  ): string[] {
    const long = this.split.long;
    const chars = long ? length(sentence) : 0;
    if (!long || chars <= long.minChars || chars > long.maxChars) return [sentence];
    // Tokenized only now: most parts are short, and this runs on every part of every cut.
    const tokens = known ?? this.tokenizer.tokenize(sentence);
    return (
      this.alias(sentence, tokens, applied, length) ??
      this.lift(sentence, tokens, applied, length) ??
      this.personTopic(sentence, tokens, applied, length) ??
      this.frame(sentence, tokens, applied, length) ??
      this.tari(sentence, tokens, applied) ??
      this.both(sentence, tokens, applied, length) ?? [sentence]
    );
  }

  /** The connector an earlier cut put at the start of the sentence (そして、), as a token count. */
  private leadConnector(tokens: readonly Token[]): number {
    const text = (n: number): string =>
      tokens
        .slice(0, n)
        .map((t) => t.surface_form)
        .join('');
    for (let n = 1; n <= 3 && n < tokens.length; n++)
      if (tokens[n - 1]!.surface_form === '、' && this.startsWithConnector(text(n)) && text(n).length <= 6)
        return n;
    return 0;
  }

  /** The top-level 、 positions, outside brackets and quotations. */
  private topCommas(tokens: readonly Token[]): number[] {
    let depth = 0;
    const out: number[] = [];
    tokens.forEach((t, k) => {
      if (OPEN.has(t.surface_form)) depth += 1;
      else if (CLOSE.has(t.surface_form)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && t.surface_form === '、') out.push(k);
    });
    return out;
  }

  /**
   * 「法テラス（日本司法支援センター）では、S。」 → 「法テラスでは、S。法テラスは、日本司法支援
   * センターのことです。」: another name or a short explanation in brackets right after a noun
   * becomes a sentence of its own, as the lexicon's explanations do. Only a noun phrase in the
   * brackets: 「（祝日を除く）」 is a condition, and numbers and addresses are facts kept in place.
   */
  private alias(
    sentence: string,
    tokens: readonly Token[],
    applied: Applied[],
    length: (s: string) => number,
  ): string[] | null {
    const rule = this.split.long?.alias;
    if (!rule) return null;
    for (let i = 1; i < tokens.length; i++) {
      if (!['（', '('].includes(tokens[i]!.surface_form)) continue;
      const close = tokens.findIndex((t, k) => k > i && CLOSE.has(t.surface_form));
      if (close < 0) return null;
      const inner = tokens.slice(i + 1, close);
      const plain = inner.every(
        (t) =>
          !PLACEHOLDER.test(t.surface_form) &&
          !OPEN.has(t.surface_form) &&
          (t.pos === '名詞' ||
            t.surface_form === 'いわゆる' ||
            t.surface_form === '・' ||
            t.surface_form === 'の'),
      );
      let k = i;
      while (k > 0 && tokens[k - 1]!.pos === '名詞' && !PLACEHOLDER.test(tokens[k - 1]!.surface_form)) k--;
      const name = surfaces(tokens, k, i);
      const m = inner.map((t) => t.surface_form).join('');
      // A short note (（原本）, （任意）) says something about the thing, not another name for it.
      if (!plain || inner.at(-1)?.pos !== '名詞' || charCount(m) < 4 || charCount(name) < 2) {
        i = close;
        continue;
      }
      const rest = `${surfaces(tokens, 0, i)}${surfaces(tokens, close + 1, tokens.length)}`;
      const added = rule.sentence.replace('{n}', name).replace('{m}', m);
      this.noteCut(rule, sentence, rest + added, applied);
      return [...this.splitLong(rest, applied, length), added];
    }
    return null;
  }

  /**
   * Two phrases joined by 「、かつ、」 that share the predicate after the second, each with it:
   *   「申し込みは、知った日から2年以内、かつ、起きた日から7年以内に行う必要があります。」 →
   *   「申し込みは、知った日から2年以内に行う必要があります。そして、起きた日から7年以内に行う
   *   必要があります。」 The second phrase ends in the same noun as the first (以内).
   */
  private both(
    sentence: string,
    tokens: readonly Token[],
    applied: Applied[],
    length: (s: string) => number,
  ): string[] | null {
    const rule = this.split.long?.both;
    if (!rule) return null;
    const commas = this.topCommas(tokens);
    const j = commas.find(
      (c) => rule.words.includes(tokens[c + 1]?.surface_form ?? '') && tokens[c + 2]?.surface_form === '、',
    );
    if (j === undefined) return null;
    const noun = tokens[j - 1]!;
    if (noun.pos !== '名詞') return null;
    const from = j + 3;
    const m = tokens.findIndex((t, n) => n >= from && t.surface_form === noun.surface_form);
    if (m < 0 || commas.some((c) => c > from && c < m) || tokens[m + 1]?.pos !== '助詞') return null;
    const text = (a: number, b: number): string => surfaces(tokens, a, b);
    const predicate = text(m + 1, tokens.length);
    if (!/[。！]$/u.test(predicate)) return null;
    const first = `${text(0, j)}${predicate}`;
    const second = `${rule.next}${text(from, m + 1)}${predicate}`;
    this.noteCut(rule, sentence, first + second, applied);
    return [...this.longCuts(first, applied, length), second];
  }

  /**
   * Two actions named with 〜たり、〜たりする, each as a sentence of its own:
   *   「…現金を要求したり、カードをだまし取ったりします。」 → 「…現金を要求することもあります。
   *   カードをだまし取ることもあります。」 (たり names examples: "sometimes A, sometimes B"), and
   *   「…案内したり、…聞いたりすることはありません。」 → 「…案内することはありません。…聞くことも
   *   ありません。」
   */
  private tari(sentence: string, tokens: readonly Token[], applied: Applied[]): string[] | null {
    const rule = this.split.long?.tari;
    if (!rule) return null;
    const isTari = (t: Token | undefined): boolean =>
      t?.surface_form === 'たり' && t.pos_detail_1 === '並立助詞';
    const commas = this.topCommas(tokens);
    const i = commas.map((c) => c - 1).find((k) => isTari(tokens[k]) && tokens[k - 1]?.pos === '動詞');
    if (i === undefined) return null;
    const k = tokens.findIndex((t, n) => n > i + 1 && isTari(t));
    if (k < 0 || commas.some((c) => c > i + 1 && c < k)) return null;
    const a = tokens[i - 1]!;
    const b = tokens[k - 1]!;
    const suru = tokens[k + 1];
    if (b.pos !== '動詞' || suru?.basic_form !== 'する') return null;
    const text = (from: number, to: number): string => surfaces(tokens, from, to);
    const verb = (t: Token): string => t.basic_form;
    const headA = `${text(0, i - 1)}${verb(a)}`;
    const headB = `${text(i + 2, k - 1)}${verb(b)}`;
    const after = text(k + 2, tokens.length);
    let parts: [string, string];
    if (suru.conjugated_form === '連用形' && /^ます[。！]?$/u.test(after))
      parts = [`${headA}${rule.also}`, `${headB}${rule.also}`];
    else if (suru.conjugated_form === '基本形' && /^ことは/u.test(after))
      parts = [`${headA}${after}`, `${headB}こと${after.replace(/^ことは/u, 'も')}`];
    else return null;
    if (!parts.every((p) => /[。！]$/u.test(p))) return null;
    this.noteCut(rule, sentence, parts.join(''), applied);
    return parts;
  }

  /**
   * 「消費者契約法に基づき、S。」 → 「S。これは、消費者契約法で決まっています。」 and 「年齢に
   * かかわらず、S。」 → 「S。年齢は関係ありません。」: a phrase between two top-level 、 (or at
   * the start) that ends in a marker moves to a sentence of its own after the rest.
   */
  private lift(
    sentence: string,
    tokens: readonly Token[],
    applied: Applied[],
    length: (s: string) => number,
  ): string[] | null {
    const rules = this.split.long?.lift ?? [];
    const text = (from: number, to: number): string => surfaces(tokens, from, to);
    const commas = this.topCommas(tokens);
    const lead = this.leadConnector(tokens);
    for (let c = 0; c < commas.length; c++) {
      const end = commas[c]!;
      const start = c === 0 ? lead : commas[c - 1]! + 1;
      if (start < lead) continue;
      const phrase = text(start, end);
      for (const rule of rules) {
        const marker = rule.markers.find((m) => phrase.endsWith(m));
        if (!marker) continue;
        const x = phrase.slice(0, -marker.length);
        // X is a noun phrase: it ends in a noun, and has no topic or clause end of its own.
        const inner = this.tokenizer.tokenize(x);
        const last = inner[inner.length - 1];
        const ends = rule.clause
          ? ['動詞', '助動詞', '形容詞'].includes(last?.pos ?? '') && last?.conjugated_form === '基本形'
          : last?.pos === '名詞';
        // それでも、 そのほか、 いつでも、: a connector or a pronoun, not a phrase to lift.
        if (!last || !ends || last.pos_detail_1 === '代名詞' || charCount(x) < 2) continue;
        if (rule.notAfter?.some((w) => x.endsWith(w))) continue;
        if (rule.notEnds?.some((e) => sentence.endsWith(e))) continue;
        if (inner.some((t) => t.pos === '助詞' && ['係助詞', '接続助詞'].includes(t.pos_detail_1))) continue;
        if (rule.nounEnds && !rule.nounEnds.some((e) => x.endsWith(e))) continue;
        const rest = `${text(0, start)}${text(end + 1, tokens.length)}`;
        if (!/[。！？]$/u.test(rest) || charCount(rest) < this.split.minPart) continue;
        const added = rule.sentence.replace('{x}', x);
        this.noteCut(rule, sentence, `${rest}${added}`, applied);
        return [...this.splitLong(rest, applied, length), added];
      }
    }
    return null;
  }

  /**
   * 「日本に住む外国人で、保険に入っていない人は、国民健康保険に入らなければなりません。」 →
   * 「…入っていない人がいます。その人は、国民健康保険に入らなければなりません。」 The topic is a
   * person named by a clause (a predicate right before 人/方/者), from the start of the sentence,
   * with no other topic in it; a 、 inside it only after a clause that goes on (〜し、 〜て、 〜で、).
   */
  private personTopic(
    sentence: string,
    tokens: readonly Token[],
    applied: Applied[],
    length: (s: string) => number,
  ): string[] | null {
    const rule = this.split.long?.person;
    if (!rule || /[？?]$/u.test(sentence)) return null;
    // A request speaks to the reader, who is the person: 「〜がむずかしい方は、…ください」 →
    // 「〜がむずかしいことがあります。そのときは、…ください」, as split-baai does for 〜場合は、.
    const request = /(ください|ましょう)[。！]*$/u.test(sentence);
    const lead = this.leadConnector(tokens);
    const commas = this.topCommas(tokens);
    const at = commas.find((k) => k > lead + 2 && tokens[k - 1]!.surface_form === 'は');
    if (at === undefined) return null;
    const topic = at - 1;
    const head = tokens[topic - 1]!;
    const before = tokens[topic - 2]!;
    if (
      tokens[topic]!.pos_detail_1 !== '係助詞' ||
      head.pos !== '名詞' ||
      !rule.heads.includes(head.surface_form)
    )
      return null;
    // A relative clause ends in a plain form (する方, 入っていない人, 受けた人); 書き方 is one noun.
    if (!['動詞', '形容詞', '助動詞'].includes(before.pos) || before.conjugated_form !== '基本形')
      return null;
    // 多い方は may be "the larger one" (ほう): after an adjective, 方 is a person only in a request.
    if (head.surface_form === '方' && before.pos === '形容詞' && !request) return null;
    for (let k = lead; k < topic; k++) {
      const t = tokens[k]!;
      if (t.pos === '助詞' && t.pos_detail_1 === '係助詞') return null;
      if (OPEN.has(t.surface_form)) return null;
      if (t.surface_form !== '、') continue;
      const p = tokens[k - 1]!;
      const goesOn =
        (p.pos === '動詞' && p.conjugated_form === '連用形') ||
        (p.pos === '助詞' && p.pos_detail_1 === '接続助詞' && ['て', 'で'].includes(p.surface_form)) ||
        (p.pos === '助動詞' && p.surface_form === 'で');
      if (!goesOn) return null;
    }
    const text = (from: number, to: number): string => surfaces(tokens, from, to);
    if (
      request &&
      (tokens.slice(lead, topic).some((t) => t.surface_form === '、') || before.conjugated_form !== '基本形')
    )
      return null;
    const first = request ? `${text(0, topic - 1)}ことがあります。` : `${text(0, topic)}${rule.exists}。`;
    const second = `${request ? rule.requestNext : rule.next}${text(at + 1, tokens.length)}`;
    if (charCount(first) < this.split.minPart || charCount(second) < this.split.minPart) return null;
    this.noteCut(rule, sentence, first + second, applied);
    return [first, ...this.splitLong(second, applied, length)];
  }

  /**
   * 「急に家を訪ね、…と言って、契約を結ばせることがたくさんあります。」 → 「急に家を訪ねます。
   * そして、…と言います。そして、契約を結ばせます。このようなことがたくさんあります。」 Only when
   * the clauses before こと are cut into sentences; one clause keeps the frame.
   */
  private frame(
    sentence: string,
    tokens: readonly Token[],
    applied: Applied[],
    length: (s: string) => number,
  ): string[] | null {
    const rule = this.split.long?.frame;
    if (!rule) return null;
    const end = rule.ends.find((e) => sentence.endsWith(e));
    if (!end) return null;
    const body = sentence.slice(0, -end.length);
    const last = this.tokenizer.tokenize(body).at(-1);
    if (!last || !['動詞', '助動詞'].includes(last.pos) || last.conjugated_form !== '基本形') return null;
    if (!tokens.some((t) => t.surface_form === '、')) return null;
    const scratch: Applied[] = [];
    const parts = this.splitLong(`${body}。`, scratch, length);
    // Only clauses in a row (〜し、 〜て、), each a thing that happens: a condition, a reason or
    // a contrast cut out of the body would leave the frame's "sometimes" on the wrong part.
    const chain = new Set(
      this.split.connectors.filter((c) => c.coordinate && c.next === 'そして、').map((c) => c.id),
    );
    if (parts.length < 2 || !scratch.every((a) => chain.has(a.rule))) return null;
    const added = rule.sentence.replace('{end}', end);
    this.noteCut(rule, sentence, `${parts.join('')}${added}`, applied);
    applied.push(...scratch);
    return [...parts, added];
  }

  /** Makes the sentence end in です/ます (である/だ → です, a plain verb → ます). */
  polite(sentence: string, applied: Applied[]): string {
    const tokens = this.tokenizer.tokenize(sentence);
    let end = tokens.length;
    while (end > 0 && END_PUNCT.test(tokens[end - 1]!.surface_form)) end--;
    if (end === 0) return sentence;
    // No closing punctuation and a noun or adjective at the end: a heading or a button label
    // (住民票の写し, わからない), not a sentence, so no です/ません is added.
    const last = tokens[end - 1]!;
    if (end === tokens.length && ['名詞', '形容詞', '記号'].includes(last.pos)) return sentence;
    if (end === tokens.length && ['だけ', 'のみ'].includes(last.surface_form)) return sentence;
    const body = this.politeClause(tokens.slice(0, end));
    if (body === null) return sentence;
    const rest = tokens
      .slice(end)
      .map((t) => t.surface_form)
      .join('');
    const out = body + (rest || '');
    if (out !== sentence) {
      applied.push({
        rule: 'style-desu-masu',
        category: 'style',
        explain: '文の終わりを「です」「ます」にします。',
        before: sentence,
        after: out,
      });
    }
    return out;
  }

  /** A topic 〜は、 (では、/には、) outside brackets among the tokens; any 〜は with `comma` false. */
  private hasTopic(tokens: readonly Token[], comma = true): boolean {
    let depth = 0;
    return tokens.some((t, k) => {
      if (OPEN.has(t.surface_form)) depth += 1;
      else if (CLOSE.has(t.surface_form)) depth = Math.max(0, depth - 1);
      return (
        depth === 0 &&
        t.surface_form === 'は' &&
        t.pos === '助詞' &&
        t.pos_detail_1 === '係助詞' &&
        (!comma || tokens[k + 1]?.surface_form === '、')
      );
    });
  }

  private isConnector(c: SplitRules['connectors'][number], tokens: readonly Token[], i: number): boolean {
    const t = tokens[i]!;
    if (c.pair) return this.topicPairAt(tokens, i);
    // A 連用中止 rule with a surface (であり) matches that word; without one, any verb's 連用形.
    if (c.renyo && c.surface === undefined)
      return (
        t.pos === '動詞' &&
        t.conjugated_form === '連用形' &&
        t.pos_detail_1 === '自立' &&
        !this.particleVerb(tokens, i)
      );
    const surfaces = c.surface === undefined ? [] : Array.isArray(c.surface) ? c.surface : [c.surface];
    if (!surfaces.includes(t.surface_form)) return false;
    if (c.pos && t.pos !== c.pos) return false;
    if (c.detail && t.pos_detail_1 !== c.detail) return false;
    // ため as a reason only after a predicate (受け付けるため), not "for" after a noun + の.
    // 多いため (an adjective) gives a reason too.
    // 〜ず、 only after いる/おる/なる (取り扱っていず、 返さなければならず、): かかわらず、 問わず、
    // and 悩まず、 qualify what follows, and a sentence of their own would change the meaning.
    if (c.surface === 'ず') {
      const v = tokens[i - 1];
      return (
        v?.pos === '動詞' &&
        (v.pos_detail_1 === '非自立' || v.basic_form === 'なる') &&
        ['いる', 'おる', 'なる'].includes(v.basic_form)
      );
    }
    if (c.surface === 'ため' && !['動詞', '助動詞', '形容詞'].includes(tokens[i - 1]?.pos ?? ''))
      return false;
    // 〜するほか、 ("besides doing"): after a verb only; 現金のほか、 is a list of nouns.
    if (c.surface === 'ほか' && !['動詞', '助動詞'].includes(tokens[i - 1]?.pos ?? '')) return false;
    if (c.afterPast) {
      const [verb, past, noun] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
      return (
        noun !== undefined &&
        c.afterPast.includes(noun.surface_form) &&
        past?.pos === '助動詞' &&
        past.basic_form === 'た' &&
        verb?.pos === '動詞'
      );
    }
    // 〜ても、: も after the て of a verb (届いても, 求められても, 場合であっても); 〜でも、 after
    // 場合/とき (届いたときでも).
    if (c.concessive) {
      const before = tokens[i - 1];
      if (t.surface_form === 'でも') return ['場合', 'とき'].includes(before?.surface_form ?? '');
      return (
        before?.pos === '助詞' &&
        before.pos_detail_1 === '接続助詞' &&
        ['て', 'で'].includes(before.surface_form)
      );
    }
    if (t.pos === '助詞' && (t.surface_form === 'て' || t.surface_form === 'で')) {
      // 〜ないで、 is "without": 悩まないで、相談してください is not "I do not worry. And …".
      if (tokens[i - 1]?.basic_form === 'ない' && t.surface_form === 'で') return false;
      if (this.particleVerb(tokens, i - 1)) return false;
    }
    return true;
  }

  /**
   * 「Xは A、Yは B」: token i ends A (a noun, a protected number or まで), the part since the last
   * 、 is a topic or subject with a noun phrase after it and no predicate, and the next part has
   * a topic or subject of its own. A list (法律、人権、入管) has no は/が in its items.
   */
  private topicPairAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i]!;
    const end =
      (t.pos === '名詞' && t.pos_detail_1 !== '非自立') ||
      PLACEHOLDER.test(t.surface_form) ||
      (t.surface_form === 'まで' && t.pos === '助詞');
    if (!end) return false;
    const marker = (u: Token): boolean =>
      (u.surface_form === 'は' && u.pos_detail_1 === '係助詞') ||
      (u.surface_form === 'が' && u.pos_detail_1 === '格助詞');
    const segment = (from: number, step: 1 | -1): Token[] => {
      const out: Token[] = [];
      let depth = 0;
      for (let k = from; k >= 0 && k < tokens.length; k += step) {
        const u = tokens[k]!;
        if ((step === 1 ? OPEN : CLOSE).has(u.surface_form)) depth += 1;
        else if ((step === 1 ? CLOSE : OPEN).has(u.surface_form)) depth = Math.max(0, depth - 1);
        else if (depth === 0 && (u.surface_form === '、' || u.surface_form === '。')) break;
        if (depth === 0) out.push(u);
      }
      return step === 1 ? out : out.reverse();
    };
    const head = segment(i, -1);
    const at = head.findIndex(marker);
    if (at < 0 || at >= head.length - 1) return false;
    if (head.slice(at + 1).some((u) => ['動詞', '助動詞', '形容詞'].includes(u.pos))) return false;
    const tail = segment(i + 2, 1);
    return tail.some(marker) && !tokens.some((u) => u.basic_form === 'くださる');
  }

  /** Token i is a verb that, after に/を, works as a particle (に基づき, を通じて). */
  private particleVerb(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    const before = tokens[i - 1];
    return (
      t?.pos === '動詞' &&
      before?.pos === '助詞' &&
      Object.hasOwn(PARTICLE_VERBS, t.basic_form) &&
      PARTICLE_VERBS[t.basic_form] === before.surface_form
    );
  }

  /**
   * Reads the clause that starts at `from` up to its predicate, skipping predicates that go on
   * (〜して、 〜したり、 〜ことが). It modifies a noun when its predicate is followed by a noun
   * phrase marked as topic, subject or object (…となった方は, …かけてくるのは, …結ばせる事例が),
   * or by 場合/とき/際 + 、.
   */
  private nextClause(tokens: readonly Token[], from: number): NextClause {
    const nounish = (t: Token | undefined): boolean =>
      t !== undefined && (t.pos === '名詞' || PLACEHOLDER.test(t.surface_form));
    const predicate = (end: number): string => {
      let start = end;
      while (
        start > from &&
        (['動詞', '助動詞', '形容詞'].includes(tokens[start - 1]!.pos) ||
          (tokens[start - 1]!.pos === '助詞' && tokens[start - 1]!.pos_detail_1 === '接続助詞'))
      )
        start--;
      return tokens
        .slice(start, end + 1)
        .map((t) => t.surface_form)
        .join('');
    };
    let depth = 0;
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (OPEN.has(t.surface_form)) depth += 1;
      else if (CLOSE.has(t.surface_form)) depth = Math.max(0, depth - 1);
      if (depth > 0 || !['動詞', '助動詞', '形容詞'].includes(t.pos)) continue;
      const next = tokens[k + 1];
      if (!next || END_PUNCT.test(next.surface_form)) return { relative: false, predicate: predicate(k) };
      if (next.pos === '助動詞' || (next.pos === '動詞' && next.pos_detail_1 !== '自立')) continue;
      if (next.pos === '助詞' && next.pos_detail_1 === '接続助詞') {
        if (['て', 'で', 'ながら'].includes(next.surface_form)) continue;
        if (next.surface_form === 'ば' && tokens[k + 2]?.basic_form === 'なる') continue; // 〜なければならない
        return { relative: false, predicate: predicate(k) }; // ので、 が、 ば: the clause ends here
      }
      // 〜したり、 〜するかどうか、 〜と言って: the clause goes on.
      if (!nounish(next)) continue;
      let n = k + 1;
      for (let inner = 0; n < tokens.length; n++) {
        const u = tokens[n]!;
        // 被害（…）も: an explanation in brackets belongs to the noun.
        if (OPEN.has(u.surface_form)) inner += 1;
        else if (CLOSE.has(u.surface_form)) inner = Math.max(0, inner - 1);
        else if (inner === 0 && !nounish(u) && !['の', 'など'].includes(u.surface_form)) break;
      }
      const head = next.surface_form;
      const p = tokens[n];
      if (p?.surface_form === '、') {
        if (['場合', 'とき', '時', '際'].includes(head)) return { relative: true, predicate: '' };
        return { relative: false, predicate: predicate(k) };
      }
      const marked =
        p?.pos === '助詞' &&
        (['は', 'が', 'を', 'も'].includes(p.surface_form) ||
          (['に', 'で'].includes(p.surface_form) &&
            ['は', 'も'].includes(tokens[n + 1]?.surface_form ?? '')));
      if (!marked) continue;
      // 〜することができる, 〜ことが必要: the clause goes on past こと. Not with a word between
      // (…結ばせることが多数あります): こと is then the head noun the clause describes.
      if (head === 'こと' && p.surface_form === 'が' && KOTO_GA_MODALS.has(tokens[n + 1]?.basic_form ?? ''))
        continue;
      // 〜する必要があります: a modal, which the first part takes too.
      if (head === '必要' && n === k + 2 && ['が', 'は'].includes(p.surface_form))
        return { relative: false, predicate: '必要がある' };
      // 必要な書類を: an adjective inside a noun phrase, not a clause.
      const adjective = t.pos === '形容詞' || t.basic_form === 'だ';
      if (adjective && !CLAUSE_HEADS.has(head)) continue;
      return { relative: true, predicate: '' };
    }
    return { relative: false, predicate: '' };
  }

  /**
   * The first of two joined clauses as a sentence, in the tense of the second: 拡大され、…撤廃
   * されました → 拡大しました, 施行し、…推進しています → 施行しています, 添えて、…提出しなければ
   * ならない → 添えなければなりません.
   */
  private coordinateClause(tokens: readonly Token[], next: string): string | null {
    const plain = this.politeClause(tokens);
    if (plain === null) return null;
    const last = tokens[tokens.length - 1];
    // An action of the reader: 持参し, or 持ってき (くる after て), not a state (いる, なる).
    const verb =
      last?.pos === '動詞' &&
      (last.pos_detail_1 === '自立' || ['くる', '来る'].includes(last.basic_form)) &&
      !['いる', 'ある', 'おる', 'なる'].includes(last.basic_form);
    const head = tokens
      .slice(0, -1)
      .map((t) => t.surface_form)
      .join('');
    try {
      if (verb && /なければ(なら|なり)/u.test(next))
        return `${head}${conjugate(last.basic_form, last.conjugated_type, '未然形')}なければなりません`;
      if (verb && next === '必要がある') return `${head}${last.basic_form}必要があります`;
      if (/た$/u.test(next)) {
        if (plain.endsWith('ます')) return `${plain.slice(0, -2)}ました`;
        if (plain.endsWith('ません')) return `${plain}でした`;
        if (plain.endsWith('です')) return `${plain.slice(0, -2)}でした`;
        return plain;
      }
      if (verb && /[てで](い|お)(る|ます|ります)$/u.test(next))
        return `${head}${teForm(last.basic_form, last.conjugated_type)}います`;
    } catch {
      return plain;
    }
    return plain;
  }

  /**
   * 〜場合は、/〜場合には、/〜場合、 after a predicate: the condition as a sentence of its own
   * (請求する場合は、 → 請求することがあります。そのときは、). Only after a plain verb, ない or an
   * adjective in the dictionary form, or a verb + た (変えた → 変えることがあります); else null.
   */
  private conditionAt(
    tokens: readonly Token[],
    i: number,
  ): { rule: SplitRules['connectors'][number]; head: string; comma: number } | null {
    const t = tokens[i]!;
    if (!this.conditionWords.has(t.surface_form)) return null;
    // 〜場合は、 and 〜すると、 (the conditional と, not a quotation or "and").
    const rule = this.split.connectors.find(
      (c) =>
        c.condition &&
        c.surface !== undefined &&
        (Array.isArray(c.surface) ? c.surface : [c.surface]).includes(t.surface_form) &&
        (!c.pos || t.pos === c.pos) &&
        (!c.detail || t.pos_detail_1 === c.detail),
    );
    if (!rule) return null;
    let comma = i + 1;
    if (tokens[comma]?.surface_form === 'に') comma += 1;
    if (tokens[comma]?.surface_form === 'は') comma += 1;
    if (tokens[comma]?.surface_form !== '、') return null;
    const head = this.conditionHead(tokens, i);
    if (head === null) return null;
    return { rule, head, comma };
  }

  /**
   * The condition before 場合/とき at token i as a sentence: 請求する → 請求することがあります,
   * 変えた → 変えることがあります, しなかった → しないことがあります; null for anything else.
   */
  private conditionHead(tokens: readonly Token[], i: number): string | null {
    const prev = tokens[i - 1];
    if (!prev) return null;
    // Two conditions, 「Aがある場合や、Bしていない場合は、」: 「Aがあることがあります。Bして
    // いないこともあります。」 (then そのときは、).
    const or = tokens.findIndex(
      (t, j) =>
        j < i &&
        ['場合', 'とき'].includes(t.surface_form) &&
        tokens[j + 1]?.surface_form === 'や' &&
        tokens[j + 2]?.surface_form === '、',
    );
    if (or > 0) {
      const a = this.conditionHead(tokens.slice(0, or), or);
      const b = this.conditionHead(tokens.slice(or + 3), i - or - 3);
      if (a === null || b === null || !b.endsWith('ことがあります')) return null;
      return `${a}。${b.slice(0, -'ことがあります'.length)}こともあります`;
    }
    const text = (ts: readonly Token[]) => ts.map((x) => x.surface_form).join('');
    let head: string | null = null;
    const plain = prev.conjugated_form === '基本形';
    if (
      plain &&
      (prev.pos === '動詞' || prev.pos === '形容詞' || (prev.pos === '助動詞' && prev.basic_form === 'ない'))
    )
      head = `${text(tokens.slice(0, i))}ことがあります`;
    // 〜た場合 and 〜だ場合 (申し込んだ: IPADIC gives this だ the basic form だ, of type 特殊・タ).
    else if (prev.pos === '助動詞' && (prev.basic_form === 'た' || prev.conjugated_type === '特殊・タ')) {
      const verb = tokens[i - 2];
      // 届けをしなかった場合 → 届けをしないことがあります.
      const negated = tokens[i - 3];
      if (verb?.pos === '助動詞' && verb.basic_form === 'ない' && negated?.pos === '動詞')
        head = `${text(tokens.slice(0, i - 2))}ないことがあります`;
      else if (verb?.pos === '動詞' && verb.pos_detail_1 === '自立') {
        // kuromoji reads あっ(た) as ある; after に (被害にあった) it is あう: "meet with".
        const basic =
          verb.surface_form === 'あっ' && tokens[i - 3]?.surface_form === 'に' ? 'あう' : verb.basic_form;
        try {
          head = `${text(tokens.slice(0, i - 2))}${basic === verb.surface_form ? verb.surface_form : conjugate(basic, verb.conjugated_type, '基本形')}ことがあります`;
        } catch {
          head = null;
        }
      }
    }
    return head === null || this.boundCondition(head) ? null : head;
  }

  /** A part that begins with the connector an earlier cut gave it (だから、 そして、 でも、). */
  private startsWithConnector(part: string): boolean {
    return this.split.connectors.some((c) => !c.condition && part.startsWith(c.next));
  }

  /**
   * How many tokens at the start of a condition (before token `end`) are a phrase ending in a
   * particle-like verb and 、 (…によって、 …に基づき、 …を通じて、): 0 when there is none. Such a
   * phrase says how the main clause happens, so it is not part of the condition.
   */
  private leadingPhrase(tokens: readonly Token[], end: number): number {
    let depth = 0;
    let lead = 0;
    for (let k = 1; k < end; k++) {
      const surface = tokens[k]!.surface_form;
      if (OPEN.has(surface)) depth += 1;
      else if (CLOSE.has(surface)) depth = Math.max(0, depth - 1);
      if (depth > 0 || surface !== '、') continue;
      // 〜によって、 as one compound particle (IPADIC 連語), or 〜により、 / 〜に基づいて、 as
      // a particle-like verb (with its て).
      const before = tokens[k - 1]!;
      const verbAt = before.surface_form === 'て' ? k - 2 : k - 1;
      if ((before.pos === '助詞' && before.pos_detail_2 === '連語') || this.particleVerb(tokens, verbAt))
        lead = k + 1;
    }
    return lead;
  }

  /** A part that still has its own topic or a request in it is not a condition we can lift out. */
  private boundCondition(head: string): boolean {
    return /ください|[はが]、|(場合|とき)や/u.test(head);
  }

  /**
   * 〜ても、 at token i (も, でも) as a condition of its own: 届いても → 届くことがあります, 求められても
   * → 求められることがあります, 届いた場合であっても (ときでも) → 届くことがあります; null for anything else
   * (出国後であっても: a noun, no event to name).
   */
  private concessiveHead(tokens: readonly Token[], i: number): string | null {
    if (tokens[i]?.surface_form === 'でも') return this.conditionHead(tokens, i - 1);
    const last = tokens[i - 2];
    if (!last) return null;
    const text = (ts: readonly Token[]) => ts.map((x) => x.surface_form).join('');
    let head: string | null = null;
    if (
      last.basic_form === 'ある' &&
      tokens[i - 3]?.surface_form === 'で' &&
      ['場合', 'とき'].includes(tokens[i - 4]?.surface_form ?? '')
    )
      return this.conditionHead(tokens, i - 4);
    if (last.pos === '動詞') head = `${text(tokens.slice(0, i - 2))}${last.basic_form}ことがあります`;
    else if (last.basic_form === 'ない' && tokens[i - 3]?.pos === '動詞')
      head = `${text(tokens.slice(0, i - 2))}ないことがあります`;
    return head === null || this.boundCondition(head) ? null : head;
  }

  /** A clause ending in a verb, turned into a request: 持参し → 持参してください. */
  private requestClause(tokens: readonly Token[]): string | null {
    const last = tokens[tokens.length - 1];
    if (!last || last.pos !== '動詞') return null;
    // 混雑してい(て、) describes a state: "be crowded, please" would be a request nobody made.
    // 持ってき(て、) is a motion the reader makes: it stays a request (持ってきてください).
    const motion = last.pos_detail_1 === '非自立' && ['くる', '来る'].includes(last.basic_form);
    if (
      (last.pos_detail_1 === '非自立' && !motion) ||
      ['いる', 'ある', 'おる', 'なる'].includes(last.basic_form)
    )
      return this.politeClause(tokens);
    try {
      const head = tokens
        .slice(0, -1)
        .map((t) => t.surface_form)
        .join('');
      return `${head}${teForm(last.basic_form, last.conjugated_type)}ください`;
    } catch {
      return null;
    }
  }

  /** The clause with a polite predicate, or null when its ending is not one we can change safely. */
  politeClause(tokens: readonly Token[]): string | null {
    if (tokens.length === 0) return null;
    const surfaces = tokens.map((t) => t.surface_form);
    const last = tokens[tokens.length - 1]!;
    const prev = tokens[tokens.length - 2];
    const head = (n: number) => surfaces.slice(0, tokens.length - n).join('');
    const polite = (t: Token): string | null => {
      try {
        return conjugate(t.basic_form, t.conjugated_type, '連用形');
      } catch {
        return null;
      }
    };
    // Already polite, or a request/suggestion.
    if (last.basic_form === 'ます' || last.basic_form === 'です' || last.basic_form === 'くださる')
      return surfaces.join('');
    if (prev?.basic_form === 'ます' || prev?.basic_form === 'です') return surfaces.join('');
    // である / であった
    if (last.basic_form === 'ある' && prev?.surface_form === 'で') return `${head(2)}です`;
    if (
      last.basic_form === 'た' &&
      prev?.basic_form === 'ある' &&
      tokens[tokens.length - 3]?.surface_form === 'で'
    ) {
      return `${head(3)}でした`;
    }
    if (last.pos === '助動詞' && last.basic_form === 'だ') {
      if (last.surface_form === 'だ' || last.surface_form === 'な') return `${head(1)}です`;
      if (last.surface_form === 'だっ') return null;
    }
    if (last.basic_form === 'た' && prev?.basic_form === 'だ') return `${head(2)}でした`;
    if (last.pos === '動詞' && ['基本形', '連用形', '連用タ接続'].includes(last.conjugated_form)) {
      const stem = polite(last);
      return stem === null ? null : `${head(1)}${stem}ます`;
    }
    // 少なくない → 少なくありません.
    if (last.pos === '助動詞' && last.basic_form === 'ない' && prev?.pos === '形容詞')
      return `${head(1)}ありません`;
    if (last.pos === '助動詞' && last.basic_form === 'ない' && prev?.pos === '動詞') {
      const stem = polite(prev);
      return stem === null ? null : `${head(2)}${stem}ません`;
    }
    if (last.pos === '助動詞' && last.basic_form === 'た' && prev?.pos === '動詞') {
      const stem = polite(prev);
      return stem === null ? null : `${head(2)}${stem}ました`;
    }
    // 〜ず (取り扱っていず, ならず) → 〜ません.
    if (last.pos === '助動詞' && last.surface_form === 'ず' && prev?.pos === '動詞') {
      const stem = polite(prev);
      return stem === null ? null : `${head(2)}${stem}ません`;
    }
    // ない as an adjective (〜ことはない): ありません reads better than ないです.
    if (last.pos === '形容詞' && last.basic_form === 'ない' && last.conjugated_form === '基本形')
      return `${head(1)}ありません`;
    if (last.pos === '形容詞' && last.conjugated_form === '基本形') return `${surfaces.join('')}です`;
    if (last.pos === '名詞') return `${surfaces.join('')}です`;
    // 〜だけ/〜のみ (直系卑属のみ(で、)): 〜だけです.
    if (last.pos === '助詞' && ['だけ', 'のみ'].includes(last.surface_form))
      return `${surfaces.join('')}です`;
    // A protected amount or time (450円, 午後9時), or 〜まで: 〜です.
    if (PLACEHOLDER.test(last.surface_form) || (last.surface_form === 'まで' && last.pos === '助詞'))
      return `${surfaces.join('')}です`;
    return null;
  }
}
