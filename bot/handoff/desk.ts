import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import { openStatus } from '../../knowledge/hours';
import type { Hours } from '../../knowledge/schema';
import type { Locale, TopicId } from '../../knowledge/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { DeskBus, DeskEvent } from './deskBus';
import { MemoryDeskBus } from './deskBus';
import type { CaseChange, DeskStore } from './deskStore';
import { MemoryDeskStore } from './deskStore';
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
  /** channel + conversation id: the key the bot looks cases up by. Never shown to staff. */
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
  /** Cases, queue and presence: in this process by default, in Redis when instances share them. */
  store?: DeskStore;
  /** Tells the desks of other instances what changed, so every console refreshes. */
  bus?: DeskBus;
  /**
   * A live case nobody touched for this long is dropped from the store. The sweep ends such cases
   * long before; this only bounds what is left behind if every instance stops.
   */
  liveTtlMs?: number;
}

export type Availability = 'available' | 'closed' | 'nobody';

export class DeskError extends Error {
  constructor(
    readonly status: 404 | 409 | 403,
    message: string,
  ) {
    super(message);
  }
}

/** How long one instance's sweep may hold the lock; an instance that dies holding it delays the next sweep by at most this. */
const SWEEP_LOCK_MS = 30_000;

/**
 * The live hand-off desk: the queue of residents who asked for a person, the staff who are online,
 * and the relay between them. The state is in a DeskStore (memory, or Redis shared by every
 * instance); changes to a case are atomic, so two instances never both accept or end one case.
 *
 * Events: `changed` (the queue or a case changed, here or on another instance: staff consoles
 * refresh), `line` (caseId, line), `closing` (shutdown).
 */
export class HandoffDesk extends EventEmitter {
  private readonly store: DeskStore;
  private readonly bus: DeskBus;
  private readonly unsubscribe: () => void;
  /** Tells this desk's own events apart from other instances' on the bus. */
  private readonly origin = randomBytes(6).toString('base64url');
  private readonly deliverers = new Map<string, Deliver>();
  /** Consoles connected to this instance: online here whatever the store says. */
  private readonly streams = new Map<string, { name: string; count: number }>();
  private readonly pending = new Set<Promise<void>>();
  private readonly presenceMs: number;
  private readonly maxWaitMs: number;
  private readonly keepEndedMs: number;
  private readonly liveTtlMs: number;
  private readonly maxLines: number;

