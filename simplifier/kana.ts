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
const ALL_KANJI = /^[\p{Script=Han}々〆ヶ]+$/u;
/** By UTF-16 unit outside the surrogates: 0 not looked at yet, 1 not a kanji (KANJI), 2 a kanji. */
const KANJI_UNITS = new Uint8Array(0x10000);

/**
 * Whether `text` has a kanji (bit 1) and is all kanji (bit 2, not for ''), as KANJI and
 * /^KANJI+$/ would say, read from a table by unit: every word of every reading is asked this.
 * Text with surrogates goes to the patterns (Han extensions are astral).
 */
function kanjiIn(text: string): number {
  let some = 0;
  let all = text.length > 0 ? 2 : 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return (KANJI.test(text) ? 1 : 0) | (ALL_KANJI.test(text) ? 2 : 0);
    let kind = KANJI_UNITS[code]!;
    if (kind === 0) KANJI_UNITS[code] = kind = KANJI.test(String.fromCharCode(code)) ? 2 : 1;
    if (kind === 2) some = 1;
    else all = 0;
  }
  return some | all;
}

export const hasKanji = (text: string): boolean => (kanjiIn(text) & 1) !== 0;
/** All kanji, and at least one: /^[\p{Script=Han}々〆ヶ]+$/u. */
export const allKanji = (text: string): boolean => (kanjiIn(text) & 2) !== 0;
export const isKana = (text: string): boolean => /^[\u3041-\u309f\u30a0-\u30ffー]+$/u.test(text);

/**
 * Characters (code points, a lone surrogate counting as one), as `[...s].length` counts them,
 * without making an array of them: lengths are checked on every sentence and every part of a cut.
 */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
