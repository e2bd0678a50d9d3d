import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ProtectedSpan } from './protect';
import { isPlaceholder, restore, spanOf } from './protect';
import { charCount } from './kana';
import type { Applied } from './rewrite';
import { CLOSE, OPEN, surfaces } from './style';
import type { Token, Tokenizer } from './tokenizer';

/**
 * Layout, the guidelines' other tool besides short sentences: three or more things named in a row
 * become a bullet list under the sentence (箇条書き), and a web address leaves the sentence for a
 * line of its own. Both take the longest runs out of official sentences:
 *   相談のときは、契約書、広告、やり取りの記録などを用意してください。
 *   → 相談のときは、次のものを用意してください。 ・契約書 ・広告 ・やり取りの記録など
 * Runs on protected text (facts are placeholders), after the lexicon and before sentences are cut.
 */
const layoutSchema = z
  .object({
    _doc: z.string().optional(),
    minItems: z.number().int().min(2),
    minChars: z.number().int().nonnegative(),
    bullet: z.string().min(1),
    listWord: z.string().min(1),
    personWord: z.string().min(1),
    personHeads: z.array(z.string()),
    likeWord: z.string().min(1),
    countWord: z.string().min(1),
    exampleEnds: z.array(z.string()),
    likeEnds: z.array(z.string()),
    notInItems: z.array(z.string()),
    linkWord: z.string().min(1),
    listExplain: z.string(),
    linkExplain: z.string(),
    phoneSentence: z.string().includes('{phone}'),
    phoneExplain: z.string(),
    deadlineMinChars: z.number().int().nonnegative(),
    deadlineWords: z.array(z.string().min(1)),
    deadlineEnds: z.array(z.string().min(1)),
    deadlineExplain: z.string(),
    /**
     * A time span (午前9時から午後5時まで、) in a long statement gets a sentence of its own in the
     * same way, with the sentence's last verb: …受け付けています。午前9時から午後5時まで受け付けています。
     */
    spanMinChars: z.number().int().nonnegative(),
    spanWords: z.array(z.string().min(1)),
    spanFrom: z.string().min(1),
    spanEnds: z.array(z.string().min(1)),
    spanExplain: z.string(),
  })
  .strict();
export type LayoutRules = z.infer<typeof layoutSchema>;

export function loadLayoutRules(): LayoutRules {
  return layoutSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'rules', 'layout.json'), 'utf8')));
}

export interface Laid {
  sentence: string;
  /** Bullet lines (with the bullet), to show under the sentence that holds `marker`. */
  items: string[];
  /** The word that stands for the list in the sentence. */
  marker?: string;
  /** Addresses taken out of the sentence, each for a line of its own (still placeholders). */
  links: string[];
  /** Short sentences to follow this one: the phone numbers taken out of it. */
  then: string[];
}

const SENTENCE_END = /[。！？!?]$/u;
/** Particles that keep a noun phrase going: の, や, か (AかB); と only as と+の (お店との). */
const INSIDE = new Set(['の', 'や', 'か', 'やら']);

interface Item {
  from: number;
  to: number; // exclusive
  clause: boolean;
}

export class Layout {
  private readonly rules: LayoutRules;

  constructor(
    private readonly tokenizer: Tokenizer,
    rules: LayoutRules = loadLayoutRules(),
  ) {
    this.rules = rules;
  }

  apply(sentence: string, spans: readonly ProtectedSpan[], applied: Applied[]): Laid {
    if (!SENTENCE_END.test(sentence)) return { sentence, items: [], links: [], then: [] };
    const linked = this.links(sentence, spans, applied);
    const phoned = this.phones(linked.sentence, spans, applied);
    const timed = this.deadline(phoned.sentence, applied, (p) => [...restore(p, spans)].length);
    return {
      ...this.list(timed.sentence, applied),
      links: linked.links,
      then: [...phoned.then, ...timed.then],
    };
  }

