/** Stable topic ids: used in logs, analytics, tests and knowledge files alike. */
export const TOPIC_IDS = [
  'multicultural',
  'consumer',
  'victim',
  'certificate',
  'safety',
  'jobs',
  /** Sudden illness that is not an emergency: whom to call for medical advice (#7119, #8000). */
  'health',
  'handoff',
  'emergency',
  'fallback',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** The topics a resident can pick from the menu (the four services first). */
export const MENU_TOPICS = ['certificate', 'consumer', 'multicultural', 'victim', 'safety', 'jobs'] as const;
export type MenuTopic = (typeof MENU_TOPICS)[number];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

/**
 * The project's locales. The multilingual issue fills in the last ten; until then they fall back
 * (see locales/index.ts) and are not offered in the language menu.
 */
export const ALL_LOCALES = [
  'ja',
  'ja-easy',
  'en',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'vi',
  'tl',
  'ne',
  'pt-BR',
  'es',
  'id',
  'th',
] as const;
export type Locale = (typeof ALL_LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (ALL_LOCALES as readonly string[]).includes(value);
}

export const DEFAULT_LOCALE: Locale = 'ja-easy';
