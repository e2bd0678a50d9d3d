import type { Activity, Attachment } from 'botbuilder';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import type { Runtime } from '../../bot';
import { compose } from '../../bot';
import type { StaffAccount } from '../../bot/staff/accounts';
import { FixedClock } from '../../bot/clock';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { getTurnInfo } from '../../dialogs/turn';
import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { EmergencyDetector } from '../../knowledge/routing/emergency';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { ContactView } from '../../dialogs/presenter';

export interface Turn {
  replies: Partial<Activity>[];
  /** All reply texts joined, for readable assertions. */
  text: string;
  /** Button labels offered in the last reply with buttons. */
  buttons: string[];
  /** Button codes, in the same order. */
  values: string[];
  contacts: ContactView[];
  locale: string;
  topic: string | null;
}

/**
 * The router the bot builds, built once per test file: it is immutable, and training it from
 * ~4,900 examples for each of hundreds of conversations was most of the suite's time.
 */
let router: CombinedRouter | undefined;
function sharedRouter(): CombinedRouter {
  router ??= new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());
  return router;
}

/** The emergency detector, loaded once per test file for the same reason (~100,000 phrases). */
let emergency: EmergencyDetector | undefined;
function sharedEmergency(): EmergencyDetector {
  emergency ??= EmergencyDetector.load();
  return emergency;
}

/**
 * Drives the real bot (composition root, turn pipeline, dialogs, state) through botbuilder's
 * TestAdapter with a fake clock. Each `say` is one resident message; the result is what they see.
 */
export function createHarness(options: {
  now: string;
  locale?: string;
  env?: NodeJS.ProcessEnv;
  /** Staff accounts: with any, live chat with staff is on. */
  staffAccounts?: StaffAccount[];
  /** Another resident of the same running bot (a second conversation). */
  runtime?: Runtime;
  conversationId?: string;
}) {
  const clock = options.runtime
    ? (options.runtime.clock as FixedClock)
    : new FixedClock(new Date(options.now));
  const runtime =
    options.runtime ??
    compose(loadConfig({ LOG_LEVEL: 'silent', ...options.env }), {
      clock,
      logger: createLogger('silent'),
      router: sharedRouter(),
      emergency: sharedEmergency(),
      staffAccounts: options.staffAccounts ?? [],
    });
  const id = options.conversationId ?? 'Convo1';
  const adapter = new TestAdapter(
    async (context) => {
      await runtime.bot.run(context);
      lastInfo = getTurnInfo(context);
    },
    options.conversationId
      ? {
          channelId: 'test',
          serviceUrl: 'https://test.com',
          from: { id: `user-${id}`, name: 'User' },
          recipient: { id: 'bot', name: 'Bot' },
          conversation: { id, name: id, isGroup: false, conversationType: 'personal' },
        }
      : undefined,
  );
  adapter.onTurnError = runtime.adapter.onTurnError;
  let lastInfo: { locale: string; topic?: string } = { locale: '' };

  async function send(activity: Partial<Activity>): Promise<Turn> {
    await adapter.receiveActivity({ locale: options.locale, ...activity });
    const replies = adapter.activeQueue.splice(0);
    const withButtons = [...replies].reverse().find((r) => r.suggestedActions?.actions?.length);
    return {
      replies,
      text: replies
        .map((r) => r.text ?? '')
        .filter(Boolean)
        .join('\n'),
      buttons: withButtons?.suggestedActions?.actions.map((a) => a.title) ?? [],
      values: withButtons?.suggestedActions?.actions.map((a) => String(a.value)) ?? [],
      contacts: replies.flatMap(
        (r) => (r.channelData as { contacts?: ContactView[] } | undefined)?.contacts ?? [],
      ),
      locale: lastInfo.locale,
      topic: lastInfo.topic ?? null,
    };
  }

  return {
    runtime,
    clock,
    adapter,
    say: (text: string) => send({ type: ActivityTypes.Message, text }),
    send,
    attach: (attachments: Attachment[]) => send({ type: ActivityTypes.Message, attachments }),
    /** Taps the button whose label contains `label` in the last turn. */
    tap: (turn: Turn, label: string) => {
      const index = turn.buttons.findIndex((b) => b.includes(label));
      if (index < 0) throw new Error(`no button "${label}" in [${turn.buttons.join(', ')}]`);
      return send({ type: ActivityTypes.Message, text: turn.values[index] });
    },
  };
}
