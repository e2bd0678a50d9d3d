import type { Locale } from '../types';

/**
 * Language from the channel and from the text. The multilingual issue adds a statistical detector
 * for Latin-script languages; until then scripts decide, and anything unsure returns null so the
 * conversation keeps the language it has.
 */
const SCRIPT_RULES: ReadonlyArray<[RegExp, Locale]> = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'ne'],
];

export function detectLocale(text: string, available: readonly Locale[]): Locale | null {
  const sample = text.slice(0, 300);
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
    return han ? pick('ja') : null;
  }
  if (han) return null; // Chinese or Japanese kanji only: unsure until the detector exists.
  const latinWords = sample.match(/\p{Script=Latin}{2,}/gu) ?? [];
  // One short word ("ok", "hi") says little about the language.
  if (latinWords.length >= 2 || (latinWords[0]?.length ?? 0) >= 6) return pick('en');
  return null;
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
  if (detected) return detected;
  if (inputs.previous && available.includes(inputs.previous)) return inputs.previous;
  return available.includes(fallback) ? fallback : (available[0] ?? fallback);
}
