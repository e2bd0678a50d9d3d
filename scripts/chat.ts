/**
 * Talk to the bot in a terminal.
 *   npm run chat -- --locale en              interactive (buttons are numbered: type the number)
 *   echo "住民票" | npm run chat -- --json    one JSON object per input line
 *   ... --fresh                              every line starts a new conversation with a new user
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Activity, HeroCard } from 'botbuilder';
import { compose } from '../bot';
import { InProcessAdapter } from '../bot/channels/inProcessAdapter';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { getTurnInfo } from '../dialogs/turn';
import { isLocale } from '../knowledge/types';

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    json: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
if (values.locale && !isLocale(values.locale)) {
  console.error(`unknown locale "${values.locale}"`);
  process.exit(2);
}

const config = loadConfig();
// Logs go to stderr so that stdout stays the conversation (or clean JSON lines).
const runtime = compose(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr) });
const adapter = new InProcessAdapter();
adapter.onTurnError = runtime.adapter.onTurnError;

let conversation = randomUUID();
let user = randomUUID();
let lastButtons: Array<{ title: string; value: string }> = [];

async function turn(
  partial: Partial<Activity>,
): Promise<{ replies: Partial<Activity>[]; locale: string; topic: string | null }> {
  let locale = '';
  let topic: string | null = null;
  const replies = await adapter.process(
    {
      channelId: 'console',
      conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'console' },
      from: { id: user, name: 'resident' },
      recipient: { id: 'bot', name: 'Yasashii Madoguchi' },
      serviceUrl: 'console',
      ...(values.locale ? { locale: values.locale } : {}),
      ...partial,
    },
    async (context) => {
      await runtime.bot.run(context);
      const info = getTurnInfo(context);
      locale = info.locale;
      topic = info.topic ?? null;
    },
  );
  return { replies, locale, topic };
}

function render(replies: Partial<Activity>[]): string {
  const lines: string[] = [];
  lastButtons = [];
  for (const reply of replies) {
    if (reply.text) lines.push(reply.text);
    for (const attachment of reply.attachments ?? []) {
      const card = attachment.content as HeroCard;
      lines.push(`  ┌ ${card.title ?? ''}${card.subtitle ? ` — ${card.subtitle}` : ''}`);
      for (const l of (card.text ?? '').split('\n').filter(Boolean)) lines.push(`  │ ${l}`);
      for (const b of card.buttons ?? [])
        lines.push(`  │ → ${b.title}: ${String(b.value).replace(/%23/g, '#')}`);
      lines.push('  └');
    }
    const actions = reply.suggestedActions?.actions ?? [];
    if (actions.length > 0) {
      lastButtons = actions.map((a) => ({ title: a.title, value: String(a.value) }));
      lines.push(lastButtons.map((b, i) => `[${i + 1}] ${b.title}`).join('  '));
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const interactive = process.stdin.isTTY && !values.json;
  if (interactive) {
    const greeting = await turn({
      type: 'conversationUpdate',
      membersAdded: [{ id: user, name: 'resident' }],
    });
    console.log(render(greeting.replies));
  }
  const rl = createInterface({ input: process.stdin, terminal: interactive });
  if (interactive) rl.setPrompt('> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    if (values.fresh) {
      conversation = randomUUID();
      user = randomUUID();
    }
    // In the terminal a button is pressed by typing its number.
    const n = interactive && /^\d{1,2}$/.test(line.trim()) ? Number(line.trim()) : NaN;
    const text = lastButtons[n - 1]?.value ?? line;
    const result = await turn({ type: 'message', text });
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ text: line, locale: result.locale, topic: result.topic, replies: result.replies })}\n`,
      );
    } else {
      console.log(render(result.replies));
      if (interactive) rl.prompt();
    }
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
