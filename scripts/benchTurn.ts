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

  const result = {
    conversations,
    turnsPerRound: conversations * turnsEach,
    rounds: rounds - 2,
    microsecondsPerTurn: {
      median: Math.round(perTurn[Math.floor(perTurn.length / 2)]!),
      fastest: Math.round(perTurn[0]!),
    },
    kbAllocatedPerTurn: Math.round(kbPerTurn),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      [
        `turns                  ${conversations} conversations at once × ${turnsEach} turns, ${rounds - 2} rounds after 2 of warm-up, in this process (no HTTP)`,
        `wall time per turn     median ${result.microsecondsPerTurn.median} µs, fastest ${result.microsecondsPerTurn.fastest} µs`,
        `allocated per turn     ${result.kbAllocatedPerTurn} KB`,
      ].join('\n') + '\n',
    );
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
