import type { Activity, CardAction } from 'botbuilder';
import fc from 'fast-check';
import { LINE_LIMITS, toLineMessages } from '../../bot/channels/line/toLine';
import { toActivity } from '../../bot/channels/line/toActivity';

/** Any JSON value, including prototype-named keys and the shapes LINE really sends. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const userId = fc.stringMatching(/^U[0-9a-f]{1,32}$/);
const lineEvent = fc.record(
  {
    type: fc.constantFrom(
      'message',
      'postback',
      'follow',
      'unfollow',
      'join',
      'beacon',
      'constructor',
      '__proto__',
      '',
    ),
    mode: fc.constantFrom('active', 'standby', undefined),
    timestamp: fc.oneof(fc.integer(), fc.constant(undefined)),
    webhookEventId: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(undefined)),
    replyToken: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(undefined)),
    source: fc.oneof(
      fc.record({ type: fc.constant('user'), userId }),
      fc.record({ type: fc.constantFrom('group', 'room'), groupId: fc.string() }),
      anyJson,
    ),
    message: fc.oneof(
      fc.record({
        type: fc.constantFrom(
          'text',
          'image',
          'sticker',
          'location',
          'file',
          'audio',
          'video',
          'valueOf',
          'toString',
        ),
        text: fc.string({ unit: 'grapheme', maxLength: 2000 }),
      }),
      anyJson,
    ),
    postback: fc.oneof(fc.record({ data: fc.string({ maxLength: 300 }) }), anyJson),
  },
  { requiredKeys: [] },
);

describe('LINE event → Activity, for any input', () => {
  it('never throws; a turn always belongs to the event’s user, as text or an attachment', () => {
    fc.assert(
      fc.property(fc.oneof(lineEvent, anyJson), (raw) => {
        const mapping = toActivity(raw);
        if (mapping.kind === 'ignore') return typeof mapping.reason === 'string';
        if (mapping.kind === 'forget') return /^U/.test(mapping.userId);
        const { activity, userId: owner } = mapping.event;
        expect(activity.from?.id).toBe(owner);
        expect(activity.conversation?.id).toBe(owner);
        expect(activity.channelId).toBe('line');
        if (activity.type === 'message') expect(typeof activity.text).toBe('string');
        else expect(activity.type).toBe('conversationUpdate');
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

const cardAction = fc.record({
  type: fc.constantFrom('postBack', 'imBack', 'openUrl', 'call'),
  title: fc.string({ unit: 'grapheme', maxLength: 60 }),
  value: fc.oneof(fc.string({ maxLength: 400 }), fc.webUrl(), fc.constant('tel:0662087311')),
}) as fc.Arbitrary<CardAction>;

const outgoing = fc.record(
  {
    type: fc.constantFrom('message', 'typing', 'event', 'delay'),
    text: fc.string({ unit: 'grapheme', maxLength: 12_000 }),
    suggestedActions: fc.record({ to: fc.constant([]), actions: fc.array(cardAction, { maxLength: 20 }) }),
    attachments: fc.array(
      fc.record({
        contentType: fc.constant('application/vnd.microsoft.card.hero'),
        content: fc.record({
          title: fc.string({ maxLength: 80 }),
          subtitle: fc.string({ maxLength: 80 }),
          text: fc.string({ maxLength: 400 }),
          buttons: fc.array(cardAction, { maxLength: 5 }),
        }),
      }),
      { maxLength: 14 },
    ),
  },
  { requiredKeys: ['type'] },
) as fc.Arbitrary<Partial<Activity>>;

describe('Activities → LINE messages, for any answer', () => {
  it('stays within LINE’s limits and drops no text', () => {
    fc.assert(
      fc.property(fc.array(outgoing, { maxLength: 8 }), (activities) => {
        const batches = toLineMessages(activities);
        const messages = batches.flat();
        for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(LINE_LIMITS.messagesPerRequest);
        for (const m of messages) {
          if (m.type === 'text') expect(m.text.length).toBeLessThanOrEqual(LINE_LIMITS.textLength);
          const items = m.quickReply?.items ?? [];
          expect(items.length).toBeLessThanOrEqual(LINE_LIMITS.quickReplyItems);
          for (const item of items) {
            const label = (item.action as { label?: string }).label ?? '';
            expect([...label].length).toBeLessThanOrEqual(LINE_LIMITS.quickReplyLabel);
          }
        }
        // Every non-blank character of every message's text arrives, in order (only whitespace
        // at the cuts may go).
        const sent = messages
          .filter((m) => m.type === 'text')
          .map((m) => (m as { text: string }).text)
          .join('')
          .replace(/\s/gu, '');
        const expected = activities
          .filter((a) => a.type === 'message' && a.text?.trim())
          .map((a) => a.text ?? '')
          .join('')
          .replace(/\s/gu, '');
        expect(sent).toBe(expected);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
