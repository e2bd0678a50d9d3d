import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { ConversationState, UserState } from 'botbuilder';

/**
 * Conversation and user state whose change check is the state's JSON itself, not a SHA-256 of it.
 *
 * botbuilder's BotState hashes the whole state on every read, on every saveChanges and again after
 * each write, each time through a stringify whose replacer runs in JavaScript for every value: five
 * hashes a turn, a visible share of a Direct Line turn. Here the state's JSON (without its eTag,
 * as botbuilder's hash leaves it out) is kept for the turn and compared as a string — the same
 * decision (save when anything changed, always after clear() or with force), made with
 * JSON.stringify alone. States are plain JSON (they are stored as JSON), a kilobyte or two.
 *
 * With a JsonStorage (JsonMemoryStorage, the single-instance default) the JSON is also shared with
 * the storage: the state read is not serialised again to have its JSON (the storage has it), and
 * the JSON made for the comparison is what the storage keeps, so a turn serialises each state once.
 *
 * The turn's cache lives under this class's own turn-state key, so every method that reads it is
 * overridden here; storage, keys and eTags are botbuilder's.
 */
interface Cached {
  state: Record<string, unknown>;
  /** The state's JSON when read or last written; '' forces the next save. */
  json: string;
}

/** The state's JSON without its eTag (set aside for the stringify rather than copied away). */
function json(state: Record<string, unknown>): string {
  const eTag = state.eTag;
  if (eTag === undefined) return JSON.stringify(state);
  // JSON.stringify leaves out properties whose value is undefined: the same text as without the key.
  state.eTag = undefined;
  try {
    return JSON.stringify(state);
  } finally {
    state.eTag = eTag;
  }
}

/**
 * A Storage that keeps each item as its JSON without the eTag, and hands that JSON to the state
 * layer with the item (and takes it back on a write), so neither side serialises the other's work.
 */
export interface JsonStorage extends Storage {
  /** The item (a fresh copy, with its eTag) and its stored JSON (without), or undefined. */
  readJson(key: string): Promise<{ item: Record<string, unknown>; json: string } | undefined>;
  /** Writes `item`, whose JSON without the eTag is `json`; eTags as in write(). */
  writeJson(key: string, item: Record<string, unknown>, json: string): Promise<void>;
}

/** json() without touching the item (one a caller hands to write() may be frozen). */
function withoutETag(item: Record<string, unknown>): string {
  if (item.eTag === undefined) return JSON.stringify(item);
  const rest = { ...item };
  delete rest.eTag;
  return JSON.stringify(rest);
}

function isJsonStorage(storage: Storage): storage is JsonStorage {
  return typeof (storage as Partial<JsonStorage>).readJson === 'function';
}

/** How much JsonMemoryStorage keeps: what Redis's expiry does for the shared store. */
export interface MemoryStorageLimits {
  /** An item neither read nor written for this long is dropped (STATE_TTL_DAYS). */
  ttlMs: number;
  /** At most this many items; the least recently used go first (MEMORY_STATE_MAX_ITEMS). */
  maxItems: number;
}

/**
 * botbuilder's MemoryStorage (a JSON snapshot per key, eTags counted up, a write with another
 * item's eTag refused) as a JsonStorage: the single-instance store behind JsonConversationState.
 *
 * Bounded, unlike botbuilder's: every web conversation adds a conversation state and a user state
 * that nothing reads once the conversation has expired, so a process that runs for months would
 * grow without end (about 15 KB per conversation with its Direct Line log, measured). The Map is
 * kept in order of last use, so the stale and the least recently used items are at its front.
 */
export class JsonMemoryStorage implements JsonStorage {
  private readonly memory = new Map<string, { json: string; eTag: string; usedAt: number }>();
  private etag = 1;

  constructor(
    private readonly limits: MemoryStorageLimits = { ttlMs: 30 * 24 * 3600_000, maxItems: 20_000 },
    private readonly now: () => number = Date.now,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    if (!keys) return Promise.reject(new ReferenceError('Keys are required when reading.'));
    const data: StoreItems = {};
    for (const key of keys) {
      const stored = this.use(key);
      if (stored) data[key] = this.parse(stored);
    }
    return Promise.resolve(data);
  }

  readJson(key: string): Promise<{ item: Record<string, unknown>; json: string } | undefined> {
    const stored = this.use(key);
    return Promise.resolve(stored ? { item: this.parse(stored), json: stored.json } : undefined);
  }

  /** How many items are kept now (for tests and the bound). */
  get size(): number {
    return this.memory.size;
  }