  /**
   * A deadline in a long request or duty gets a sentence of its own, with the same verb:
   *   …人は、住所を定めた日から14日以内に、区役所で転入の届けをしてください。
   *   → …人は、区役所で転入の届けをしてください。住所を定めた日から14日以内にしてください。
   * Only when the sentence ends in a request or a duty (〜てください, 〜なければなりません), whose
   * last verb can carry the deadline alone.
   */
  private deadline(
    sentence: string,
    applied: Applied[],
    length: (s: string) => number,
  ): { sentence: string; then: string[] } {
    const none = { sentence, then: [] };
    const r = this.rules;
    const kinds = [
      { min: r.deadlineMinChars, words: r.deadlineWords, ends: r.deadlineEnds, span: false },
      { min: r.spanMinChars, words: r.spanWords, ends: r.spanEnds, span: true },
    ];
    for (const kind of kinds) {
      if ((kind.span ? length(sentence) : charCount(sentence)) < kind.min) continue;
      if (!kind.ends.some((e) => sentence.endsWith(e))) continue;
      // Tokenizing is the cost: only a sentence with the words in it can have the phrase.
      if (!kind.words.some((w) => sentence.includes(w))) continue;
      const out = this.moveTime(sentence, kind.words, kind.span, applied);
      if (out) return out;
    }
    return none;
  }

  private moveTime(
    sentence: string,
    words: readonly string[],
    span: boolean,
    applied: Applied[],
  ): { sentence: string; then: string[] } | null {
    const none = null;
    const tokens = this.tokenizer.tokenize(sentence);
    const depth = depths(tokens);
    const text = (from: number, to: number): string => surfaces(tokens, from, to);
    // 〜する必要があります: the verb is the one before 必要 (する), not ある.
    const need = sentence.endsWith('必要があります。')
      ? tokens.map((t) => t.surface_form).lastIndexOf('必要')
      : -1;
    let verb = -1;
    for (let i = (need > 0 ? need : tokens.length) - 1; i >= 0 && verb < 0; i--) {
      if (depth[i] === 0 && tokens[i]!.pos === '動詞' && tokens[i]!.pos_detail_1 === '自立') verb = i;
    }
    if (need > 0 && verb !== need - 1) return none;
    for (let comma = 1; comma < verb; comma++) {
      if (tokens[comma]!.surface_form !== '、' || depth[comma] !== 0) continue;
      // A bracket after a span (午後4時まで（祝日を除く）) belongs to it.
      let close = comma;
      if (span && CLOSE.has(tokens[comma - 1]!.surface_form)) {
        close = comma - 1;
        while (close > 0 && depth[close - 1]! > 0) close--;
      }
      const before = text(Math.max(0, close - 4), close); // enough tokens for 以内に; linear in the sentence
      if (!words.some((w) => before.endsWith(w))) continue;
      let start = comma - 1;
      while (start > 0 && !(tokens[start - 1]!.surface_form === '、' && depth[start - 1] === 0)) start--;
      // The deadline must be a phrase of its own (…日から14日以内に), not the whole subject.
      if (tokens.slice(start, comma).some((t) => t.pos === '助詞' && t.pos_detail_1 === '係助詞'))
        return none;
      const phrase = text(start, comma);
      if (span) {
        // A span from one time to another (午前9時から午後5時まで), said with a verb of its own:
        // not a verb after が/は/も (必要があります, 申し込みが受けられます), which needs its subject.
        if (!phrase.includes(this.rules.spanFrom)) continue;
        const v = tokens[verb]!;
        const p = tokens[verb - 1];
        if (v.basic_form === 'ある' || (p?.pos === '助詞' && ['が', 'は', 'も'].includes(p.surface_form)))
          return none;
      }
      const out = `${text(0, start)}${text(comma + 1, tokens.length)}`;
      const end = tokens.length - (SENTENCE_END.test(tokens[tokens.length - 1]!.surface_form) ? 1 : 0);
      const then = `${phrase}${text(verb, end)}。`;
      applied.push({
        rule: span ? 'layout-time-span' : 'layout-deadline',
        category: 'split',
        explain: span ? this.rules.spanExplain : this.rules.deadlineExplain,
        before: sentence,
        after: `${out}${then}`,
      });
      return { sentence: out, then: [then] };
    }
    return none;
  }

