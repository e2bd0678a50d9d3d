import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { DeskBus, DeskEvent } from '../handoff/deskBus';
import type { Logger } from '../logger';

export interface RedisDeskBusOptions {
  logger: Pick<Logger, 'warn'>;
  /** The pub/sub channel (default `ym:ho:events`). */
  channel?: string;
}

const lineSchema = z.object({
  from: z.enum(['resident', 'bot', 'staff', 'system']),
  text: z.string(),
  at: z.number(),
  staff: z.string().optional(),
});
const eventSchema = z.discriminatedUnion('kind', [
  z.object({ origin: z.string(), kind: z.literal('changed') }),
  z.object({ origin: z.string(), kind: z.literal('line'), caseId: z.string(), line: lineSchema }),
]);

/**
 * The desks' events over Redis pub/sub. A connection in subscriber mode can do nothing else, so the
 * subscriber is a duplicate of the shared connection, opened on the first subscribe. Messages are
 * fire and forget: a console that misses one catches up with the next change.
 */
export class RedisDeskBus implements DeskBus {
  private readonly channel: string;
  private readonly handlers = new Set<(event: DeskEvent) => void>();
  private subscriber: Redis | null = null;
  private subscribed: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisDeskBusOptions,
  ) {
    this.channel = options.channel ?? 'ym:ho:events';
  }

  async publish(event: DeskEvent): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(event));
  }

  subscribe(handler: (event: DeskEvent) => void): () => void {
    this.handlers.add(handler);
    // No connection of our own before the shared one is up (composing opens nothing; start-up connects).
    if (this.redis.status === 'ready') this.openSoon();
    else this.redis.once('ready', this.openSoon);
    return () => {
      this.handlers.delete(handler);
    };
  }

  /** Resolves once the subscription is in place (start-up, tests). */
  ready(): Promise<void> {
    this.subscribed ??= this.open();
    return this.subscribed;
  }

  /** Closes the subscriber connection (shutdown). */
  async close(): Promise<void> {
    this.redis.off('ready', this.openSoon);
    const sub = this.subscriber;
    this.subscriber = null;
    this.subscribed = null;
    if (sub) await sub.quit().catch(() => sub.disconnect());
  }

  private readonly openSoon = (): void => {
    // Failures are logged where they happen; ioredis keeps reconnecting the subscriber.
    this.ready().catch(() => undefined);
  };

  private open(): Promise<void> {
    const sub = this.redis.duplicate();
    this.subscriber = sub;
    sub.on('error', (err: Error) => this.warn('hand-off event subscriber error', err));
    sub.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.dispatch(message);
    });
    return new Promise<void>((resolve, reject) => {
      // Subscribe on every (re)connection: the first connection may fail before a subscription exists.
      sub.on('ready', () => {
        sub.subscribe(this.channel).then(
          () => resolve(),
          (err: Error) => this.warn('hand-off event subscription failed', err),
        );
      });
      // The shared connection is lazy (connected at start-up): so is its duplicate.
      if (sub.status === 'wait') {
        sub.connect().catch((err: Error) => {
          this.warn('hand-off event subscriber could not connect', err);
          reject(err);
        });
      }
    });
  }

  private dispatch(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      parsed = null;
    }
    const event = eventSchema.safeParse(parsed);
    // Another program's message on our channel is ignored; nothing of it is logged.
    if (!event.success) return;
    for (const handler of this.handlers) handler(event.data);
  }

  private warn(message: string, err: Error): void {
    this.options.logger.warn({ err: { name: err.name, message: err.message } }, message);
  }
}
