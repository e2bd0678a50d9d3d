import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { conjugate, teForm } from './conjugate';
import type { Applied } from './rewrite';
import type { Token, Tokenizer } from './tokenizer';

/**
 * Sentence-level rewriting: です・ます endings for every sentence, and long sentences cut at
 * their connectors into short ones joined by easy words (だから / でも / そして).
 */
const oneOrMany = z.union([z.string(), z.array(z.string())]);
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
         * The connector comes after one of these nouns, which come after a verb + た
         * (コピーしたうえで、): the first part ends in that verb (コピーしてください / 得ます).
         */
        afterPast: z.array(z.string()).optional(),
        next: z.string(),
        explain: z.string(),
      })
      .strict(),
  ),
});
type SplitRules = z.infer<typeof splitSchema>;

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

  constructor(private readonly tokenizer: Tokenizer) {
    this.split = splitSchema.parse(
      JSON.parse(readFileSync(path.join(__dirname, 'rules', 'split.json'), 'utf8')),
    );
  }

  /** Cuts a long sentence into short ones; each part is then given a polite ending. */
  splitLong(sentence: string, applied: Applied[]): string[] {
    if ([...sentence].length <= this.split.minChars) return [sentence];
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
        if ([...head].length < this.split.minPart || [...tail].length < this.split.minPart) continue;
        // 「だから、お金の話が出た場合は、電話を切ってください」 reads right as one sentence; cut,
        // the だから would lead into the condition (だから、お金の話が出ることがあります).
        if (this.startsWithConnector(sentence) && [...sentence].length <= 50) continue;
        const first = `${head}。`;
        const second = `${c.rule.next}${leadText}${tail}`;
        applied.push({
          rule: c.rule.id,
          category: 'split',
          explain: c.rule.explain,
          before: sentence,
          after: `${first}${second}`,
        });
        return [first, ...this.splitLong(second, applied)];
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
      if (rule.concessive && !isRequest) continue;
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
      if ([...head].length < this.split.minPart || [...tail].length < this.split.minPart) continue;
      const first = `${head}。`;
      const second = `${rule.next}${tail}`;
      applied.push({
        rule: rule.id,
        category: 'split',
        explain: rule.explain,
        before: sentence,
        after: `${first}${second}`,
      });
      return [first, ...this.splitLong(second, applied)];
    }
    return [sentence];
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
