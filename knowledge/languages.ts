import type { Locale } from './types';

/** Each language named in itself, as residents look for it in a language menu. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  ja: '日本語',
  'ja-easy': 'やさしいにほんご',
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  vi: 'Tiếng Việt',
  tl: 'Filipino',
  ne: 'नेपाली',
  'pt-BR': 'Português',
  es: 'Español',
  id: 'Bahasa Indonesia',
  th: 'ภาษาไทย',
};

/** Japanese and easy Japanese: the locales that read Japanese (no interpretation offers, no desks abroad). */
export function isJapanese(locale: Locale): boolean {
  return locale === 'ja' || locale === 'ja-easy';
}

/**
 * Language codes of a contact ("en", "pt") named in the resident's language: 英語、ポルトガル語.
 * Easy Japanese uses the Japanese names; an unknown code is shown as it is rather than dropped.
 */
export function languageList(codes: readonly string[], locale: Locale): string {
  const tag = locale === 'ja-easy' ? 'ja' : locale;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([tag, 'en'], { type: 'language', fallback: 'code' });
  } catch {
    names = null;
  }
  const separator = tag === 'ja' || tag.startsWith('zh') ? '、' : ', ';
  return codes.map((c) => names?.of(c) ?? c).join(separator);
}
