import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { JSONParseError, middleware, SignatureValidationFailed } from '@line/bot-sdk';
import type { ActivityHandler, BotState, Storage } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import type { IdHasher } from '../../privacy';
import type { TtlSet } from '../../ttlSet';
import type { EventJournal } from './journal';
import { NoJournal } from './journal';
import type { LineAdapter, LineApi } from './lineAdapter';
import { toActivity, webhookBodySchema } from './toActivity';

export interface LineWebhookDeps {
  channelSecret: string;
  adapter: LineAdapter;
  api: Pick<LineApi, 'getProfile'>;
  bot: ActivityHandler;
  dedupe: TtlSet;
  storage: Storage;
  states: BotState[];
  logger: Logger;
  hasher: IdHasher;
  bodyLimit: string;
  /** Where acknowledged events are written down until answered (Redis); default: nowhere. */
  journal?: EventJournal;
  /** How often to look for events of stopped instances to answer. */
  recoverEveryMs?: number;
  /** Events processed at the same time (all users together); the rest wait their turn. */
  concurrency?: number;
  now?: () => number;
}

/**
 * A counting gate. Without it every user's queue starts at once: a burst of webhooks becomes a
 * burst of turns run back to back, and the next webhook waits behind all of them for its 200.
 */
class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async enter(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else this.active -= 1;
  }
}

/** LINE redelivers for up to about a day in practice; a redelivered event must not be answered twice. */
const DEDUPE_TTL_MS = 24 * 3600_000;
const PROFILE_TTL_MS = 3600_000;
const PROFILE_CACHE_MAX = 10_000;

/**
 * POST /api/line/webhook. The raw body is read first (with the size limit), the SDK checks the
 * signature over exactly those bytes, and only then is JSON parsed. LINE gets its 200 at once;
 * events are processed afterwards, in order per user, each at most once.
 */
export class LineWebhook {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly languages = new Map<string, { language: string | null; expires: number }>();
  private readonly now: () => number;
  private readonly gate: Gate;

  private readonly journal: EventJournal;

  constructor(private readonly deps: LineWebhookDeps) {
    this.now = deps.now ?? Date.now;
    this.journal = deps.journal ?? new NoJournal();
    this.gate = new Gate(deps.concurrency ?? 4);
  }

  router(): express.Router {
    const router = express.Router();
    router.post(
      '/api/line/webhook',
      express.raw({ type: () => true, limit: this.deps.bodyLimit }),
      middleware({ channelSecret: this.deps.channelSecret }),
      async (req: Request, res: Response) => {
        const body = webhookBodySchema.safeParse(req.body);
        if (!body.success) {
          res.status(400).json({ error: 'a webhook body with an events array is required' });
          return;
        }
        const receivedAt = this.now();
        const entries = await this.record(body.data.events, receivedAt);
        // events: [] is LINE's "Verify" button: 200 and nothing to do.
        res.status(200).json({});
        body.data.events.forEach((raw, i) => this.accept(raw, receivedAt, entries[i]!));
      },
    );
    router.use(
      '/api/line/webhook',
      (err: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
        if (err instanceof SignatureValidationFailed) {
          res.status(401).json({ error: 'invalid signature' });
          return;
        }
        if (err instanceof JSONParseError) {
          res.status(400).json({ error: 'malformed JSON' });
          return;
        }
        next(err);
      },
    );
    return router;
  }

  /** Resolves when every event accepted so far has been processed (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.allSettled([...this.queues.values()]);
  }

  /**
   * Written down before the 200 when a journal is configured. If the journal is unreachable the
   * events are still answered (without the SIGKILL guarantee) rather than refused.
   */
  private async record(events: readonly unknown[], receivedAt: number): Promise<string[]> {
    try {
      return await this.journal.record(events, receivedAt);
    } catch (err) {
      this.deps.logger.warn(
        { err: { name: (err as Error).name, message: (err as Error).message } },
        'LINE event journal unavailable',
      );
      return events.map(() => randomUUID());
    }
  }

  /** Looks for events of stopped instances now and then, and answers them; returns the stopper. */
  startRecovery(): () => void {
    const stopHeartbeat = this.journal.start();
    const recover = () => {
      this.journal
        .claimOrphans()
        .then((orphans) => {
          for (const o of orphans) this.accept(o.raw, o.receivedAt, o.entryId);
        })
        .catch((err: Error) =>
          this.deps.logger.warn({ err: { message: err.message } }, 'LINE event recovery failed'),
        );
    };
    recover();
    const timer = setInterval(recover, this.deps.recoverEveryMs ?? 10_000);
    timer.unref();
    return () => {
      clearInterval(timer);
      stopHeartbeat();
    };
  }

