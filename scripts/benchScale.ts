/**
 * npm run bench:scale [-- --seconds 10 --json]
 *
 * One instance against two sharing Redis. A real redis-server on a free loopback port; the bot
 * started as its own node process (PORT=0, the port read from its 'listening' log line, then
 * /readyz 200), once alone and then twice beside each other with the same REDIS_URL and
 * DIRECTLINE_SECRET. The load is bench:directline's full turn (post a question — the POST returns
 * once the bot has answered — then read the answer by watermark) from this process (autocannon),
 * 50 connections in all. With two instances the connections alternate between them and there are
 * no sticky sessions: conversations are opened on both, and a conversation whose last turn was on
 * one instance takes its next turn on the other whenever the other has a free connection (the
 * share of turns that switched instance is reported). The answer must be readable where it is
 * asked for: reads with no bot reply in them are counted.
 *
 * The watermark travels with the conversation here (each read returns only the new turn); in
 * bench:directline every read starts from -1, so its req/s are not comparable with these.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startRedis } from '../test/helpers/redisServer';
import { botArgs, listeningPort, ROOT } from './bench/processes';
import type { Conversation, Figures } from './benchDirectLine';
import { figures, openConversations, turnRequests } from './benchDirectLine';

export interface Bot {
  url: string;
  pid: number;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s; resolves once it has exited. */
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
/** Stops whatever is still running, including on Ctrl-C; callers still stop things in `finally`. */
const cleanups = new Set<() => unknown>();
let exiting = false;
function emergencyStop(signal: NodeJS.Signals): void {
  if (exiting) return;
  exiting = true;
  for (const c of running) c.kill('SIGKILL');
  for (const f of cleanups) void f();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.once('SIGINT', emergencyStop);
process.once('SIGTERM', emergencyStop);
process.on('exit', () => running.forEach((c) => c.kill('SIGKILL')));

/** A real redis-server (Debian's) on a free loopback port, stopped on exit whatever happens. */
export async function startRedisServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const redis = await startRedis();
  // Fail here rather than in the bot: is it really there?
  const { createConnection } = await import('node:net');
  const pong = await new Promise<string>((resolve) => {
    const c = createConnection(redis.port, '127.0.0.1', () => c.write('PING\r\n'));
    c.once('data', (d) => {
      c.end();
      resolve(d.toString());
    });
    c.once('error', (e) => resolve(e.message));
  });
  if (!pong.startsWith('+PONG')) {
    await redis.stop();
    throw new Error(`redis-server did not start (install Debian's redis-server): ${pong.trim()}`);
  }
  cleanups.add(redis.stop);
  return {
    url: redis.url,
    stop: async () => {
      cleanups.delete(redis.stop);
      await redis.stop();
    },
  };
}

/**
 * Starts the bot (as botArgs says: the bundle `npm start` runs) with PORT=0, reads the port from the 'listening'
 * log line (LOG_LEVEL=info), and waits for /readyz 200.
 */
