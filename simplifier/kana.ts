/** Kana and script helpers shared by the furigana and readability code. */
export function toHiragana(text: string): string {
  if (text.length > 1024)
    return text.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  // A loop over UTF-16 units: every reading goes through here, and a replace callback per
  // character was a measurable share of the pipeline. Surrogates are outside the range.
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0x30a1 && c <= 0x30f6 ? c - 0x60 : c;
  }
  return String.fromCharCode(...codes);
}

export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Kanji, including the iteration mark 々 and the small ヶ used in place names and counters. */
export const KANJI = /[\p{Script=Han}々〆ヶ]/u;
export const hasKanji = (text: string): boolean => KANJI.test(text);
export const isKana = (text: string): boolean => /^[\u3041-\u309f\u30a0-\u30ffー]+$/u.test(text);
