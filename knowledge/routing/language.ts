import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TinyLd from 'tinyld';
import type { Locale } from '../types';
import { ADDRESSES } from './normalize';

/**
 * Language from the channel and from the text. Scripts decide first (Hangul, Thai, Devanagari,
 * kana); Latin-script and kanji-only text goes to tinyld's n-gram model, restricted to the
 * locales we have; simplified and traditional Chinese are told apart with OpenCC's tables.
 * Anything unsure returns null, so the conversation keeps the language it has.
 */
const SCRIPT_RULES: ReadonlyArray<[RegExp, Locale]> = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'ne'],
];

/** tinyld's codes for our Latin-script locales. */
const LATIN: ReadonlyArray<[string, Locale]> = [
  ['en', 'en'],
  ['vi', 'vi'],
  ['tl', 'tl'],
  ['pt', 'pt-BR'],
  ['es', 'es'],
  ['id', 'id'],
];

/** Whole messages too short for a model: "gracias", "salamat po", "xin chào". */
const SHORT_WORDS = new Map<string, Locale>(
  Object.entries(
    JSON.parse(readFileSync(path.join(__dirname, 'shortWords.json'), 'utf8')) as Record<string, string[]>,
  )
    .filter(([key]) => !key.startsWith('_'))
    .flatMap(([locale, words]) => words.map((w) => [foldLatin(w), locale as Locale] as const)),
);

function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** See markerWords.json: the fallback for short Latin-script sentences tinyld is unsure of. */
const MARKER_WORDS = new Map<string, Locale>();
for (const [locale, words] of Object.entries(
  JSON.parse(readFileSync(path.join(__dirname, 'markerWords.json'), 'utf8')) as Record<string, string[]>,
)) {
  if (locale.startsWith('_')) continue;
  for (const w of words) MARKER_WORDS.set(w, locale as Locale);
}

/** How many marker words of each language the text has. */
function markerCounts(text: string): Map<Locale, number> {
  const counts = new Map<Locale, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const locale = MARKER_WORDS.get(word);
    if (locale) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  return counts;
}

/** The language with at least two marker words and more than any other; null when unclear. */
function byMarkerWords(counts: Map<Locale, number>, available: readonly Locale[]): Locale | null {
  const [first, second] = [...counts]
    .filter(([locale]) => available.includes(locale))
    .sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && second[1] >= first[1])) return null;
  return first[0];
}

/** How many marker words of `locale` the text has (markerWords.json; Latin-script languages). */
export function markerWordCount(text: string, locale: Locale): number {
  return markerCounts(text.slice(0, 300)).get(locale) ?? 0;
}

/**
 * Japanese in Latin letters (romaji): see romajiWords.json. Long vowels are written out or not
 * (byouin, byoin, byōin): words of four letters or more are compared with them shortened.
 */
function romajiForm(word: string): string {
  return word.length < 4 ? word : word.replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o');
}
const ROMAJI = (() => {
  const data = JSON.parse(readFileSync(path.join(__dirname, 'romajiWords.json'), 'utf8')) as Record<
    'grammar' | 'endings' | 'nouns' | 'particles',
    string[]
  >;
  const set = (words: string[]) => new Set(words.map((w) => romajiForm(foldLatin(w))));
  return {
    grammar: set(data.grammar),
    nouns: set(data.nouns),
    particles: set(data.particles),
    endings: data.endings.map((e) => romajiForm(foldLatin(e))),
  };
})();

/**
 * Romaji Japanese ("byouin ni ikitai", "hoken shou ga nai"): a word of Japanese grammar, two or
 * more romaji words in all, and more of them than any other language's marker words.
 */
function romajiJapanese(sample: string, counts: Map<Locale, number>): boolean {
  let grammar = 0;
  let all = 0;
  for (const raw of foldLatin(sample).match(/\p{L}+/gu) ?? []) {
    const word = romajiForm(raw);
    if (
      ROMAJI.grammar.has(word) ||
      ROMAJI.endings.some((e) => word.length >= e.length + 2 && word.endsWith(e))
    ) {
      grammar++;
      all++;
    } else if (ROMAJI.nouns.has(word) || ROMAJI.particles.has(word)) all++;
  }
  return grammar >= 1 && all >= 2 && [...counts.values()].every((n) => n < all);
}

