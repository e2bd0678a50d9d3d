import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import { BotAdapter, TurnContext } from 'botbuilder';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Runs turns inside this process and hands back what the bot said: the terminal chat uses it, and
 * the Direct Line endpoint will, so no channel needs an HTTP round trip to itself.
 */
export class InProcessAdapter extends BotAdapter {
  private readonly outboxes = new Map<string, Partial<Activity>[]>();

  /** Processes one incoming activity and returns the activities the bot sent during the turn. */
  async process(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const key = randomUUID();
    const incoming = { id: key, timestamp: new Date(), ...activity } as Activity;
    this.outboxes.set(key, []);
    try {
      const context = new TurnContext(this, incoming);
      context.turnState.set(OUTBOX, key);
      await this.runMiddleware(context, logic);
      return this.outboxes.get(key) ?? [];
    } finally {
      this.outboxes.delete(key);
    }
  }

  sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const box = this.outboxes.get(context.turnState.get<string>(OUTBOX));
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const id = randomUUID();
      // Delays and typing indicators mean nothing to an in-process reader; messages are kept.
      if (activity.type === 'delay') continue;
      box?.push({ ...activity, id, timestamp: new Date() });
      responses.push({ id });
    }
    return Promise.resolve(responses);
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('updating a sent activity is not supported in process'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('deleting a sent activity is not supported in process'));
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation' },
      reference,
      true,
    );
    await this.process(activity, logic);
  }
}

const OUTBOX = Symbol('inProcess.outbox');
