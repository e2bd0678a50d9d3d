import path from 'node:path';
import kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from 'kuromoji';

export type Token = IpadicFeatures;

/** The simplifier's view of kuromoji: loaded once per process and shared. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}

export function defaultDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadTokenizer(dicPath: string = defaultDictionaryPath()): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err: Error | null, tokenizer: KuromojiTokenizer<IpadicFeatures>) => {
      if (err) reject(err);
      else resolve(new CoveringTokenizer(tokenizer));
    });
  });
}

const ASTRAL = /[\u{10000}-\u{10ffff}]+/u;

/** A token kuromoji did not produce: a run of characters we keep as a symbol. */
function symbolToken(surface: string): Token {
  return {
    word_id: -1,
    word_type: 'UNKNOWN',
    word_position: 0,
    surface_form: surface,
    pos: '記号',
    pos_detail_1: '一般',
    pos_detail_2: '*',
    pos_detail_3: '*',
    conjugated_type: '*',
    conjugated_form: '*',
    basic_form: '*',
  };
}

/**
 * kuromoji counts UTF-16 units and can drop characters next to emoji or other astral-plane text.
 * Everything downstream rebuilds text from tokens, so the tokens must cover the input exactly:
 * when they do not, the astral runs become symbol tokens and the rest is tokenized piece by piece.
 */
export class CoveringTokenizer implements Tokenizer {
  constructor(private readonly inner: Tokenizer) {}

  tokenize(text: string): Token[] {
    const tokens = this.inner.tokenize(text);
    if (tokens.map((t) => t.surface_form).join('') === text) return tokens;
    const out: Token[] = [];
    let rest = text;
    while (rest.length > 0) {
      const m = ASTRAL.exec(rest);
      const head = m ? rest.slice(0, m.index) : rest;
      if (head) {
        const inner = this.inner.tokenize(head);
        out.push(...(inner.map((t) => t.surface_form).join('') === head ? inner : [symbolToken(head)]));
      }
      if (!m) break;
      out.push(symbolToken(m[0]));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
}

/**
 * kuromoji cuts its input after every 、 and 。 and reads each piece on its own (its
 * `splitByPunctuation`); we cut the same way, so tokens of a piece never depend on the rest.
 */
export function punctuationPieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x3002) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The pipeline's stages (rules, lexicon, splitting, endings, readings, report) each look at the
 * same sentence again, and a rule changes only one clause of it. This remembers the tokens of
 * recent pieces (see punctuationPieces), so after a rewrite only the changed clause is read
 * again — with the same result as reading the whole text, because kuromoji cuts there too. The
 * Simplifier clears it for every text, so it only saves repeated work inside one text (and
 * benchmarks stay honest). Tokens are shared between callers: nothing in the pipeline mutates a
 * token; `word_position` is not kept meaningful (nothing reads it).
 */
export class MemoTokenizer implements Tokenizer {
  private readonly cache = new Map<string, Token[]>();

  constructor(
    private readonly inner: Tokenizer,
    private readonly capacity = 1024,
  ) {}

  tokenize(text: string): Token[] {
    const pieces = punctuationPieces(text);
    if (pieces.length === 1) return this.piece(pieces[0]!);
    const out: Token[] = [];
    for (const piece of pieces) for (const t of this.piece(piece)) out.push(t);
    return out;
  }

  private piece(text: string): Token[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const tokens = this.inner.tokenize(text);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(text, tokens);
    return tokens;
  }

  clear(): void {
    this.cache.clear();
  }
}