  private accept(raw: unknown, receivedAt: number, entryId: string): void {
    const id = (raw as { webhookEventId?: unknown } | null)?.webhookEventId;
    const userId = (raw as { source?: { userId?: unknown } } | null)?.source?.userId;
    const key = typeof userId === 'string' ? userId : '';
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(() => this.gate.enter())
      // Each event also waits for the next turn of the event loop, so incoming webhooks are read
      // and acknowledged between events instead of queueing behind processing.
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        try {
          if (typeof id === 'string' && !(await this.firstDelivery(id, key, entryId))) {
            this.deps.logger.info({ user: this.deps.hasher.hash(key) }, 'LINE event already handled');
            return;
          }
          await this.handle(raw, receivedAt);
        } finally {
          this.gate.leave();
          await this.journal.done(entryId).catch(() => undefined);
        }
      })
      .catch((err: unknown) => {
        this.deps.logger.error(
          {
            user: this.deps.hasher.hash(key),
            err: { name: (err as Error).name, message: (err as Error).message },
          },
          'LINE event failed',
        );
      })
      .finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      });
    this.queues.set(key, next);
  }

  /**
   * Whether this event is seen for the first time. When the de-duplication store (Redis) is down
   * the event is answered anyway: a rare duplicate beats a resident left without an answer (the
   * turn then apologises, since state is unreachable too).
   */
  private async firstDelivery(id: string, key: string, entryId: string): Promise<boolean> {
    try {
      // Claimed by journal entry: a redelivery by LINE is a new entry (refused), an event taken over
      // from a stopped instance is the same entry (allowed).
      return await this.deps.dedupe.claim(`line:event:${id}`, entryId, DEDUPE_TTL_MS);
    } catch (err) {
      this.deps.logger.warn(
        {
          user: this.deps.hasher.hash(key),
          err: { name: (err as Error).name, message: (err as Error).message },
        },
        'LINE de-duplication unavailable: answering anyway',
      );
      return true;
    }
  }

  private async handle(raw: unknown, receivedAt: number): Promise<void> {
    const mapping = toActivity(raw, 'line-bot');
    if (mapping.kind === 'ignore') {
      this.deps.logger.debug({ reason: mapping.reason }, 'LINE event ignored');
      return;
    }
    if (mapping.kind === 'forget') {
      await this.forget(mapping.userId);
      return;
    }
    const { event } = mapping;
    // The channel's locale: LINE profile language, used until the resident chooses one.
    const language = await this.profileLanguage(event.userId);
    if (language) event.activity.locale = language;
    await this.deps.adapter.processEvent(event, (context) => this.deps.bot.run(context), receivedAt);
  }

  /** Unfollow: the resident left; their conversation and choices are deleted, not kept. */
  private async forget(userId: string): Promise<void> {
    const context = new TurnContext(this.deps.adapter, {
      type: 'event',
      channelId: 'line',
      conversation: { id: userId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: userId, name: '' },
      recipient: { id: 'line-bot', name: 'bot' },
    });
    const keys = this.deps.states
      .map((state) =>
        (state as unknown as { getStorageKey(c: TurnContext): string | undefined }).getStorageKey(context),
      )
      .filter((k): k is string => Boolean(k));
    await this.deps.storage.delete(keys);
    this.languages.delete(userId);
    this.deps.logger.info({ user: this.deps.hasher.hash(userId) }, 'LINE user unfollowed: state deleted');
  }

  /** The profile's language (absent when the user has not agreed to LINE's privacy policy). */
  private async profileLanguage(userId: string): Promise<string | null> {
    const cached = this.languages.get(userId);
    if (cached && cached.expires > this.now()) return cached.language;
    // A missing profile (no consent, blocked, LINE down) must not stop the answer.
    const language = await this.deps.api
      .getProfile(userId)
      .then((p) => p.language ?? null)
      .catch(() => null);
    if (this.languages.size >= PROFILE_CACHE_MAX) this.languages.delete(this.languages.keys().next().value!);
    this.languages.set(userId, { language, expires: this.now() + PROFILE_TTL_MS });
    return language;
  }
}
