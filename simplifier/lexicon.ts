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

const MAX_WORD_TOKENS = 4;

/**
 * Difficult words → easy ones; official terms kept and explained in brackets the first time
 * (住民票（住所を証明する紙）), as the guidelines ask. Matching is on whole tokens, so a word is
 * never replaced inside another word.
 */
export class Lexicon {
  private readonly byWord = new Map<string, LexiconEntry>();

  constructor(
    private readonly tokenizer: Tokenizer,
    entries: readonly LexiconEntry[],
  ) {
    for (const e of entries) this.byWord.set(e.word, e);
  }

  get size(): number {
    return this.byWord.size;
  }

  /** `explained` carries the official terms already explained earlier in the same text. */
  apply(sentence: string, explained: Set<string>, applied: Applied[]): string {
    if (this.byWord.size === 0) return sentence;
    const tokens = this.tokenizer.tokenize(sentence);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.longestAt(tokens, i);
      if (!match) {
        out.push(tokens[i]!.surface_form);
        continue;
      }
      const { entry, length } = match;
      const next = tokens[i + length];
      const replaced = this.replace(entry, tokens[i]!, next, length);
      if (replaced === null) {
        out.push(entry.word);
        if (entry.keep && !explained.has(entry.word)) {
          explained.add(entry.word);
          out.push(`（${entry.explain}）`);
          applied.push({
            rule: 'lexicon-explain',
            category: 'lexicon',
            explain: `「${entry.word}」は大切なことばなので、そのまま使って、はじめに説明をつけます。`,
            before: entry.word,
            after: `${entry.word}（${entry.explain}）`,
          });
        }
        i += length - 1;
        continue;
      }
      out.push(replaced.text);
      applied.push({
        rule: 'lexicon-easy',
        category: 'lexicon',
        explain: `「${entry.word}」は「${entry.easy}」にします。`,
        before: entry.word,
        after: replaced.text,
      });
      i += length - 1 + (replaced.consumedNext ? 1 : 0);
    }
    return out.join('');
  }

  private longestAt(tokens: readonly Token[], i: number): { entry: LexiconEntry; length: number } | null {
    let surface = '';
    let best: { entry: LexiconEntry; length: number } | null = null;
    for (let k = 0; k < MAX_WORD_TOKENS && i + k < tokens.length; k++) {
      surface += tokens[i + k]!.surface_form;
      const entry =
        this.byWord.get(surface) ??
        (k === 0 && tokens[i]!.pos === '動詞' ? this.byWord.get(tokens[i]!.basic_form) : undefined);
      if (entry) best = { entry, length: k + 1 };
    }
    return best;
  }

  private replace(
    entry: LexiconEntry,
    first: Token,
    next: Token | undefined,
    length: number,
  ): { text: string; consumedNext: boolean } | null {
    if (!entry.easy) return null;
    try {
      if (entry.pos === 'suru-noun') {
        // 取得する → もらう, in the form する had; a bare noun use (取得の方法) stays as it is.
        if (!next || next.basic_form !== 'する' || next.pos !== '動詞') return null;
        return { text: this.verbIn(entry.easy, next.conjugated_form), consumedNext: true };
      }
      if (entry.pos === 'verb') {
        // 賜る → もらう, in the form the original verb had.
        if (length !== 1 || first.pos !== '動詞') return null;
        return { text: this.verbIn(entry.easy, first.conjugated_form), consumedNext: false };
      }
      return { text: entry.easy, consumedNext: false };
    } catch {
      return null;
    }
  }

  /** "届けを出す" in 連用形 → "届けを出し". */
  private verbIn(phrase: string, form: string): string {
    const m = /^(.*?)([^をにがでへと]+)$/u.exec(phrase);
    const prefix = m?.[1] ?? '';
    const verb = m?.[2] ?? phrase;
    const info = verbInfo(this.tokenizer, verb);
    return prefix + conjugate(info.basic, info.type, form);
  }
}
