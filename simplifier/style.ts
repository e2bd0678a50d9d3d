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
        next: z.string(),
        explain: z.string(),
      })
      .strict(),
  ),
});
type SplitRules = z.infer<typeof splitSchema>;

const END_PUNCT = /^[。．！？!?」』）)]+$/u;
const OPEN = new Set(['（', '(', '「', '『', '【', '［', '[']);
const CLOSE = new Set(['）', ')', '」', '』', '】', '］', ']']);

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
        const tail = tokens
          .slice(c.comma + 1)
          .map((t) => t.surface_form)
          .join('');
        if ([...c.head].length < this.split.minPart || [...tail].length < this.split.minPart) continue;
        const first = `${c.head}。`;
        const second = `${c.rule.next}${tail}`;
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
      const headTokens = rule.renyo ? tokens.slice(0, i + 1) : tokens.slice(0, i);
      const isRequest = /ください[。！]*$/u.test(sentence);
      if (rule.noRequest && isRequest) continue;
      if (rule.topic && !this.hasTopic(headTokens)) continue;
      // "Bring your ID and come to the window" stays two requests, not a statement and a request.
      const request = isRequest && rule.request === true;
      const head = request ? this.requestClause(headTokens) : this.politeClause(headTokens);
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

  /** A topic 〜は、 (では、/には、) outside brackets among the tokens. */
  private hasTopic(tokens: readonly Token[]): boolean {
    let depth = 0;
    return tokens.some((t, k) => {
      if (OPEN.has(t.surface_form)) depth += 1;
      else if (CLOSE.has(t.surface_form)) depth = Math.max(0, depth - 1);
      return (
        depth === 0 &&
        t.surface_form === 'は' &&
        t.pos === '助詞' &&
        t.pos_detail_1 === '係助詞' &&
        tokens[k + 1]?.surface_form === '、'
      );
    });
  }

  private isConnector(c: SplitRules['connectors'][number], tokens: readonly Token[], i: number): boolean {
    const t = tokens[i]!;
    // A 連用中止 rule with a surface (であり) matches that word; without one, any verb's 連用形.
    if (c.renyo && c.surface === undefined)
      return t.pos === '動詞' && t.conjugated_form === '連用形' && t.pos_detail_1 === '自立';
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
    return true;
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
    const rule = this.split.connectors.find((c) => c.condition);
    const t = tokens[i]!;
    if (
      !rule ||
      !rule.surface ||
      !(Array.isArray(rule.surface) ? rule.surface : [rule.surface]).includes(t.surface_form)
    )
      return null;
    if (rule.pos && t.pos !== rule.pos) return null;
    let comma = i + 1;
    if (tokens[comma]?.surface_form === 'に') comma += 1;
    if (tokens[comma]?.surface_form === 'は') comma += 1;
    if (tokens[comma]?.surface_form !== '、') return null;
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
    else if (prev.basic_form === 'た' && prev.pos === '助動詞') {
      const verb = tokens[i - 2];
      if (verb?.pos === '動詞' && verb.pos_detail_1 === '自立') {
        try {
          head = `${text(tokens.slice(0, i - 2))}${verb.basic_form === verb.surface_form ? verb.surface_form : conjugate(verb.basic_form, verb.conjugated_type, '基本形')}ことがあります`;
        } catch {
          head = null;
        }
      }
    }
    if (head === null) return null;
    // A part that still has its own topic or a request in it is not a condition we can lift out.
    if (/ください|[はが]、|(場合|とき)や/u.test(head)) return null;
    return { rule, head, comma };
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
    return null;
  }
}
