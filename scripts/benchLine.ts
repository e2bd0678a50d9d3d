/**
 * npm run bench:line [-- --rate 200 --seconds 10 --json]
 *
 * LINE webhook acknowledgement latency at a steady event rate, from this process (autocannon)
 * against the bot running as a second process on loopback, with LINE's API faked in this process.
 * Reported beside a bare express route measured the same way in the same run, and, separately,
 * the time until the answer reached (fake) LINE: the processing after the 200.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import express from 'express';
import { freePort, startProcess } from './bench/processes';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const SECRET = 'bench-channel-secret';

/** LINE's API, faked here: records when each reply arrives. */
async function fakeLine(): Promise<{ url: string; arrivals: Map<string, number>; close: () => void }> {
  const arrivals = new Map<string, number>();
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v2/bot/message/reply', (req, res) => {
    arrivals.set(String((req.body as { replyToken: string }).replyToken), performance.now());
    res.json({ sentMessages: [] });
  });
  app.post('/v2/bot/message/push', (_req, res) => res.json({ sentMessages: [] }));
  app.post('/v2/bot/chat/loading/start', (_req, res) => res.status(202).json({}));
  app.get('/v2/bot/profile/:id', (_req, res) => res.status(404).json({ message: 'not found' }));
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, arrivals, close: () => server.close() };
}

const QUESTIONS = [
  'コンビニで住民票を取りたい',
  'こんにちは',
  '還付金の電話がきた',
  'クーリングオフしたい',
  'menu',
];

interface Load {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  sent: Map<string, number>;
}

async function load(url: string, duration: number = seconds): Promise<Load> {
  const sent = new Map<string, number>();
  let n = 0;
  const result = await autocannon({
    url: `${url}/api/line/webhook`,
    method: 'POST',
    connections: 20,
    overallRate: rate,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          n += 1;
          const replyToken = randomUUID();
          const body = JSON.stringify({
            destination: 'Ubench',
            events: [
              {
                type: 'message',
                mode: 'active',
                timestamp: Date.now(),
                replyToken,
                webhookEventId: randomUUID(),
                deliveryContext: { isRedelivery: false },
                // 500 residents, so per-user ordering is exercised as it would be.
                source: { type: 'user', userId: `Ubench${n % 500}` },
                message: {
                  type: 'text',
                  id: String(n),
                  text: QUESTIONS[n % QUESTIONS.length],
                  quoteToken: 'q',
                },
              },
            ],
          });
          sent.set(replyToken, performance.now());
          return {
            ...req,
            body,
            headers: {
              ...req.headers,
              'x-line-signature': createHmac('sha256', SECRET).update(body).digest('base64'),
            },
          };
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    sent,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const line = await fakeLine();
  const botPort = await freePort();
  const barePort = await freePort();
  const bare = await startProcess(
    'scripts/bench/bareServer.ts',
    { PORT: String(barePort) },
    `http://127.0.0.1:${barePort}/`,
  );
  const bot = await startProcess(
    'bot/main.ts',
    {
      PORT: String(botPort),
      LOG_LEVEL: 'warn',
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: 'bench-token',
      LINE_API_BASE_URL: line.url,
    },
    `http://127.0.0.1:${botPort}/readyz`,
  );
  // Wait until the bot is fully ready (tokenizer, easy Japanese) before measuring.
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`http://127.0.0.1:${botPort}/readyz`)).status === 200) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    // Warm-up rounds first (JIT, lazily loaded modules, connection pools), then the measured ones.
    await load(`http://127.0.0.1:${barePort}`, 2);
    const baseline = await load(`http://127.0.0.1:${barePort}`);
    await load(`http://127.0.0.1:${botPort}`, 3);
    line.arrivals.clear();
    const webhook = await load(`http://127.0.0.1:${botPort}`);
    await new Promise((r) => setTimeout(r, 2000)); // let the last answers arrive
    const processing = [...webhook.sent]
      .map(([token, at]) => (line.arrivals.has(token) ? line.arrivals.get(token)! - at : NaN))
      .filter((ms) => Number.isFinite(ms))
      .sort((a, b) => a - b);
    const result = {
      rate,
      seconds,
      baseline: { p50: baseline.p50, p99: baseline.p99, requests: baseline.requests },
      webhook: {
        p50: webhook.p50,
        p90: webhook.p90,
        p99: webhook.p99,
        max: webhook.max,
        requests: webhook.requests,
        non2xx: webhook.non2xx,
        errors: webhook.errors,
      },
      ratioP99: Number((webhook.p99 / Math.max(baseline.p99, 0.001)).toFixed(2)),
      targetP99Ms: 20,
      answered: `${processing.length}/${webhook.sent.size}`,
      processingMs: {
        p50: Math.round(percentile(processing, 50)),
        p99: Math.round(percentile(processing, 99)),
        max: Math.round(processing.at(-1) ?? NaN),
      },
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        [
          `load                     ${rate} events/s for ${seconds} s from a second process (autocannon, 20 connections)`,
          `bare express route       ack p50 ${baseline.p50} ms, p99 ${baseline.p99} ms (${baseline.requests} requests)`,
          `LINE webhook             ack p50 ${webhook.p50} ms, p90 ${webhook.p90} ms, p99 ${webhook.p99} ms, max ${webhook.max} ms (${webhook.requests} requests, ${webhook.non2xx} non-2xx, ${webhook.errors} errors)`,
          `webhook / bare (p99)     ${result.ratioP99}`,
          `target                   p99 ack ≤ 20 ms: ${webhook.p99 <= 20 ? 'PASS' : 'FAIL'}`,
          `answer reached LINE      ${result.answered} answered; after the request: p50 ${result.processingMs.p50} ms, p99 ${result.processingMs.p99} ms, max ${result.processingMs.max} ms`,
        ].join('\n') + '\n',
      );
    }
  } finally {
    bot.kill('SIGTERM');
    bare.kill('SIGTERM');
    line.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
