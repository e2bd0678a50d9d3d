import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { KeywordFile } from '../../knowledge/routing/keywordRouter';
import { DEFAULT_KEYWORDS_FILE, KEYWORD_LOCALES, KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { mergeEmergencyFiles, readEmergencyDir } from '../../knowledge/routing/emergency';
import { compilePattern, matches, PatternIndex, prepareText } from '../../knowledge/routing/patterns';

/** Every emergency phrase of every language, as one list. */
const data = mergeEmergencyFiles(readEmergencyDir().map((f) => f.data));
const phrases = [
  ...Object.values(data.kinds).flatMap((k) => [...(k.always ?? []), ...(k.unlessPast ?? [])]),
  ...(data.pastOrInfo ?? []),
];
const compiled = phrases.map(compilePattern);
const index = new PatternIndex(compiled);

describe('PatternIndex', () => {
  it('finds the same first pattern as trying every pattern in order', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '。', 'now ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const text = prepareText(parts.join(' '));
        expect(index.first(text)?.source).toBe(compiled.find((p) => matches(p, text))?.source);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every phrase in a sentence around it', () => {
    for (const phrase of phrases.slice(0, 400)) {
      const text = prepareText(`well ${phrase} now`);
      expect(index.first(text)).toBe(compiled.find((p) => matches(p, text)));
    }
  });
});

describe('KeywordRouter on one index', () => {
  const file = JSON.parse(readFileSync(DEFAULT_KEYWORDS_FILE, 'utf8')) as KeywordFile;
  const router = new KeywordRouter(file);
  const keywords = file.rules.flatMap((r) => KEYWORD_LOCALES.flatMap((l) => r[l] ?? []));

  /** The router's rule as written: each rule's first keyword that matches adds its weight once. */
  const reference = (text: string): { topic: string; matched: string[] } => {
    const prepared = prepareText(text);
    const scores = new Map<string, { score: number; matched: string[] }>();
    for (const rule of file.rules) {
      const hit = KEYWORD_LOCALES.flatMap((l) => rule[l] ?? [])
        .map(compilePattern)
        .find((p) => matches(p, prepared));
      if (!hit) continue;
      const entry = scores.get(rule.topic) ?? { score: 0, matched: [] };
      entry.score += rule.weight ?? 1;
      entry.matched.push(hit.source);
      scores.set(rule.topic, entry);
    }
    const best = [...scores].reduce<[string, { score: number; matched: string[] }] | undefined>(
      (b, e) => (!b || e[1].score > b[1].score ? e : b),
      undefined,
    );
    return !best || best[1].score < file.threshold
      ? { topic: 'fallback', matched: [] }
      : { topic: best[0], matched: best[1].matched };
  };

  it('gives the topic and the keywords behind it that trying every rule in order gives', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...keywords),
      fc.string({ maxLength: 10 }),
      fc.constantFrom(' ', '、', 'I ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        const text = parts.join(' ');
        const got = router.route(text, 'en');
        expect({ topic: got.topic, matched: got.matched }).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
