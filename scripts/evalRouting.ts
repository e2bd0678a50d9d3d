/**
 * npm run eval:routing — per locale: top-1 accuracy with the locale hint and without it (language
 * detected from the text), fallback recall and precision, emergency recall and false alarms, on the
 * held-out questions in test/fixtures/routing/{eval,holdout}.<locale>.json (never used for training).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyDetector } from '../knowledge/routing/emergency';
import type { LabelledQuestion } from '../knowledge/routing/evaluate';
import { evaluate } from '../knowledge/routing/evaluate';
import { CombinedRouter } from '../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../knowledge/routing/retrievalRouter';
import { ALL_LOCALES, isLocale } from '../knowledge/types';

const dir = path.join(__dirname, '..', 'test', 'fixtures', 'routing');
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());
const detector = EmergencyDetector.load();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const verbose = process.argv.includes('--misses');

for (const file of readdirSync(dir).filter((f) => /^(eval|holdout)\..+\.json$/.test(f))) {
  const locale = file.replace(/^(eval|holdout)\.|\.json$/g, '');
  if (!isLocale(locale)) continue;
  const questions = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LabelledQuestion[];
  const result = evaluate(questions, router, detector, locale);
  const unhinted = evaluate(questions, router, detector, { detect: ALL_LOCALES });
  console.log(
    `${file.padEnd(20)} n=${String(result.total).padStart(4)}  top-1 ${pct(result.accuracy)} (no hint ${pct(unhinted.accuracy)})  fallback recall ${pct(result.fallbackRecall)} precision ${pct(result.fallbackPrecision)}  emergency recall ${pct(result.emergencyRecall)}  false alarms ${pct(result.falseAlarmRate)}`,
  );
  if (verbose) for (const m of result.misses) console.log(`    ${m.expected} → ${m.got}: ${m.text}`);
}
