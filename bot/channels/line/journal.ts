import { randomUUID } from 'node:crypto';

/** An event written down before LINE got its 200, and the instance that is answering it. */
export interface JournalEntry {
  entryId: string;
  raw: unknown;
  receivedAt: number;
}

/**
 * LINE does not redeliver an event it got a 200 for. To survive an instance killed mid-answer, each
 * event is recorded (in Redis) before the 200 and removed once answered; events whose instance
 * has stopped sending heartbeats are claimed and answered by another instance.
 */
export interface EventJournal {
  /** Records the events; returns one entry id per event, in order. */
  record(events: readonly unknown[], receivedAt: number): Promise<string[]>;
  done(entryId: string): Promise<void>;
  /** Entries of instances that are gone, now claimed by this one. */
  claimOrphans(): Promise<JournalEntry[]>;
  /** Starts heartbeats; returns the stopper. */
  start(): () => void;
}

/** One instance in memory: nothing to recover from (a killed process takes its memory with it). */
export class NoJournal implements EventJournal {
  record(events: readonly unknown[]): Promise<string[]> {
    return Promise.resolve(events.map(() => randomUUID()));
  }
  done(): Promise<void> {
    return Promise.resolve();
  }
  claimOrphans(): Promise<JournalEntry[]> {
    return Promise.resolve([]);
  }
  start(): () => void {
    return () => undefined;
  }
}