  write(changes: StoreItems): Promise<void> {
    if (!changes) return Promise.reject(new ReferenceError('Changes are required when writing.'));
    let conflict: Error | undefined;
    for (const [key, item] of Object.entries(changes) as Array<[string, Record<string, unknown>]>) {
      if (!this.save(key, item, () => withoutETag(item))) {
        conflict ??= new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    return conflict ? Promise.reject(conflict) : Promise.resolve();
  }

  writeJson(key: string, item: Record<string, unknown>, json: string): Promise<void> {
    return this.save(key, item, () => json)
      ? Promise.resolve()
      : Promise.reject(new Error(`Storage: error writing "${key}" due to eTag conflict.`));
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.memory.delete(key);
    return Promise.resolve();
  }

  private parse(stored: { json: string; eTag: string }): Record<string, unknown> {
    const item = JSON.parse(stored.json) as Record<string, unknown>;
    item.eTag = stored.eTag;
    return item;
  }

  /** The item under `key` unless it has expired, moved to the back as the most recently used. */
  private use(key: string): { json: string; eTag: string; usedAt: number } | undefined {
    const stored = this.memory.get(key);
    if (!stored) return undefined;
    this.memory.delete(key);
    const now = this.now();
    if (now - stored.usedAt > this.limits.ttlMs) return undefined;
    stored.usedAt = now;
    this.memory.set(key, stored);
    return stored;
  }

  /** false on an eTag conflict (another write came first); nothing is written then. */
  private save(key: string, item: Record<string, unknown>, toJson: () => string): boolean {
    const old = this.use(key);
    if (old && item.eTag && item.eTag !== '*' && item.eTag !== old.eTag) return false;
    // use() has moved the key to the back (or dropped it): set keeps it there.
    const now = this.now();
    this.memory.set(key, { json: toJson(), eTag: (this.etag++).toString(), usedAt: now });
    this.evict(now);
    return true;
  }

  /** Drops from the front (least recently used) what has expired, and what is over the bound. */
  private evict(now: number): void {
    for (const [key, stored] of this.memory) {
      if (this.memory.size <= this.limits.maxItems && now - stored.usedAt <= this.limits.ttlMs) break;
      this.memory.delete(key);
    }
  }
}

type KeyOf = (context: TurnContext) => Promise<string>;

class TurnCache {
  private readonly key = Symbol('state');

  constructor(
    private readonly storage: () => Storage,
    private readonly storageKey: KeyOf,
  ) {}

  async load(context: TurnContext, force: boolean): Promise<Record<string, unknown>> {
    const cached = context.turnState.get<Cached | undefined>(this.key);
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const storage = this.storage();
    if (isJsonStorage(storage)) {
      const found = await storage.readJson(key);
      const state = found?.item ?? {};
      context.turnState.set(this.key, { state, json: found?.json ?? json(state) } satisfies Cached);
      return state;
    }
    const items = await storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.key, { state, json: json(state) } satisfies Cached);
    return state;
  }

  async saveChanges(context: TurnContext, force: boolean): Promise<void> {
    let cached = context.turnState.get<Cached | undefined>(this.key);
    const now = cached ? json(cached.state) : '';
    if (!force && (!cached || cached.json === now)) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, json: '' };
    cached.state.eTag = '*';
    // What is written (the eTag is not part of it); a state created here is serialised now.
    const written = now || json(cached.state);
    const storage = this.storage();
    if (isJsonStorage(storage)) await storage.writeJson(key, cached.state, written);
    else await storage.write({ [key]: cached.state });
    cached.json = written;
    context.turnState.set(this.key, cached);
  }

  clear(context: TurnContext): void {
    context.turnState.set(this.key, { state: {}, json: '' } satisfies Cached);
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    const key = await this.storageKey(context);
    await this.storage().delete([key]);
  }

  get(context: TurnContext): Record<string, unknown> | undefined {
    const cached = context.turnState.get<Cached | undefined>(this.key);
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }
}

export class JsonConversationState extends ConversationState {
  private readonly turns = new TurnCache(
    () => this.storage,
    (context) => Promise.resolve(this.storageKey(context)),
  );

  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return this.turns.load(context, force);
  }
  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.turns.saveChanges(context, force);
  }
  override clear(context: TurnContext): Promise<void> {
    this.turns.clear(context);
    return Promise.resolve();
  }
  override delete(context: TurnContext): Promise<void> {
    return this.turns.delete(context);
  }
  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.turns.get(context);
  }
}

export class JsonUserState extends UserState {
  private readonly turns = new TurnCache(
    () => this.storage,
    (context) => Promise.resolve(this.storageKey(context)),
  );

  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return this.turns.load(context, force);
  }
  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.turns.saveChanges(context, force);
  }
  override clear(context: TurnContext): Promise<void> {
    this.turns.clear(context);
    return Promise.resolve();
  }
  override delete(context: TurnContext): Promise<void> {
    return this.turns.delete(context);
  }
  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.turns.get(context);
  }
}
