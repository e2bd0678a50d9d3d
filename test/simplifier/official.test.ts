import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../simplifier/lexicon';
import type { CorpusEntry, CorpusMetrics } from '../../simplifier/metrics';
import { measureCorpus, plainFacts } from '../../simplifier/metrics';
import { loadRules } from '../../simplifier/rewrite';
import { Simplifier } from '../../simplifier/simplify';
import { tokenizer } from '../helpers/tokenizer';

/** 240 official-style sentences across the four services, written without looking at the rules. */
const corpus = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'simplifier', 'official.json'), 'utf8'),
) as CorpusEntry[];

let metrics: CorpusMetrics;
beforeAll(async () => {
  const simplifier = new Simplifier(await tokenizer(), loadRules(), loadLexicon());
  metrics = measureCorpus(simplifier, corpus);
});

describe('the simplifier on the official-style corpus (npm run eval:simplify)', () => {
  it('has at least 200 sentences, at least 50 per service', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const service of ['multicultural', 'consumer', 'victim', 'certificate'])
      expect(corpus.filter((e) => e.service === service).length).toBeGreaterThanOrEqual(50);
  });

  it('keeps every number, phone number, date, amount and URL', () => {
    expect(metrics.factsTotal).toBeGreaterThanOrEqual(150);
    expect(metrics.perEntry.filter((e) => e.lost.length).map((e) => ({ id: e.id, lost: e.lost }))).toEqual(
      [],
    );
    expect(metrics.factsKept).toBe(1);
  });

  it('finds the facts by plain patterns, independent of the engine', () => {
    expect(
      plainFacts('令和7年4月1日から06-6614-0999へ。https://www.city.osaka.lg.jp/a/b.html 300円'),
    ).toEqual(['https://www.city.osaka.lg.jp/a/b.html', '06-6614-0999', '2025', '4', '1', '300']);
  });

  it('ends sentences in です/ます forms (≥ 90 %)', () => {
    expect(metrics.desuMasu).toBeGreaterThanOrEqual(0.9);
  });

  // The targets for some of these are not reached yet (npm run eval:simplify prints the
  // gap): these floors hold what has been reached, so a change that makes things worse fails here.
  it('does not fall back: keigo left (none), passives, readability, sentence length', () => {
    expect(metrics.honorifics).toBe(0);
    expect(metrics.readabilityRose).toBeGreaterThanOrEqual(0.95);
    expect(metrics.meanChars).toBeLessThanOrEqual(28.7);
    expect(metrics.over50).toBeLessThanOrEqual(0.049);
    expect(metrics.passive).toBeLessThanOrEqual(0.01);
    expect(metrics.meanAfter).toBeGreaterThanOrEqual(3.59);
    // A share: shorter kana (コンビニエンスストア → コンビニ, によって → で) raises it with no kanji added.
    expect(metrics.kanjiShare).toBeLessThanOrEqual(0.37);
    // The rewritten sentences themselves, without the short explanation sentences.
    expect(metrics.meanCharsWithoutExplanations).toBeLessThanOrEqual(33.8);
    expect(metrics.over50WithoutExplanations).toBeLessThanOrEqual(0.082);
  });
});
