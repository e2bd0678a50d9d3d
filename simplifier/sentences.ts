/**
 * Splits text into sentences at 。！？!? and line breaks, never inside brackets or quotes, so a
 * quoted official name or a parenthesised explanation stays with its sentence.
 */
const OPEN = '「『（(【〔［[';
const CLOSE = '」』）)】〕］]';
const ENDS = '。！？!?';
/** The same three as flags by UTF-16 unit (all are single units), read without a string per character. */
const IS_OPEN = 1;
const IS_CLOSE = 2;
const IS_END = 4;
const KIND = new Uint8Array(0x10000);
for (const [chars, kind] of [
  [OPEN, IS_OPEN],
  [CLOSE, IS_CLOSE],
  [ENDS, IS_END],
] as const)
  for (const c of chars) KIND[c.charCodeAt(0)]! |= kind;

export function splitSentences(text: string): string[] {
  // By UTF-16 unit, each sentence sliced out whole: the brackets and stops are all single units, so
  // this cuts where a walk by code point adding one character at a time did, at a fraction of the
  // cost (it runs on every line and twice more for the report's measures).
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      const current = text.slice(start, i).trim();
      if (current) out.push(current);
      start = i + 1;
      depth = 0;
      continue;
    }
    const kind = KIND[code]!;
    if (kind === 0) continue;
    if (kind & IS_OPEN) depth += 1;
    else if (kind & IS_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // Keep runs like "！？" and a closing bracket right after the stop in the same sentence.
      while (i + 1 < text.length && KIND[text.charCodeAt(i + 1)]! & (IS_END | IS_CLOSE)) i++;
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
