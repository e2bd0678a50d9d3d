import type { ResourceLanguage } from 'i18next';
import { buildEasyJapanese } from '../../locales/easy';
import { loadResources } from '../../locales';
import { loadLexicon } from '../../simplifier/lexicon';
import { loadRules } from '../../simplifier/rewrite';
import { parseRubyMarkup, stripRubyMarkup } from '../../simplifier/ruby';
import { Simplifier } from '../../simplifier/simplify';
import { tokenizer } from '../helpers/tokenizer';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}
const placeholders = (s: string): string[] => (s.match(/\{\{[^{}]+\}\}/g) ?? []).sort();

const resources = loadResources();
const japanese = resources.ja as ResourceLanguage;
const reviewed = resources['ja-easy'] as ResourceLanguage;
let simplifier: Simplifier;

beforeAll(async () => {
  simplifier = new Simplifier(await tokenizer(), loadRules(), loadLexicon());
});

describe('easy Japanese derived from the Japanese locale', () => {
  it('the engine alone turns every Japanese string into marked-up easy Japanese', () => {
    const build = buildEasyJapanese(simplifier, japanese, {});
    const total = Object.values(japanese).reduce((n, ns) => n + Object.keys(flatten(ns as Tree)).length, 0);
    expect(build.failed).toEqual([]);
    expect(build.generated).toHaveLength(total);
    for (const [ns, source] of Object.entries(japanese)) {
      const out = flatten(build.bundles[ns] as Tree);
      for (const [key, ja] of Object.entries(flatten(source as Tree))) {
        const easy = out[key] ?? '';
        // Values go in after simplification, so every placeholder must come back exactly.
        expect({ key, placeholders: placeholders(easy) }).toEqual({ key, placeholders: placeholders(ja) });
        const readings = parseRubyMarkup(easy.replace(/\{\{[^{}]+\}\}/g, ''))
          .filter((s) => s.reading !== undefined)
          .map((s) => s.reading);
        for (const r of readings)
          expect({ key, r, kana: /^[\u3041-\u309fー]+$/u.test(r ?? '') }).toMatchObject({ kana: true });
        // Button labels stay labels: no です added to 証明書 or マイナンバーカード.
        if (!/[。？！]$/u.test(ja))
          expect({ key, easy: stripRubyMarkup(easy) }).not.toMatchObject({
            easy: expect.stringMatching(/です$/u) as string,
          });
      }
    }
  });

  it('a hand-reviewed string wins, and a missing one is generated from Japanese', () => {
    const partial = structuredClone(reviewed) as Record<string, Tree>;
    delete partial.common!.greeting;
    delete (partial.certificate!.which as Tree).juminhyo;
    const build = buildEasyJapanese(simplifier, japanese, partial);

    expect([...build.generated].sort()).toEqual(['certificate:which.juminhyo', 'common:greeting']);
    const common = build.bundles.common as Tree;
    const greeting = common.greeting as string;
    expect(stripRubyMarkup(greeting)).toContain('大阪市');
    expect(greeting).toContain('{大阪市|おおさかし}');
    expect(stripRubyMarkup((build.bundles.certificate as { which: Tree }).which.juminhyo as string)).toBe(
      '住民票の写し',
    );
    // Everything else is exactly the reviewed text.
    expect(common.menuPrompt).toBe((reviewed.common as Tree).menuPrompt);
    expect(build.reviewed).toBe(
      Object.values(partial).reduce((n, ns) => n + Object.keys(flatten(ns)).length, 0),
    );
  });
});