  /**
   * 「大阪市消費者センター（電話06-…）では、…」 → the number leaves the sentence for one of its
   * own after it: 大阪市消費者センターの電話番号は、06-…です。 Only when the name before the
   * bracket is a plain noun compound, so the new sentence names the right place.
   */
  private phones(
    sentence: string,
    spans: readonly ProtectedSpan[],
    applied: Applied[],
  ): { sentence: string; then: string[] } {
    if (charCount(sentence) < this.rules.minChars) return { sentence, then: [] };
    // The pattern below needs 電話: most sentences have none, and are not searched.
    if (!sentence.includes('電話')) return { sentence, then: [] };
    const isPhone = (c: string): boolean => spanOf(c, spans)?.kind === 'phone';
    const then: string[] = [];
    let out = sentence;
    let tokens: Token[] | null = null;
    let starts: number[] = [];
    for (const m of sentence.matchAll(/[（(]\s*電話(?:番号)?[：:\s]*([\ue000-\uf8ff])\s*[）)]/gu)) {
      if (!isPhone(m[1]!)) continue;
      // One tokenization for all the numbers: the name is the nouns ending where the bracket starts.
      if (!tokens) {
        tokens = this.tokenizer.tokenize(sentence);
        let at = 0;
        starts = tokens.map((t) => ((at += t.surface_form.length), at - t.surface_form.length));
      }
      const at = starts.indexOf(m.index);
      if (at <= 0) continue;
      const before = tokens.slice(0, at);
      let k = before.length;
      const named = (t: Token): boolean =>
        t.pos === '名詞' && t.pos_detail_1 !== '代名詞' && !isPlaceholder(t.surface_form);
      while (k > 0 && named(before[k - 1]!)) k--;
      const name = surfaces(before, k, before.length);
      if (charCount(name) < 2) continue;
      out = out.replace(m[0], '');
      then.push(`${name}${this.rules.phoneSentence.replace('{phone}', m[1]!)}`);
    }
    if (then.length) {
      applied.push({
        rule: 'layout-phone',
        category: 'style',
        explain: this.rules.phoneExplain,
        before: sentence,
        after: [out, ...then].join(''),
      });
    }
    return { sentence: out, then };
  }

  /**
   * 「大阪市ホームページ（https://…）を見てください」 → the name stays, the address goes below.
   * A bare address used as a noun (https://… から申し込んで) becomes 次のページ.
   */
  private links(sentence: string, spans: readonly ProtectedSpan[], applied: Applied[]): Laid {
    const isUrl = (c: string): boolean => spanOf(c, spans)?.kind === 'url';
    const links: string[] = [];
    // Each pattern starts only where its run of spaces starts, so a long run is crossed once.
    let out = sentence.replace(/(?<!\s)\s*[（(]\s*([\ue000-\uf8ff])\s*[）)]/gu, (m, c: string) => {
      if (!isUrl(c)) return m;
      links.push(c);
      return '';
    });
    // Only where the address stands as a noun of its own: at the start, after 、 or after は/も/で/に.
    out = out.replace(
      /(^|[、。「]|[はもでに]\s)\s*([\ue000-\uf8ff])\s*(?=[をにでか])/gu,
      (m, before: string, c: string) => {
        if (!isUrl(c)) return m;
        links.push(c);
        const lead = before.trim();
        return `${lead}${lead && lead !== before ? '、' : ''}${this.rules.linkWord}`;
      },
    );
    if (links.length) {
      applied.push({
        rule: 'layout-link',
        category: 'style',
        explain: this.rules.linkExplain,
        before: sentence,
        after: [out, ...links].join('\n'),
      });
    }
    return { sentence: out, items: [], links, then: [] };
  }

  private list(sentence: string, applied: Applied[]): Omit<Laid, 'links' | 'then'> {
    const none = { sentence, items: [] };
    if (charCount(sentence) < this.rules.minChars) return none;
    const tokens = this.tokenizer.tokenize(sentence);
    const depth = depths(tokens);
    const commas: number[] = [];
    tokens.forEach((t, i) => {
      if (t.surface_form === '、' && depth[i] === 0) commas.push(i);
    });
    if (commas.length < this.rules.minItems - 1) return none;
    // Segment k runs from bounds[k] + 1 to bounds[k + 1] (exclusive).
    const bounds = [-1, ...commas, tokens.length];
    const segments = bounds.length - 1;
    for (let first = 0; first + this.rules.minItems - 1 < segments; first++) {
      const head = this.firstItem(tokens, depth, bounds[first]! + 1, bounds[first + 1]!);
      if (!head) continue;
      const items: Item[] = [head];
      let k = first + 1;
      for (; k < segments - 1; k++) {
        const whole = this.item(tokens, depth, bounds[k]! + 1, bounds[k + 1]!);
        if (!whole || whole.clause !== head.clause) break;
        items.push(whole);
      }
      const last = this.lastItem(tokens, depth, bounds[k]! + 1, head.clause);
      if (!last || items.length + 1 < this.rules.minItems) {
        // A later start in the same run ends at the same segment and fails the same way: go past it.
        first = Math.max(first, k - 1);
        continue;
      }
      items.push(last.item);
      return this.rewrite(sentence, tokens, items, last.end, last.kind, applied);
    }
    return none;
  }

