import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import { openStatus } from '../../knowledge/hours';
import type { Hours } from '../../knowledge/schema';
import type { Locale, TopicId } from '../../knowledge/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { statusEvent } from './hub';

/** One line of a hand-off conversation as staff see it. */
export interface CaseLine {
  from: 'resident' | 'bot' | 'staff' | 'system';
  /** For system lines a code the console words: 'accepted', 'ended:<reason>'. */
  text: string;
  at: number;
  /** The staff member who wrote a staff line. */
  staff?: string;
}

export type CaseState = 'waiting' | 'active' | 'ended';

export interface HandoffCase {
  /** Random id shown to staff; never the channel's conversation or user id. */
  id: string;
  /** channel + conversation id: the key the bot looks cases up by. Kept in memory only. */
  key: string;
  reference: Partial<ConversationReference>;
  channel: string;
  locale: Locale;
  topic: TopicId | null;
  /** Scrubbed history from before the request, then the live exchange (typed to staff). */
  lines: CaseLine[];
  state: CaseState;
  queuedAt: number;
  acceptedAt?: number;
  endedAt?: number;
  staff?: string;
  staffName?: string;
  /** The place in the queue the resident was last told. */
  lastToldPosition?: number;
}

/** What staff see of a case: no reference, no key (they carry the resident's channel ids). */
export type CaseView = Omit<HandoffCase, 'key' | 'reference' | 'lastToldPosition'> & {
  position: number | null;
};

export type EndReason = 'staff' | 'resident' | 'timeout' | 'closed';

/** What the desk asks the bot layer to say to a resident, in the resident's language. */
export type ResidentNotice =
  | { kind: 'accepted'; staffName: string }
  | { kind: 'staffMessage'; text: string }
  | { kind: 'ended'; reason: EndReason }
  | { kind: 'position'; position: number };

/**
 * Sends activities to a resident outside a turn (a LINE push with a retry key, a Direct Line
 * append). One per channel; a channel without one cannot take part in live hand-off.
 */
export type Deliver = (
  reference: Partial<ConversationReference>,
  activities: Partial<Activity>[],
) => Promise<void>;

/** Builds the resident-facing activities for a notice (the bot layer owns the wording). */
export type RenderNotice = (locale: Locale, notice: ResidentNotice) => Partial<Activity>[];

export interface DeskOptions {
  clock: Clock;
  logger: Logger;
  hours: Hours;
  render: RenderNotice;
  /** Staff count as online while their console is connected, and this long after it last spoke. */
  presenceMs?: number;
  /** A waiting resident is told to call instead after this long without being accepted. */
  maxWaitMs?: number;
  /** Cases kept this long after they end (the staff member's view of a finished chat), then forgotten. */
  keepEndedMs?: number;
  /** Live lines kept per case (the earliest are dropped first). */
  maxLines?: number;
  onWait?: (ms: number, outcome: 'accepted' | 'left' | 'timeout') => void;
}

export type Availability = 'available' | 'closed' | 'nobody';

interface Presence {
  name: string;
  streams: number;
  lastSeen: number;
}

