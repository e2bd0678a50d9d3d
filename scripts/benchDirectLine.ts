/**
 * npm run bench:directline [-- --connections 50 --seconds 10 --json]
 *
 * A full routed turn through the Direct Line HTTP API (post a question — the POST returns once
 * the bot has answered — then read the answer by watermark) at a given concurrency, from this
 * process (autocannon) against the bot in a second process on loopback, beside a bare express
 * JSON route in a third process measured the same way in the same run.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, startProcess } from './bench/processes';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const QUESTIONS = [
  'コンビニで住民票を取りたい',
  '還付金の電話がきた',
  'How do I get a residence certificate?',
  'メニュー',
  'クーリングオフしたい',
];

interface Figures {
  requestsPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function baseline(url: string): Promise<Figures> {
  const r = await autocannon({
    url: `${url}/json`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: QUESTIONS[0] }),
  });
  return {
    requestsPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function directLine(url: string): Promise<Figures & { turnsPerSec: number }> {
  // One conversation per connection, opened before the clock starts.
  const pool: Array<{ conversationId: string; token: string }> = [];
  for (let i = 0; i < connections; i++) {
    const res = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
    if (!res.ok) throw new Error(`could not open conversation ${i}: ${res.status}`);
    pool.push((await res.json()) as { conversationId: string; token: string });
  }
  let next = 0;
  let asked = 0;
  type Ctx = { c?: { conversationId: string; token: string }; n?: number };
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    initialContext: {},
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context: Ctx) => {
          context.c ??= pool[next++ % pool.length];
          const c = context.c!;
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
          return {
            ...req,
            path: `/v3/directline/conversations/${c.conversationId}/activities?watermark=${context.n ?? -1}`,
            headers: { authorization: `Bearer ${c.token}` },
          };
        },
        onResponse: (_status, body, context: Ctx) => {
          try {
            context.n = Number((JSON.parse(body) as { watermark: string }).watermark);
          } catch {
            /* keep the old watermark */
          }
        },
      },
    ],
  });
  return {
    requestsPerSec: r.requests.average,
    turnsPerSec: r.requests.average / 2,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function main(): Promise<void> {
  const barePort = await freePort();
  const botPort = await freePort();
  const bare = await startProcess(
    'scripts/bench/bareServer.ts',
    { PORT: String(barePort) },
    `http://127.0.0.1:${barePort}/`,
  );
  const bot = await startProcess(
    'bot/index.ts',
    {
      PORT: String(botPort),
      LOG_LEVEL: 'warn',
      DIRECTLINE_MESSAGES_PER_MINUTE: '100000',
      DIRECTLINE_CONVERSATIONS_PER_MINUTE: '100000',
    },
    `http://127.0.0.1:${botPort}/readyz`,
  );
  try {
    const base = await baseline(`http://127.0.0.1:${barePort}`);
    const dl = await directLine(`http://127.0.0.1:${botPort}`);
    const result = {
      connections,
      seconds,
      bare: base,
      directLine: dl,
      throughputRatio: Number((dl.requestsPerSec / base.requestsPerSec).toFixed(3)),
      targets: { throughputRatio: 0.3, p99Ms: 50 },
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    process.stdout.write(
      [
        `load                   ${connections} connections for ${seconds} s from a second process (autocannon)`,
        `bare express JSON      ${Math.round(base.requestsPerSec)} req/s, p50 ${base.p50} ms, p99 ${base.p99} ms`,
        `Direct Line full turn  ${Math.round(dl.requestsPerSec)} req/s (${Math.round(dl.turnsPerSec)} turns/s: post + read), p50 ${dl.p50} ms, p99 ${dl.p99} ms, ${dl.non2xx} non-2xx, ${dl.errors} errors`,
        `throughput ratio       ${result.throughputRatio} (target ≥ 0.3) ${result.throughputRatio >= 0.3 ? 'PASS' : 'BELOW'}`,
        `p99                    ${dl.p99} ms (target ≤ 50 ms) ${dl.p99 <= 50 ? 'PASS' : 'ABOVE'}`,
      ].join('\n') + '\n',
    );
  } finally {
    bot.kill('SIGTERM');
    bare.kill('SIGTERM');
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
