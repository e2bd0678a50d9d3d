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
   * Filed by their first characters (word patterns: those after the space): four of them when the
   * pattern has that many (as one number, see `key4`), else two, else one. Filing by two left
   * hundreds of phrases behind "ca", "ma" or "no" to try at every such word; by one, behind 子
   * or い.
   */
  private readonly chars = new Map<number, Filed>();
  private readonly chars1 = new Map<number, Filed>();
  private readonly chars4 = new Map<number, Filed>();
  private readonly words = new Map<number, Filed>();
  private readonly words1 = new Map<number, Filed>();
  private readonly words4 = new Map<number, Filed>();

  constructor(private readonly patterns: readonly CompiledPattern[]) {
    patterns.forEach((pattern, order) => {
      if (isEmpty(pattern)) return;
      const at = pattern.words ? 1 : 0;
      const { folded } = pattern;
      const length = folded.length - at;
      let map: Map<number, Filed>;
      let key: number;
      if (length >= 4) {
        map = pattern.words ? this.words4 : this.chars4;
        key = key4(folded, at);
      } else if (length >= 2) {
        map = pattern.words ? this.words : this.chars;
        key = pairKey(folded, at);
      } else {
        map = pattern.words ? this.words1 : this.chars1;
        key = folded.charCodeAt(at);
      }
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
      if (i + 2 > folded.length) continue;
      this.tryAt(this.chars.get(pairKey(folded, i)), folded, i, false, found);
      if (i + 4 <= folded.length) this.tryAt(this.chars4.get(key4(folded, i)), folded, i, false, found);
    }
    for (let i = 0; i + 1 < words.length; i++) {
      if (words.charCodeAt(i) !== 0x20) continue;
      this.tryAt(this.words1.get(words.charCodeAt(i + 1)), words, i, true, found);
      if (i + 3 > words.length) continue;
      this.tryAt(this.words.get(pairKey(words, i + 1)), words, i, true, found);
      if (i + 5 <= words.length) this.tryAt(this.words4.get(key4(words, i + 1)), words, i, true, found);
    }
  }

  private tryAt(
    list: Filed | undefined,
    text: string,
    i: number,
    inWords: boolean,
    found: (order: number, at: number, inWords: boolean) => void,
  ): void {
    if (list) for (const p of list) if (text.startsWith(p.folded, i)) found(p.order, i, inWords);
  }
}

/** Two UTF-16 units from `at` as one number (see PatternIndex). */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/**
 * Four UTF-16 units from `at` as one number below 2^53: the first two exactly, the last two
 * reduced modulo a prime. Two prefixes may share a key; `startsWith` then tells them apart.
 */
function key4(text: string, at: number): number {
  return pairKey(text, at) * 0x200000 + (pairKey(text, at + 2) % 2_097_143);
}
