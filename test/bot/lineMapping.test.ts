import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity, CardAction } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import fc from 'fast-check';
import { toActivity } from '../../bot/channels/line/toActivity';
import { LINE_LIMITS, splitText, toLineMessages, truncate } from '../../bot/channels/line/toLine';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'line');
const events = (file: string) =>
  (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { events: Array<Record<string, unknown>> })
    .events;

describe('LINE event → activity', () => {
  it('maps every fixture event without throwing, to a turn, a forget or an ignore', () => {
    for (const file of ['webhook-events.json', 'webhook-events-legacy.json']) {
      for (const e of events(file)) expect(['turn', 'forget', 'ignore']).toContain(toActivity(e).kind);
    }
  });

  it('text, postback, follow, unfollow, sticker and image in one-to-one chats', () => {
    const all = events('webhook-events.json').filter(
      (e) => (e.source as { type: string }).type === 'user' && e.mode !== 'standby',
    );
    const byType = (type: string, messageType?: string) =>
      all.find(
        (e) => e.type === type && (!messageType || (e.message as { type: string }).type === messageType),
      )!;

    const text = toActivity(byType('message', 'text'));
    expect(text).toMatchObject({
      kind: 'turn',
      event: {
        activity: { type: 'message', channelId: 'line', text: 'Hello, world' },
        userId: 'U206d25c2ea6bd87c17655609a1c37cb8',
      },
    });
    expect(text.kind === 'turn' && text.event.replyToken).toBe('nHuyWiB7yP5Zw52FIkcQobQuGDXCTA');

    const postback = toActivity(byType('postback'));
    expect(postback).toMatchObject({
      kind: 'turn',
      event: { activity: { type: 'message', text: 'action=buyItem&itemId=123123&color=red' } },
    });

    expect(toActivity(byType('follow'))).toMatchObject({
      kind: 'turn',
      event: { activity: { type: 'conversationUpdate' } },
    });
    expect(toActivity(byType('unfollow'))).toEqual({
      kind: 'forget',
      userId: 'U206d25c2ea6bd87c17655609a1c37cb8',
    });

    for (const type of ['image', 'sticker', 'location', 'file']) {
      const mapped = toActivity(byType('message', type));
      expect(mapped).toMatchObject({ kind: 'turn', event: { activity: { type: 'message', text: '' } } });
      expect(mapped.kind === 'turn' && mapped.event.activity.attachments).toHaveLength(1);
    }
  });

  it('ignores groups, rooms, standby and unknown events', () => {
    const user = { type: 'user', userId: 'U1' };
    expect(
      toActivity({
        type: 'message',
        source: { type: 'group', groupId: 'C1', userId: 'U1' },
        message: { type: 'text', text: 'x' },
      }).kind,
    ).toBe('ignore');
    expect(
      toActivity({ type: 'message', mode: 'standby', source: user, message: { type: 'text', text: 'x' } })
        .kind,
    ).toBe('ignore');
    expect(toActivity({ type: 'beacon', source: user }).kind).toBe('ignore');
    expect(toActivity(null).kind).toBe('ignore');
    expect(toActivity({ type: 42 }).kind).toBe('ignore');
    // A message type that names an Object.prototype member is an unknown type, not an attachment.
    for (const type of ['constructor', 'toString', '__proto__'])
      expect(
        toActivity({ type: 'message', source: user, replyToken: 'r', message: { id: '1', type } }).kind,
      ).toBe('ignore');
  });
});

const text = (t: string): Partial<Activity> => ({ type: 'message', text: t });
const actions = (n: number): CardAction[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'imBack',
    title: `とても長いボタンの名前です番号${i}の選択肢です`,
    value: `opt:${i}`,
  }));