export class DeskError extends Error {
  constructor(
    readonly status: 404 | 409 | 403,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The live hand-off desk: the queue of residents who asked for a person, the staff who are online,
 * and the relay between them. In memory: one instance serves both sides (see README, scale-out).
 *
 * Events: `changed` (the queue or a case changed: staff consoles refresh), `line` (caseId, line).
 */
export class HandoffDesk extends EventEmitter {
  private readonly cases = new Map<string, HandoffCase>();
  private readonly byKey = new Map<string, string>();
  private readonly presence = new Map<string, Presence>();
  private readonly deliverers = new Map<string, Deliver>();
  private readonly presenceMs: number;
  private readonly maxWaitMs: number;
  private readonly keepEndedMs: number;
  private readonly maxLines: number;

  constructor(private readonly options: DeskOptions) {
    super();
    // Each open console listens twice (changes, shutdown): a busy counter has more than ten.
    this.setMaxListeners(0);
    this.presenceMs = options.presenceMs ?? 60_000;
    this.maxWaitMs = options.maxWaitMs ?? 20 * 60_000;
    this.keepEndedMs = options.keepEndedMs ?? 30 * 60_000;
    this.maxLines = options.maxLines ?? 200;
  }

  /** Registers how to reach residents of a channel outside a turn. */
  channel(channelId: string, deliver: Deliver): void {
    this.deliverers.set(channelId, deliver);
  }

  supports(channelId: string): boolean {
    return this.deliverers.has(channelId);
  }

  // ---- staff presence ----

  /** A console stream opened (SSE); returns the function that closes it. */
  connect(username: string, name: string): () => void {
    const p = this.presence.get(username) ?? { name, streams: 0, lastSeen: 0 };
    p.streams += 1;
    p.lastSeen = this.now();
    this.presence.set(username, p);
    this.emit('changed');
    return () => {
      p.streams = Math.max(0, p.streams - 1);
      p.lastSeen = this.now();
      this.emit('changed');
    };
  }

  seen(username: string, name: string): void {
    const p = this.presence.get(username) ?? { name, streams: 0, lastSeen: 0 };
    p.lastSeen = this.now();
    this.presence.set(username, p);
  }

  online(): string[] {
    const now = this.now();
    return [...this.presence]
      .filter(([, p]) => p.streams > 0 || now - p.lastSeen < this.presenceMs)
      .map(([u]) => u);
  }

  /** Staffed hours by the clock, and somebody there to answer. */
  availability(channelId: string): Availability {
    if (!this.supports(channelId)) return 'nobody';
    if (openStatus(this.options.hours, this.options.clock.now()).state !== 'open') return 'closed';
    return this.online().length > 0 ? 'available' : 'nobody';
  }

  // ---- the resident's side (called by the bot during a turn) ----

  caseFor(key: string): HandoffCase | null {
    const id = this.byKey.get(key);
    const found = id ? this.cases.get(id) : undefined;
    return found && found.state !== 'ended' ? found : null;
  }

  /** Queues a resident; returns their case and place in the queue (1 = next). */
  enqueue(input: {
    key: string;
    reference: Partial<ConversationReference>;
    channel: string;
    locale: Locale;
    topic: TopicId | null;
    history: CaseLine[];
  }): { case: HandoffCase; position: number } {
    const existing = this.caseFor(input.key);
    if (existing) return { case: existing, position: this.position(existing.id) ?? 0 };
    const id = randomBytes(6).toString('base64url');
    const c: HandoffCase = {
      id,
      key: input.key,
      reference: input.reference,
      channel: input.channel,
      locale: input.locale,
      topic: input.topic,
      lines: input.history.slice(-20),
      state: 'waiting',
      queuedAt: this.now(),
    };
    this.cases.set(id, c);
    this.byKey.set(input.key, id);
    this.emit('changed');
    return { case: c, position: this.position(id) ?? 1 };
  }

  position(caseId: string): number | null {
    const waiting = this.waiting();
    const i = waiting.findIndex((c) => c.id === caseId);
    return i < 0 ? null : i + 1;
  }

  /** A message the resident typed while waiting or chatting: it is meant for staff, so kept as typed. */
  residentSays(c: HandoffCase, text: string): void {
    this.addLine(c, { from: 'resident', text, at: this.now() });
  }

  /** The resident left the queue or ended the chat. */
  async residentLeaves(c: HandoffCase): Promise<void> {
    if (c.state === 'waiting') this.options.onWait?.(this.now() - c.queuedAt, 'left');
    this.finish(c, 'resident');
    await this.tellQueue();
  }

  // ---- the staff side ----

  waiting(): HandoffCase[] {
    return [...this.cases.values()]
      .filter((c) => c.state === 'waiting')
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /** The queue and the cases this staff member holds; other staff members' chats are not shown. */
  view(username: string): { waiting: CaseView[]; mine: CaseView[]; online: number } {
    const toView = (c: HandoffCase): CaseView => {
      const view: CaseView = {
        id: c.id,
        channel: c.channel,
        locale: c.locale,
        topic: c.topic,
        lines: c.lines.map((l) => ({ ...l })),
        state: c.state,
        queuedAt: c.queuedAt,
        position: this.position(c.id),
        ...(c.acceptedAt !== undefined ? { acceptedAt: c.acceptedAt } : {}),
        ...(c.endedAt !== undefined ? { endedAt: c.endedAt } : {}),
        ...(c.staff !== undefined ? { staff: c.staff, staffName: c.staffName } : {}),
      };
      return view;
    };
    return {
      waiting: this.waiting().map(toView),
      mine: [...this.cases.values()]
        .filter((c) => c.staff === username && c.state !== 'waiting')
        .sort((a, b) => (b.acceptedAt ?? 0) - (a.acceptedAt ?? 0))
        .map(toView),
      online: this.online().length,
    };
  }

  async accept(caseId: string, username: string, name: string): Promise<HandoffCase> {
    const c = this.cases.get(caseId);
    if (!c || c.state === 'ended') throw new DeskError(404, 'no such waiting resident');
    if (c.state === 'active') throw new DeskError(409, 'another staff member has already accepted');
    c.state = 'active';
    c.staff = username;
    c.staffName = name;
    c.acceptedAt = this.now();
    this.options.onWait?.(c.acceptedAt - c.queuedAt, 'accepted');
    this.addLine(c, { from: 'system', text: 'accepted', at: this.now() });
    await this.notify(c, { kind: 'accepted', staffName: name }, { state: 'accepted' });
    await this.tellQueue();
    return c;
  }

  async staffSays(caseId: string, username: string, text: string): Promise<void> {
    const c = this.owned(caseId, username);
    this.addLine(c, { from: 'staff', text, at: this.now(), staff: c.staffName });
    await this.notify(c, { kind: 'staffMessage', text });
  }

  async staffEnds(caseId: string, username: string): Promise<void> {
    const c = this.owned(caseId, username);
    this.finish(c, 'staff');
    await this.notify(c, { kind: 'ended', reason: 'staff' }, { state: 'completed' });
  }

  /**
   * Residents nobody can answer are not left waiting: after the longest wait, outside staffed
   * hours, or with no staff online, they get the phone numbers instead. A chat whose staff member
   * has gone ends the same way. Runs on a timer (and in tests, by hand with a fake clock).
   */
  async sweep(): Promise<void> {
    const now = this.now();
    const closed = openStatus(this.options.hours, new Date(now)).state !== 'open';
    const online = new Set(this.online());
    for (const c of [...this.cases.values()]) {
      if (c.state === 'ended') {
        if (now - (c.endedAt ?? now) > this.keepEndedMs) this.forget(c);
        continue;
      }
      const gone = c.state === 'active' ? !online.has(c.staff ?? '') : online.size === 0;
      const reason: EndReason | null =
        c.state === 'waiting' && now - c.queuedAt > this.maxWaitMs
          ? 'timeout'
          : gone || (closed && c.state === 'waiting')
            ? 'closed'
            : null;
      if (!reason) continue;
      if (c.state === 'waiting') this.options.onWait?.(now - c.queuedAt, 'timeout');
      this.finish(c, reason);
      await this.notify(c, { kind: 'ended', reason }, { state: 'failed' });
    }
    await this.tellQueue();
  }

  /** Shutting down: consoles' live streams close so the server can stop (they reconnect elsewhere). */
  close(): void {
    this.emit('closing');
  }

  /** Starts the sweep timer; returns the stopper. */
  start(everyMs = 15_000): () => void {
    const timer = setInterval(() => {
      this.sweep().catch((err: Error) =>
        this.options.logger.warn({ err: { message: err.message } }, 'hand-off sweep failed'),
      );
    }, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  // ---- internals ----

  private owned(caseId: string, username: string): HandoffCase {
    const c = this.cases.get(caseId);
    if (!c || c.state === 'ended') throw new DeskError(404, 'this chat has ended');
    if (c.state !== 'active' || c.staff !== username)
      throw new DeskError(403, 'this chat belongs to another staff member');
    return c;
  }

  private finish(c: HandoffCase, reason: EndReason): void {
    c.state = 'ended';
    c.endedAt = this.now();
    this.addLine(c, { from: 'system', text: `ended:${reason}`, at: this.now() });
    this.byKey.delete(c.key);
    this.emit('changed');
  }

  private forget(c: HandoffCase): void {
    this.cases.delete(c.id);
  }

  private addLine(c: HandoffCase, line: CaseLine): void {
    c.lines.push(line);
    if (c.lines.length > this.maxLines) c.lines.splice(0, c.lines.length - this.maxLines);
    this.emit('line', c.id, line);
    this.emit('changed');
  }

  /** Everyone still waiting learns their new place when the queue moves. */
  private async tellQueue(): Promise<void> {
    const waiting = this.waiting();
    await Promise.all(
      waiting.map((c, i) => {
        const position = i + 1;
        if (position === c.lastToldPosition) return Promise.resolve();
        c.lastToldPosition = position;
        return this.notify(c, { kind: 'position', position });
      }),
    );
  }

  private async notify(
    c: HandoffCase,
    notice: ResidentNotice,
    status?: { state: 'accepted' | 'failed' | 'completed' },
  ): Promise<void> {
    const deliver = this.deliverers.get(c.channel);
    if (!deliver) return;
    const activities = this.options.render(c.locale, notice);
    // Bot Framework's hand-off status event, for channels and clients that follow the protocol.
    if (status) activities.push(statusEvent(c.reference.conversation, status.state));
    try {
      await deliver(c.reference, activities);
    } catch (err) {
      // The case id is random: logging it identifies nobody. The text is never logged.
      this.options.logger.error(
        { case: c.id, notice: notice.kind, err: { message: (err as Error).message } },
        'hand-off message could not be delivered',
      );
    }
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }
}
