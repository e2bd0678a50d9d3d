import { randomUUID } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import { HTTPFetchError } from '@line/bot-sdk';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import { BotAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import type { IdHasher } from '../../privacy';
import type { MappedEvent } from './toActivity';
import { LINE_CHANNEL_ID } from './toActivity';
import { toLineMessages } from './toLine';

type Message = messagingApi.Message;
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** The calls of the SDK's MessagingApiClient the adapter makes (a seam for unit tests). */
export interface LineApi {
  replyMessage(request: messagingApi.ReplyMessageRequest): Promise<unknown>;
  pushMessage(request: messagingApi.PushMessageRequest, retryKey?: string): Promise<unknown>;
  showLoadingAnimation(request: messagingApi.ShowLoadingAnimationRequest): Promise<unknown>;
  getProfile(userId: string): Promise<messagingApi.UserProfileResponse>;
}

export interface LineAdapterOptions {
  logger: Logger;
  hasher: IdHasher;
  /** Show LINE's loading animation when a turn takes longer than this. */
  loadingAfterMs?: number;
  /** Reply tokens expire (about 30 s observed): after this, push instead of trying the token. */
  replyTokenMs?: number;
  /** Attempts per request on 429 and 5xx, with exponential back-off. */
  attempts?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const OUTBOX = Symbol('line.outbox');

/**
 * Bot Framework adapter for LINE: a turn's activities are collected and sent when the turn ends,
 * as one reply (five messages per request) with the event's reply token, or as pushes with an
 * `X-Line-Retry-Key` when the token is gone or the answer comes later. 429 and 5xx are retried a
 * bounded number of times; an answer that still cannot be delivered is logged, never dropped
 * silently (the log has no message text).
 */
export class LineAdapter extends BotAdapter {
  private readonly loadingAfterMs: number;
  private readonly replyTokenMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly api: LineApi,
    private readonly options: LineAdapterOptions,
  ) {
    super();
    this.loadingAfterMs = options.loadingAfterMs ?? 1000;
    this.replyTokenMs = options.replyTokenMs ?? 25_000;
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 500;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  /** Runs one turn for a mapped event and delivers what the bot said. */
  async processEvent(event: MappedEvent, logic: TurnLogic, receivedAt: number = this.now()): Promise<void> {
    const outbox: Array<Partial<Activity>> = [];
    const context = new TurnContext(this, event.activity);
    context.turnState.set(OUTBOX, outbox);
    const loading =
      event.activity.type === 'message'
        ? setTimeout(() => {
            this.api
              .showLoadingAnimation({ chatId: event.userId, loadingSeconds: 20 })
              .catch((err: unknown) => this.logFailure('loading animation', event.userId, err, 0));
          }, this.loadingAfterMs)
        : undefined;
    try {
      await this.runMiddleware(context, logic);
    } finally {
      clearTimeout(loading);
    }
    await this.deliver(event.userId, outbox, event.replyToken, receivedAt);
  }

  sendActivities(context: TurnContext, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get<Array<Partial<Activity>> | undefined>(OUTBOX);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // Delays and typing mean nothing here: LINE has its own loading animation.
      if (activity.type === 'delay' || activity.type === 'typing') continue;
      outbox?.push(activity);
      responses.push({ id: randomUUID() });
    }
    return Promise.resolve(responses);
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('LINE messages cannot be edited'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('LINE messages cannot be deleted'));
  }

  /** A message that is not an answer to an event (a staff member's reply): always a push. */
  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const userId = reference.user?.id ?? reference.conversation?.id;
    if (!userId) throw new Error('a LINE conversation reference needs the user id');
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation', channelId: LINE_CHANNEL_ID },
      reference,
      true,
    );
    await this.processEvent({ activity, userId }, logic);
  }

  private async deliver(
    userId: string,
    activities: Array<Partial<Activity>>,
    replyToken: string | undefined,
    receivedAt: number,
  ): Promise<void> {
    const batches = toLineMessages(activities);
    if (batches.length === 0) return;
    const [first, ...rest] = batches as [Message[], ...Message[][]];
    const fresh = replyToken !== undefined && this.now() - receivedAt < this.replyTokenMs;
    if (!fresh || !(await this.reply(userId, replyToken, first))) await this.push(userId, first);
    for (const batch of rest) await this.push(userId, batch);
  }

  /** True when LINE took the reply. False (push instead) when the token was refused or LINE failed. */
  private async reply(userId: string, replyToken: string, messages: Message[]): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.api.replyMessage({ replyToken, messages });
        return true;
      } catch (err) {
        const status = statusOf(err);
        // 429: not processed, the token is still good. Anything else (400 expired or used token,
        // 5xx) falls back to a push: a rare duplicate is better than a lost answer.
        if (status === 429 && attempt < this.attempts) {
          await this.sleep(this.delay(err, attempt));
          continue;
        }
        this.logFailure('reply', userId, err, messages.length, 'warn');
        return false;
      }
    }
  }

  private async push(userId: string, messages: Message[]): Promise<void> {
    // One key for all attempts: LINE answers 409 to a repeat it already accepted.
    const retryKey = randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.api.pushMessage({ to: userId, messages }, retryKey);
        return;
      } catch (err) {
        const status = statusOf(err);
        if (status === 409) return;
        const retryable = status === 429 || status === undefined || status >= 500;
        if (retryable && attempt < this.attempts) {
          await this.sleep(this.delay(err, attempt));
          continue;
        }
        this.logFailure('push', userId, err, messages.length);
        return;
      }
    }
  }

  private delay(err: unknown, attempt: number): number {
    const retryAfter = err instanceof HTTPFetchError ? Number(err.headers.get('retry-after')) : NaN;
    if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, 10_000);
    return this.backoffMs * 2 ** (attempt - 1);
  }

  private logFailure(
    what: string,
    userId: string,
    err: unknown,
    messages: number,
    level: 'warn' | 'error' = 'error',
  ): void {
    this.options.logger[level](
      {
        user: this.options.hasher.hash(userId),
        status: statusOf(err) ?? null,
        error: err instanceof Error ? err.name : 'unknown',
        messages,
      },
      what === 'push' ? 'LINE delivery failed: the answer was not delivered' : `LINE ${what} failed`,
    );
  }
}

function statusOf(err: unknown): number | undefined {
  return err instanceof HTTPFetchError ? err.status : undefined;
}
