import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { SessionStore, StaffSession } from '../staff/auth';
import { sessionKey, sessionRecord } from '../staff/auth';

const storedSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['staff', 'admin']),
  csrf: z.string(),
  createdAt: z.number(),
  lastSeen: z.number(),
});

/**
 * Staff sessions in Redis, so a clerk stays logged in whichever instance answers. Keyed by the
 * SHA-256 of the session id (a leaked store leaks no cookie); Redis expires idle sessions.
 */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ym:staff:s:',
  ) {}

  async get(id: string): Promise<StaffSession | null> {
    const raw = await this.redis.get(this.prefix + sessionKey(id));
    if (!raw) return null;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { id, ...parsed.data } : null;
  }

  async set(session: StaffSession, ttlMs: number): Promise<void> {
    const stored: z.infer<typeof storedSchema> = sessionRecord(session);
    await this.redis.set(
      this.prefix + sessionKey(session.id),
      JSON.stringify(stored),
      'PX',
      Math.max(1, Math.round(ttlMs)),
    );
  }

  async delete(id: string): Promise<void> {
    await this.redis.del(this.prefix + sessionKey(id));
  }
}
