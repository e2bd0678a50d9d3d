/**
 * npm run bench [-- --out bench-results/report.md --seconds 10 --soak-minutes 5]
 *
 * Every benchmark in one run, as a markdown report: routing, the simplifier, the LINE webhook at
 * 200 events/s, Direct Line full turns at concurrency 10 and 50 (each against a bare express route
 * measured in the same run), the bot's cold start to /readyz with its resident memory then, one
 * instance against two sharing a real redis-server (scripts/benchScale.ts), and the resident memory
 * of one instance over a soak of realistic conversations (scripts/soak.ts, --soak-minutes).
 * Each benchmark runs in its own process, one after another, so they do not compete for the CPU.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listeningPort } from './bench/processes';
import { buildServer, OUTFILE } from './build';

const ROOT = path.join(__dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'bench-results', 'report.md') },
    seconds: { type: 'string', default: '10' },
    'soak-minutes': { type: 'string', default: '5' },
  },
});

type Json = Record<string, unknown>;

/** Runs one benchmark script with --json and returns its result (the last JSON line it printed). */
function run(script: string, args: string[] = [], timeoutMs = 600_000): Json {
  const result = spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', `scripts/${script}`, '--json', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    },
  );
  const line = result.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  if (!line) throw new Error(`${script} printed no result: ${result.stderr.slice(-500)}`);
  return JSON.parse(line) as Json;
}

/**
 * Starts the bot as `npm start` runs it (the bundle; built just before, not timed), or with
 * `dev` as `npm run dev` does (tsx), times the way to a 200 from /readyz, reads its resident
 * memory, stops it.
 */
async function coldStart(mode: 'start' | 'dev' = 'start'): Promise<{ readyMs: number; rssMB: number }> {
  if (mode === 'start') await buildServer();
  const args = mode === 'start' ? [OUTFILE] : ['--require', 'tsx/cjs', 'bot/main.ts'];
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const port = await listeningPort(child);
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
      if (Date.now() - started > 60_000) throw new Error('not ready within 60 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyMs = Date.now() - started;
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { readyMs, rssMB: Math.round(rssKB / 1024) };
  } finally {
    child.kill('SIGTERM');
  }
}

const get = (o: Json, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], o);
const mark = (ok: boolean): string => (ok ? 'met' : '**not met**');

