/**
 * What arrives from residents is bounded and cleaned before anything reads it: control characters
 * go (they break terminals and logs), and a message is cut at a length no real question reaches.
 */
export const MAX_MESSAGE_CHARS = 10_000;

export function cleanIncoming(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .slice(0, MAX_MESSAGE_CHARS)
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\uFFFD]/gu, (c) => (c === '\n' || c === '\t' ? ' ' : ''))
    .trim();
}

/** Emoji, stickers typed as symbols, punctuation only: nothing to route. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
