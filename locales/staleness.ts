import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Resource } from 'i18next';
import { LOCALES_DIR } from '.';

/**
 * Which translations were made from which Japanese: for every locale and key, a short hash of the
 * Japanese source string the translation was reviewed against. When the Japanese changes, the
 * hash no longer matches and the translation is listed as stale until someone re-reviews it.
 */
export const SOURCES_FILE = path.join(LOCALES_DIR, 'source-hashes.json');

export type SourceHashes = Record<string, Record<string, string>>;

export const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

type Tree = { [key: string]: string | Tree };
export function flatten(
  tree: unknown,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [k, v] of Object.entries((tree ?? {}) as Tree)) {
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

/** "ns:key" → string, for one locale of the resources. */
export function strings(resources: Resource, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [ns, tree] of Object.entries(resources[locale] ?? {})) {
    for (const [key, value] of Object.entries(flatten(tree))) out[`${ns}:${key}`] = value;
  }
  return out;
}

export interface LocaleReport {
  locale: string;
  /** Japanese keys with no string in this locale. */
  untranslated: string[];
  /** Translated against an older Japanese text (or never recorded). */
  stale: string[];
  /** Keys this locale has that Japanese no longer has. */
  orphaned: string[];
}

export function checkLocale(resources: Resource, locale: string, hashes: SourceHashes): LocaleReport {
  const source = strings(resources, 'ja');
  const target = strings(resources, locale);
  const recorded = hashes[locale] ?? {};
  const report: LocaleReport = { locale, untranslated: [], stale: [], orphaned: [] };
  for (const [key, ja] of Object.entries(source)) {
    if (!(key in target)) report.untranslated.push(key);
    else if (recorded[key] !== hashOf(ja)) report.stale.push(key);
  }
  for (const key of Object.keys(target)) if (!(key in source)) report.orphaned.push(key);
  return report;
}

/** Records that `keys` (all of the locale when empty) were reviewed against today's Japanese. */
export function stamp(
  resources: Resource,
  locale: string,
  hashes: SourceHashes,
  keys: string[] = [],
): SourceHashes {
  const source = strings(resources, 'ja');
  const target = strings(resources, locale);
  const entry = { ...(hashes[locale] ?? {}) };
  for (const key of keys.length ? keys : Object.keys(target)) {
    const ja = source[key];
    if (ja !== undefined && key in target) entry[key] = hashOf(ja);
  }
  // Keys Japanese no longer has are dropped, so the file does not grow forever.
  for (const key of Object.keys(entry)) if (!(key in source)) delete entry[key];
  return {
    ...hashes,
    [locale]: Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b))),
  };
}

export function loadHashes(file: string = SOURCES_FILE): SourceHashes {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceHashes) : {};
}

export function saveHashes(hashes: SourceHashes, file: string = SOURCES_FILE): void {
  const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
