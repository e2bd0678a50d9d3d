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
