import type { messagingApi } from '@line/bot-sdk';
import type { Activity, CardAction, HeroCard } from 'botbuilder';
import type { RubySegment } from '../../../simplifier/ruby';
import { renderRuby } from '../../../simplifier/ruby';

type Message = messagingApi.Message;
type FlexComponent = messagingApi.FlexComponent;
type FlexBubble = messagingApi.FlexBubble;

/** LINE's limits (Messaging API reference). */
export const LINE_LIMITS = {
  messagesPerRequest: 5,
  textLength: 5000,
  quickReplyItems: 13,
  quickReplyLabel: 20,
  buttonLabel: 40,
  carouselBubbles: 12,
  altText: 400,
  postbackData: 300,
} as const;

const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** Cuts to `max` characters (code points, so no emoji is split), marking the cut with "…". */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Splits a text over LINE's 5,000-character limit at the last paragraph, sentence or word break
 * before the limit, so no sentence, phone number or URL is cut in two where it can be avoided.
 */
export function splitText(text: string, max: number = LINE_LIMITS.textLength): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = -1;
    for (const pattern of [/\n\s*\n/g, /\n/g, /[。！？!?](?=\s|[^\d])|\.(?=\s)/g, /[、,\s]/g]) {
      let m: RegExpExecArray | null;
      let last = -1;
      while ((m = pattern.exec(window)) !== null) last = m.index + m[0].length;
      if (last > max / 2) {
        cut = last;
        break;
      }
    }
    if (cut <= 0) {
      cut = max;
      // Never split a surrogate pair.
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function textMessage(text: string): messagingApi.TextMessage {
  return { type: 'text', text };
}

function buttonOf(action: CardAction): FlexComponent | null {
  const uri = typeof action.value === 'string' ? action.value : '';
  if (!/^(tel:|https?:\/\/)/.test(uri)) return null;
  const call = uri.startsWith('tel:');
  return {
    type: 'button',
    style: call ? 'primary' : 'link',
    height: 'sm',
    action: { type: 'uri', label: truncate(action.title, LINE_LIMITS.buttonLabel), uri },
  };
}

/** A contact card as a Flex bubble: name, official name, phone and status lines, call and web buttons. */
export function bubbleOf(card: HeroCard): FlexBubble {
  const body: FlexComponent[] = [
    { type: 'text', text: card.title || ' ', weight: 'bold', size: 'md', wrap: true },
  ];
  if (card.subtitle)
    body.push({ type: 'text', text: card.subtitle, size: 'xs', color: '#666666', wrap: true });
  for (const line of (card.text ?? '').split('\n').filter((l) => l.trim())) {
    body.push({ type: 'text', text: line, size: 'sm', wrap: true, margin: 'sm' });
  }
  const buttons = (card.buttons ?? []).map(buttonOf).filter((b): b is FlexComponent => b !== null);
  return {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: body },
    ...(buttons.length
      ? { footer: { type: 'box', layout: 'vertical', spacing: 'sm', contents: buttons } }
      : {}),
  };
}

/** What shows in notifications and old clients: names and numbers, readable on their own. */
function altTextOf(cards: HeroCard[]): string {
  const lines = cards.map((c) =>
    [c.title, ...(c.buttons ?? []).map((b) => String(b.value ?? '')).filter((v) => v.startsWith('tel:'))]
      .map((s) => (s ?? '').replace(/^tel:/, '☎ '))
      .join(' '),
  );
  return truncate(lines.join('\n') || 'contacts', LINE_LIMITS.altText);
}

function cardsMessage(cards: HeroCard[]): messagingApi.FlexMessage {
  const bubbles = cards.slice(0, LINE_LIMITS.carouselBubbles).map(bubbleOf);
  return {
    type: 'flex',
    altText: altTextOf(cards),
    contents: bubbles.length === 1 ? bubbles[0]! : { type: 'carousel', contents: bubbles },
  };
}

/**
 * An easy-Japanese button with readings (channelData.ruby) shows them in brackets, as its messages
 * do — 証明書(しょうめいしょ) — when that fits LINE's label; else the plain label, never a cut one.
 */
function labelOf(action: CardAction): string {
  const plain = action.title || String(action.value);
  const ruby = (action.channelData as { ruby?: RubySegment[] } | undefined)?.ruby;
  if (!Array.isArray(ruby) || !ruby.some((s) => s.reading)) return plain;
  const withReadings = renderRuby(ruby, 'parens');
  return [...withReadings].length <= LINE_LIMITS.quickReplyLabel ? withReadings : plain;
}

function quickReplyOf(actions: CardAction[]): messagingApi.QuickReply {
  return {
    items: actions.slice(0, LINE_LIMITS.quickReplyItems).map((a) => {
      const label = truncate(labelOf(a), LINE_LIMITS.quickReplyLabel);
      return {
        type: 'action',
        action: {
          type: 'postback',
          label,
          data: truncate(String(a.value ?? a.title), LINE_LIMITS.postbackData),
          // The tapped label appears in the chat as the resident's own message.
          displayText: a.title || label,
        },
      };
    }),
  };
}

/**
 * The activities of one turn → batches of LINE messages (five per request). Texts are merged
 * before anything is split into a second request, since a push costs a message from the city's
 * quota; quick replies go on the very last message, the only place LINE shows them.
 */
export function toLineMessages(activities: ReadonlyArray<Partial<Activity>>): Message[][] {
  const messages: Message[] = [];
  let actions: CardAction[] = [];
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    if (activity.text?.trim()) messages.push(...splitText(activity.text).map(textMessage));
    const cards = (activity.attachments ?? [])
      .filter((a) => a.contentType === HERO_CARD)
      .map((a) => a.content as HeroCard);
    if (cards.length) messages.push(cardsMessage(cards));
    if (activity.suggestedActions?.actions?.length) actions = activity.suggestedActions.actions;
  }
  mergeTexts(messages);
  const batches: Message[][] = [];
  for (let i = 0; i < messages.length; i += LINE_LIMITS.messagesPerRequest) {
    batches.push(messages.slice(i, i + LINE_LIMITS.messagesPerRequest));
  }
  const last = batches.at(-1)?.at(-1);
  if (last && actions.length) last.quickReply = quickReplyOf(actions);
  return batches;
}

/** Joins neighbouring texts (the shortest pair first) until five messages are left or none fit. */
function mergeTexts(messages: Message[]): void {
  while (messages.length > LINE_LIMITS.messagesPerRequest) {
    let best = -1;
    let bestLength = Infinity;
    for (let i = 0; i + 1 < messages.length; i++) {
      const a = messages[i]!;
      const b = messages[i + 1]!;
      if (a.type !== 'text' || b.type !== 'text') continue;
      const length = a.text.length + b.text.length + 1;
      if (length <= LINE_LIMITS.textLength && length < bestLength) {
        best = i;
        bestLength = length;
      }
    }
    if (best < 0) return;
    const a = messages[best] as messagingApi.TextMessage;
    const b = messages[best + 1] as messagingApi.TextMessage;
    messages.splice(best, 2, textMessage(`${a.text}\n${b.text}`));
  }
}
