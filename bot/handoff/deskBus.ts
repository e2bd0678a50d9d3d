import { EventEmitter } from 'node:events';
import type { CaseLine } from './desk';

/**
 * What one desk tells the others: something changed (consoles refresh), or a new line in a case.
 * `origin` is the sending desk, so a desk can skip its own events (it has already told its consoles).
 */
export type DeskEvent =
  { origin: string; kind: 'changed' } | { origin: string; kind: 'line'; caseId: string; line: CaseLine };

/** Events between the desks of all instances. Delivery is best effort: consoles also refresh on their own actions. */
export interface DeskBus {
  publish(event: DeskEvent): Promise<void>;
  /** Returns the unsubscribe. */
  subscribe(handler: (event: DeskEvent) => void): () => void;
}

/** Within one process (the default; tests can share one between two desks). */
export class MemoryDeskBus implements DeskBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(event: DeskEvent): Promise<void> {
    this.emitter.emit('event', event);
    return Promise.resolve();
  }

  subscribe(handler: (event: DeskEvent) => void): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }
}
