/**
 * npm run bench:directline [-- --connections 50 --seconds 10 --warmup 5 --json]
 *
 * A full routed turn through the Direct Line HTTP API (post a question — the POST returns once
 * the bot has answered — then read the answer by watermark) at a given concurrency, from this
 * process (autocannon) against the bot in a second process on loopback, beside a bare express
 * JSON route in a third process measured the same way in the same run. A fourth process serves
 * the same Direct Line layer with a bot that gives one fixed reply (scripts/bench/echoServer.ts):
 * the difference from it is what the bot's own turn costs.
 *
 * Both servers first get a warm-up round (`--warmup` seconds each, not measured), as
 * bench:line does: a city's server runs warm, and a cold one spends its first seconds in V8's
 * optimiser (CPU per turn kept falling for about 10 s). The bot's round comes before the bare
 * route is measured, so nothing the bot still does at start-up runs beside that measurement.
 *
 * The turn (`turnRequests`, `openConversations`, `figures`) is exported for scripts/benchScale.ts.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { cpuMs, freePort, startProcess } from './bench/processes';

export const QUESTIONS = [
  'コンビニで住民票を取りたい',
  '還付金の電話がきた',
  'How do I get a residence certificate?',
  'メニュー',
  'クーリングオフしたい',
];

export interface Figures {
  requestsPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface Conversation {
  conversationId: string;
  token: string;
  /** The watermark of the last read, when the caller keeps it with the conversation. */
  watermark?: number;
}

