import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { isJapanese } from '../knowledge/languages';
import type { TopicId } from '../knowledge/types';
import { MENU_TOPICS } from '../knowledge/types';
import { action } from './actions';
import { HANDOFF_DIALOG } from './ids';
import type { Choice } from './presenter';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { HANDOFF_DIALOG };

/** The button that leaves the queue or ends a chat with staff, wherever the resident is told about it. */
export const LEAVE_HANDOFF: readonly Choice[] = [{ value: action.leaveHandoff(), label: 'handoff:leave' }];

export interface HandoffOptions {
  /** The topic the resident was just asking about: its contacts come first. */
  topic?: TopicId;
  /**
   * Asked again right after the contacts were given: say plainly that asking again changes nothing,
   * show the contacts once more and end at the menu, instead of the same question as before.
   */
  again?: boolean;
}

/** The consultation desks that answer in many languages (the multicultural topic's first two). */
const MULTILINGUAL_DESKS: readonly string[] = ['ihOsaka', 'ofix'];

/** Whether live chat with staff can start now, and when it opens again if not. */
export type LiveAvailability =
  | { state: 'available' }
  | { state: 'closed'; nextOpen: Date | null }
  | { state: 'nobody' }
  | { state: 'unsupported' };

/**
 * Live chat with staff, as the dialogs see it. The bot layer implements it with the hand-off desk
 * (Bot Framework `handoff.initiate`); without one, "talk to a person" gives phone numbers only.
 */
export interface LiveHandoff {
  /** Async: with several instances, who is online is asked of the shared store. */
  availability(context: TurnContext): Promise<LiveAvailability>;
  /** Queues the resident for a staff member; returns their place in the queue (1 = next). */
  request(context: TurnContext, topic: TopicId | null): Promise<number>;
}

/**
 * "Talk to a person": during staffed hours with staff online, a place in the queue for live chat;
 * otherwise the right contacts for what the resident was asking about, each with whether it is
 * open now and when it opens next.
 */
export class HandoffDialog extends TopicDialog {
  constructor(
    deps: DialogDeps,
    private readonly live?: LiveHandoff,
  ) {
    super(HANDOFF_DIALOG, deps);
    this.flow((s) => this.answer(s));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = this.say(step);
    const { topic, again = false } = (step.options as HandoffOptions | undefined) ?? {};
    const isMenuTopic = topic && (MENU_TOPICS as readonly string[]).includes(topic);
    const live: LiveAvailability = this.live
      ? await this.live.availability(step.context)
      : { state: 'unsupported' };
    if (live.state === 'available' && this.live) {
      const position = await this.live.request(step.context, isMenuTopic ? topic : null);
      await this.send(step, [
        say.lines([['handoff:queued', { position }], 'handoff:alwaysEmergency'], LEAVE_HANDOFF),
      ]);
      // The conversation now belongs to the desk until the chat ends: no menu, no feedback question.
      return step.endDialog({ stopped: true });
    }
    // A resident reading another language than Japanese needs people who speak it: the
    // multilingual desks (International House, OFIX) come before the bureau's Japanese line.
    const inTheirLanguage = isJapanese(say.locale) ? [] : MULTILINGUAL_DESKS;
    // Right after an emergency alert, "who do I call?" still means 110 and 119.
    const first = isMenuTopic || topic === 'emergency' ? this.kb.topic(topic).contacts : [];
    const ids = [...first, ...inTheirLanguage, ...this.kb.topic('handoff').contacts];
    const lead: [string, Record<string, unknown>] = again
      ? ['handoff:again', {}]
      : isMenuTopic
        ? ['handoff:forTopic', { topic: say.label(`menu.${topic}`) }]
        : ['handoff:intro', {}];
    const why: [string, Record<string, unknown>] =
      live.state === 'closed' && live.nextOpen
        ? ['handoff:liveClosed', { when: say.when(live.nextOpen) }]
        : live.state === 'nobody' || live.state === 'closed'
          ? ['handoff:liveNobody', {}]
          : ['handoff:noLiveChat', {}];
    await this.send(step, [
      say.lines([lead, why, 'handoff:alwaysEmergency']),
      say.contacts([...new Set(ids)]),
    ]);
    // Asked again: no "was this helpful?" with the same button on it, the menu instead.
    return step.endDialog(again ? {} : { answered: 'handoff' });
  }
}
