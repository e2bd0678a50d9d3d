import type { Resource, ResourceLanguage } from 'i18next';
import { renderRuby } from '../simplifier/ruby';
import type { Simplifier } from '../simplifier/simplify';

/**
 * Easy Japanese is derived from the Japanese locale, so `ja` stays the single source: every
 * Japanese string goes through the simplifier once at start-up, and a hand-reviewed string in
 * locales/ja-easy replaces the engine's output where one exists.
 */
export interface EasyBuild {
  /** ns → nested keys → text in {漢字|よみ} markup, ready for i18next. */
  bundles: Record<string, ResourceLanguage>;
  reviewed: number;
  /** "ns:key.path" of the strings the engine wrote because no reviewed one exists. */
  generated: string[];
  /** Strings the engine could not process; the Japanese original is used for them. */
  failed: string[];
}

type Tree = { [key: string]: string | Tree };

export function buildEasyJapanese(
  simplifier: Simplifier,
  japanese: ResourceLanguage,
  reviewed: ResourceLanguage = {},
): EasyBuild {
  const build: EasyBuild = { bundles: {}, reviewed: 0, generated: [], failed: [] };
  for (const [ns, source] of Object.entries(japanese)) {
    build.bundles[ns] = walk(source as Tree, (reviewed[ns] ?? {}) as Tree, ns, '', simplifier, build);
  }
  return build;
}

function walk(
  source: Tree,
  reviewed: Tree,
  ns: string,
  prefix: string,
  simplifier: Simplifier,
  build: EasyBuild,
): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(source)) {
    const id = `${ns}:${prefix}${key}`;
    const own = reviewed[key];
    if (typeof value !== 'string') {
      out[key] = walk(value, typeof own === 'object' ? own : {}, ns, `${prefix}${key}.`, simplifier, build);
    } else if (typeof own === 'string') {
      out[key] = own;
      build.reviewed += 1;
    } else {
      const easy = simplifyTemplate(simplifier, value);
      if (easy === null) build.failed.push(id);
      else build.generated.push(id);
      out[key] = easy ?? value;
    }
  }
  return out;
}

/**
 * One locale string through the engine. Placeholders are protected spans, so they come back
 * exactly; a result that lost one (which the engine's contract forbids) is refused.
 */
export function simplifyTemplate(simplifier: Simplifier, text: string): string | null {
  const result = simplifier.simplify(text, { westernYears: true });
  const markup = renderRuby(result.ruby, 'markup');
  const placeholders = (s: string): string => (s.match(/\{\{[^{}]+\}\}/g) ?? []).sort().join('\n');
  if (result.report.sentences.some((s) => s.kept) || placeholders(markup) !== placeholders(text)) return null;
  return markup;
}

/** The ja-easy bundles to add, for the i18n instance built from `resources`. */
export function easyJapaneseFor(simplifier: Simplifier, resources: Resource): EasyBuild {
  return buildEasyJapanese(simplifier, resources.ja ?? {}, resources['ja-easy'] ?? {});
}