/** Whether the text is Japanese written in Latin letters (see romajiWords.json). */
export function looksLikeRomaji(text: string): boolean {
  const sample = text.replace(ADDRESSES, ' ').slice(0, 300);
  if (/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(sample)) return false;
  return romajiJapanese(sample, markerCounts(sample));
}

/**
 * Long vowels of romaji written with a macron or a circumflex (Byōin, kūkō, some IMEs' byôin): the
 * word lists spell them out (byouin, kuukou), and ō also as oo (ōkega = ookega, tōi = tooi).
 */
const LONG_VOWEL_MARKS = /[āâēêīîōôūû]|\u0302|\u0304/iu;
const LONG_VOWELS: Readonly<Record<string, string>> = {
  ā: 'aa',
  â: 'aa',
  ē: 'ee',
  ê: 'ee',
  ī: 'ii',
  î: 'ii',
  ū: 'uu',
  û: 'uu',
};

/**
 * The text as the routers and the emergency phrases should read it: romaji with its long vowels
 * marked (Byōin wa doko desu ka) spelled out, first with ō as ou, then as oo; any other text as it
 * is (Vietnamese and Portuguese write ô and ê too), one spelling.
 */
export function romajiSpellings(text: string): string[] {
  if (!LONG_VOWEL_MARKS.test(text)) return [text];
  const composed = text.normalize('NFC');
  if (!looksLikeRomaji(composed)) return [text];
  const spell = (o: string) =>
    composed.replace(/[āâēêīîōôūû]/giu, (c) => {
      const lower = c.toLowerCase();
      const long = lower === 'ō' || lower === 'ô' ? o : LONG_VOWELS[lower]!;
      return c === lower ? long : long.charAt(0).toUpperCase() + long.slice(1);
    });
  const ou = spell('ou');
  const oo = spell('oo');
  return ou === oo ? [ou] : [ou, oo];
}

/**
 * Characters of Chinese grammar that Japanese does not write (我, 了, 的, 吗…): with kanji alone
 * they mean Chinese even when every character is the same in both scripts (我被人打了).
 */
const CHINESE_GRAMMAR = /[我你他她们們的了吗嗎呢这這么麼吧啊没沒]/u;

// Letters only Vietnamese uses: decisive even in one word ("cảm ơn").
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

// tinyld builds its n-gram model when it is required (about 0.2 s): it is required on first use,
// which the warm-up (LANGUAGE_WARM_UP) makes happen after /readyz, not while the process starts.
let tinyld: typeof TinyLd | undefined;
const detectAll: typeof TinyLd.detectAll = (text, options) =>
  (tinyld ??= createRequire(__filename)('tinyld') as typeof TinyLd).detectAll(text, options);

// opencc-js types itself as ESM only, so its CommonJS build is loaded with the one call we use
// typed here; like tinyld, on first use (its dictionaries take about 0.1 s to build).
type OpenCC = { Converter(options: { from: 'cn' | 'tw'; to: 'cn' | 'tw' }): (text: string) => string };
let converters: { toTraditional: (s: string) => string; toSimplified: (s: string) => string } | undefined;
/** Simplified-only characters change under cn→tw, traditional-only ones under tw→cn. */
function chineseVariant(text: string): 'zh-Hans' | 'zh-Hant' | null {
  if (!converters) {
    const openCC = createRequire(__filename)('opencc-js') as OpenCC;
    converters = {
      toTraditional: openCC.Converter({ from: 'cn', to: 'tw' }),
      toSimplified: openCC.Converter({ from: 'tw', to: 'cn' }),
    };
  }
  const simplified = converters.toTraditional(text) !== text;
  const traditional = converters.toSimplified(text) !== text;
  if (simplified === traditional) return null;
  return simplified ? 'zh-Hans' : 'zh-Hant';
}