describe('activities → LINE messages', () => {
  it('puts quick replies on the last message, at most 13, labels cut to 20 characters', () => {
    const [batch] = toLineMessages([
      text('はじめ'),
      { ...text('どれですか？'), suggestedActions: { to: [], actions: actions(15) } },
    ]);
    expect(batch).toHaveLength(2);
    expect(batch![0]!.quickReply).toBeUndefined();
    const items = batch![1]!.quickReply!.items!;
    expect(items).toHaveLength(13);
    for (const item of items) {
      const action = item.action as { label: string; data: string; displayText: string };
      expect([...action.label].length).toBeLessThanOrEqual(20);
      expect(action.label.endsWith('…')).toBe(true);
      expect(action.data).toMatch(/^opt:\d+$/);
      expect(action.displayText).toContain('とても長いボタン');
    }
  });

  it('shows an easy-Japanese button with its readings in brackets when they fit in 20 characters', () => {
    const easy = (title: string, ruby: Array<{ text: string; reading?: string }>): CardAction => ({
      type: 'postBack',
      title,
      value: `menu:${title}`,
      channelData: { ruby },
    });
    const [batch] = toLineMessages([
      {
        ...text('えらんでください。'),
        suggestedActions: {
          to: [],
          actions: [
            easy('犯罪の被害', [
              { text: '犯罪', reading: 'はんざい' },
              { text: 'の' },
              { text: '被害', reading: 'ひがい' },
            ]),
            easy('住民票の写し・印鑑登録証明書', [
              { text: '住民票', reading: 'じゅうみんひょう' },
              { text: 'の' },
              { text: '写', reading: 'うつ' },
              { text: 'し・' },
              { text: '印鑑登録証明書', reading: 'いんかんとうろくしょうめいしょ' },
            ]),
          ],
        },
      },
    ]);
    const [short, long] = batch![0]!.quickReply!.items!.map(
      (i) => i.action as { label: string; displayText: string },
    );
    expect(short!.label).toBe('犯罪(はんざい)の被害(ひがい)');
    expect(short!.displayText).toBe('犯罪の被害');
    // Too long with its readings: the plain label, whole, rather than readings cut in half.
    expect(long!.label).toBe('住民票の写し・印鑑登録証明書');
  });

  it('merges texts into five messages per request before splitting into a second request', () => {
    const batches = toLineMessages(Array.from({ length: 8 }, (_, i) => text(`メッセージ${i}`)));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(5);
    const joined = batches[0]!.map((m) => (m.type === 'text' ? m.text : '')).join('\n');
    for (let i = 0; i < 8; i++) expect(joined).toContain(`メッセージ${i}`);
  });

  it('splits a 12,000-character text at sentence ends, losing nothing', () => {
    const sentence = '区役所の窓口は06-6208-7371です。';
    const long = sentence.repeat(Math.ceil(12_000 / sentence.length));
    const batches = toLineMessages([text(long)]);
    const parts = batches.flat().map((m) => (m.type === 'text' ? m.text : ''));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(LINE_LIMITS.textLength);
      expect(p.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(long);
  });

  it('never splits a surrogate pair and never exceeds the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 4, max: 50 }),
        (s, max) => {
          const parts = splitText(s, max);
          for (const p of parts) {
            expect(p.length).toBeLessThanOrEqual(max);
            expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
          }
          expect(parts.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
        },
      ),
    );
  });

  it('turns contact cards into a Flex carousel with tel: and web buttons and a readable altText', () => {
    const card = (title: string, phone: string) =>
      CardFactory.heroCard(
        title,
        undefined,
        [
          { type: 'call', title: `${phone}に電話`, value: `tel:${phone.replace(/-/g, '')}` },
          { type: 'openUrl', title: '公式ページ', value: 'https://www.city.osaka.lg.jp/' },
        ],
        { subtitle: 'Official name', text: `☎ ${phone}\n現在受付中です。` },
      );
    const [batch] = toLineMessages([
      {
        type: 'message',
        attachments: [card('大阪市消費者センター', '06-6614-0999'), card('消費者ホットライン', '188')],
      },
    ]);
    const flex = batch![0] as {
      type: string;
      altText: string;
      contents: { type: string; contents: unknown[] };
    };
    expect(flex.type).toBe('flex');
    expect(flex.contents.type).toBe('carousel');
    expect(flex.contents.contents).toHaveLength(2);
    const json = JSON.stringify(flex);
    expect(json).toContain('"uri":"tel:0666140999"');
    expect(json).toContain('"uri":"https://www.city.osaka.lg.jp/"');
    expect(flex.altText).toContain('0666140999');
    expect(flex.altText).toContain('188');
  });

  it('truncate counts characters, not UTF-16 units', () => {
    expect(truncate('😀😀😀', 3)).toBe('😀😀😀');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
