import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * LINE webhook event → Bot Framework activity. Pure: no I/O, so every event shape in LINE's
 * fixtures is unit-tested. Only one-to-one chats are served: residents talk about fraud and crime,
 * which does not belong in a group, so group and room events are ignored.
 */
export const LINE_CHANNEL_ID = 'line';

const source = z.looseObject({
  type: z.string(),
  userId: z.string().optional(),
  groupId: z.string().optional(),
  roomId: z.string().optional(),
});

/** The fields we read; everything else LINE sends is kept but not trusted. */
export const lineEventSchema = z.looseObject({
  type: z.string(),
  mode: z.string().optional(),
  timestamp: z.number().optional(),
  replyToken: z.string().optional(),
  webhookEventId: z.string().optional(),
  deliveryContext: z.looseObject({ isRedelivery: z.boolean().optional() }).optional(),
  source: source.optional(),
  message: z
    .looseObject({ type: z.string(), id: z.string().optional(), text: z.string().optional() })
    .optional(),
  postback: z.looseObject({ data: z.string().optional() }).optional(),
});
export type LineEvent = z.infer<typeof lineEventSchema>;

export const webhookBodySchema = z.looseObject({
  destination: z.string().optional(),
  events: z.array(z.unknown()),
});

/** What the adapter needs besides the activity: where to reply and whom to push to. */
export interface MappedEvent {
  activity: Partial<Activity>;
  userId: string;
  replyToken?: string;
}

export type Mapping =
  | { kind: 'turn'; event: MappedEvent }
  | { kind: 'forget'; userId: string }
  | { kind: 'ignore'; reason: string };

const ATTACHMENT_TYPES: Record<string, string> = {
  image: 'image/*',
  video: 'video/*',
  audio: 'audio/*',
  file: 'application/octet-stream',
  location: 'application/vnd.line.location',
  sticker: 'application/vnd.line.sticker',
};

export function toActivity(raw: unknown, botId = 'line-bot', locale?: string): Mapping {
  const parsed = lineEventSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'ignore', reason: 'malformed event' };
  const event = parsed.data;
  if (event.mode === 'standby') return { kind: 'ignore', reason: 'standby' };
  const userId = event.source?.type === 'user' ? event.source.userId : undefined;
  if (!userId) return { kind: 'ignore', reason: `source ${event.source?.type ?? 'missing'}` };
  if (event.type === 'unfollow') return { kind: 'forget', userId };

  const base: Partial<Activity> = {
    channelId: LINE_CHANNEL_ID,
    serviceUrl: 'line:',
    conversation: { id: userId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: '' },
    recipient: { id: botId, name: 'bot' },
    timestamp: new Date(event.timestamp ?? Date.now()),
    ...(event.webhookEventId ? { id: event.webhookEventId } : {}),
    ...(locale ? { locale } : {}),
  };
  const turn = (activity: Partial<Activity>): Mapping => ({
    kind: 'turn',
    event: {
      activity: { ...base, ...activity },
      userId,
      ...(event.replyToken ? { replyToken: event.replyToken } : {}),
    },
  });

  switch (event.type) {
    case 'follow':
      // A new friend (or one who unblocked us): greet them like Web Chat's conversationUpdate.
      return turn({ type: 'conversationUpdate', membersAdded: [{ id: userId, name: '' }] });
    case 'postback':
      // Our buttons carry action codes (menu:…, opt:…) as postback data: the dialogs read text.
      return turn({ type: 'message', text: event.postback?.data ?? '' });
    case 'message': {
      const message = event.message;
      if (!message) return { kind: 'ignore', reason: 'message without content' };
      if (message.type === 'text') return turn({ type: 'message', text: message.text ?? '' });
      // hasOwn: the type comes from outside, and 'constructor' must not find Object.prototype.
      const contentType = Object.hasOwn(ATTACHMENT_TYPES, message.type)
        ? ATTACHMENT_TYPES[message.type]
        : undefined;
      if (!contentType) return { kind: 'ignore', reason: `message type ${message.type}` };
      // Content is never downloaded: we only say that text is what we can read.
      return turn({ type: 'message', text: '', attachments: [{ contentType, name: message.type }] });
    }
    default:
      return { kind: 'ignore', reason: `event type ${event.type}` };
  }
}