/**
 * Loading the models, one step per model (about 0.2 s and 0.1 s of blocking work): a caller that
 * runs them in separate macrotasks lets requests in between.
 */
export const LANGUAGE_WARM_UP: ReadonlyArray<() => void> = [
  () => detectAll('warm up', { only: ['en'] }),
  () => chineseVariant('你好'),
];

/** Loads the models now rather than on the first resident's message. */
export function warmUpLanguageDetection(): void {
  for (const step of LANGUAGE_WARM_UP) step();
}

/**
 * Kanji alone: Japanese (市役所 電話番号) or Chinese (请问怎么申请)? tinyld decides, and Chinese
 * only counts when its script variant is clear. null: not clear.
 */
function kanjiLocale(sample: string): Locale | null {
  const best = detectAll(sample, { only: ['ja', 'zh'] })[0];
  if (!best || best.accuracy < 0.5) return null;
  if (best.lang === 'ja') return 'ja';
  const variant = chineseVariant(sample);
  if (variant) return variant;
  // Chinese for certain, the script not: simplified, the more common here (resolveLocale keeps
  // a conversation already in traditional Chinese there).
  return CHINESE_GRAMMAR.test(sample) ? 'zh-Hans' : null;
}

export function detectLocale(text: string, available: readonly Locale[]): Locale | null {
  // Addresses are in Latin letters whatever the language ("I can also answer in English" for a
  // pasted link), and a word said again and again is one word (600 × "Hello" read as Spanish).
  // A word is at most 40 letters: unbounded, the regex tried every length of a long unbroken run
  // at every position (10,000 kana with no punctuation took 2 s of a busy server's only thread).
  const sample = text
    .replace(ADDRESSES, ' ')
    .replace(/(\p{L}{1,40})(?:[\s\p{P}]+\1(?!\p{L}))+/gu, '$1')
    .slice(0, 300);
  const pick = (locale: Locale): Locale | null => (available.includes(locale) ? locale : null);
  for (const [pattern, locale] of SCRIPT_RULES) if (pattern.test(sample)) return pick(locale);
  const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample);
  const han = /\p{Script=Han}/u.test(sample);
  if (kana) {
    // Hiragana/katakana only, written with spaces between phrases: a learner's easy Japanese.
    if (
      !han &&
      /[\p{Script=Hiragana}\p{Script=Katakana}]\s+[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)
    ) {
      return pick('ja-easy');
    }
    if (!han) return null;
    // Katakana words in a Chinese sentence with no hiragana at all (我想在コンビニ打印住民票): Japanese
    // would have its particles. The kanji decide, as below; anything unclear stays Japanese.
    if (!/\p{Script=Hiragana}/u.test(sample)) {
      const kanji = kanjiLocale(sample.replace(/[\p{Script=Katakana}ー]+/gu, ' '));
      if (kanji && kanji !== 'ja') return pick(kanji);
    }
    return pick('ja');
  }
  if (han) {
    const kanji = kanjiLocale(sample);
    return kanji ? pick(kanji) : null;
  }
  if (VIETNAMESE.test(sample)) return pick('vi');
  const short = SHORT_WORDS.get(foldLatin(sample));
  if (short) return pick(short);
  const words = sample.match(/\p{Script=Latin}+/gu) ?? [];
  const only = LATIN.filter(([, locale]) => available.includes(locale)).map(([code]) => code);
  if (words.length === 0 || only.length === 0) return null;
  // Romanized Nepali: the n-gram model has no Nepali in Latin letters and calls it Vietnamese.
  const counts = markerCounts(sample);
  // Japanese in romaji is none of the n-gram model's languages (it said Tagalog): undecided, so
  // the conversation keeps its language (resolveLocale starts a new one in easy Japanese).
  if (romajiJapanese(sample, counts)) return null;
  const marked = byMarkerWords(counts, available);
  if (marked === 'ne') return marked;
  const [best, second] = detectAll(sample, { only });
  if (!best) return marked;
  // tinyld is sure of sentences and unsure of single words ("hello" scores as Spanish): one or
  // two words need a clear score, three or more a clear lead over the runner-up.
  const sure =
    words.length >= 3
      ? best.accuracy >= 0.15 && best.accuracy >= 3 * (second?.accuracy ?? 0)
      : best.accuracy >= 0.5;
  if (!sure) return marked;
  const detected = LATIN.find(([code]) => code === best.lang)?.[1] ?? null;
  if (!detected || detected === marked) return detected;
  // Two or more common words of one language and none of the model's pick: the words win. Not
  // English's, which other languages borrow ("my number card", "cooling off").
  if (marked && marked !== 'en' && !counts.get(detected)) return marked;
  // Vietnamese with no accent at all is rare, and the model reads short words of other languages
  // as Vietnamese ("cha", romanized Nepali with one word of ours: "sadak ma jhola khosiyo"): it
  // needs one of Vietnamese's own words (toi, khong, duoc…). Otherwise the words decide, English's
  // again not.
  if (detected === 'vi' && !counts.get('vi') && !/\p{M}/u.test(sample.normalize('NFD'))) {
    return marked === 'en' ? null : marked;
  }
  return detected;
}

