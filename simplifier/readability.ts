import { charCount, isKana, toHiragana } from './kana';
import { onReadings } from './kanjiData';
import { splitSentences } from './sentences';
import type { Token, Tokenizer } from './tokenizer';

/**
 * Readability measures from ../shared/reference/easy-japanese.md.
 *
 * jReadability (李ほか) needs UniDic's word origin; IPADIC has none, so origin is approximated:
 * katakana → loanword, particles/auxiliaries/kana → 和語, an all-kanji noun whose reading splits
 * into on-readings of its kanji → 漢語, other kanji words → 和語. Good for before/after
 * comparison, not to be called "the jReadability score".
 */
export type Origin = 'kango' | 'wago' | 'gairaigo' | 'proper' | 'other';

const LIGHT_VERBS = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  '来る',
  'くる',
  '行く',
  'いく',
  'できる',
  'もらう',
  'くれる',
  'あげる',
  'おる',
  'いたす',
  'なさる',
  'くださる',
]);
const VOICED: Record<string, string> = {
  か: 'が',
  き: 'ぎ',
  く: 'ぐ',
  け: 'げ',
  こ: 'ご',
  さ: 'ざ',
  し: 'じ',
  す: 'ず',
  せ: 'ぜ',
  そ: 'ぞ',
  た: 'だ',
  ち: 'ぢ',
  つ: 'づ',
  て: 'で',
  と: 'ど',
  は: 'ば',
  ひ: 'び',
  ふ: 'ぶ',
  へ: 'べ',
  ほ: 'ぼ',
};
const SEMI: Record<string, string> = { は: 'ぱ', ひ: 'ぴ', ふ: 'ぷ', へ: 'ぺ', ほ: 'ぽ' };

/** Does the reading split into on-readings of the kanji, allowing rendaku and gemination (っ)? */
export function isSinoJapanese(surface: string, reading: string): boolean {
  const chars = [...surface];
  const walk = (i: number, rest: string): boolean => {
    if (i === chars.length) return rest.length === 0;
    for (const on of onReadings(chars[i]!)) {
      const variants = new Set([on]);
      const first = on[0] ?? '';
      if (i > 0 && VOICED[first]) variants.add(VOICED[first] + on.slice(1));
      if (i > 0 && SEMI[first]) variants.add(SEMI[first] + on.slice(1));
      for (const v of [...variants]) if (/[つくちき]$/.test(v)) variants.add(`${v.slice(0, -1)}っ`);
      for (const v of variants) if (v && rest.startsWith(v) && walk(i + 1, rest.slice(v.length))) return true;
    }
    return false;
  };
  return chars.length > 0 && walk(0, reading);
}

/** A known kanji noun's origin follows from its dictionary entry alone: remembered by entry (bounded). */
const ORIGINS = new Map<number, Origin>();

/** The character classes of originOfEntry's patterns (digits, space, punctuation; katakana; kana; Han). */
const DSP = 1;
const KATAKANA_ONLY = 2;
const KANA_ONLY = 4;
const HAN_ONLY = 8;
/** Those classes by UTF-16 unit outside the surrogates (bit 16: looked up already). */
const ORIGIN_UNITS = new Uint8Array(0x10000);

/**
 * The classes every character of `surface` is in (0 for ''), -1 when it has surrogates: what
 * originOfEntry's patterns ask, from a table instead of four patterns for every token measured.
 */
function originClasses(surface: string): number {
  let all = surface.length > 0 ? DSP | KATAKANA_ONLY | KANA_ONLY | HAN_ONLY : 0;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return -1;
    let bits = ORIGIN_UNITS[code]!;
    if (bits === 0) {
      const c = String.fromCharCode(code);
      bits =
        16 |
        (/[\d\s\p{P}]/u.test(c) ? DSP : 0) |
        (/[\u30a0-\u30ffー・]/u.test(c) ? KATAKANA_ONLY : 0) |
        (/[\u3041-\u309f\u30a0-\u30ffー]/u.test(c) ? KANA_ONLY : 0) |
        (/[\p{Script=Han}々]/u.test(c) ? HAN_ONLY : 0);
      ORIGIN_UNITS[code] = bits;
    }
    all &= bits;
  }
  return all;
}