/** Opens `count` conversations before the clock starts, conversation i on `urls[i % urls.length]`. */
export async function openConversations(urls: string[], count: number): Promise<Conversation[]> {
  const pool: Conversation[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${urls[i % urls.length]}/v3/directline/tokens/generate`, { method: 'POST' });
    if (!res.ok) throw new Error(`could not open conversation ${i}: ${res.status}`);
    pool.push((await res.json()) as Conversation);
  }
  return pool;
}

export interface TurnOptions {
  /**
   * The conversation for the turn a connection is about to take; `origin` is the instance
   * (host:port) that connection talks to.
   */
  take: (origin: string) => Conversation;
  /** Called with the conversation once its answer has been read (only with keepWatermark). */
  release?: (conversation: Conversation, origin: string, botReplies: number) => void;
  /**
   * true (bench:directline, bench:scale): the watermark travels with the conversation, so each
   * read returns only the new turn. false: it lives in autocannon's per-cycle context, which
   * autocannon clears at the start of every cycle, so every read starts from -1.
   */
  keepWatermark?: boolean;
}

/** Per cycle (autocannon clears it when a connection starts its next turn). */
type Ctx = { c?: Conversation; n?: number; origin?: string };

/** The two requests of one full turn: post a question, then read from the watermark. */
export function turnRequests(options: TurnOptions): autocannon.Request[] {
  let asked = 0;
  return [
    {
      method: 'POST',
      setupRequest: (req, context: Ctx) => {
        // autocannon builds each request from its target's parsed URL, host included.
        context.origin ??= (req as autocannon.Request & { host?: string }).host ?? '';
        context.c ??= options.take(context.origin);
        const c = context.c;
        asked += 1;
        return {
          ...req,
          path: `/v3/directline/conversations/${c.conversationId}/activities`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
          body: JSON.stringify({
            type: 'message',
            text: QUESTIONS[asked % QUESTIONS.length],
            locale: 'ja-JP',
          }),
        };
      },
    },
    {
      method: 'GET',
      setupRequest: (req, context: Ctx) => {
        const c = context.c!;
        const watermark = options.keepWatermark ? c.watermark : context.n;
        return {
          ...req,
          path: `/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark ?? -1}`,
          headers: { authorization: `Bearer ${c.token}` },
        };
      },
      onResponse: (_status, body, context: Ctx) => {
        let replies = 0;
        try {
          const read = JSON.parse(body) as {
            watermark: string;
            activities?: Array<{ from?: { role?: string } }>;
          };
          const n = Number(read.watermark);
          if (options.keepWatermark) {
            if (Number.isFinite(n)) context.c!.watermark = n;
            replies = (read.activities ?? []).filter((a) => a.from?.role === 'bot').length;
          } else context.n = n;
        } catch {
          /* keep the old watermark */
        }
        if (options.keepWatermark && context.c) options.release?.(context.c, context.origin ?? '', replies);
      },
    },
  ];
}

export function figures(r: autocannon.Result): Figures {
  return {
    requestsPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function baseline(url: string, connections: number, seconds: number): Promise<Figures> {
  const r = await autocannon({
    url: `${url}/json`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: QUESTIONS[0] }),
  });
  return figures(r);
}

async function directLine(
  url: string,
  connections: number,
  seconds: number,
): Promise<Figures & { turnsPerSec: number }> {
  // Twice as many conversations as connections, opened before the clock starts. A turn takes a
  // free one and gives it back with its watermark once the answer is read: no two turns share a
  // conversation (which would race on its state), and each read returns only the new activities.
  const free = await openConversations([url], connections * 2);
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    initialContext: {},
    requests: turnRequests({
      take: () => free.shift()!,
      release: (c) => free.push(c),
      keepWatermark: true,
    }),
  });
  return { ...figures(r), turnsPerSec: r.requests.average / 2 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const barePort = await freePort();
  const botPort = await freePort();
  const bare = await startProcess(
    'scripts/bench/bareServer.ts',
    { PORT: String(barePort) },
    `http://127.0.0.1:${barePort}/`,
  );
  const echoPort = await freePort();
  const echo = await startProcess(
    'scripts/bench/echoServer.ts',
    { PORT: String(echoPort) },
    `http://127.0.0.1:${echoPort}/readyz`,
    { bundle: true },
  );
  const bot = await startProcess(
    'bot/main.ts',
    {
      PORT: String(botPort),
      LOG_LEVEL: 'warn',
      DIRECTLINE_MESSAGES_PER_MINUTE: '100000',
      DIRECTLINE_CONVERSATIONS_PER_MINUTE: '100000',
    },
    `http://127.0.0.1:${botPort}/readyz`,
  );
  try {
    if (warmup > 0) {
      await baseline(`http://127.0.0.1:${barePort}`, connections, warmup);
      await directLine(`http://127.0.0.1:${botPort}`, connections, warmup);
      await directLine(`http://127.0.0.1:${echoPort}`, connections, warmup);
    }
    const bareCpu = cpuMs(bare.pid);
    const base = await baseline(`http://127.0.0.1:${barePort}`, connections, seconds);
    const bareCpuAfter = cpuMs(bare.pid);
    const botCpu = cpuMs(bot.pid);
    const dl = await directLine(`http://127.0.0.1:${botPort}`, connections, seconds);
    const botCpuAfter = cpuMs(bot.pid);
    const echoCpu = cpuMs(echo.pid);
    const layer = await directLine(`http://127.0.0.1:${echoPort}`, connections, seconds);
    const echoCpuAfter = cpuMs(echo.pid);
    // CPU per request, which the other jobs on a shared machine move much less than throughput.
    const perRequest = (before?: number, after?: number, rate = 0) =>
      before === undefined || after === undefined || rate === 0
        ? undefined
        : Number(((after - before) / (rate * seconds)).toFixed(3));
    const cpu = {
      bareMsPerRequest: perRequest(bareCpu, bareCpuAfter, base.requestsPerSec),
      botMsPerRequest: perRequest(botCpu, botCpuAfter, dl.requestsPerSec),
      echoMsPerRequest: perRequest(echoCpu, echoCpuAfter, layer.requestsPerSec),
    };
    const result = {
      connections,
      seconds,
      warmupSeconds: warmup,
      bare: base,
      directLine: dl,
      // The same Direct Line layer with a bot that gives one fixed reply: the protocol's share.
      echo: layer,
      echoRatio: Number((layer.requestsPerSec / base.requestsPerSec).toFixed(3)),
      cpu,
      throughputRatio: Number((dl.requestsPerSec / base.requestsPerSec).toFixed(3)),
      targets: { throughputRatio: 0.3, p99Ms: 50 },
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    process.stdout.write(
      [
        `load                   ${connections} connections for ${seconds} s from a second process (autocannon), after ${warmup} s of warm-up for each server`,
        `bare express JSON      ${Math.round(base.requestsPerSec)} req/s, p50 ${base.p50} ms, p99 ${base.p99} ms`,
        `Direct Line full turn  ${Math.round(dl.requestsPerSec)} req/s (${Math.round(dl.turnsPerSec)} turns/s: post + read), p50 ${dl.p50} ms, p99 ${dl.p99} ms, ${dl.non2xx} non-2xx, ${dl.errors} errors`,
        `Direct Line, echo bot  ${Math.round(layer.requestsPerSec)} req/s, p50 ${layer.p50} ms, p99 ${layer.p99} ms, ratio ${result.echoRatio}: the same layer with a bot that gives one fixed reply, so the rest is the bot's own turn`,
        `throughput ratio       ${result.throughputRatio} (target ≥ 0.3) ${result.throughputRatio >= 0.3 ? 'PASS' : 'BELOW'}`,
        `p99                    ${dl.p99} ms (target ≤ 50 ms) ${dl.p99 <= 50 ? 'PASS' : 'ABOVE'}`,
        ...(cpu.bareMsPerRequest && cpu.botMsPerRequest
          ? [
              `CPU per request       bot ${cpu.botMsPerRequest} ms (${(2 * cpu.botMsPerRequest).toFixed(2)} ms a turn), bare ${cpu.bareMsPerRequest} ms; ratio ${(cpu.bareMsPerRequest / cpu.botMsPerRequest).toFixed(3)}${cpu.echoMsPerRequest ? `; echo bot ${cpu.echoMsPerRequest} ms, so the bot's turn is ${(2 * (cpu.botMsPerRequest - cpu.echoMsPerRequest)).toFixed(2)} ms of a turn's ${(2 * cpu.botMsPerRequest).toFixed(2)}` : ''}`,
            ]
          : []),
      ].join('\n') + '\n',
    );
  } finally {
    bot.kill('SIGTERM');
    echo.kill('SIGTERM');
    bare.kill('SIGTERM');
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