async function main(): Promise<void> {
  const seconds = values.seconds;
  console.error('routing…');
  const routing = run('benchRouting.ts');
  console.error('simplifier…');
  const simplify = run('benchSimplify.ts');
  console.error('LINE webhook…');
  const line = run('benchLine.ts', ['--seconds', seconds]);
  console.error('turn in process…');
  const turn = run('benchTurn.ts');
  console.error('Direct Line, 10 connections…');
  const dl10 = run('benchDirectLine.ts', ['--connections', '10', '--seconds', seconds]);
  console.error('Direct Line, 50 connections…');
  const dl50 = run('benchDirectLine.ts', ['--connections', '50', '--seconds', seconds]);
  console.error('cold start…');
  // The median of three: one start is at the mercy of whatever else the machine does.
  const starts: Array<{ readyMs: number; rssMB: number }> = [];
  for (let i = 0; i < 3; i++) starts.push(await coldStart('start'));
  const cold = starts.sort((a, b) => a.readyMs - b.readyMs)[1]!;
  const dev = await coldStart('dev');
  console.error('one instance vs two sharing Redis…');
  const scale = run('benchScale.ts', ['--seconds', seconds]);
  const soakMinutes = values['soak-minutes'];
  console.error(`soak, ${soakMinutes} min…`);
  const soak = run('soak.ts', ['--minutes', soakMinutes], (Number(soakMinutes) * 60 + 180) * 1000);

  const n = (o: Json, k: string): number => Number(get(o, k));
  const dlRow = (label: string, r: Json): string =>
    `| Direct Line full turn, ${label} | ${Math.round(n(r, 'directLine.requestsPerSec'))} req/s, p50 ${n(r, 'directLine.p50')} ms, p99 ${n(r, 'directLine.p99')} ms | bare ${Math.round(n(r, 'bare.requestsPerSec'))} req/s, p99 ${n(r, 'bare.p99')} ms | ratio ${n(r, 'throughputRatio')} (≥ 0.3: ${mark(n(r, 'throughputRatio') >= 0.3)}); p99 ≤ 50 ms: ${mark(n(r, 'directLine.p99') <= 50)} |\n| Direct Line layer alone (echo bot), ${label} | ${Math.round(n(r, 'echo.requestsPerSec'))} req/s, p50 ${n(r, 'echo.p50')} ms, p99 ${n(r, 'echo.p99')} ms | same bare run | ratio ${n(r, 'echoRatio')}: the rest of a full turn is the bot's own turn | — |`;
  const report = [
    `# Benchmarks`,
    ``,
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    ``,
    `Each figure is set beside a baseline measured in the same run; the ratios are what travel between machines.`,
    ``,
    `| What | Measured | Baseline (same run) | Target |`,
    `|---|---|---|---|`,
    `| Routing per message (language, emergency check, router) | p50 ${n(routing, 'routingMs.p50')} ms, p99 ${n(routing, 'routingMs.p99')} ms; load ${n(routing, 'loadMs')} ms (rules ${n(routing, 'loadPartsMs.rules')}, example model from its file ${n(routing, 'loadPartsMs.modelFile')}, emergency phrases ${n(routing, 'loadPartsMs.emergency')}, language models ${n(routing, 'loadPartsMs.languageModels')}) | folding the text: p99 ${n(routing, 'baselineFoldMs.p99')} ms | p99 ≤ 5 ms: ${mark(n(routing, 'routingMs.p99') <= 5)}; load ≤ 1 s: ${mark(n(routing, 'loadMs') <= 1000)} |`,
    `| Easy-Japanese pipeline | ${n(simplify, 'pipelineCharsPerSec')} chars/s (our tokenizer alone ${n(simplify, 'ourTokenizerCharsPerSec')} chars/s, same tokens); tokenizer load ${n(simplify, 'tokenizerLoadMs')} ms; RSS ${n(simplify, 'rssMB.end')} MB | raw kuromoji ${n(simplify, 'rawKuromojiCharsPerSec')} chars/s | ratio ${n(simplify, 'ratio')}, median of 3 alternating rounds (≥ 0.5: ${mark(n(simplify, 'ratio') >= 0.5)}) |`,
    `| LINE webhook at ${n(line, 'rate')} events/s, acknowledgement | p50 ${n(line, 'webhook.p50')} ms, p99 ${n(line, 'webhook.p99')} ms | bare route p50 ${n(line, 'baseline.p50')} ms, p99 ${n(line, 'baseline.p99')} ms | p99 ≤ 20 ms: ${mark(n(line, 'webhook.p99') <= 20)} (ratio ${n(line, 'ratioP99')}) |`,
    `| LINE: answer reached LINE after the 200 | ${String(get(line, 'answered'))} answered; p50 ${n(line, 'processingMs.p50')} ms, p99 ${n(line, 'processingMs.p99')} ms | — | — |`,
    `| Bot turn in process, no HTTP (bench:turn) | median ${n(turn, 'microsecondsPerTurn.median')} µs, fastest ${n(turn, 'microsecondsPerTurn.fastest')} µs; ${n(turn, 'kbAllocatedPerTurn')} KB allocated a turn | — | — |`,
    `| Longest message, 10,000 characters (bench:turn, slowest of ${(get(turn, 'longMessages.all') as unknown[]).length} shapes) | ${n(turn, 'longMessages.slowest.ms')} ms ("${String(get(turn, 'longMessages.slowest.name'))}") | the median turn above: ${n(turn, 'longMessages.slowestToMedianTurn')}× | — |`,
    dlRow('10 connections', dl10),
    dlRow('50 connections', dl50),
    `| Cold start to /readyz (npm start, median of 3) | ${cold.readyMs} ms (${starts.map((s) => s.readyMs).join(', ')}); RSS then ${cold.rssMB} MB | — | ≤ 2.5 s: ${mark(cold.readyMs <= 2500)} |`,
    `| Cold start to /readyz (npm run dev, tsx) | ${dev.readyMs} ms | — | — |`,
    ``,
    `## One instance vs two sharing Redis`,
    ``,
    `Full Direct Line turns (post, then read by watermark), ${n(scale, 'connections')} connections in all for ${n(scale, 'seconds')} s from one autocannon process; with two instances the connections alternate between them, conversations are opened on both and ${Math.round(n(scale, 'two.switchedShare') * 100)} % of turns ran on another instance than the conversation's previous turn (no sticky sessions). ${n(scale, 'cpus')} CPUs: the load generator, redis-server and the instances share them${n(scale, 'cpus') <= 2 ? ', so two instances cannot double throughput on this machine' : ''}.`,
    ``,
    `| Instances | Throughput | Latency | Errors | RSS after |`,
    `|---|---|---|---|---|`,
    ...(['one', 'two'] as const).map(
      (k) =>
        `| ${k} | ${Math.round(n(scale, `${k}.requestsPerSec`))} req/s (${Math.round(n(scale, `${k}.turnsPerSec`))} turns/s) | p50 ${n(scale, `${k}.p50`)} ms, p99 ${n(scale, `${k}.p99`)} ms | ${n(scale, `${k}.non2xx`)} non-2xx, ${n(scale, `${k}.errors`)} errors, ${n(scale, `${k}.readsWithoutReply`)} reads without the reply | ${(get(scale, `${k}.rssMB`) as number[]).map((m) => `${m} MB`).join(' + ')} |`,
    ),
    ``,
    `Two / one: ${n(scale, 'ratio')} (≥ 1.6: ${mark(n(scale, 'ratio') >= 1.6)}).`,
    ``,
    `## Soak`,
    ``,
    `One instance ${get(soak, 'redis') ? 'with Redis' : 'without Redis'}, ${n(soak, 'concurrency')} residents at a time for ${n(soak, 'minutes')} min, each a conversation of 3–6 messages in en/ja/vi (talk to a person, a cooling-off date, an emergency, 2,000 characters, emoji), every answer read back by watermark; RSS sampled every 10 s.`,
    ``,
    `| What | Measured | Target |`,
    `|---|---|---|`,
    `| RSS after warm-up (${n(soak, 'warmUpS')} s) → end | ${n(soak, 'rssMB.afterWarmUp')} MB → ${n(soak, 'rssMB.end')} MB (peak ${n(soak, 'rssMB.peak')} MB): ${n(soak, 'growthPct')} % | ≤ 10 %: ${mark(n(soak, 'growthPct') <= 10)} |`,
    `| RSS floor (lowest sample of the minute after warm-up → of the last minute; RSS saws between collections) | ${n(soak, 'floorMB.afterWarmUp')} MB → ${n(soak, 'floorMB.end')} MB: ${n(soak, 'floorGrowthPct')} % | ≤ 10 %: ${mark(n(soak, 'floorGrowthPct') <= 10)} |`,
    `| Requests | ${n(soak, 'requests')} (${n(soak, 'requestsPerSec')}/s), ${n(soak, 'conversations')} conversations, ${n(soak, 'turnsWithoutReply')} turns without a reply | — |`,
    `| Errors | ${n(soak, 'errors')} (${n(soak, 'non2xx')} non-2xx, ${n(soak, 'failed')} failed) | 0: ${mark(n(soak, 'errors') === 0)} |`,
    `| Latency, every request | p50 ${n(soak, 'latencyMs.p50')} ms, p99 ${n(soak, 'latencyMs.p99')} ms | — |`,
    ``,
  ].join('\n');
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, report);
  process.stdout.write(report);
  console.error(`written to ${path.relative(ROOT, values.out)}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