  constructor(private readonly options: DeskOptions) {
    super();
    // Each open console listens twice (changes, shutdown): a busy counter has more than ten.
    this.setMaxListeners(0);
    this.presenceMs = options.presenceMs ?? 60_000;
    this.maxWaitMs = options.maxWaitMs ?? 20 * 60_000;
    this.keepEndedMs = options.keepEndedMs ?? 30 * 60_000;
    this.liveTtlMs = options.liveTtlMs ?? 24 * 3600_000;
    this.maxLines = options.maxLines ?? 200;
    this.store = options.store ?? new MemoryDeskStore(options.clock);
    this.bus = options.bus ?? new MemoryDeskBus();
    this.unsubscribe = this.bus.subscribe((event) => this.heard(event));
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
    const s = this.streams.get(username) ?? { name, count: 0 };
    s.count += 1;
    this.streams.set(username, s);
    this.markPresent(username, name, true);
    this.emit('changed');
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      s.count -= 1;
      if (s.count <= 0 && this.streams.get(username) === s) this.streams.delete(username);
      // Still online for presenceMs: a console reloading or reconnecting elsewhere is not "gone".
      this.markPresent(username, name, true);
      this.emit('changed');
    };
  }

  seen(username: string, name: string): void {
    this.markPresent(username, name);
  }

  /** Resolves when this desk's presence writes so far have reached the store (tests; shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Usernames of the staff online on any instance. */
  async online(): Promise<string[]> {
    await this.idle();
    const shared = await this.store.online(this.now());
    return [...new Set([...shared.map((s) => s.username), ...this.streams.keys()])];
  }

  /** Staffed hours by the clock, and somebody there to answer. */
  async availability(channelId: string): Promise<Availability> {
    if (!this.supports(channelId)) return 'nobody';
    if (openStatus(this.options.hours, this.options.clock.now()).state !== 'open') return 'closed';
    return (await this.online()).length > 0 ? 'available' : 'nobody';
  }

  // ---- the resident's side (called by the bot during a turn) ----

  async caseFor(key: string): Promise<HandoffCase | null> {
    const id = await this.store.idForKey(key);
    const found = id ? await this.store.get(id) : null;
    return found && found.state !== 'ended' ? found : null;
  }

  /** Queues a resident; returns their case and place in the queue (1 = next), which the caller tells them. */
  async enqueue(input: {
    key: string;
    reference: Partial<ConversationReference>;
    channel: string;
    locale: Locale;
    topic: TopicId | null;
    history: CaseLine[];
  }): Promise<{ case: HandoffCase; position: number }> {
    const existing = await this.caseFor(input.key);
    if (existing) return { case: existing, position: (await this.position(existing.id)) ?? 0 };
    const fresh: HandoffCase = {
      id: randomBytes(6).toString('base64url'),
      key: input.key,
      reference: input.reference,
      channel: input.channel,
      locale: input.locale,
      topic: input.topic,
      lines: input.history.slice(-20),
      state: 'waiting',
      queuedAt: this.now(),
    };
    const stored = await this.store.add(fresh, this.liveTtlMs);
    // Another instance queued the same conversation a moment earlier: that case is the one.
    if (stored.id !== fresh.id) return { case: stored, position: (await this.position(stored.id)) ?? 0 };
    const position = (await this.position(fresh.id)) ?? 1;
    // Until this is written, the queue's updates skip the case: the caller is telling the place.
    const told = await this.store.update(
      fresh.id,
      (c) => (c.state === 'waiting' ? { ...c, lastToldPosition: position } : null),
      this.ttlOf,
    );
    this.committed();
    return { case: told?.case ?? stored, position };
  }

  async position(caseId: string): Promise<number | null> {
    const rank = await this.store.rank(caseId);
    return rank === null ? null : rank + 1;
  }

  /** A message the resident typed while waiting or chatting: it is meant for staff, so kept as typed. */
  async residentSays(c: HandoffCase, text: string): Promise<void> {
    const line: CaseLine = { from: 'resident', text, at: this.now() };
    const r = await this.store.update(c.id, (cur) => this.withLine(cur, line), this.ttlOf);
    if (r?.changed) this.committed(r.case.id, line);
  }

  /** The resident left the queue or ended the chat. */
  async residentLeaves(c: HandoffCase): Promise<void> {
    const done = await this.finish(c.id, 'resident', () => true);
    if (done?.before === 'waiting') this.options.onWait?.(this.now() - done.case.queuedAt, 'left');
    await this.tellQueue();
  }

  // ---- the staff side ----

  waiting(): Promise<HandoffCase[]> {
    return this.store.waiting();
  }

  /** The queue and the cases this staff member holds; other staff members' chats are not shown. */
  async view(username: string): Promise<{ waiting: CaseView[]; mine: CaseView[]; online: number }> {
    const [waiting, all, online] = await Promise.all([this.store.waiting(), this.store.all(), this.online()]);
    const positions = new Map(waiting.map((c, i) => [c.id, i + 1]));
    const toView = (c: HandoffCase): CaseView => ({
      id: c.id,
      channel: c.channel,
      locale: c.locale,
      topic: c.topic,
      lines: c.lines.map((l) => ({ ...l })),
      state: c.state,
      queuedAt: c.queuedAt,
      position: positions.get(c.id) ?? null,
      ...(c.acceptedAt !== undefined ? { acceptedAt: c.acceptedAt } : {}),
      ...(c.endedAt !== undefined ? { endedAt: c.endedAt } : {}),
      ...(c.staff !== undefined ? { staff: c.staff, staffName: c.staffName } : {}),
    });
    return {
      waiting: waiting.map(toView),
      mine: all
        .filter((c) => c.staff === username && c.state !== 'waiting')
        .sort((a, b) => (b.acceptedAt ?? 0) - (a.acceptedAt ?? 0))
        .map(toView),
      online: online.length,
    };
  }

  async accept(caseId: string, username: string, name: string): Promise<HandoffCase> {
    const at = this.now();
    const line: CaseLine = { from: 'system', text: 'accepted', at };
    // Atomic: of two staff accepting at once (on any instances), the second sees 'active' and gets 409.
    const r = await this.store.update(
      caseId,
      (cur) => {
        if (cur.state === 'ended') throw new DeskError(404, 'no such waiting resident');
        if (cur.state === 'active') throw new DeskError(409, 'another staff member has already accepted');
        return this.withLine(
          { ...cur, state: 'active', staff: username, staffName: name, acceptedAt: at },
          line,
        );
      },
      this.ttlOf,
    );
    if (!r) throw new DeskError(404, 'no such waiting resident');
    const c = r.case;
    this.options.onWait?.(at - c.queuedAt, 'accepted');
    this.committed(c.id, line);
    await this.notify(c, { kind: 'accepted', staffName: name }, { state: 'accepted' });
    await this.tellQueue();
    return c;
  }

  async staffSays(caseId: string, username: string, text: string): Promise<void> {
    const line: CaseLine = { from: 'staff', text, at: this.now() };
    const r = await this.store.update(
      caseId,
      (cur) => {
        this.checkOwner(cur, username);
        return this.withLine(cur, { ...line, staff: cur.staffName });
      },
      this.ttlOf,
    );
    if (!r) throw new DeskError(404, 'this chat has ended');
    this.committed(r.case.id, r.case.lines.at(-1));
    await this.notify(r.case, { kind: 'staffMessage', text });
  }

  async staffEnds(caseId: string, username: string): Promise<void> {
    const done = await this.finish(caseId, 'staff', (cur) => {
      this.checkOwner(cur, username);
      return true;
    });
    if (!done) throw new DeskError(404, 'this chat has ended');
    await this.notify(done.case, { kind: 'ended', reason: 'staff' }, { state: 'completed' });
  }

  /**
   * Residents nobody can answer are not left waiting: after the longest wait, outside staffed
   * hours, or with no staff online, they get the phone numbers instead. A chat whose staff member
   * has gone ends the same way. Runs on a timer (and in tests, by hand with a fake clock). With
   * several instances one sweeps at a time (a lock); ending a case is atomic besides, so a resident
   * is told once even if two sweeps overlap.
   */
  async sweep(): Promise<void> {
    const release = await this.store.lock('sweep', SWEEP_LOCK_MS);
    if (!release) return;
    try {
      const now = this.now();
      const closed = openStatus(this.options.hours, new Date(now)).state !== 'open';
      const online = new Set(await this.online());
      const reasonFor = (c: HandoffCase): EndReason | null => {
        if (c.state === 'ended') return null;
        const gone = c.state === 'active' ? !online.has(c.staff ?? '') : online.size === 0;
        return c.state === 'waiting' && now - c.queuedAt > this.maxWaitMs
          ? 'timeout'
          : gone || (closed && c.state === 'waiting')
            ? 'closed'
            : null;
      };
      for (const c of await this.store.all()) {
        const reason = reasonFor(c);
        if (!reason) continue;
        // Decided again on the case as stored now: it may have been accepted in the meantime.
        const done = await this.finish(c.id, reason, (cur) => reasonFor(cur) === reason);
        if (!done) continue;
        if (done.before === 'waiting') this.options.onWait?.(now - done.case.queuedAt, 'timeout');
        await this.notify(done.case, { kind: 'ended', reason }, { state: 'failed' });
      }
      await this.tellQueue();
    } finally {
      await release();
    }
  }

  /** Shutting down: consoles' live streams close so the server can stop (they reconnect elsewhere). */
  close(): void {
    this.unsubscribe();
    this.emit('closing');
  }

  /** Starts the sweep timer (which also keeps this instance's open consoles online); returns the stopper. */
  start(everyMs = 15_000): () => void {
    const timer = setInterval(() => {
      for (const [username, s] of this.streams) this.markPresent(username, s.name);
      this.sweep().catch((err: Error) =>
        this.options.logger.warn({ err: { message: err.message } }, 'hand-off sweep failed'),
      );
    }, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  // ---- internals ----

  private readonly ttlOf = (c: HandoffCase): number =>
    c.state === 'ended' ? this.keepEndedMs : this.liveTtlMs;

  private checkOwner(c: HandoffCase, username: string): void {
    if (c.state === 'ended') throw new DeskError(404, 'this chat has ended');
    if (c.state !== 'active' || c.staff !== username)
      throw new DeskError(403, 'this chat belongs to another staff member');
  }

  /** Ends a case unless it has ended already or `still` says no (it may throw to refuse). */
  private async finish(
    caseId: string,
    reason: EndReason,
    still: (current: HandoffCase) => boolean,
  ): Promise<{ case: HandoffCase; before: CaseState } | null> {
    const at = this.now();
    const line: CaseLine = { from: 'system', text: `ended:${reason}`, at };
    let before: CaseState = 'waiting';
    const change: CaseChange = (cur) => {
      if (cur.state === 'ended' || !still(cur)) return null;
      before = cur.state;
      return this.withLine({ ...cur, state: 'ended', endedAt: at }, line);
    };
    const r = await this.store.update(caseId, change, this.ttlOf);
    if (!r?.changed) return null;
    this.committed(r.case.id, line);
    return { case: r.case, before };
  }

  private withLine(c: HandoffCase, line: CaseLine): HandoffCase {
    return { ...c, lines: [...c.lines, line].slice(-this.maxLines) };
  }

  /** Everyone still waiting learns their new place when the queue moves (once, whichever instance moved it). */
  private async tellQueue(): Promise<void> {
    const waiting = await this.store.waiting();
    await Promise.all(
      waiting.map(async (c, i) => {
        const position = i + 1;
        const due = (cur: HandoffCase) =>
          cur.state === 'waiting' &&
          // Not yet told anything: enqueue is still telling the resident their first place.
          cur.lastToldPosition !== undefined &&
          cur.lastToldPosition !== position;
        if (!due(c)) return;
        const r = await this.store.update(
          c.id,
          (cur) => (due(cur) ? { ...cur, lastToldPosition: position } : null),
          this.ttlOf,
        );
        if (r?.changed) await this.notify(r.case, { kind: 'position', position });
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

  /** A write reached the store: this instance's consoles refresh now, the others' through the bus. */
  private committed(caseId?: string, line?: CaseLine): void {
    if (caseId && line) this.emit('line', caseId, line);
    this.emit('changed');
    this.publish(
      caseId && line
        ? { origin: this.origin, kind: 'line', caseId, line }
        : { origin: this.origin, kind: 'changed' },
    );
  }

  private heard(event: DeskEvent): void {
    if (event.origin === this.origin) return;
    if (event.kind === 'line') this.emit('line', event.caseId, event.line);
    this.emit('changed');
  }

  private publish(event: DeskEvent): void {
    this.bus
      .publish(event)
      .catch((err: Error) =>
        this.options.logger.warn({ err: { message: err.message } }, 'hand-off event not published'),
      );
  }

  /**
   * Fire and forget (a console's request goes on), but online() waits for this instance's writes.
   * `announce` when a console opened or closed: other instances' consoles show how many are online
   * (refreshes that keep somebody online change nothing there, so they stay quiet).
   */
  private markPresent(username: string, name: string, announce = false): void {
    const now = this.now();
    const write = this.store.present(username, name, now + this.presenceMs, now).then(
      () => {
        if (announce) this.publish({ origin: this.origin, kind: 'changed' });
      },
      (err: Error) =>
        this.options.logger.warn({ err: { message: err.message } }, 'staff presence not recorded'),
    );
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }
}
