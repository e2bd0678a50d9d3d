import type { Clock } from '../clock';
import type { Logger } from '../logger';

/**
 * One staff action. Entries name who did what to which record, never what a resident wrote:
 * message text stays out of the audit trail (DESIGN.md, privacy by design), and so do passwords,
 * cookies and session ids.
 */
export interface AuditEntry {
  /** ISO 8601. */
  at: string;
  /** Staff username, or 'anonymous' before login. */
  actor: string;
  /** e.g. 'login', 'login.failed', 'login.locked', 'logout', 'handoff.accept'. */
  action: string;
  target?: string;
  ip?: string;
  detail?: Record<string, string | number | boolean>;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'at'>): void;
  /** Newest first. */
  recent(limit?: number): Promise<AuditEntry[]>;
}

/** The entry with its time, and a copy of its detail (the caller may reuse its object). */
export function stamp(entry: Omit<AuditEntry, 'at'>, clock: Clock): AuditEntry {
  const full: AuditEntry = { at: clock.now().toISOString(), ...entry };
  if (full.detail) full.detail = { ...full.detail };
  return full;
}

export interface MemoryAuditLogOptions {
  logger: Logger;
  clock: Clock;
  /** Entries kept in memory; older ones remain only in the log stream. Default 10,000. */
  capacity?: number;
}

/**
 * A ring buffer for the console's "recent activity", plus one info line per entry so the durable
 * trail is whatever collects the process's logs.
 */
export class MemoryAuditLog implements AuditLog {
  private readonly entries: AuditEntry[] = [];
  private next = 0;
  private readonly capacity: number;

  constructor(private readonly options: MemoryAuditLogOptions) {
    this.capacity = Math.max(1, options.capacity ?? 10_000);
  }

  record(entry: Omit<AuditEntry, 'at'>): void {
    const full = stamp(entry, this.options.clock);
    if (this.entries.length < this.capacity) this.entries.push(full);
    else this.entries[this.next] = full;
    this.next = (this.next + 1) % this.capacity;
    this.options.logger.info({ audit: true, ...full }, `audit ${full.action}`);
  }

  recent(limit = 100): Promise<AuditEntry[]> {
    return Promise.resolve(this.newest(limit));
  }

  private newest(limit: number): AuditEntry[] {
    const count = Math.min(Math.max(0, Math.floor(limit)), this.entries.length);
    const out: AuditEntry[] = [];
    for (let i = 1; i <= count; i++) {
      const index = (this.next - i + this.entries.length) % this.entries.length;
      const entry = this.entries[index];
      if (entry) out.push({ ...entry });
    }
    return out;
  }
}
