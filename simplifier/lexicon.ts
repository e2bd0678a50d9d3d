import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { conjugate } from './conjugate';
import type { Applied } from './rewrite';
import { verbInfo } from './rewrite';
import type { Token, Tokenizer } from './tokenizer';

export const LEXICON_DIR = path.join(__dirname, '..', 'knowledge', 'lexicon');

export const lexiconEntrySchema = z
  .object({
    word: z.string().min(1),
    reading: z.string().regex(/^[\u3041-\u309fー]+$/u),
    pos: z.enum(['noun', 'suru-noun', 'verb', 'adjective', 'adverb', 'conjunction', 'expression']),
    easy: z.string().min(1).optional(),
    keep: z.boolean().optional(),
    explain: z.string().min(1).optional(),
    /**
     * IPADIC part of speech the word's first token must have, as "品詞,細分類1" or "品詞"
     * (時 as 名詞,非自立 is とき; as 名詞,接尾 in 発生時 or 9時 it is not).
     */
    tag: z
      .string()
      .regex(/^[^,\s]+(?:,[^,\s]+)?$/u)
      .optional(),
    /**
     * What the token before the word must be: a part of speech or a word (方 after 動詞 or after
     * た/ない is a person; after な, 便利な方, it is as often "the handier one").
     */
    after: z.array(z.string().min(1)).min(1).optional(),
    /** Tokens that must not follow the word (方 before が: 〜した方がいい is advice, not a person). */
    notBefore: z.array(z.string().min(1)).min(1).optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine(
    (e) => Boolean(e.keep) !== Boolean(e.easy),
    'an entry either keeps the word (keep) or replaces it (easy)',
  )
  .refine((e) => !e.keep || Boolean(e.explain), 'a kept official term needs an explanation');
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

export function loadLexicon(dir: string = LEXICON_DIR): LexiconEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => z.array(lexiconEntrySchema).parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

// Official names run long in kuromoji tokens: 特別永住者証明書 is 特別/永住/者/証明/書.
const MAX_WORD_TOKENS = 6;
const SENTENCE_END = /[。．！？!?][」』）)\s]*$/u;

/**
 * Difficult words → easy ones; official terms kept and explained in brackets the first time
 * (住民票（住所を証明する紙）), as the guidelines ask. Matching is on whole tokens, so a word is
 * never replaced inside another word.
 */
export class Lexicon {
  private readonly byWord = new Map<string, LexiconEntry>();
  /**
   * The words by character (UTF-16 unit), as a trie: tokens are matched by walking their surfaces
   * down it, which stops at the first character no word goes on with, instead of joining up to
   * six surfaces at every token and looking each join up.
   */
  private readonly trie: WordNode = { next: new Map() };
  /**
   * The trie's first level by character, as an index into `roots` (plus one; 0: no word starts
   * with it): most tokens start with no word's character, and are passed at once.
   */
  private readonly firsts = new Int32Array(0x10000);
  private readonly roots: WordNode[] = [];

  constructor(
    private readonly tokenizer: Tokenizer,
    entries: readonly LexiconEntry[],
  ) {
    for (const e of entries) this.byWord.set(e.word, e);
    for (const [word, entry] of this.byWord) {
      let node = this.trie;
      for (let c = 0; c < word.length; c++) {
        const code = word.charCodeAt(c);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      node.entry = entry;
    }
    for (const [code, node] of this.trie.next) this.firsts[code] = this.roots.push(node);
    compact(this.trie);
  }

  get size(): number {
    return this.byWord.size;
  }

  /**
   * `explained` carries the official terms already explained earlier in the same text. With
   * `notes`, an explanation becomes a sentence of its own there (在留カードは、長く住む外国人の
   * カードです。) for the caller to put after this one; without, it goes in brackets after the term.
   */
  apply(sentence: string, explained: Set<string>, applied: Applied[], notes?: string[]): string {
    if (this.byWord.size === 0) return sentence;
    const tokens = this.tokenizer.tokenize(sentence);
    // A heading or button label (no 。！？ at the end) keeps official terms without a bracket: it
    // is not the place for an explanation, and a bracket at its end would be read as a sentence.
    const explain = SENTENCE_END.test(sentence) ? explained : null;
    const out: string[] = [];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const surface = tokens[i]!.surface_form;
      if (OPEN.has(surface)) depth += 1;
      if (CLOSE.has(surface)) depth = Math.max(0, depth - 1);
      // No explanation inside brackets: a bracket in a bracket.
      const step = this.applyAt(tokens, i, depth > 0 ? null : explain, applied, out, notes);
      if (step === 0) out.push(tokens[i]!.surface_form);
      else i += step - 1;
    }
    return out.join('');
  }

  /**
   * The entries matching at token i, longest first. The first that applies wins: a longer entry
   * that cannot apply here (契約を解除 not followed by する) leaves the shorter ones (契約) their
   * chance. Returns how many tokens were consumed, 0 when nothing applied.
   */
  private applyAt(
    tokens: readonly Token[],
    i: number,
    explained: Set<string> | null,
    applied: Applied[],
    out: string[],
    notes: string[] | undefined,
  ): number {
    for (const { entry, length } of this.matchesAt(tokens, i)) {
      // Part of a longer compound (住民基本台帳 in 住民基本台帳法, 自己負担 in 自己負担割合): a bracket
      // would cut the word in two and a paraphrase would leave a noun hanging. Leave it whole.
      if (continuesCompound(tokens[i + length - 1], tokens[i + length]) && !this.modifiesNext(entry))
        continue;
      if (entry.tag && !hasTag(tokens[i]!, entry.tag)) continue;
      if (
        entry.after &&
        !entry.after.some((a) => a === tokens[i - 1]?.pos || a === tokens[i - 1]?.surface_form)
      )
        continue;
      if (entry.notBefore?.includes(tokens[i + length]?.surface_form ?? '')) continue;
      if (endsCompound(entry, tokens[i - 1], tokens[i]!)) continue;
      if (entry.keep) {
        out.push(entry.word);
        // Nor where the text already explains the word in a bracket of its own (連鎖販売取引（マルチ商法）).
        const bracketFollows = OPEN.has(tokens[i + length]?.surface_form ?? '');
        if (explained && !bracketFollows && !explained.has(entry.word)) {
          explained.add(entry.word);
          const note = `${entry.word}は、${entry.explain}です。`;
          if (notes) notes.push(note);
          else out.push(`（${entry.explain}）`);
          applied.push({
            rule: 'lexicon-explain',
            category: 'lexicon',
            explain: `「${entry.word}」は大切なことばなので、そのまま使って、はじめに説明をつけます。`,
            before: entry.word,
            after: notes ? `${entry.word} …。${note}` : `${entry.word}（${entry.explain}）`,
          });
        }
        return length;
      }
      const replaced = this.replace(entry, tokens, i, length);
      if (replaced === null) continue;
      out.push(replaced.text);
      applied.push({
        rule: 'lexicon-easy',
        category: 'lexicon',
        explain: `「${entry.word}」は「${entry.easy}」にします。`,
        before: entry.word,
        after: replaced.text,
      });
      return replaced.consumed;
    }
    return 0;
  }

  private readonly modifiers = new Map<LexiconEntry, boolean>();

  /**
   * An easy phrase that ends in a word modifying the next noun (当該 → その): the compound after
   * it (当該年度 → その年度) stays whole, so the word may be replaced there.
   */
  private modifiesNext(entry: LexiconEntry): boolean {
    let known = this.modifiers.get(entry);
    if (known === undefined) {
      const last = entry.easy ? this.tokenizer.tokenize(entry.easy).at(-1) : undefined;
      known = last?.pos === '連体詞';
      this.modifiers.set(entry, known);
    }
    return known;
  }

  private matchesAt(tokens: readonly Token[], i: number): { entry: LexiconEntry; length: number }[] {
    const found: { entry: LexiconEntry; length: number }[] = [];
    const first = tokens[i]!.surface_form;
    // The first character from the index (a token without characters leaves the root as it is).
    const root = first === '' ? 0 : this.firsts[first.charCodeAt(0)]!;
    let node: WordNode | undefined = first === '' ? this.trie : root > 0 ? this.roots[root - 1] : undefined;
    let from = first === '' ? 0 : 1;
    for (let k = 0; k < MAX_WORD_TOKENS && i + k < tokens.length; k++) {
      const surface = tokens[i + k]!.surface_form;
      for (let c = from; c < surface.length && node; c++) node = child(node, surface.charCodeAt(c));
      from = 0;
      const entry =
        node?.entry ??
        (k === 0 && tokens[i]!.pos === '動詞' ? this.byWord.get(tokens[i]!.basic_form) : undefined);
      if (entry) found.unshift({ entry, length: k + 1 });
      // No word goes on from here, so no longer span is one.
      if (!node) break;
    }
    return found;
  }

  /** The replacement for the entry matched at tokens[i..i+length), and how many tokens it covers. */
  private replace(
    entry: LexiconEntry,
    tokens: readonly Token[],
    i: number,
    length: number,
  ): { text: string; consumed: number } | null {
    if (!entry.easy) return null;
    const next = tokens[i + length];
    try {
      if (entry.pos === 'suru-noun') {
        // 取得できます → もらえます: the easy verb's potential, in the form できる had.
        if (next?.basic_form === 'できる' && next.pos === '動詞')
          return this.potentialIn(entry.easy, next, length + 1);
        // 取得する → もらう, in the form する had; a bare noun use (取得の方法) stays as it is.
        if (!next || next.basic_form !== 'する' || next.pos !== '動詞') return null;
        return this.verbIn(entry.easy, next, tokens[i + length + 1], length + 1);
      }
      if (entry.pos === 'verb') {
        // 賜る → もらう, in the form the original verb had.
        const verb = tokens[i]!;
        if (length !== 1 || verb.pos !== '動詞') return null;
        return this.verbIn(entry.easy, verb, next, 1);
      }
      // A noun's easy words are a noun phrase: before する or できる (届出する) they would not fit, so the word stays.
      if (
        entry.pos === 'noun' &&
        next?.pos === '動詞' &&
        (next.basic_form === 'する' || next.basic_form === 'できる')
      ) {
        return null;
      }
      return { text: entry.easy, consumed: length };
    } catch {
      return null;
    }
  }

  /**
   * An easy verb phrase as the words before its last verb and that verb's dictionary form and
   * type, as kuromoji reads it in the phrase (so にげる, できる stay whole); a one-word phrase goes
   * to verbInfo, which knows the verbs kuromoji misreads alone.
   */
  private phraseVerb(phrase: string): { prefix: string; info: { basic: string; type: string } } {
    // An easy phrase of the lexicon reads the same in every text: read once (at most one per entry).
    let known = this.phraseVerbs.get(phrase);
    if (!known) this.phraseVerbs.set(phrase, (known = this.readPhraseVerb(phrase)));
    return known;
  }

  private readonly phraseVerbs = new Map<string, { prefix: string; info: { basic: string; type: string } }>();

  private readPhraseVerb(phrase: string): { prefix: string; info: { basic: string; type: string } } {
    const tokens = this.tokenizer.tokenize(phrase);
    const last = tokens[tokens.length - 1];
    if (tokens.length <= 1 || !last || last.pos !== '動詞')
      return { prefix: '', info: verbInfo(this.tokenizer, phrase) };
    const prefix = tokens
      .slice(0, -1)
      .map((t) => t.surface_form)
      .join('');
    return { prefix, info: { basic: last.basic_form, type: last.conjugated_type } };
  }

  /**
   * The easy verb phrase made potential, in the form `dekiru` had: もらう → もらえ(ます), 出す →
   * 出せ(ない), 届ける → 届けることができ(ます), 協力する → 協力でき(ます). What comes out ends in
   * an ichidan verb, so no 音便 or voicing follows.
   */
  private potentialIn(phrase: string, dekiru: Token, consumed: number): { text: string; consumed: number } {
    const { prefix, info } = this.phraseVerb(phrase);
    // られる would read as a passive as easily as a potential (the guidelines avoid it), so an
    // ichidan verb or 来る takes 〜ことができる instead.
    let potential: string;
    if (info.type.startsWith('サ変')) potential = `${info.basic.slice(0, -2)}できる`;
    else if (info.type.startsWith('五段')) potential = `${conjugate(info.basic, info.type, '仮定形')}る`;
    else potential = `${info.basic}ことができる`;
    return { text: prefix + conjugate(potential, '一段', dekiru.conjugated_form), consumed };
  }

  /**
   * The easy verb phrase in the form `verb` had: "届けを出す" for 提出し(て) → "届けを出し". Only the
   * phrase's last verb is conjugated, as kuromoji reads it in the phrase (so にげる, できる stay
   * whole). Before て/た the godan 連用形 is the 音便 one (書い-て, not 書き-て), and て/た take the
   * easy verb's voicing (読ん-で for 拝見し-て): then the following token is rewritten too.
   */
  private verbIn(
    phrase: string,
    verb: Token,
    following: Token | undefined,
    consumed: number,
  ): { text: string; consumed: number } {
    const { prefix, info } = this.phraseVerb(phrase);
    const after = following?.surface_form ?? '';
    const teTa = /^[てでただ]/u.test(after);
    const form = verb.conjugated_form === '連用形' && teTa ? '連用タ接続' : verb.conjugated_form;
    const text = prefix + conjugate(info.basic, info.type, form);
    if (form !== '連用タ接続' || !teTa) return { text, consumed };
    const voiced = /^五段・[ガナバマ]行/u.test(info.type);
    const particle = voiced
      ? after.replace(/^て/u, 'で').replace(/^た/u, 'だ')
      : after.replace(/^で/u, 'て').replace(/^だ/u, 'た');
    return { text: text + particle, consumed: consumed + 1 };
  }
}

/** A node of the word trie: the word that ends here, if any, and the characters that go on. */
interface WordNode {
  next: Map<number, WordNode>;
  entry?: LexiconEntry;
  /** The same as `next` for a node with few children (most below the first level), scanned. */
  codes?: number[];
  children?: WordNode[];
}

/** Lists the children of the nodes that have a few: a short scan beats hashing a character. */
function compact(node: WordNode): void {
  if (node.next.size <= 4) {
    node.codes = [...node.next.keys()];
    node.children = [...node.next.values()];
  }
  for (const next of node.next.values()) compact(next);
}

function child(node: WordNode, code: number): WordNode | undefined {
  const { codes } = node;
  if (!codes) return node.next.get(code);
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.children![k];
  return undefined;
}

/** Nouns that glue onto the word before them into one compound. */
const COMPOUND_NOUNS = new Set(['一般', 'サ変接続', '固有名詞', '形容動詞語幹']);
/** Suffixes that only list or address (窓口等, 田中さん): the word before them stands alone. */
const LOOSE_SUFFIXES = new Set(['等', 'など', 'さん', '様', 'たち', '達', '方']);
function continuesCompound(last: Token | undefined, next: Token | undefined): boolean {
  if (last?.pos !== '名詞' || next?.pos !== '名詞') return false;
  if (next.pos_detail_1 === '接尾') return !LOOSE_SUFFIXES.has(next.surface_form); // 台帳法, 保険料
  return COMPOUND_NOUNS.has(next.pos_detail_1);
}

/** Nouns that a compound's head can be (法定 in 法定書面, 個人 in 個人名義, 販売 in 販売業者). */
const HEAD_NOUNS = new Set(['一般', 'サ変接続', '固有名詞']);
/**
 * A noun replacement at the tail of a compound (書面 in 法定書面 → 法定紙): the head would be left
 * hanging on words that no longer fit it. Verb uses (常時携帯する → 常時持って歩く) are fine, and
 * so is an easy phrase that starts with the word's own head (消費生活相談員 → 消費生活相談を聞く人).
 */
function endsCompound(entry: LexiconEntry, before: Token | undefined, first: Token): boolean {
  if (entry.keep || entry.pos !== 'noun' || !entry.easy) return false;
  if (before?.pos !== '名詞' || !HEAD_NOUNS.has(before.pos_detail_1)) return false;
  if (first.pos !== '名詞' || !COMPOUND_NOUNS.has(first.pos_detail_1)) return false;
  return !entry.easy.startsWith(first.surface_form);
}

/** "名詞,非自立" or "名詞": the token's part of speech, and its first sub-class when given. */
function hasTag(token: Token, tag: string): boolean {
  const [pos, detail] = tag.split(',');
  return token.pos === pos && (detail === undefined || token.pos_detail_1 === detail);
}

const OPEN = new Set(['（', '(', '「', '『']);
const CLOSE = new Set(['）', ')', '」', '』']);
