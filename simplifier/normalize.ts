/**
 * Unicode normalisation that is safe for Japanese: half-width katakana become full-width and
 * full-width Latin letters and digits become ASCII (NFKC), but the Japanese punctuation that NFKC
 * would turn into ASCII (、。「」～！？（）：) is put back, as Japanese text expects.
 */
const KEEP_FULL: Record<string, string> = {
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
  ':': '：',
  '~': '〜',
};

export function normalizeJapanese(text: string): string {
  return (
    text
      .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' ? '\n' : c === '\t' ? ' ' : ''))
      .replace(/[\ud800-\udfff]/gu, (c, offset: number, whole: string) => {
        // Keep only complete surrogate pairs.
        const code = c.charCodeAt(0);
        if (code <= 0xdbff) return /[\udc00-\udfff]/.test(whole[offset + 1] ?? '') ? c : '';
        return /[\ud800-\udbff]/.test(whole[offset - 1] ?? '') ? c : '';
      })
      // Full-width punctuation the writer chose stays as written (a （ before a URL keeps its pair).
      .split(/([！？（）：～〜])/u)
      .map((part, i) => (i % 2 === 1 ? part : part.normalize('NFKC')))
      .join('')
      .replace(
        /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])([!?():~])|([!?():~])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu,
        (_m, a?: string, b?: string) => KEEP_FULL[(a ?? b)!] ?? (a ?? b)!,
      )
      .replace(/\u3000/g, ' ')
  );
}
