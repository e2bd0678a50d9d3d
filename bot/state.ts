import type { Storage, TurnContext } from 'botbuilder';
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
 * The turn's cache lives under this class's own turn-state key, so every method that reads it is
 * overridden here; storage, keys and eTags are botbuilder's.
 */
interface Cached {
  state: Record<string, unknown>;
  /** The state's JSON when read or last written; '' forces the next save. */
  json: string;
}

function json(state: Record<string, unknown>): string {
  if (state.eTag === undefined) return JSON.stringify(state);
  const rest = { ...state };
  delete rest.eTag;
  return JSON.stringify(rest);
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
    const items = await this.storage().read([key]);
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
    await this.storage().write({ [key]: cached.state });
    // What was just written (the eTag is not part of it); a state created here is read again.
    cached.json = now || json(cached.state);
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
