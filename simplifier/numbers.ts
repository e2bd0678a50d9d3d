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
