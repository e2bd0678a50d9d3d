/**
 * Splits text into sentences at 。！？!? and line breaks, never inside brackets or quotes, so a
 * quoted official name or a parenthesised explanation stays with its sentence.
 */
const OPEN = '「『（(【〔［[';
const CLOSE = '」』）)】〕］]';
const ENDS = '。！？!?';

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\n' || c === '\r') {
      if (current.trim()) out.push(current.trim());
      current = '';
      depth = 0;
      continue;
    }
    current += c;
    if (OPEN.includes(c)) depth += 1;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ENDS.includes(c)) {
      // Keep runs like "！？" and a closing bracket right after the stop in the same sentence.
      while (i + 1 < chars.length && (ENDS.includes(chars[i + 1]!) || CLOSE.includes(chars[i + 1]!)))
        current += chars[++i]!;
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
