import type { Clock } from '../clock';
import type { HandoffCase } from './desk';

/**
 * A change to one case. It gets the case as stored now and returns the new case, or null to leave
 * it as it is; it may throw (a DeskError) to refuse. A shared store may run it more than once when
 * another instance wrote the case in between, so it must not have side effects.
 */
export type CaseChange = (current: HandoffCase) => HandoffCase | null;

/** A staff member whose console is open (or was, within the presence window) on any instance. */
export interface PresentStaff {
  username: string;
  name: string;
}

/**
 * Where the hand-off desk keeps its state: the cases (by id and by conversation key), the waiting
 * order, staff presence and a lock. In memory for one process; in Redis when instances share it.
 * Every write of a case says how long the case is kept (`ttlMs`): a while after it ends, a safety
 * bound while it is live.
 */
export interface DeskStore {
  /** A case by id, ended ones included while they are kept. */
  get(id: string): Promise<HandoffCase | null>;
  /** The id of the conversation's live (not ended) case. */
  idForKey(key: string): Promise<string | null>;
  /**
   * Adds a waiting case at the end of the queue, unless its conversation already has a live case:
   * then nothing is written and that case is returned (two instances, one resident, one case).
   */
  add(c: HandoffCase, ttlMs: number): Promise<HandoffCase>;
  /**
   * Changes a case atomically: of two instances changing the same case at once, one applies its
   * change to what the other wrote. null when there is no such case (never stored, or forgotten).
   */
  update(
    id: string,
    change: CaseChange,
    ttlOf: (c: HandoffCase) => number,
  ): Promise<{ case: HandoffCase; changed: boolean } | null>;
  /** Waiting cases, first in line first. */
  waiting(): Promise<HandoffCase[]>;
  /** Place in the queue, 0 = next; null when not waiting. */
  rank(id: string): Promise<number | null>;
  /** Every case kept: waiting, active, and ended ones not yet forgotten. */
  all(): Promise<HandoffCase[]>;
  /** Staff member counts as online until `untilMs` (never shortened by an earlier time). */
  present(username: string, name: string, untilMs: number, nowMs: number): Promise<void>;
  online(nowMs: number): Promise<PresentStaff[]>;
  /** A lock held for at most ttlMs; null when somebody else holds it. Returns its release. */
  lock(name: string, ttlMs: number): Promise<(() => Promise<void>) | null>;
}

interface Kept {
  c: HandoffCase;
  expiresAt: number;
}

/**
 * The desk's state in this process (one instance serves residents and staff). Cases are copied in
 * and out, as a shared store would, so nobody changes a stored case by holding on to it.
 */
export class MemoryDeskStore implements DeskStore {
  private readonly cases = new Map<string, Kept>();
  private readonly byKey = new Map<string, string>();
  private readonly presence = new Map<string, { name: string; until: number }>();
  private readonly locks = new Set<string>();

  constructor(private readonly clock: Clock) {}

  get(id: string): Promise<HandoffCase | null> {
    const kept = this.kept(id);
    return Promise.resolve(kept ? copy(kept.c) : null);
  }

  idForKey(key: string): Promise<string | null> {
    const id = this.byKey.get(key);
    const kept = id ? this.kept(id) : undefined;
    return Promise.resolve(kept && kept.c.state !== 'ended' ? kept.c.id : null);
  }

  async add(c: HandoffCase, ttlMs: number): Promise<HandoffCase> {
    const held = await this.idForKey(c.key);
    if (held) return copy(this.cases.get(held)!.c);
    this.put(c, ttlMs);
    return copy(c);
  }

  update(
    id: string,
    change: CaseChange,
    ttlOf: (c: HandoffCase) => number,
  ): Promise<{ case: HandoffCase; changed: boolean } | null> {
    const kept = this.kept(id);
    if (!kept) return Promise.resolve(null);
    // Throws go to the caller as a rejection, with nothing written.
    try {
      const next = change(copy(kept.c));
      if (!next) return Promise.resolve({ case: copy(kept.c), changed: false });
      this.put(next, ttlOf(next));
      return Promise.resolve({ case: copy(next), changed: true });
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  waiting(): Promise<HandoffCase[]> {
    // Insertion order is arrival order (the Map keeps it; a case never goes back to waiting).
    return Promise.resolve(this.live().filter((c) => c.state === 'waiting'));
  }

  async rank(id: string): Promise<number | null> {
    const i = (await this.waiting()).findIndex((c) => c.id === id);
    return i < 0 ? null : i;
  }

  all(): Promise<HandoffCase[]> {
    return Promise.resolve(this.live());
  }

  present(username: string, name: string, untilMs: number): Promise<void> {
    const until = Math.max(untilMs, this.presence.get(username)?.until ?? 0);
    this.presence.set(username, { name, until });
    return Promise.resolve();
  }

  online(nowMs: number): Promise<PresentStaff[]> {
    const here: PresentStaff[] = [];
    for (const [username, p] of this.presence) {
      if (p.until > nowMs) here.push({ username, name: p.name });
      else this.presence.delete(username);
    }
    return Promise.resolve(here);
  }

  lock(name: string): Promise<(() => Promise<void>) | null> {
    // One process: the lock only keeps two overlapping sweeps of this instance apart.
    if (this.locks.has(name)) return Promise.resolve(null);
    this.locks.add(name);
    return Promise.resolve(() => {
      this.locks.delete(name);
      return Promise.resolve();
    });
  }

  private put(c: HandoffCase, ttlMs: number): void {
    this.cases.set(c.id, { c: copy(c), expiresAt: this.clock.now().getTime() + ttlMs });
    if (c.state === 'ended') {
      if (this.byKey.get(c.key) === c.id) this.byKey.delete(c.key);
    } else this.byKey.set(c.key, c.id);
  }

  private kept(id: string): Kept | undefined {
    const kept = this.cases.get(id);
    if (kept && kept.expiresAt <= this.clock.now().getTime()) {
      this.forget(kept.c);
      return undefined;
    }
    return kept;
  }

  private live(): HandoffCase[] {
    return [...this.cases.keys()].flatMap((id) => {
      const kept = this.kept(id);
      return kept ? [copy(kept.c)] : [];
    });
  }

  private forget(c: HandoffCase): void {
    this.cases.delete(c.id);
    if (this.byKey.get(c.key) === c.id) this.byKey.delete(c.key);
  }
}

function copy(c: HandoffCase): HandoffCase {
  return structuredClone(c);
}
