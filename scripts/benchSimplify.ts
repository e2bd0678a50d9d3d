/**
 * npm run bench:simplify [-- --json] [--seconds N]
 *
 * Throughput of the whole easy-Japanese pipeline against raw kuromoji tokenization of the same
 * text in the same process (the ratio is what we track: machines differ, ratios travel), plus the
 * tokenizer's load time and the process's resident memory. The baseline is kuromoji as published,
 * loaded by its own builder; the pipeline uses our tokenizer (same tokens, faster lattice), whose
 * own speed is reported beside it so the two gains can be told apart. Word-level caches (kuromoji
 * features, verb forms) persist across texts as they do in service; the sentence-level token memo
 * is cleared for every text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../locales';
import { loadLexicon } from '../simplifier/lexicon';
import { loadRules } from '../simplifier/rewrite';
import { Simplifier } from '../simplifier/simplify';
import { loadRawKuromoji, loadTokenizer } from '../simplifier/tokenizer';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, seconds: { type: 'string', default: '2' } },
});
const seconds = Number(values.seconds);
const ROUNDS = 3;

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** The official-style corpus when present, else every Japanese locale string. */
function corpus(): { name: string; texts: string[] } {
  const file = path.join(__dirname, '..', 'test', 'fixtures', 'simplifier', 'official.json');
  if (existsSync(file)) {
    const items = JSON.parse(readFileSync(file, 'utf8')) as Array<{ text: string }>;
    return { name: 'test/fixtures/simplifier/official.json', texts: items.map((i) => i.text) };
  }
  const strings: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(loadResources().ja);
  return { name: 'locales/ja', texts: strings };
}

/** Runs `fn` over the texts repeatedly for about `seconds`; returns characters per second. */
function rate(texts: readonly string[], fn: (text: string) => unknown, forSeconds = seconds): number {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) fn(t); // warm-up: JIT and caches
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < forSeconds) {
    for (const t of texts) fn(t);
    done += chars;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return done / elapsed;
}

async function main(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const loadStart = process.hrtime.bigint();
  const tokenizer = await loadTokenizer();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const rssTokenizer = process.memoryUsage().rss;
  const simplifier = new Simplifier(tokenizer, loadRules(), loadLexicon());
  const { name, texts } = corpus();

  // Memory first, with only the pipeline's own tokenizer loaded.
  rate(texts, (t) => simplifier.simplify(t), 1);
  const rssEnd = process.memoryUsage().rss;
  const kuromoji = await loadRawKuromoji();
  // This machine's speed drifts: baseline and pipeline alternate, and the median round counts.
  const rounds = Array.from({ length: ROUNDS }, () => {
    const raw = rate(texts, (t) => kuromoji.tokenize(t));
    const ours = rate(texts, (t) => tokenizer.tokenize(t));
    const pipeline = rate(texts, (t) => simplifier.simplify(t));
    return { raw, ours, pipeline, ratio: pipeline / raw };
  }).sort((a, b) => a.ratio - b.ratio);
  const { raw, ours, pipeline } = rounds[Math.floor(ROUNDS / 2)]!;

  const result = {
    corpus: name,
    texts: texts.length,
    characters: texts.reduce((n, t) => n + t.length, 0),
    tokenizerLoadMs: Math.round(loadMs),
    rawKuromojiCharsPerSec: Math.round(raw),
    ourTokenizerCharsPerSec: Math.round(ours),
    pipelineCharsPerSec: Math.round(pipeline),
    ratio: Number((pipeline / raw).toFixed(3)),
    roundRatios: rounds.map((r) => Number(r.ratio.toFixed(3))),
    target: 0.5,
    rssMB: { start: mb(rssBefore), afterTokenizer: mb(rssTokenizer), end: mb(rssEnd) },
    node: process.version,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `corpus                 ${result.corpus} (${result.texts} texts, ${result.characters} chars)`,
    `tokenizer load         ${result.tokenizerLoadMs} ms`,
    `raw kuromoji           ${result.rawKuromojiCharsPerSec.toLocaleString('en')} chars/s`,
    `our tokenizer          ${result.ourTokenizerCharsPerSec.toLocaleString('en')} chars/s (same tokens)`,
    `full pipeline          ${result.pipelineCharsPerSec.toLocaleString('en')} chars/s`,
    `pipeline / raw         ${result.ratio} (target ≥ ${result.target}) ${result.ratio >= result.target ? 'PASS' : 'BELOW TARGET'}; median of ${ROUNDS} alternating rounds: ${result.roundRatios.join(', ')}`,
    `RSS                    ${result.rssMB.start} MB at start, ${result.rssMB.afterTokenizer} MB with the tokenizer, ${result.rssMB.end} MB at the end`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
