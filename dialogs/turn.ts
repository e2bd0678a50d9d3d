import type { TurnContext } from 'botbuilder';
import type { Locale, TopicId } from '../knowledge/types';
import { DEFAULT_LOCALE } from '../knowledge/types';

/** What the turn pipeline resolved before the dialogs run. */
export interface TurnInfo {
  locale: Locale;
  channel: string;
  /** The topic this turn was routed to, for logs and the terminal chat's --json output. */
  topic?: TopicId;
  /** The conversation so far (scrubbed), kept for a hand-off to staff; the state's own array. */
  recent?: RecentLine[];
  /**
   * The language the resident wrote in when the channel's language won (a Vietnamese message
   * on a phone set to Japanese): offered once, in that language, before the answer.
   */
  offer?: Locale;
}

/** One earlier message, as staff see it when a resident asks for a person. */
export interface RecentLine {
  from: 'resident' | 'bot';
  /** A resident's words are scrubbed of phone numbers, e-mail addresses and names before storage. */
  text: string;
  at: number;
}

const TURN_INFO = Symbol('yasashii.turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function getTurnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get<TurnInfo | undefined>(TURN_INFO);
  return info ?? { locale: DEFAULT_LOCALE, channel: context.activity.channelId ?? 'unknown' };
}

/** False when the turn failed before its language was worked out (e.g. state could not load). */
export function hasTurnInfo(context: TurnContext): boolean {
  return context.turnState.get<TurnInfo | undefined>(TURN_INFO) !== undefined;
}

export function noteTopic(context: TurnContext, topic: TopicId): void {
  const info = getTurnInfo(context);
  setTurnInfo(context, { ...info, topic });
}

/** The resident's remembered choices (user state). */
export interface UserProfile {
  /** Set only by an explicit choice: it outranks the channel and the text. */
  locale?: Locale;
}

/** Facts about this conversation (conversation state). */
export interface ConversationInfo {
  locale?: Locale;
  /** A language was already offered in this conversation (TurnInfo.offer): once is enough. */
  offered?: boolean;
  /** The last few messages, scrubbed (see RecentLine). */
  recent?: RecentLine[];
}
