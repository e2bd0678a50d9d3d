import { fold, foldWords } from './normalize';

/**
 * One matching rule for all keyword data: patterns written only in ASCII letters, digits and
 * spaces match at a word start ("certif" matches "certificate" but not "uncertified"), and one
 * written with a trailing space only as a whole word ("fee " is not "feel"); any other pattern
 * (Japanese, Korean…) matches anywhere in the folded text.
 */
export interface CompiledPattern {
  source: string;
  words: boolean;
  folded: string;
}

export function compilePattern(pattern: string): CompiledPattern {
  const words = /^[a-z0-9 #'&.-]+$/i.test(pattern);
  const end = words && pattern.endsWith(' ') ? ' ' : '';
  return { source: pattern, words, folded: words ? ` ${foldWords(pattern).trim()}${end}` : fold(pattern) };
}

export interface PreparedText {
  folded: string;
  words: string;
}

export function prepareText(text: string): PreparedText {
  return { folded: fold(text), words: foldWords(text) };
}

/** A pattern that folds to nothing (only punctuation or spaces) matches nothing. */
const isEmpty = (pattern: CompiledPattern): boolean => pattern.folded.trim().length === 0;

export function matches(pattern: CompiledPattern, text: PreparedText): boolean {
  if (isEmpty(pattern)) return false;
  return pattern.words ? text.words.includes(pattern.folded) : text.folded.includes(pattern.folded);
}

type Filed = Array<{ order: number; folded: string }>;

/**
 * Many patterns against one short text: the text is scanned once, and at each position only the
 * patterns that can start there are tried, so the cost follows the text's length rather than the
 * number of patterns (the emergency phrases and keywords of 13 languages run into thousands, on
 * every message). Patterns are filed by their first character; word patterns, which all start
 * with a space, by the character after it. Matches exactly as `matches` does.
 */
export class PatternIndex {
  /**
   * By the first two characters (word patterns: the two after the space), as c0 × 0x10000 + c1;
   * a pattern of one character (one letter after the space) by that character alone. Filing by
   * one character left hundreds of phrases behind 子, い or "my" to try at every such position.
   */
  private readonly chars = new Map<number, Filed>();
  private readonly chars1 = new Map<number, Filed>();
  private readonly words = new Map<number, Filed>();
  private readonly words1 = new Map<number, Filed>();

  constructor(private readonly patterns: readonly CompiledPattern[]) {
    patterns.forEach((pattern, order) => {
      if (isEmpty(pattern)) return;
      const at = pattern.words ? 1 : 0;
      const { folded } = pattern;
      const two = folded.length >= at + 2;
      const map = pattern.words ? (two ? this.words : this.words1) : two ? this.chars : this.chars1;
      const key = two ? pairKey(folded, at) : folded.charCodeAt(at);
      const list = map.get(key) ?? [];
      list.push({ order, folded });
      map.set(key, list);
    });
  }

  /** The earliest pattern, in the original order, that matches: `patterns.find(matches)`. */
  first(text: PreparedText): CompiledPattern | undefined {
    let best = Number.POSITIVE_INFINITY;
    this.scan(text, (order) => {
      if (order < best) best = order;
    });
    return best === Number.POSITIVE_INFINITY ? undefined : this.patterns[best];
  }

  /**
   * Calls `found` with the order of every pattern that matches (once or more each, in no order),
   * and where: the offset in `text.folded`, or in `text.words` for word patterns (`inWords`).
   */
  scan(text: PreparedText, found: (order: number, at: number, inWords: boolean) => void): void {
    const { folded, words } = text;
    for (let i = 0; i < folded.length; i++) {
      const one = this.chars1.get(folded.charCodeAt(i));
      if (one) for (const p of one) found(p.order, i, false);
      if (i + 1 >= folded.length) continue;
      const list = this.chars.get(pairKey(folded, i));
      if (list) for (const p of list) if (folded.startsWith(p.folded, i)) found(p.order, i, false);
    }
    for (let i = 0; i + 1 < words.length; i++) {
      if (words.charCodeAt(i) !== 0x20) continue;
      const one = this.words1.get(words.charCodeAt(i + 1));
      if (one) for (const p of one) if (words.startsWith(p.folded, i)) found(p.order, i, true);
      if (i + 2 >= words.length) continue;
      const list = this.words.get(pairKey(words, i + 1));
      if (list) for (const p of list) if (words.startsWith(p.folded, i)) found(p.order, i, true);
    }
  }
}

/** Two UTF-16 units from `at` as one number (see PatternIndex). */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}
