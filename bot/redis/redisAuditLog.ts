import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { AuditEntry, AuditLog } from '../staff/audit';
import { stamp } from '../staff/audit';

export interface RedisAuditLogOptions {
  logger: Logger;
  clock: Clock;
  /** Entries kept in Redis (newest); older ones remain only in the log stream. Default 10,000. */
  capacity?: number;
  key?: string;
}

/**
 * The console's "recent activity" shared by every instance: an admin on one instance sees the
 * logins and hand-offs of clerks on the others. A capped Redis list (LPUSH + LTRIM in one
 * transaction); each entry is also one log line, as with MemoryAuditLog, so the durable trail does
 * not depend on Redis: an entry Redis misses while down is still in the logs, and says so.
 */
export class RedisAuditLog implements AuditLog {
  private readonly capacity: number;
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisAuditLogOptions,
  ) {
    this.capacity = Math.max(1, options.capacity ?? 10_000);
    this.key = options.key ?? 'ym:audit';
  }

  record(entry: Omit<AuditEntry, 'at'>): void {
    const full = stamp(entry, this.options.clock);
    this.options.logger.info({ audit: true, ...full }, `audit ${full.action}`);
    this.redis
      .multi()
      .lpush(this.key, JSON.stringify(full))
      .ltrim(this.key, 0, this.capacity - 1)
      .exec()
      .catch((err: Error) =>
        this.options.logger.warn(
          { err: { message: err.message }, action: full.action },
          'audit entry not shared',
        ),
      );
  }

  async recent(limit = 100): Promise<AuditEntry[]> {
    const count = Math.min(Math.max(0, Math.floor(limit)), this.capacity);
    if (count === 0) return [];
    const rows = await this.redis.lrange(this.key, 0, count - 1);
    return rows.flatMap((row) => {
      try {
        return [JSON.parse(row) as AuditEntry];
      } catch {
        return [];
      }
    });
  }
}
