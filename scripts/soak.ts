/**
 * npm run bench:soak [-- --minutes 5 --concurrency 10 --no-redis --json]
 *
 * Memory over time: one bot instance (its own node process, with a real redis-server on a free
 * loopback port unless --no-redis) under a bounded loop of realistic conversations from this
 * process — open a conversation, then 3–6 messages from a small list in en/ja/vi ("talk to a
 * person", a cooling-off date question, an emergency phrase, a 2,000-character message, emoji),
 * each posted (the POST returns once the bot has answered) and read back by watermark — at a
 * moderate concurrency for --minutes. The bot's resident memory is sampled every 10 s from
 * /proc/<pid>/status; the first minute is warm-up. The loop stops by itself at the time limit.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Bot } from './benchScale';
import { botEnv, rssMB, startBot, startRedisServer } from './benchScale';

interface Message {
  text: string;
  locale: string;
}

const LONG = 'アパートの契約と更新料と敷金の返金についてお聞きしたいことがあります。'
  .repeat(60)
  .slice(0, 2000);

const MESSAGES: Message[] = [
  // Talk to a person.
  { text: '人と話したい', locale: 'ja-JP' },
  { text: 'talk to a person', locale: 'en-US' },
  { text: 'Tôi muốn nói chuyện với nhân viên', locale: 'vi-VN' },
  // Cooling-off with a date.
  { text: '3月1日に訪問販売で契約しました。クーリングオフできますか？', locale: 'ja-JP' },
  {
    text: 'I signed a door-to-door sales contract on 2 March. Can I still use cooling-off?',
    locale: 'en-US',
  },
  { text: 'Tôi ký hợp đồng ngày 1 tháng 3, còn hủy (cooling-off) được không?', locale: 'vi-VN' },
  // Emergencies.
  { text: '火事です！煙が出ている', locale: 'ja-JP' },
  { text: 'there is a fire in my kitchen, call an ambulance', locale: 'en-US' },
  { text: 'cháy nhà rồi, cứu với', locale: 'vi-VN' },
  // Ordinary questions, emoji.
  { text: 'コンビニで住民票を取りたい🏪📄', locale: 'ja-JP' },
  { text: 'How do I get a residence certificate? 🙏😊', locale: 'en-US' },
  { text: 'Làm sao để lấy phiếu cư trú? 🏠👍', locale: 'vi-VN' },
  { text: '還付金の電話がきた😱', locale: 'ja-JP' },
  { text: 'メニュー', locale: 'ja-JP' },
  // 2,000 characters.
  { text: LONG, locale: 'ja-JP' },
];

/** Deterministic, so two runs send the same conversations (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Tally {
  requests: number;
  non2xx: number;
  failed: number;
  conversations: number;
  turns: number;
  turnsWithoutReply: number;
  latencies: number[];
  statuses: Record<string, number>;
}

/** One resident after another, until `deadline`. */
async function worker(url: string, deadline: number, rnd: () => number, t: Tally): Promise<void> {
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    const started = performance.now();
    t.requests++;
    try {
      const res = await fetch(`${url}${path}`, {
        ...init,
        signal: AbortSignal.timeout(Math.max(1000, Math.min(30_000, deadline - Date.now() + 5000))),
      });
      const body = await res.text();
      t.latencies.push(performance.now() - started);
      if (res.status < 200 || res.status >= 300) {
        t.non2xx++;
        t.statuses[res.status] = (t.statuses[res.status] ?? 0) + 1;
        return null;
      }
      return body ? JSON.parse(body) : {};
    } catch (err) {
      t.failed++;
      const name = (err as Error).name;
      t.statuses[name] = (t.statuses[name] ?? 0) + 1;
      return null;
    }
  };
  while (Date.now() < deadline) {
    const opened = (await call('/v3/directline/tokens/generate', { method: 'POST' })) as {
      conversationId: string;
      token: string;
    } | null;
    if (!opened) {
      await new Promise((r) => setTimeout(r, 100)); // the bot is struggling: do not spin
      continue;
    }
    t.conversations++;
    const auth = { authorization: `Bearer ${opened.token}` };
    const base = `/v3/directline/conversations/${opened.conversationId}/activities`;
    let watermark = -1;
    const count = 3 + Math.floor(rnd() * 4);
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      const m = MESSAGES[Math.floor(rnd() * MESSAGES.length)]!;
      const posted = await call(base, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: m.text, locale: m.locale }),
      });
      if (!posted || Date.now() >= deadline) continue;
      const read = (await call(`${base}?watermark=${watermark}`, { headers: auth })) as {
        watermark: string;
        activities: Array<{ from?: { role?: string } }>;
      } | null;
      if (!read) continue;
      t.turns++;
      watermark = Number(read.watermark);
      if (!read.activities.some((a) => a.from?.role === 'bot')) t.turnsWithoutReply++;
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      concurrency: { type: 'string', default: '10' },
      redis: { type: 'boolean', default: true },
      'no-redis': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const minutes = Number(values.minutes);
  const concurrency = Number(values.concurrency);
  const withRedis = values.redis && !values['no-redis'];
  if (!(minutes > 0)) throw new Error('--minutes must be a positive number');
  const warmUpMs = Math.min(60_000, (minutes * 60_000) / 2);

  const secret = randomBytes(24).toString('base64url');
  const redis = withRedis ? await startRedisServer() : null;
  let bot: Bot | null = null;
  try {
    const env = redis
      ? botEnv(redis.url, secret)
      : {
          DIRECTLINE_SECRET: secret,
          DIRECTLINE_MESSAGES_PER_MINUTE: '100000',
          DIRECTLINE_CONVERSATIONS_PER_MINUTE: '100000',
        };
    bot = await startBot(env);
    const b = bot;
    const samples: Array<{ s: number; rssMB: number }> = [];
    const startedAt = Date.now();
    const deadline = startedAt + minutes * 60_000;
    const sample = (): void => {
      try {
        samples.push({ s: Math.round((Date.now() - startedAt) / 1000), rssMB: rssMB(b.pid) });
      } catch {
        /* the bot is gone; the requests say so */
      }
    };
    sample();
    const sampler = setInterval(sample, 10_000);
    const tally: Tally = {
      requests: 0,
      non2xx: 0,
      failed: 0,
      conversations: 0,
      turns: 0,
      turnsWithoutReply: 0,
      latencies: [],
      statuses: {},
    };
    const progress = setInterval(() => {
      const last = samples.at(-1);
      console.error(
        `${Math.round((Date.now() - startedAt) / 1000)} s: ${tally.requests} requests, ${tally.non2xx + tally.failed} errors, RSS ${last?.rssMB ?? '?'} MB`,
      );
    }, 30_000);
    try {
      await Promise.all(
        Array.from({ length: concurrency }, (_, i) => worker(b.url, deadline, random(i + 1), tally)),
      );
    } finally {
      clearInterval(sampler);
      clearInterval(progress);
    }
    if (Date.now() - startedAt - (samples.at(-1)?.s ?? 0) * 1000 > 2000) sample();
    const elapsedS = (Date.now() - startedAt) / 1000;
    const afterWarmUp = samples.find((s) => s.s * 1000 >= warmUpMs) ?? samples.at(-1)!;
    const end = samples.at(-1)!;
    const sorted = tally.latencies.sort((x, y) => x - y);
    const round = (x: number): number => Math.round(x * 10) / 10;
    const growthPct = round(((end.rssMB - afterWarmUp.rssMB) / afterWarmUp.rssMB) * 100);
    const peak = Math.max(...samples.map((s) => s.rssMB));
    // RSS saws up and down by hundreds of MB between collections, so one sample against another
    // mostly says where in the saw each fell. The floor (lowest sample of a minute) shows a leak:
    // the minute after warm-up against the last minute.
    const floor = (from: number, to: number): number =>
      Math.min(...samples.filter((s) => s.s >= from && s.s <= to).map((s) => s.rssMB));
    // The two windows never overlap: in a short soak each is half of what follows warm-up.
    const middle = (afterWarmUp.s + end.s) / 2;
    const floorAfterWarmUp = floor(afterWarmUp.s, Math.min(afterWarmUp.s + 60, middle));
    const floorEnd = floor(Math.max(middle, end.s - 60), end.s);
    const floorGrowthPct = round(((floorEnd - floorAfterWarmUp) / floorAfterWarmUp) * 100);
    const result = {
      minutes,
      concurrency,
      redis: withRedis,
      elapsedS: round(elapsedS),
      rssMB: { start: samples[0]!.rssMB, afterWarmUp: afterWarmUp.rssMB, end: end.rssMB, peak },
      warmUpS: afterWarmUp.s,
      growthPct,
      floorMB: { afterWarmUp: floorAfterWarmUp, end: floorEnd },
      floorGrowthPct,
      requests: tally.requests,
      requestsPerSec: round(tally.requests / elapsedS),
      conversations: tally.conversations,
      turns: tally.turns,
      turnsWithoutReply: tally.turnsWithoutReply,
      errors: tally.non2xx + tally.failed,
      non2xx: tally.non2xx,
      failed: tally.failed,
      statuses: tally.statuses,
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? NaN),
      },
      samples,
      targets: { growthPct: 10 },
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    process.stdout.write(
      [
        `load          ${concurrency} residents at a time for ${minutes} min (${result.elapsedS} s), ${withRedis ? 'with Redis' : 'without Redis'}; one bot instance`,
        `requests      ${tally.requests} (${result.requestsPerSec}/s): ${tally.conversations} conversations, ${tally.turns} turns read back (${tally.turnsWithoutReply} without a reply)`,
        `errors        ${result.errors} (${tally.non2xx} non-2xx, ${tally.failed} failed)${result.errors ? ` ${JSON.stringify(tally.statuses)}` : ''}`,
        `latency       p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms (every request)`,
        `RSS           start ${result.rssMB.start} MB, after warm-up (${result.warmUpS} s) ${result.rssMB.afterWarmUp} MB, end ${result.rssMB.end} MB, peak ${peak} MB`,
        `growth        ${growthPct} % from the post-warm-up value (target ≤ 10 %) ${growthPct <= 10 ? 'PASS' : 'ABOVE'}`,
        `floor         lowest sample of the minute after warm-up ${floorAfterWarmUp} MB, of the last minute ${floorEnd} MB: ${floorGrowthPct} % ${floorGrowthPct <= 10 ? 'PASS' : 'ABOVE'} (RSS saws between collections; the floor is what a leak raises)`,
        `samples       ${samples.map((s) => `${s.s}s:${s.rssMB}`).join(' ')}`,
      ].join('\n') + '\n',
    );
  } finally {
    await bot?.stop();
    await redis?.stop();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
