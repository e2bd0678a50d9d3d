import { fold, foldWords } from './normalize';

/**
 * One matching rule for all keyword data: patterns written only in ASCII letters, digits and
 * spaces match at a word start ("certif" matches "certificate" but not "uncertified"); any other
 * pattern (Japanese, Korean…) matches anywhere in the folded text.
 */
export interface CompiledPattern {
  source: string;
  words: boolean;
  folded: string;
}

export function compilePattern(pattern: string): CompiledPattern {
  const words = /^[a-z0-9 #'&.-]+$/i.test(pattern);
  return { source: pattern, words, folded: words ? ` ${foldWords(pattern).trim()}` : fold(pattern) };
}

export interface PreparedText {
  folded: string;
  words: string;
}

export function prepareText(text: string): PreparedText {
  return { folded: fold(text), words: foldWords(text) };
}

export function matches(pattern: CompiledPattern, text: PreparedText): boolean {
  if (pattern.folded.trim().length === 0) return false;
  return pattern.words ? text.words.includes(pattern.folded) : text.folded.includes(pattern.folded);
}

/**
 * Many patterns against one short text: patterns are filed under their first character, and the
 * text is scanned once, so the cost follows the text's length rather than the number of patterns
 * (the emergency phrases of 13 languages run into thousands, on every message). Returns the
 * earliest pattern in the original order that matches, exactly as `patterns.find(matches)` would.
 */
export class PatternIndex {
  private readonly byFirst = new Map<string, Array<{ order: number; pattern: CompiledPattern }>>();

  constructor(private readonly patterns: readonly CompiledPattern[]) {
    patterns.forEach((pattern, order) => {
      if (pattern.folded.trim().length === 0) return;
      const key = (pattern.words ? 'w' : 'c') + pattern.folded[0]!;
      const list = this.byFirst.get(key) ?? [];
      list.push({ order, pattern });
      this.byFirst.set(key, list);
    });
  }

  first(text: PreparedText): CompiledPattern | undefined {
    let best = Number.POSITIVE_INFINITY;
    const scan = (haystack: string, kind: 'w' | 'c'): void => {
      for (let i = 0; i < haystack.length; i++) {
        const list = this.byFirst.get(kind + haystack[i]!);
        if (!list) continue;
        for (const { order, pattern } of list)
          if (order < best && haystack.startsWith(pattern.folded, i)) best = order;
      }
    };
    scan(text.folded, 'c');
    scan(text.words, 'w');
    return best === Number.POSITIVE_INFINITY ? undefined : this.patterns[best];
  }
}
