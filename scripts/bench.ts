/**
 * npm run bench [-- --out bench-results/report.md --seconds 10]
 *
 * Every benchmark in one run, as a markdown report: routing, the simplifier, the LINE webhook at
 * 200 events/s, Direct Line full turns at concurrency 10 and 50 (each against a bare express route
 * measured in the same run), and the bot's cold start to /readyz with its resident memory then.
 * Each benchmark runs in its own process, one after another, so they do not compete for the CPU.
 * Not measured here yet: two instances sharing Redis, and memory after a 5-minute soak.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.join(__dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'bench-results', 'report.md') },
    seconds: { type: 'string', default: '10' },
  },
});

type Json = Record<string, unknown>;

/** Runs one benchmark script with --json and returns its result (the last JSON line it printed). */
function run(script: string, args: string[] = []): Json {
  const result = spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', `scripts/${script}`, '--json', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 600_000,
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

/** Starts the bot, times the way to a 200 from /readyz, reads its resident memory, stops it. */
async function coldStart(): Promise<{ readyMs: number; rssMB: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const m = /"port":(\d+)/.exec(buffer);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error('the bot exited before listening')));
    });
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
  console.error('Direct Line, 10 connections…');
  const dl10 = run('benchDirectLine.ts', ['--connections', '10', '--seconds', seconds]);
  console.error('Direct Line, 50 connections…');
  const dl50 = run('benchDirectLine.ts', ['--connections', '50', '--seconds', seconds]);
  console.error('cold start…');
  const cold = await coldStart();

  const n = (o: Json, k: string): number => Number(get(o, k));
  const dlRow = (label: string, r: Json): string =>
    `| Direct Line full turn, ${label} | ${Math.round(n(r, 'directLine.requestsPerSec'))} req/s, p50 ${n(r, 'directLine.p50')} ms, p99 ${n(r, 'directLine.p99')} ms | bare ${Math.round(n(r, 'bare.requestsPerSec'))} req/s, p99 ${n(r, 'bare.p99')} ms | ratio ${n(r, 'throughputRatio')} (≥ 0.3: ${mark(n(r, 'throughputRatio') >= 0.3)}); p99 ≤ 50 ms: ${mark(n(r, 'directLine.p99') <= 50)} |`;
  const report = [
    `# Benchmarks`,
    ``,
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    ``,
    `Each figure is set beside a baseline measured in the same run; the ratios are what travel between machines.`,
    ``,
    `| What | Measured | Baseline (same run) | Target |`,
    `|---|---|---|---|`,
    `| Routing per message (language, emergency check, router) | p50 ${n(routing, 'routingMs.p50')} ms, p99 ${n(routing, 'routingMs.p99')} ms; load ${n(routing, 'loadMs')} ms | folding the text: p99 ${n(routing, 'baselineFoldMs.p99')} ms | p99 ≤ 5 ms: ${mark(n(routing, 'routingMs.p99') <= 5)}; load ≤ 1 s: ${mark(n(routing, 'loadMs') <= 1000)} |`,
    `| Easy-Japanese pipeline | ${n(simplify, 'pipelineCharsPerSec')} chars/s; tokenizer load ${n(simplify, 'tokenizerLoadMs')} ms; RSS ${n(simplify, 'rssMB.end')} MB | raw kuromoji ${n(simplify, 'rawKuromojiCharsPerSec')} chars/s | ratio ${n(simplify, 'ratio')} (≥ 0.5: ${mark(n(simplify, 'ratio') >= 0.5)}) |`,
    `| LINE webhook at ${n(line, 'rate')} events/s, acknowledgement | p50 ${n(line, 'webhook.p50')} ms, p99 ${n(line, 'webhook.p99')} ms | bare route p50 ${n(line, 'baseline.p50')} ms, p99 ${n(line, 'baseline.p99')} ms | p99 ≤ 20 ms: ${mark(n(line, 'webhook.p99') <= 20)} (ratio ${n(line, 'ratioP99')}) |`,
    `| LINE: answer reached LINE after the 200 | ${String(get(line, 'answered'))} answered; p50 ${n(line, 'processingMs.p50')} ms, p99 ${n(line, 'processingMs.p99')} ms | — | — |`,
    dlRow('10 connections', dl10),
    dlRow('50 connections', dl50),
    `| Cold start to /readyz | ${cold.readyMs} ms; RSS then ${cold.rssMB} MB | — | ≤ 2.5 s: ${mark(cold.readyMs <= 2500)} |`,
    ``,
    `Not measured yet: two instances sharing Redis (target ≥ 1.6× one), memory growth over a 5-minute soak (≤ 10 %).`,
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
