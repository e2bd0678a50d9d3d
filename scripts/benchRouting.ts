/**
 * npm run bench:routing [-- --json]
 *
 * What routing adds to a message: language detection, the emergency check and the router, timed
 * per message over every evaluation question (p50/p99), beside a baseline that only folds the
 * text (the cheapest thing any router must do) measured in the same run; and the load time of
 * the rules, the example model and the language models.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CombinedRouter } from '../knowledge/routing/combinedRouter';
import { EmergencyDetector } from '../knowledge/routing/emergency';
import { KeywordRouter } from '../knowledge/routing/keywordRouter';
import { detectLocale, LANGUAGE_WARM_UP } from '../knowledge/routing/language';
import { fold } from '../knowledge/routing/normalize';
import { encodeModel, modelOf, RetrievalRouter } from '../knowledge/routing/retrievalRouter';
import type { Locale } from '../knowledge/types';
import { ALL_LOCALES, isLocale } from '../knowledge/types';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const dir = path.join(__dirname, '..', 'test', 'fixtures', 'routing');

// The load as the built server does it: the example model read from the file `npm run build`
// writes (written here first, outside the timing), then the rules, the emergency phrases and the
// language models. Building the model from the examples, as `npm run dev` and the tests do, is
// timed apart.
const modelDir = mkdtempSync(path.join(tmpdir(), 'ym-model-'));
const modelFile = path.join(modelDir, 'retrieval-model.bin');
writeFileSync(modelFile, encodeModel(modelOf()));
const lap = (() => {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return Math.round(ms);
  };
})();
lap();
const keywords = KeywordRouter.load();
const rulesMs = lap();
const retrieval = RetrievalRouter.load(undefined, {}, modelFile);
const modelMs = lap();
const detector = EmergencyDetector.load();
const emergencyMs = lap();
for (const step of LANGUAGE_WARM_UP) step();
const languageMs = lap();
const router = new CombinedRouter(keywords, retrieval);
RetrievalRouter.load();
const builtModelMs = lap();
rmSync(modelDir, { recursive: true, force: true });
if (retrieval.source !== 'model file') throw new Error('the model file was not read');
const loadMs = rulesMs + modelMs + emergencyMs + languageMs;

const questions: Array<{ text: string; locale: Locale }> = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const locale = file.split('.')[1] ?? '';
  if (!isLocale(locale)) continue;
  for (const q of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Array<{ text: string }>) {
    questions.push({ text: q.text, locale });
  }
}

function timings(fn: (q: { text: string; locale: Locale }) => unknown, rounds = 20): number[] {
  for (const q of questions) fn(q); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = performance.now();
      fn(q);
      ms.push(performance.now() - start);
    }
  }
  return ms.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const all = [...ALL_LOCALES];
const full = timings((q) => {
  detectLocale(q.text, all);
  detector.detect(q.text);
  return router.route(q.text, q.locale);
});
const base = timings((q) => fold(q.text));
const result = {
  questions: questions.length,
  loadMs,
  loadPartsMs: { rules: rulesMs, modelFile: modelMs, emergency: emergencyMs, languageModels: languageMs },
  modelFromExamplesMs: builtModelMs,
  routingMs: {
    p50: Number(pct(full, 50).toFixed(3)),
    p99: Number(pct(full, 99).toFixed(3)),
    max: Number(full.at(-1)!.toFixed(3)),
  },
  baselineFoldMs: { p50: Number(pct(base, 50).toFixed(4)), p99: Number(pct(base, 99).toFixed(4)) },
  targets: { p99Ms: 5, loadMs: 1000 },
};
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else
  process.stdout.write(
    [
      `questions        ${result.questions} (every evaluation set), 20 rounds`,
      `load             ${result.loadMs} ms (target ≤ 1000) ${result.loadMs <= 1000 ? 'PASS' : 'FAIL'}: rules ${rulesMs}, example model from its file ${modelMs}, emergency phrases ${emergencyMs}, language models ${languageMs}`,
      `                 (the example model built from the examples instead, as in dev and tests: ${builtModelMs} ms)`,
      `per message      p50 ${result.routingMs.p50} ms, p99 ${result.routingMs.p99} ms, max ${result.routingMs.max} ms (target p99 ≤ 5) ${result.routingMs.p99 <= 5 ? 'PASS' : 'FAIL'}`,
      `baseline (fold)  p50 ${result.baselineFoldMs.p50} ms, p99 ${result.baselineFoldMs.p99} ms`,
    ].join('\n') + '\n',
  );