export function originOf(token: Token): Origin {
  const classes = originClasses(token.surface_form);
  if (classes < 0) return originOfEntry(token);
  // originOfEntry, step for step, with the patterns read from the classes.
  if (token.pos === '記号' || token.pos_detail_1 === '数' || classes & DSP) return 'other';
  if (token.pos_detail_1 === '固有名詞') return 'proper';
  if (classes & KATAKANA_ONLY) return 'gairaigo';
  if (token.pos === '助詞' || token.pos === '助動詞' || classes & KANA_ONLY) return 'wago';
  if (token.pos === '名詞' && classes & HAN_ONLY && token.reading && token.reading !== '*') {
    if (token.word_type !== 'KNOWN') return originOfEntry(token);
    let origin = ORIGINS.get(token.word_id);
    if (origin === undefined) {
      origin = originOfEntry(token);
      if (ORIGINS.size >= 20_000) ORIGINS.clear();
      ORIGINS.set(token.word_id, origin);
    }
    return origin;
  }
  return 'wago';
}

function originOfEntry(token: Token): Origin {
  const surface = token.surface_form;
  if (token.pos === '記号' || token.pos_detail_1 === '数' || /^[\d\s\p{P}]+$/u.test(surface)) return 'other';
  if (token.pos_detail_1 === '固有名詞') return 'proper';
  if (/^[\u30a0-\u30ffー・]+$/u.test(surface)) return 'gairaigo';
  if (token.pos === '助詞' || token.pos === '助動詞' || isKana(surface)) return 'wago';
  if (
    token.pos === '名詞' &&
    /^[\p{Script=Han}々]+$/u.test(surface) &&
    token.reading &&
    token.reading !== '*'
  ) {
    return isSinoJapanese(surface, toHiragana(token.reading)) ? 'kango' : 'wago';
  }
  return 'wago';
}

export interface Readability {
  sentences: number;
  /** Mean morphemes per sentence (punctuation included). */
  meanMorphemes: number;
  kangoPct: number;
  wagoPct: number;
  verbPct: number;
  particlePct: number;
  /** The IPADIC approximation of jReadability: higher is easier; 4.5–5.4 is 初級後半. */
  jReadability: number;
  /** 建石・小野・山田 (1988): mean 50, higher is easier. */
  tateishi: number;
  meanChars: number;
  kanjiShare: number;
}

export function jReadabilityBand(score: number): string {
  if (score >= 5.5) return '初級前半';
  if (score >= 4.5) return '初級後半';
  if (score >= 3.5) return '中級前半';
  if (score >= 2.5) return '中級後半';
  if (score >= 1.5) return '上級前半';
  return '上級後半';
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function measure(text: string, tokenizer: Tokenizer): Readability {
  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  for (const s of sentences) for (const t of tokenizer.tokenize(s)) tokens.push(t);
  const n = Math.max(1, tokens.length);
  let kango = 0;
  let wago = 0;
  let verbs = 0;
  let particles = 0;
  for (const t of tokens) {
    const origin = originOf(t);
    if (origin === 'kango') kango += 1;
    if (origin === 'wago') wago += 1;
    if (t.pos === '動詞' && t.pos_detail_1 === '自立' && !LIGHT_VERBS.has(t.basic_form)) verbs += 1;
    if (t.pos === '助詞') particles += 1;
  }
  const count = Math.max(1, sentences.length);
  const meanMorphemes = tokens.length / count;
  const pct = (x: number) => (100 * x) / n;
  const j =
    meanMorphemes * -0.056 +
    pct(kango) * -0.126 +
    pct(wago) * -0.042 +
    pct(verbs) * -0.145 +
    pct(particles) * -0.044 +
    11.724;
  return {
    sentences: sentences.length,
    meanMorphemes: round(meanMorphemes),
    kangoPct: round(pct(kango)),
    wagoPct: round(pct(wago)),
    verbPct: round(pct(verbs)),
    particlePct: round(pct(particles)),
    jReadability: round(j),
    tateishi: round(tateishi(sentences)),
    meanChars: round(sentences.reduce((a, s) => a + charCount(s), 0) / count),
    kanjiShare: round(kanjiShare(text), 3),
  };
}

/** Share of kanji among the letters (kana, kanji, Latin), punctuation and digits aside. */
export function kanjiShare(text: string): number {
  let letters = 0;
  let kanji = 0;
  forEachBits(text, (bits) => {
    if (bits !== 0) letters += 1;
    if (bits & HAN) kanji += 1;
  });
  return letters ? kanji / letters : 0;
}

/**
 * runBits of each character of `text` in order, as `for (const c of text)` visits them, without
 * a string per character: the measures walk every character of the input and of the output.
 */
function forEachBits(text: string, visit: (bits: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        visit(runBits(text.slice(i, i + 2)));
        i++;
        continue;
      }
    }
    const known = RUN_BITS[code]!;
    visit(known ? known & 15 : runBits(text[i]!));
  }
}

