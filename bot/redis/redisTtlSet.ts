import type { Redis } from 'ioredis';
import type { TtlSet } from '../ttlSet';

/** SET NX with an expiry: of two instances that receive the same LINE event, exactly one wins. */
export class RedisTtlSet implements TtlSet {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ym:seen:',
  ) {}

  async add(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.prefix + key, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async claim(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if ((await this.redis.set(this.prefix + key, owner, 'PX', ttlMs, 'NX')) === 'OK') return true;
    return (await this.redis.get(this.prefix + key)) === owner;
  }
}
