import type { Activity, ConversationAccount, TurnContext } from 'botbuilder';
import { ActivityTypes, EventFactory, TurnContext as Turn } from 'botbuilder';
import { openStatus } from '../../knowledge/hours';
import type { Hours } from '../../knowledge/schema';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Locale, TopicId } from '../../knowledge/types';
import type { LiveAvailability, LiveHandoff } from '../../dialogs/handoffDialog';
import { LEAVE_HANDOFF } from '../../dialogs/handoffDialog';
import { menuChoices } from '../../dialogs/mainDialog';
import type { Presenter } from '../../dialogs/presenter';
import { getTurnInfo } from '../../dialogs/turn';
import type { Clock } from '../clock';
import type { CaseLine, HandoffDesk, ResidentNotice } from './desk';

/** The key a conversation's hand-off case is found by: channel and conversation id. */
export function caseKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? ''}\u0000${activity.conversation?.id ?? ''}`;
}

/**
 * The dialogs' door to live chat. It builds Bot Framework's `handoff.initiate` event (with the
 * scrubbed transcript) and hands it to the desk, which is this bot's own agent hub for the channels
 * it can reach outside a turn (LINE by push, the web by Direct Line).
 */
export class HandoffHub implements LiveHandoff {
  constructor(
    private readonly desk: HandoffDesk,
    private readonly hours: Hours,
    private readonly clock: Clock,
  ) {}

  async availability(context: TurnContext): Promise<LiveAvailability> {
    const channel = context.activity.channelId ?? '';
    if (!this.desk.supports(channel)) return { state: 'unsupported' };
    const state = await this.desk.availability(channel);
    if (state === 'closed') {
      const status = openStatus(this.hours, this.clock.now());
      return { state: 'closed', nextOpen: status.state === 'closed' ? status.nextOpen : null };
    }
    return { state };
  }

  async request(context: TurnContext, topic: TopicId | null): Promise<number> {
    const info = getTurnInfo(context);
    const history = info.recent ?? [];
    const initiate = EventFactory.createHandoffInitiation(
      context,
      { topic, locale: info.locale, channel: info.channel },
      {
        activities: history.map(
          (l) =>
            ({
              type: ActivityTypes.Message,
              text: l.text,
              timestamp: new Date(l.at),
              from: { id: l.from, name: l.from, role: l.from === 'bot' ? 'bot' : 'user' },
            }) as Activity,
        ),
      },
    );
    // The desk records the place as told: the dialog tells it to the resident.
    const { position } = await this.desk.enqueue({
      key: caseKey(context.activity),
      reference: Turn.getConversationReference(context.activity),
      channel: info.channel,
      locale: info.locale,
      topic,
      history: transcriptLines(initiate),
    });
    return position;
  }
}

/** The transcript attached to a handoff.initiate event, as the lines staff read. */
function transcriptLines(initiate: Activity): CaseLine[] {
  const transcript = initiate.attachments?.find((a) => a.name === 'Transcript')?.content as
    { activities?: Array<Partial<Activity>> } | undefined;
  return (transcript?.activities ?? []).map((a) => ({
    from: a.from?.role === 'bot' ? 'bot' : 'resident',
    text: a.text ?? '',
    at: a.timestamp ? new Date(a.timestamp).getTime() : 0,
  }));
}

/** What the desk says to a resident, in their language; the bot layer owns the wording. */
export function noticeRenderer(presenter: Presenter, kb: KnowledgeBase) {
  return (locale: Locale, notice: ResidentNotice): Array<Partial<Activity>> => {
    const say = presenter.forLocale(locale);
    switch (notice.kind) {
      case 'position':
        return [say.text('handoff:position', { position: notice.position }, LEAVE_HANDOFF)];
      case 'accepted':
        return [say.text('handoff:accepted', { name: notice.staffName }, LEAVE_HANDOFF)];
      case 'staffMessage':
        // Staff words go out as written (the console offers the easy-Japanese workbench first).
        return [say.literal(`【${say.label('handoff:staffLabel')}】\n${notice.text}`, LEAVE_HANDOFF)];
      case 'ended':
        if (notice.reason === 'staff' || notice.reason === 'resident')
          return [say.text(`handoff:ended.${notice.reason}`, {}, menuChoices())];
        return [
          say.lines([`handoff:ended.${notice.reason}`, 'handoff:alwaysEmergency'], menuChoices()),
          say.contacts(kb.topic('handoff').contacts),
        ];
    }
  };
}

/** The conversation a status event belongs to (for EventFactory.createHandoffStatus). */
export function statusEvent(
  conversation: Partial<ConversationAccount> | undefined,
  state: 'accepted' | 'failed' | 'completed',
): Partial<Activity> {
  return EventFactory.createHandoffStatus((conversation ?? {}) as ConversationAccount, state);
}