  private rewrite(
    sentence: string,
    tokens: readonly Token[],
    items: readonly Item[],
    end: number,
    kind: 'example' | 'like' | 'particle',
    applied: Applied[],
  ): Omit<Laid, 'links' | 'then'> {
    const text = (from: number, to: number): string => surfaces(tokens, from, to).trim();
    const lines = items.map((it) => text(it.from, it.to));
    const person = items.every((it) =>
      this.rules.personHeads.some((h) => (lastNoun(tokens, it) ?? '').endsWith(h)),
    );
    const thing = person ? this.rules.personWord : this.rules.listWord;
    const after = tokens[end];
    let word = thing;
    let rest = end;
    if (kind === 'like') word = this.rules.likeWord;
    else if (kind === 'example') {
      const next = tokens[end + 1];
      if (after?.surface_form === 'の' && next && isNominal(next)) {
        word = this.rules.likeWord;
        rest = end + 1;
      } else {
        // 税金など15分野: the items are examples of a counted whole (次の15分野).
        if (after && isPlaceholder(after.surface_form)) word = this.rules.countWord;
        lines[lines.length - 1] += 'など';
      }
    }
    const out = `${text(0, items[0]!.from)}${word}${text(rest, tokens.length)}`;
    const bullets = lines.map((l) => `${this.rules.bullet}${l}`);
    applied.push({
      rule: 'layout-list',
      category: 'style',
      explain: this.rules.listExplain,
      before: sentence,
      after: [out, ...bullets].join('\n'),
    });
    return { sentence: out, items: bullets, marker: word };
  }

  /** The first item: after the last particle of its segment that a noun follows (窓口で|住民票の写し). */
  private firstItem(
    tokens: readonly Token[],
    depth: readonly number[],
    from: number,
    to: number,
  ): Item | null {
    let start = from;
    for (let i = from; i < to - 1; i++) {
      const t = tokens[i]!;
      if (depth[i] !== 0 || t.pos !== '助詞' || INSIDE.has(t.surface_form)) continue;
      if (tokens[i + 1]!.surface_form === 'の') continue;
      if (!isNominal(tokens[i + 1]!) && tokens[i + 1]!.pos !== '接頭詞') continue;
      // 事実を|確認できる書類 is one item: the cut is only before a plain noun phrase.
      if (!tokens.slice(i + 1, to).some((u, k) => depth[i + 1 + k] === 0 && isPredicate(u))) start = i + 1;
    }
    return this.item(tokens, depth, start, to);
  }

