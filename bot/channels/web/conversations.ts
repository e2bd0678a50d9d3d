import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Direct Line conversations: the ordered activity log each client reads with a watermark, and
 * listeners for WebSocket streams. In memory here; the scale-out work backs the same interface
 * with Redis (lists and pub/sub) so a stream on one instance sees replies made on another.
 */
export interface StoredConversation {
  id: string;
  userId: string;
  createdAt: number;
  touchedAt: number;
  /** Sequence number of the next activity (never reused, even after old ones are dropped). */
  next: number;
  activities: Array<Partial<Activity>>;
}

/**
 * `watermark` is the log's latest sequence number; null for live-only activities (typing), whose
 * sender does not know it without a read.
 */
export type Listener = (activities: Array<Partial<Activity>>, watermark: number | null) => void;

/** Who a conversation belongs to: what the endpoints need to know about it. */
export interface ConversationInfo {
  id: string;
  userId: string;
}

/**
 * Direct Line conversations as the endpoint sees them. In memory for one instance; in Redis (lists
 * and pub/sub) so that a stream on one instance sees the replies made on another.
 */
export interface DirectLineStore {
  create(): Promise<ConversationInfo>;
  /** null when unknown or expired after inactivity. */
  get(id: string): Promise<ConversationInfo | null>;
  /** Appends, numbers the activities `<conversation>|<n>`, tells listeners; returns the watermark. */
  append(id: string, activities: Array<Partial<Activity>>): Promise<number>;
  since(
    id: string,
    watermark: number | null,
  ): Promise<{ activities: Array<Partial<Activity>>; watermark: number }>;
  /** Typing indicators: streamed, never stored. */
  signal(id: string, activity: Partial<Activity>): Promise<void>;
  /** Resolves once listening (a Redis subscription is confirmed); returns the stopper. */
  listen(id: string, listener: Listener): Promise<() => void>;
}

/** The in-process store behind the async interface. */
export class MemoryDirectLineStore implements DirectLineStore {
  constructor(private readonly store = new ConversationStore()) {}
  create(): Promise<ConversationInfo> {
    const c = this.store.create();
    return Promise.resolve({ id: c.id, userId: c.userId });
  }
  get(id: string): Promise<ConversationInfo | null> {
    const c = this.store.get(id);
    return Promise.resolve(c ? { id: c.id, userId: c.userId } : null);
  }
  // async: an expired conversation's throw becomes a rejection, as with Redis.
  async append(id: string, activities: Array<Partial<Activity>>): Promise<number> {
    await Promise.resolve();
    return this.store.append(id, activities);
  }
  since(id: string, watermark: number | null) {
    return Promise.resolve(this.store.since(id, watermark));
  }
  signal(id: string, activity: Partial<Activity>): Promise<void> {
    this.store.signal(id, activity);
    return Promise.resolve();
  }
  listen(id: string, listener: Listener): Promise<() => void> {
    return Promise.resolve(this.store.listen(id, listener));
  }
}

export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    /** Idle conversations are forgotten after this long. */
    private readonly idleMs = 60 * 60_000,
    /** Activities kept per conversation: older ones are dropped (a chat, not an archive). */
    private readonly maxActivities = 500,
    private readonly now: () => number = Date.now,
  ) {}

  create(userId: string = `dl_${randomUUID()}`): StoredConversation {
    this.sweep();
    const conversation: StoredConversation = {
      id: randomUUID().replace(/-/g, ''),
      userId,
      createdAt: this.now(),
      touchedAt: this.now(),
      next: 0,
      activities: [],
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  get(id: string): StoredConversation | null {
    const c = this.conversations.get(id);
    if (!c) return null;
    if (this.now() - c.touchedAt > this.idleMs) {
      this.conversations.delete(id);
      return null;
    }
    return c;
  }

  /** Appends, numbers the activities `<conversation>|<n>` and returns the new watermark. */
  append(id: string, activities: Array<Partial<Activity>>): number {
    const c = this.get(id);
    if (!c) throw new Error('conversation expired');
    const stamped = activities.map((a) => ({ ...a, id: `${id}|${String(c.next++).padStart(7, '0')}` }));
    c.activities.push(...stamped);
    if (c.activities.length > this.maxActivities)
      c.activities.splice(0, c.activities.length - this.maxActivities);
    c.touchedAt = this.now();
    const watermark = this.watermarkOf(c);
    for (const l of this.listeners.get(id) ?? []) l(stamped, watermark);
    return watermark;
  }

  /** Activities after `watermark` (a number the client got from us). */
  since(id: string, watermark: number | null): { activities: Array<Partial<Activity>>; watermark: number } {
    const c = this.get(id);
    if (!c) return { activities: [], watermark: 0 };
    const from = watermark ?? -1;
    // Numbered in order without gaps (only the oldest are ever dropped): the log holds numbers
    // next - length to next - 1, so the new ones are the tail after `from`.
    const first = c.next - c.activities.length;
    const start = Math.min(c.activities.length, Math.max(0, from + 1 - first));
    return { activities: c.activities.slice(start), watermark: this.watermarkOf(c) };
  }

  /** Typing indicators and other live-only activities: streamed, never stored. */
  signal(id: string, activity: Partial<Activity>): void {
    const c = this.get(id);
    if (!c) return;
    for (const l of this.listeners.get(id) ?? [])
      l([{ ...activity, id: `${id}|typing` }], this.watermarkOf(c));
  }

  listen(id: string, listener: Listener): () => void {
    const set = this.listeners.get(id) ?? new Set();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  get size(): number {
    return this.conversations.size;
  }

  private watermarkOf(c: StoredConversation): number {
    return c.next - 1;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, c] of this.conversations)
      if (now - c.touchedAt > this.idleMs) this.conversations.delete(id);
  }
}

export function sequence(id: string | undefined): number {
  const n = Number((id ?? '').split('|')[1]);
  return Number.isFinite(n) ? n : -1;
}
