/**
 * npm run eval:simplify — the simplifier against the targets on the official-style corpus
 * (test/fixtures/simplifier/official.json, written without looking at the rules).
 *   npm run -s eval:simplify                    the table
 *   npm run -s eval:simplify -- --worst 10      and the entries furthest from the targets
 *   npm run -s eval:simplify -- --corpus F      another corpus (same shape)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../simplifier/lexicon';
import type { CorpusEntry, TargetName } from '../simplifier/metrics';
import { measureCorpus, meetsTarget, TARGETS } from '../simplifier/metrics';
import { loadRules } from '../simplifier/rewrite';
import { Simplifier } from '../simplifier/simplify';
import { loadTokenizer } from '../simplifier/tokenizer';

const { values } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: path.join(__dirname, '..', 'test', 'fixtures', 'simplifier', 'official.json'),
    },
    worst: { type: 'string', default: '0' },
  },
});

void (async () => {
  const entries = JSON.parse(readFileSync(values.corpus, 'utf8')) as CorpusEntry[];
  const simplifier = new Simplifier(await loadTokenizer(), loadRules(), loadLexicon());
  const m = measureCorpus(simplifier, entries);
  const show = (name: TargetName): string => {
    const t: { min?: number; max?: number } = TARGETS[name];
    const target = [t.min !== undefined ? `≥ ${t.min}` : '', t.max !== undefined ? `≤ ${t.max}` : '']
      .filter(Boolean)
      .join(', ');
    return `| ${name} | ${m[name]} | ${target} | ${meetsTarget(m, name) ? 'met' : '**not met**'} |`;
  };
  console.log(
    `${m.entries} entries → ${m.outputSentences} sentences and ${m.listLines} bullet or address lines; ${m.factsTotal} facts; readability ${m.meanBefore} → ${m.meanAfter}\n`,
  );
  console.log('| metric | value | target | |\n|---|---|---|---|');
  for (const name of Object.keys(TARGETS) as TargetName[]) console.log(show(name));
  console.log(
    `\n${m.explanationSentences} of the ${m.outputSentences} sentences only explain an official term; without them: meanChars ${m.meanCharsWithoutExplanations}, over50 ${m.over50WithoutExplanations}`,
  );
  const worst = Number(values.worst);
  if (worst > 0) {
    const score = (e: (typeof m.perEntry)[number]): number =>
      e.lost.length * 100 +
      e.honorifics.length * 10 +
      e.passives * 5 +
      e.sentences.filter((s) => [...s].length > 50).length * 3 +
      (e.after <= e.before ? 2 : 0);
    console.log('');
    for (const e of [...m.perEntry].sort((a, b) => score(b) - score(a)).slice(0, worst)) {
      console.log(`${e.id}  readability ${e.before} → ${e.after}`);
      console.log(`  in : ${e.input}\n  out: ${e.sentences.join(' / ')}`);
      const notes = [
        e.lost.length ? `lost ${e.lost.join(', ')}` : '',
        e.honorifics.length ? `keigo ${e.honorifics.join(', ')}` : '',
        e.passives ? `${e.passives} passive` : '',
      ].filter(Boolean);
      if (notes.length) console.log(`  ${notes.join('; ')}`);
    }
  }
})();