const CHANNEL_ALIASES: ReadonlyArray<[RegExp, Locale]> = [
  [/^ja(-jp)?$/i, 'ja'],
  [/^ja-easy$/i, 'ja-easy'],
  [/^en\b/i, 'en'],
  [/^zh-(hans|cn|sg)\b/i, 'zh-Hans'],
  [/^zh-(hant|tw|hk|mo)\b/i, 'zh-Hant'],
  [/^zh$/i, 'zh-Hans'],
  [/^ko\b/i, 'ko'],
  [/^vi\b/i, 'vi'],
  [/^(tl|fil)\b/i, 'tl'],
  [/^ne\b/i, 'ne'],
  [/^pt\b/i, 'pt-BR'],
  [/^es\b/i, 'es'],
  [/^(id|in)\b/i, 'id'],
  [/^th\b/i, 'th'],
];

/** A channel's BCP-47 tag (LINE profile language, Web Chat locale) → one of our locales. */
export function localeFromChannel(tag: string | undefined, available: readonly Locale[]): Locale | null {
  if (!tag) return null;
  for (const [pattern, locale] of CHANNEL_ALIASES) {
    if (pattern.test(tag.trim())) return available.includes(locale) ? locale : null;
  }
  return null;
}

export interface LocaleInputs {
  explicit?: Locale;
  channel?: string;
  text?: string;
  previous?: Locale;
}

/**
 * The resident's explicit choice → the channel's locale → the text → the language this
 * conversation already had → the default (DESIGN.md, Languages).
 */
export function resolveLocale(inputs: LocaleInputs, available: readonly Locale[], fallback: Locale): Locale {
  if (inputs.explicit && available.includes(inputs.explicit)) return inputs.explicit;
  const channel = localeFromChannel(inputs.channel, available);
  if (channel) return channel;
  const detected = inputs.text ? detectLocale(inputs.text, available) : null;
  // Chinese whose script cannot be told (我被人打了) keeps a conversation in traditional Chinese.
  if (
    detected === 'zh-Hans' &&
    inputs.previous === 'zh-Hant' &&
    inputs.text &&
    chineseVariant(inputs.text) === null
  )
    return 'zh-Hant';
  if (detected) return detected;
  if (inputs.previous && available.includes(inputs.previous)) return inputs.previous;
  // Japanese in romaji ("byouin ni ikitai") opening a conversation with no channel language: the
  // resident writes Japanese but has no Japanese keyboard, and may read kana but not kanji. Easy
  // Japanese (hiragana, short sentences), whatever the default. Later in a conversation romaji
  // changes nothing: a resident who began in English keeps English.
  if (inputs.text && available.includes('ja-easy') && looksLikeRomaji(inputs.text)) return 'ja-easy';
  return available.includes(fallback) ? fallback : (available[0] ?? fallback);
}