export async function startBot(env: Record<string, string>): Promise<Bot> {
  const started = Date.now();
  const child = spawn(process.execPath, await botArgs(), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  let stderrTail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-2000);
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    const port = await listeningPort(child).catch((err: Error) => {
      throw new Error(`${err.message}: ${stderrTail.trim()}`);
    });
    const url = `http://127.0.0.1:${port}`;
    for (;;) {
      const ready = await fetch(`${url}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
      if (child.exitCode !== null) throw new Error(`the bot exited: ${stderrTail.trim()}`);
      if (Date.now() - started > 60_000) throw new Error('the bot was not ready within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    return { url, pid: child.pid!, child, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Resident memory of a process from /proc/<pid>/status, MB. */
export function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kB / 1024) * 10) / 10;
}

export function botEnv(redisUrl: string, secret: string): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    DIRECTLINE_SECRET: secret,
    ID_HASH_SALT: secret,
    DIRECTLINE_MESSAGES_PER_MINUTE: '100000',
    DIRECTLINE_CONVERSATIONS_PER_MINUTE: '100000',
  };
}

export interface ScaleFigures extends Figures {
  turnsPerSec: number;
  instances: number;
  /** Turns whose conversation's previous turn was on the other instance / all turns after the first. */
  switchedShare: number;
  /** Reads after a turn with no bot reply in them (the answer was not visible where it was read). */
  readsWithoutReply: number;
  rssMB: number[];
}

/** 50 connections (in all) of full turns against the given instances, alternating connections. */
async function measure(bots: Bot[], connections: number, seconds: number): Promise<ScaleFigures> {
  const urls = bots.map((b) => b.url);
  const origin = (url: string): string => new URL(url).host;
  // Twice as many conversations as connections: a free conversation is (nearly) always waiting
  // for each instance, so a turn need not wait for one and no two turns share a conversation.
  const pool = await openConversations(urls, connections * 2);
  const last = new Map<Conversation, string>();
  // waiting[x]: conversations whose next turn should be on instance x (their last was elsewhere).
  const waiting = new Map<string, Conversation[]>(urls.map((u) => [origin(u), []]));
  const others = (x: string): string[] => [...waiting.keys()].filter((k) => k !== x);
  pool.forEach((c, i) => {
    const createdOn = origin(urls[i % urls.length]!);
    last.set(c, createdOn);
    // Opened on one instance, first used on the other (with one instance: on itself).
    waiting.get(others(createdOn)[0] ?? createdOn)!.push(c);
  });
  let switched = 0;
  let same = 0;
  let readsWithoutReply = 0;
  let spare = 0;
  const take = (x: string): Conversation => {
    let c = waiting.get(x)!.shift();
    for (const o of others(x)) c ??= waiting.get(o)!.shift();
    // Only if reads went unanswered and the queues ran dry: reuse one (counted below anyway).
    c ??= pool[spare++ % pool.length]!;
    if (last.get(c) === x) same++;
    else switched++;
    last.set(c, x);
    return c;
  };
  const release = (c: Conversation, x: string, botReplies: number): void => {
    if (botReplies === 0) readsWithoutReply++;
    // Its next turn on the other instance (with one instance: on the same).
    waiting.get(others(x)[0] ?? x)!.push(c);
  };
  const r = await autocannon({
    // autocannon accepts several targets and hands connection i to urls[i % urls.length];
    // @types/autocannon only knows a string.
    url: urls as unknown as string,
    connections,
    duration: seconds,
    initialContext: {},
    requests: turnRequests({ take, release, keepWatermark: true }),
  });
  const turns = switched + same;
  return {
    ...figures(r),
    turnsPerSec: r.requests.average / 2,
    instances: bots.length,
    switchedShare: turns ? Number((switched / turns).toFixed(3)) : 0,
    readsWithoutReply,
    rssMB: bots.map((b) => rssMB(b.pid)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const cpus = os.cpus().length;
  const secret = randomBytes(24).toString('base64url');
  const redis = await startRedisServer();
  const bots: Bot[] = [];
  try {
    const env = botEnv(redis.url, secret);
    console.error('one instance…');
    bots.push(await startBot(env));
    const one = await measure(bots, connections, seconds);
    await Promise.all(bots.splice(0).map((b) => b.stop()));
    console.error('two instances sharing Redis…');
    // Fresh processes for both, so neither starts warm and the comparison is like for like.
    bots.push(...(await Promise.all([startBot(env), startBot(env)])));
    const two = await measure(bots, connections, seconds);
    const ratio = Number((two.requestsPerSec / one.requestsPerSec).toFixed(3));
    const result = {
      cpus,
      cpuModel: os.cpus()[0]?.model ?? '',
      connections,
      seconds,
      one,
      two,
      ratio,
      targets: { ratio: 1.6 },
      note:
        cpus <= 2
          ? `${cpus} CPUs: the load generator and both instances (and redis-server) share them, so two instances cannot double throughput here`
          : '',
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const row = (label: string, f: ScaleFigures): string =>
      `${label}${Math.round(f.requestsPerSec)} req/s (${Math.round(f.turnsPerSec)} turns/s: post + read), p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.non2xx} non-2xx, ${f.errors} errors, ${f.readsWithoutReply} reads without the reply; RSS after ${f.rssMB.map((m) => `${m} MB`).join(' + ')}`;
    process.stdout.write(
      [
        `machine                ${cpus} CPUs (${result.cpuModel}); autocannon, redis-server and the bot(s) all run on it`,
        `load                   ${connections} connections in all for ${seconds} s from this process (autocannon), full Direct Line turns`,
        row('one instance           ', one),
        row('two sharing Redis      ', two),
        `two: turns on another instance than the conversation's previous turn: ${Math.round(two.switchedShare * 100)} % (no sticky sessions)`,
        `ratio two/one          ${ratio} (target ≥ 1.6) ${ratio >= 1.6 ? 'PASS' : 'BELOW'}`,
        ...(result.note ? [`note                   ${result.note}`] : []),
      ].join('\n') + '\n',
    );
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await redis.stop();
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
