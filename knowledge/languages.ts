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
