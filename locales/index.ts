import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import type { i18n, Resource, ResourceLanguage, TFunction } from 'i18next';
import type { Locale } from '../knowledge/types';
import { ALL_LOCALES } from '../knowledge/types';

export const LOCALES_DIR = __dirname;
export const NAMESPACES = [
  'common',
  'contacts',
  'multicultural',
  'consumer',
  'victim',
  'certificate',
  'safety',
  'jobs',
  'handoff',
  'emergency',
  /** Official Japanese names and how each language glosses them (reference for translators). */
  'glossary',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The locales that have resources on disk: only these are offered in the language menu. */
export function availableLocales(dir: string = LOCALES_DIR): Locale[] {
  return ALL_LOCALES.filter((lng) => existsSync(path.join(dir, lng, 'common.json')));
}

/**
 * Explicit fallbacks: easy Japanese falls back to Japanese, everything else to English. A test
 * fails on any missing key, so fallbacks only ever hide a gap during development.
 */
const FALLBACK: Record<string, string[]> = { 'ja-easy': ['ja'], ja: ['en'], default: ['en'] };

// i18next rewrites "ja-easy" to "ja-Easy"; lower-case codes throughout avoid its region casing.
const i18nCode = (locale: Locale): string => locale.toLowerCase();

export function loadResources(dir: string = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const locale of availableLocales(dir)) {
    const bundle: ResourceLanguage = {};
    for (const file of readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json'))) {
      bundle[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(path.join(dir, locale, file), 'utf8'),
      ) as ResourceLanguage;
    }
    resources[i18nCode(locale)] = bundle;
  }
  return resources;
}

export function createI18n(dir: string = LOCALES_DIR): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: loadResources(dir),
    lowerCaseLng: true,
    load: 'currentOnly',
    supportedLngs: ALL_LOCALES.map(i18nCode),
    fallbackLng: FALLBACK,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // Chat text is not HTML: channels escape for themselves.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function fixedT(instance: i18n, locale: Locale, ns?: Namespace): TFunction {
  return instance.getFixedT(i18nCode(locale), ns ?? 'common');
}
