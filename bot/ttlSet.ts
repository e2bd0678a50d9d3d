/**
 * "Have we seen this key lately?" — de-duplicates LINE's redelivered webhook events. In memory
 * here; the scale-out work puts the same interface on Redis so all instances share it.
 */
export interface TtlSet {
  /** Adds the key; true if it was not there (or had expired), false if it was already seen. */
  add(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Like add, but remembers who added it: true also when `owner` holds it already, so an
   * instance that takes over a dead one's event (same owner) may still answer it.
   */
  claim(key: string, owner: string, ttlMs: number): Promise<boolean>;
}

export class MemoryTtlSet implements TtlSet {
  private readonly expiries = new Map<string, number>();
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Bounded: the oldest keys go first, so a flood of events cannot exhaust memory. */
    private readonly maxKeys = 100_000,
  ) {}

  add(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return Promise.resolve(false);
    this.expiries.delete(key);
    this.owners.delete(key);
    this.expiries.set(key, now + ttlMs);
    if (this.expiries.size > this.maxKeys) this.sweep(now);
    return Promise.resolve(true);
  }

  async claim(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if (await this.add(key, ttlMs)) {
      this.owners.set(key, owner);
      return true;
    }
    return this.owners.get(key) === owner;
  }

  get size(): number {
    return this.expiries.size;
  }

  private sweep(now: number): void {
    for (const [key, expiry] of this.expiries)
      if (expiry <= now) {
        this.expiries.delete(key);
        this.owners.delete(key);
      }
    // Insertion order is age order: drop the oldest until back under the bound.
    for (const key of this.expiries.keys()) {
      if (this.expiries.size <= this.maxKeys) break;
      this.expiries.delete(key);
      this.owners.delete(key);
    }
  }
}
