/** Shared by the benchmarks: free ports, and servers started as their own node processes. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { buildServer, NODE_BUNDLE, OUTFILE } from '../build';

export const ROOT = path.join(__dirname, '..', '..');

let built: Promise<void> | undefined;

/**
 * The node arguments that start the bot as the city runs it: `npm start` runs the bundle
 * (dist/main.js, built once per benchmark run here), not the TypeScript sources through tsx,
 * whose per-module transform also wraps every function for its name (measured: about 12 % more
 * CPU per Direct Line turn). BENCH_SOURCE=1 runs the sources, as `npm run dev` does.
 */
export async function botArgs(): Promise<string[]> {
  if (process.env.BENCH_SOURCE) return ['--require', 'tsx/cjs', 'bot/main.ts'];
  built ??= buildServer();
  await built;
  return [OUTFILE];
}

/**
 * The bench's own servers that run our modules (echoServer.ts), bundled as the bot is. Without the
 * bot's source-folder plugin: the modules they use read no file beside their own source.
 */
const scriptBundles = new Map<string, Promise<string>>();
function bundled(script: string): Promise<string> {
  let out = scriptBundles.get(script);
  if (!out) {
    const outfile = path.join(ROOT, 'dist', 'bench', `${path.basename(script, '.ts')}.js`);
    out = build({ ...NODE_BUNDLE, entryPoints: [path.join(ROOT, script)], outfile }).then(() => outfile);
    scriptBundles.set(script, out);
  }
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));

/**
 * Starts a TypeScript entry point as its own node process (no wrapper, so kill reaches it) and
 * waits until `readyUrl` answers 200; the bot (bot/main.ts) as botArgs says. BENCH_PROFILE=<dir>
 * writes a CPU profile of the bot there.
 */
export async function startProcess(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
  /** Run from a bundle, as the bot is (for servers made of our modules; not with BENCH_SOURCE). */
  options: { bundle?: boolean } = {},
): Promise<ChildProcess> {
  const bot = script === 'bot/main.ts';
  const profile = bot && process.env.BENCH_PROFILE;
  const args = [
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    ...(bot && process.env.BENCH_TRACE_GC ? ['--trace-gc'] : []),
    ...(bot && process.env.BENCH_FLAGS ? process.env.BENCH_FLAGS.split(' ') : []),
    ...(bot
      ? await botArgs()
      : options.bundle && !process.env.BENCH_SOURCE
        ? [await bundled(script)]
        : ['--require', 'tsx/cjs', script]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', process.env.BENCH_TRACE_GC ? 'inherit' : 'ignore', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = (): void => {
      fetch(readyUrl)
        .then((r) => (r.status === 200 ? resolve(child) : retry()))
        .catch(retry);
    };
    const retry = (): void => {
      if (Date.now() > deadline || child.exitCode !== null)
        reject(new Error(`${script} did not become ready`));
      else setTimeout(poll, 200);
    };
    poll();
  });
}

/**
 * The port a bot started with PORT=0 listens on, read from its 'listening' log line on stdout
 * (the child must be spawned with stdout piped and LOG_LEVEL info or lower).
 */
export function listeningPort(child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let found = false;
    // Keep reading stdout for the whole run (a full pipe would stall the bot), keep none of it.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (found) return;
      buffer += chunk.toString();
      // Whole lines are pino's JSON; the last, unfinished one waits for the next chunk.
      const lines = buffer.split('\n');
      buffer = lines.pop()!.slice(-4000);
      for (const line of lines) {
        const port = listeningOn(line);
        if (port === undefined) continue;
        found = true;
        buffer = '';
        resolve(port);
        return;
      }
    });
    child.once('exit', (code) => reject(new Error(`the bot exited with ${String(code)} before listening`)));
    setTimeout(() => reject(new Error('the bot did not log "listening" in time')), timeoutMs).unref();
  });
}

function listeningOn(line: string): number | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; port?: unknown };
    return entry.msg === 'listening' && typeof entry.port === 'number' ? entry.port : undefined;
  } catch {
    return undefined; // not a log line
  }
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; undefined
 * where there is no /proc. Throughput on a shared machine moves with the other jobs on it; the CPU
 * a server spends per request moves much less, so the benchmarks report both.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on Linux on every architecture node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
