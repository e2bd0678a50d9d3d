import { isKana, toHiragana } from './kana';
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

export function originOf(token: Token): Origin {
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
  const tokens = sentences.flatMap((s) => tokenizer.tokenize(s));
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
    meanChars: round(sentences.reduce((a, s) => a + [...s].length, 0) / count),
    kanjiShare: round(kanjiShare(text), 3),
  };
}

/** Share of kanji among the letters (kana, kanji, Latin), punctuation and digits aside. */
export function kanjiShare(text: string): number {
  const letters =
    text.match(/[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Latin}]/gu) ?? [];
  const kanji = letters.filter((c) => /[\p{Script=Han}々]/u.test(c)).length;
  return letters.length ? kanji / letters.length : 0;
}

function meanRun(sentences: string[], pattern: RegExp): number {
  const runs = sentences.flatMap((s) => s.match(pattern) ?? []);
  return runs.length ? runs.reduce((a, r) => a + [...r].length, 0) / runs.length : 0;
}

/** RS' = −0.12·ls − 1.37·la + 7.4·lh − 23.18·lc − 5.4·lk − 4.67·cp + 115.79 */
export function tateishi(sentences: string[]): number {
  const count = Math.max(1, sentences.length);
  const ls = sentences.reduce((a, s) => a + [...s].length, 0) / count;
  const la = meanRun(sentences, /\p{Script=Latin}+/gu);
  const lh = meanRun(sentences, /[\p{Script=Hiragana}ー]+/gu);
  const lc = meanRun(sentences, /[\p{Script=Han}々]+/gu);
  const lk = meanRun(sentences, /[\p{Script=Katakana}ー]+/gu);
  const commas = sentences.reduce((a, s) => a + (s.match(/[、，,]/g) ?? []).length, 0);
  const cp = commas / count;
  return -0.12 * ls - 1.37 * la + 7.4 * lh - 23.18 * lc - 5.4 * lk - 4.67 * cp + 115.79;
}