// The scripts of Tateishi's runs (a run is a longest stretch of one script; ー belongs to both
// kana runs), which are also the letters of the kanji share.
const LATIN = 1;
const HIRAGANA = 2;
const HAN = 4;
const KATAKANA = 8;
const RUN_KINDS = [LATIN, HIRAGANA, HAN, KATAKANA] as const;
/** The run kinds of each BMP character met so far (bit 16: classified), instead of a regex per run kind. */
const RUN_BITS = new Uint8Array(0x10000);

function runBits(c: string): number {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  if (code >= 0 && RUN_BITS[code]) return RUN_BITS[code] & 15;
  const bits =
    (/\p{Script=Latin}/u.test(c) ? LATIN : 0) |
    (/[\p{Script=Hiragana}ー]/u.test(c) ? HIRAGANA : 0) |
    (/[\p{Script=Han}々]/u.test(c) ? HAN : 0) |
    (/[\p{Script=Katakana}ー]/u.test(c) ? KATAKANA : 0);
  if (code >= 0) RUN_BITS[code] = bits | 16;
  return bits;
}

/** Mean length in characters of the runs of each kind, in RUN_KINDS order, over all sentences (0 when none). */
function meanRuns(sentences: readonly string[]): number[] {
  // By kind, in RUN_KINDS order: runs closed, their characters, the length of the open run.
  const count = [0, 0, 0, 0];
  const chars = [0, 0, 0, 0];
  const open = [0, 0, 0, 0];
  const close = (k: number): void => {
    if (open[k]! > 0) {
      count[k]! += 1;
      chars[k]! += open[k]!;
      open[k] = 0;
    }
  };
  for (const sentence of sentences) {
    forEachBits(sentence, (bits) => {
      for (let k = 0; k < RUN_KINDS.length; k++) {
        if (bits & RUN_KINDS[k]!) open[k]! += 1;
        else close(k);
      }
    });
    for (let k = 0; k < RUN_KINDS.length; k++) close(k);
  }
  return count.map((n, k) => (n ? chars[k]! / n : 0));
}

/** RS' = −0.12·ls − 1.37·la + 7.4·lh − 23.18·lc − 5.4·lk − 4.67·cp + 115.79 */
export function tateishi(sentences: string[]): number {
  const count = Math.max(1, sentences.length);
  const ls = sentences.reduce((a, s) => a + charCount(s), 0) / count;
  const [la, lh, lc, lk] = meanRuns(sentences) as [number, number, number, number];
  let commas = 0;
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x3001 || c === 0xff0c || c === 0x2c) commas += 1; // 、，,
    }
  const cp = commas / count;
  return -0.12 * ls - 1.37 * la + 7.4 * lh - 23.18 * lc - 5.4 * lk - 4.67 * cp + 115.79;
}
