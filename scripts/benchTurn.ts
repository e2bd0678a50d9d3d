/**
 * npm run bench:turn [-- --conversations 20 --turns 100 --rounds 7 --json]
 *
 * The bot's own cost of a turn, without HTTP: the composition root's bot driven in this process
 * (as the terminal chat drives it) by `conversations` conversations at once, each sending
 * bench:directline's questions in a seeded random order (a question after another topic costs
 * more than the same one again). Prints the wall time per turn (median and fastest of the rounds
 * after two warm-up rounds) and what a turn allocates (V8's sampling heap profiler, every object
 * counted, including those collected since), the garbage the scavenges of a loaded server pay for.
 *
 * bench:directline measures the server; this one what the turn itself costs, which changes far
 * less with the other jobs on a shared machine and so shows a change in the bot's code.
 */
import { randomUUID } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { compose } from '../bot';
import { InProcessAdapter } from '../bot/channels/inProcessAdapter';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { QUESTIONS } from './benchDirectLine';

const LONG = 10_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);

/** What residents paste and what a hostile client sends: unbroken runs of one script, and shapes
 * close to what the address, phone and e-mail patterns look for. */
const LONG_MESSAGES: ReadonlyArray<[string, string]> = [
  ['hiragana', fill('あ')],
  ['kanji and katakana', fill('住民票コンビニ')],
  [
    'kanji, all different',
    Array.from({ length: LONG }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join(''),
  ],
  ['Latin letters', fill('a')],
  ['Latin letters, then @', `${fill('a').slice(1)}@`],
  ['digits', fill('1')],
  ['digits and dashes', fill('0-')],
  ['Latin words', fill('scam ')],
  ['Hangul', fill('사기')],
  ['half-width katakana', fill('ｼﾞｭｳﾐﾝﾋｮｳ')],
  ['dotted words', fill('a.')],
  ['a sentence again and again', fill('還付金の電話がきた。ATMに行けと言われた。')],
  ['emoji', fill('😀')],
];

interface HeapNode {
  selfSize: number;
  children: HeapNode[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      conversations: { type: 'string', default: '20' },
      turns: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '7' },
      json: { type: 'boolean', default: false },
    },
  });
  const conversations = Number(values.conversations);
  const turnsEach = Number(values.turns);
  const rounds = Math.max(3, Number(values.rounds));
  const runtime = compose(loadConfig(), { logger: createLogger('silent') });
  const adapter = new InProcessAdapter();
  adapter.onTurnError = runtime.adapter.onTurnError;

  const say = (id: string, text: string) =>
    adapter.process(
      {
        type: 'message',
        text,
        locale: 'ja-JP',
        channelId: 'directline',
        conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: `user-${id}`, name: '' },
        recipient: { id: 'bot', name: '' },
        serviceUrl: 'bench:',
      },
      (context) => runtime.bot.run(context),
    );

  /** One round: every conversation new, the same seeded order of questions each round. */
  const round = async (): Promise<number> => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let turns = 0;
    await Promise.all(
      Array.from({ length: conversations }, async () => {
        const id = randomUUID();
        for (let i = 0; i < turnsEach; i++) {
          await say(id, QUESTIONS[Math.floor(next() * QUESTIONS.length)]!);
          turns++;
        }
      }),
    );
    return turns;
  };

  const perTurn: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    const turns = await round();
    if (r >= 2) perTurn.push(Number(process.hrtime.bigint() - started) / 1000 / turns);
  }
  perTurn.sort((a, b) => a - b);

  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const sampledTurns = await round();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const total = (node: HeapNode): number => node.children.reduce((sum, c) => sum + total(c), node.selfSize);
  const kbPerTurn = total(profile.head) / 1024 / sampledTurns;

  // Long messages: one turn each, in a new conversation, the best of three. A regex that tries
  // every length of an unbroken run at every position made 10,000 kana take 2 s of the server's
  // only thread; this shows such a cost as a ratio to the ordinary turn above.
  const long: Array<{ name: string; ms: number }> = [];
  for (const [name, text] of LONG_MESSAGES) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      await say(randomUUID(), text);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    }
    long.push({ name, ms: Number(best.toFixed(1)) });
  }
  long.sort((a, b) => b.ms - a.ms);

  const result = {
    conversations,
    turnsPerRound: conversations * turnsEach,
    rounds: rounds - 2,
    microsecondsPerTurn: {
      median: Math.round(perTurn[Math.floor(perTurn.length / 2)]!),
      fastest: Math.round(perTurn[0]!),
    },
    kbAllocatedPerTurn: Math.round(kbPerTurn),
    longMessages: {
      characters: LONG,
      slowest: long[0]!,
      slowestToMedianTurn: Math.round((long[0]!.ms * 1000) / perTurn[Math.floor(perTurn.length / 2)]!),
      all: long,
    },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      [
        `turns                  ${conversations} conversations at once × ${turnsEach} turns, ${rounds - 2} rounds after 2 of warm-up, in this process (no HTTP)`,
        `wall time per turn     median ${result.microsecondsPerTurn.median} µs, fastest ${result.microsecondsPerTurn.fastest} µs`,
        `allocated per turn     ${result.kbAllocatedPerTurn} KB`,
        `long messages          ${LONG_MESSAGES.length} shapes of ${LONG} characters, slowest "${long[0]!.name}" ${long[0]!.ms} ms (${result.longMessages.slowestToMedianTurn}× the median turn); next ${long
          .slice(1, 4)
          .map((l) => `"${l.name}" ${l.ms} ms`)
          .join(', ')}`,
      ].join('\n') + '\n',
    );
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
