/**
 * Japanese readings of numbers, for speech and for readings of counters. The final unit of the
 * reading is returned separately because counters change it: 3 + 本 → さんぼん, 30 + 分 → さんじゅっぷん.
 */
const DIGITS = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];

/** Readings of d × 100 and d × 1000 with their sound changes (300 さんびゃく, 8000 はっせん). */
const HUNDREDS: Record<number, string> = { 1: 'ひゃく', 3: 'さんびゃく', 6: 'ろっぴゃく', 8: 'はっぴゃく' };
const THOUSANDS: Record<number, string> = { 1: 'せん', 3: 'さんぜん', 8: 'はっせん' };

export interface NumberReading {
  /** Everything before the final unit. */
  head: string;
  /** The last unit spoken ("いち", "じゅう", "ひゃく"…), which counters may change. */
  last: string;
}

function below10000(n: number): string[] {
  const parts: string[] = [];
  const th = Math.floor(n / 1000);
  const hu = Math.floor((n % 1000) / 100);
  const te = Math.floor((n % 100) / 10);
  const on = n % 10;
  if (th) parts.push(THOUSANDS[th] ?? `${DIGITS[th]}せん`);
  if (hu) parts.push(HUNDREDS[hu] ?? `${DIGITS[hu]}ひゃく`);
  if (te) {
    if (te > 1) parts.push(DIGITS[te]!);
    parts.push('じゅう');
  }
  if (on) parts.push(DIGITS[on]!);
  return parts;
}

/** Reads a whole number (up to 10^16); returns null for anything else. */
export function readNumber(text: string): NumberReading | null {
  const digits = text.replace(/,/g, '');
  if (!/^\d{1,16}$/.test(digits)) return null;
  const n = BigInt(digits);
  if (n === 0n) return { head: '', last: 'ぜろ' };
  const units: Array<[bigint, string]> = [
    [10n ** 12n, 'ちょう'],
    [10n ** 8n, 'おく'],
    [10n ** 4n, 'まん'],
  ];
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of units) {
    const group = Number(rest / size);
    if (group > 0) {
      parts.push(...below10000(group), name);
      rest %= size;
    }
  }
  parts.push(...below10000(Number(rest)));
  const last = parts.pop() ?? '';
  return { head: parts.join(''), last };
}

export function readNumberText(text: string): string | null {
  const r = readNumber(text);
  return r ? r.head + r.last : null;
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_SMALL_UNITS: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };
const KANJI_BIG_UNITS: Record<string, bigint> = { 万: 10n ** 4n, 億: 10n ** 8n, 兆: 10n ** 12n };

/** Kanji numerals: 三, 二十四, 三百, 一万五千, and digit by digit 二〇二六. */
export const KANJI_NUMERAL = /^[〇零一二三四五六七八九十百千万億兆]+$/u;

/** The value of a kanji numeral as decimal digits ("二十四" → "24"), or null when it is not one. */
export function kanjiNumberValue(text: string): string | null {
  if (!KANJI_NUMERAL.test(text)) return null;
  const chars = [...text];
  // Written digit by digit (二〇二六): no units at all. Two digits side by side are a range
  // (二三日 "two or three days", 五六人), not a number.
  if (chars.every((c) => c in KANJI_DIGITS)) {
    if (chars.length === 1) return String(KANJI_DIGITS[chars[0]!]);
    const positional = (chars.length >= 3 || chars.includes('〇')) && chars[0] !== '〇';
    return positional ? chars.map((c) => KANJI_DIGITS[c]).join('') : null;
  }
  let total = 0n;
  let section = 0n;
  let current: bigint | null = null;
  for (const c of chars) {
    const digit = KANJI_DIGITS[c];
    const small = KANJI_SMALL_UNITS[c];
    const big = KANJI_BIG_UNITS[c];
    if (digit !== undefined) {
      if (current !== null) return null; // 二三 inside a numeral with units: not a number
      current = BigInt(digit);
    } else if (small !== undefined) {
      section += (current ?? 1n) * small;
      current = null;
    } else if (big !== undefined) {
      const group = section + (current ?? 0n);
      total += (group === 0n ? 1n : group) * big;
      section = 0n;
      current = null;
    }
  }
  return (total + section + (current ?? 0n)).toString();
}

/** Full-width digits (１２) as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