  /**
   * A whole segment as an item: it ends in a noun (a relative clause before it is fine: お金を
   * 払ったとわかる紙) or, for lists of reactions (眠れない、食欲がない), in a plain predicate.
   * A topic, a connective or a sentence end in it means it is a clause of the sentence instead.
   */
  private item(tokens: readonly Token[], depth: readonly number[], from: number, to: number): Item | null {
    if (to <= from) return null;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (depth[i] !== 0) continue;
      if (t.pos === '記号' && (t.pos_detail_1 === '句点' || t.pos_detail_1 === '読点')) return null;
      if (t.pos === '助詞' && (t.pos_detail_1 === '係助詞' || t.pos_detail_1 === '接続助詞')) return null;
      if (t.pos === '接続詞') return null;
    }
    // A bracket right after the item (診断書（…）) belongs to it: the noun before it decides.
    let end = to - 1;
    while (end > from && depth[end] !== 0) end--;
    const t = tokens[end]!;
    if (depth[end] !== 0) return null;
    // 相談のほか / 診断書その他…: "besides" joins two lists; the bullets would split it wrongly.
    if (tokens.slice(from, end + 1).some((u) => this.rules.notInItems.includes(u.surface_form))) return null;
    if (isNominal(t)) return { from, to, clause: false };
    if (['動詞', '形容詞', '助動詞'].includes(t.pos) && t.conjugated_form === '基本形')
      return { from, to, clause: true };
    return null;
  }

  /**
   * The last item runs from the comma to など/といった or to the first particle that ends a noun
   * phrase (を, が, も, に…). It must be a noun phrase itself, unless など/といった closes it.
   */
  private lastItem(
    tokens: readonly Token[],
    depth: readonly number[],
    from: number,
    clause: boolean,
  ): { item: Item; end: number; kind: 'example' | 'like' | 'particle' } | null {
    // など/といった before the next comma closes the item, even after a particle (報道機関による
    // 取材など): the item is everything up to it.
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (depth[i] !== 0) continue;
      if (t.pos === '記号' && (t.pos_detail_1 === '句点' || t.pos_detail_1 === '読点')) break;
      const example = this.rules.exampleEnds.find((w) => wordAt(tokens, i, w) > 0);
      const like = this.rules.likeEnds.find((w) => wordAt(tokens, i, w) > 0);
      if (example === undefined && like === undefined) continue;
      const item = this.item(tokens, depth, from, i);
      if (!item || item.clause !== clause) return null;
      const end = i + wordAt(tokens, i, (example ?? like)!);
      // Reactions and other clauses are named only as examples of something (〜といった反応).
      if (clause && example !== undefined && tokens[end]?.surface_form !== 'の') return null;
      return { item, end, kind: example !== undefined ? 'example' : 'like' };
    }
    if (clause) return null;
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (depth[i] !== 0) continue;
      if (t.pos === '記号' && (t.pos_detail_1 === '句点' || t.pos_detail_1 === '読点')) return null;
      if (isPredicate(t)) return null;
      if (t.pos !== '助詞' || INSIDE.has(t.surface_form)) continue;
      if (tokens[i + 1]?.surface_form === 'の') continue;
      if (t.pos_detail_1 === '接続助詞' || this.modifiesNoun(tokens, i + 1)) return null;
      const item = this.item(tokens, depth, from, i);
      if (!item || item.clause) return null;
      return { item, end: i, kind: 'particle' };
    }
    return null;
  }

  /**
   * Whether the words after the list's particle are a clause on a noun (切手を|貼った封筒,
   * 英語|による通訳): the list then belongs to that noun, and 次のもの would cut the phrase.
   */
  private modifiesNoun(tokens: readonly Token[], i: number): boolean {
    // による電話通訳, に関する相談: a compound particle straight before a noun modifies it.
    const particle = tokens[i - 1]!;
    if ([...particle.surface_form].length > 1 && tokens[i] && isNominal(tokens[i])) return true;
    let k = i;
    while (k < tokens.length && (tokens[k]!.pos === '副詞' || tokens[k]!.pos === '助詞')) k++;
    if (k >= tokens.length || !isPredicate(tokens[k]!)) return false;
    while (k < tokens.length && (isPredicate(tokens[k]!) || tokens[k]!.pos_detail_1 === '接尾')) k++;
    return k < tokens.length && isNominal(tokens[k]!);
  }
}

function depths(tokens: readonly Token[]): number[] {
  let depth = 0;
  return tokens.map((t) => {
    if (OPEN.has(t.surface_form)) return ++depth;
    const here = depth;
    if (CLOSE.has(t.surface_form)) depth = Math.max(0, depth - 1);
    return here;
  });
}

function isPredicate(t: Token): boolean {
  return t.pos === '動詞' || t.pos === '形容詞' || t.pos === '助動詞';
}

function isNominal(t: Token): boolean {
  return t.pos === '名詞' || isPlaceholder(t.surface_form);
}

/** The text of tokens [from, to). */
/** The head noun of an item, skipping a bracket after it. */
function lastNoun(tokens: readonly Token[], item: Item): string | undefined {
  for (let i = item.to - 1; i >= item.from; i--) if (isNominal(tokens[i]!)) return tokens[i]!.surface_form;
  return undefined;
}

/** How many tokens from `i` spell exactly `word` (0 when they do not). */
function wordAt(tokens: readonly Token[], i: number, word: string): number {
  let spelled = '';
  for (let k = i; k < tokens.length && spelled.length < word.length; k++) {
    spelled += tokens[k]!.surface_form;
    if (spelled === word) return k - i + 1;
  }
  return 0;
}
