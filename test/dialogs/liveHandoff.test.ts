import type { Activity } from 'botbuilder';
import type { StaffAccount } from '../../bot/staff/accounts';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { createHarness } from '../helpers/harness';
import { filled } from './util';

const kb = KnowledgeBase.load();
const STAFF: StaffAccount[] = [
  { username: 'yamada', displayName: '山田', role: 'staff', hash: 'scrypt$unused' },
];
/** Tuesday 2026-12-01 10:00 in Japan: inside the default staffed hours (weekdays 9:00–17:30). */
const TUESDAY_10AM = '2026-12-01T01:00:00Z';

/** A bot with live chat on, two residents, and what reached each of them outside their turns. */
function setUp(now = TUESDAY_10AM) {
  const a = createHarness({ now, locale: 'en', staffAccounts: STAFF, conversationId: 'conv-a' });
  const b = createHarness({ now, locale: 'ja', runtime: a.runtime, conversationId: 'conv-b' });
  const desk = a.runtime.desk!;
  const pushed = new Map<string, Array<Partial<Activity>>>();
  desk.channel('test', (reference, activities) => {
    const id = reference.conversation?.id ?? '';
    pushed.set(id, [...(pushed.get(id) ?? []), ...activities]);
    return Promise.resolve();
  });
  const textsTo = (id: string) =>
    (pushed.get(id) ?? [])
      .filter((x) => x.type === 'message')
      .map((x) => x.text ?? '')
      .join('\n');
  const statusesTo = (id: string) =>
    (pushed.get(id) ?? [])
      .filter((x) => x.type === 'event' && x.name === 'handoff.status')
      .map((x) => (x.value as { state: string }).state);
  const contactsTo = (id: string) =>
    (pushed.get(id) ?? []).flatMap(
      (x) =>
        (x.channelData as { contacts?: Array<{ id: string }> } | undefined)?.contacts?.map((c) => c.id) ?? [],
    );
  return { a, b, desk, pushed, textsTo, statusesTo, contactsTo };
}

describe('live chat with staff', () => {
  it('with nobody online, "talk to a person" gives the phone numbers and says so', async () => {
    const { a } = setUp();
    const turn = await a.say('talk to a person');
    expect(turn.text).toContain('No staff member is available for chat right now');
    // In English, the multilingual desks first, then the city's own line.
    expect(turn.contacts.map((c) => c.id)).toEqual(['ihOsaka', 'ofix', ...kb.topic('handoff').contacts]);
    expect(await a.runtime.desk!.waiting()).toHaveLength(0);
  });

  it('with nobody online, asking again does not loop: a plain answer, the numbers and the menu', async () => {
    const { a } = setUp();
    const first = await a.say('talk to a person');
    expect(first.values).toEqual(['fb:yes', 'fb:no', 'menu:handoff']);
    const again = await a.say('menu:handoff');
    expect(again.text).toContain(filled('en', 'handoff:again'));
    expect(again.text).toContain('No staff member is available for chat right now');
    expect(again.contacts.map((c) => c.id)).toEqual(['ihOsaka', 'ofix', ...kb.topic('handoff').contacts]);
    expect(again.text).not.toContain('Was this helpful');
    expect(again.values).toContain('menu:certificate');
    expect(await a.runtime.desk!.waiting()).toHaveLength(0);
  });

  it('outside staffed hours, says when chat opens again (Saturday → Monday 9:00)', async () => {
    // Saturday 2026-12-05 11:00 JST.
    const { a, desk } = setUp('2026-12-05T02:00:00Z');
    desk.connect('yamada', '山田');
    const turn = await a.say('talk to a person');
    expect(turn.text).toContain('Chat with city staff opens again');
    expect(turn.text).toMatch(/Mon.*9:00/);
    expect(await desk.waiting()).toHaveLength(0);
  });

  it('queues residents in order, relays both ways, and gives the conversation back to the bot', async () => {
    const { a, b, desk, textsTo, statusesTo } = setUp();
    desk.connect('yamada', '山田');

    // Before asking, resident A mentions a phone number: staff see it scrubbed.
    await a.say('I got a strange call from 090-1234-5678 about a refund at the ATM');
    const queuedA = await a.say('talk to a person');
    expect(queuedA.text).toContain('You are number 1 in line');
    expect(queuedA.buttons).toEqual(['End the chat']);
    const queuedB = await b.say('職員と話したい');
    expect(queuedB.text).toContain('ただいま2番目です');

    const [caseA, caseB] = await desk.waiting();
    expect(caseA!.locale).toBe('en');
    expect(caseB!.locale).toBe('ja');
    const history = caseA!.lines.map((l) => l.text).join('\n');
    expect(history).toContain('[number]');
    expect(history).not.toContain('090-1234-5678');

    // While waiting, A's words go to staff and A is told their place; the bot does not answer.
    const waiting = await a.say('My card number is 1234');
    expect(waiting.text).toContain('You are number 1 in line');
    expect(waiting.topic).toBeNull();

    await desk.accept(caseA!.id, 'yamada', '山田');
    expect(textsTo('conv-a')).toContain('山田 from the city has joined the chat');
    expect(statusesTo('conv-a')).toEqual(['accepted']);
    // B moved up? No: B was second and is now first in the queue.
    expect(textsTo('conv-b')).toContain('ただいま1番目です');

    await desk.staffSays(caseA!.id, 'yamada', 'Hello, how can I help?');
    expect(textsTo('conv-a')).toContain('【City staff】\nHello, how can I help?');
    // Resident B never receives resident A's conversation.
    expect(textsTo('conv-b')).not.toContain('Hello, how can I help?');

    const silent = await a.say('They asked me to go to an ATM');
    expect(silent.replies).toHaveLength(0);
    expect((await desk.view('yamada')).mine[0]!.lines.map((l) => l.text)).toContain(
      'They asked me to go to an ATM',
    );
    expect((await desk.view('yamada')).waiting.map((c) => c.id)).toEqual([caseB!.id]);

    await desk.staffEnds(caseA!.id, 'yamada');
    expect(textsTo('conv-a')).toContain('The staff member has ended the chat');
    expect(statusesTo('conv-a')).toEqual(['accepted', 'completed']);

    // The bot answers again.
    const after = await a.say('I want a residence certificate at a convenience store');
    expect(after.topic).toBe('certificate');

    // B leaves the queue with the button.
    const left = await b.tap(queuedB, 'チャットを終える');
    expect(left.text).toContain('職員とのチャットを終了しました');
    expect(await desk.waiting()).toHaveLength(0);
    const waits = (await a.runtime.counters.report()).handoffWaits;
    expect(waits.map((w) => w.outcome).sort()).toEqual(['accepted', 'left']);
  });

  it('an emergency typed during a chat gets 110/119 at once, and the staff member sees it too', async () => {
    const { a, desk } = setUp();
    desk.connect('yamada', '山田');
    await a.say('talk to a person');
    await desk.accept((await desk.waiting())[0]!.id, 'yamada', '山田');
    const turn = await a.say('Fire! My kitchen is on fire');
    expect(turn.text).toContain('119');
    expect((await desk.view('yamada')).mine[0]!.lines.at(-1)!.text).toBe('Fire! My kitchen is on fire');
  });

  it('a photo or sticker during a chat is answered with "text only" and not lost silently', async () => {
    const { a, desk } = setUp();
    desk.connect('yamada', '山田');
    await a.say('talk to a person');
    const turn = await a.attach([{ contentType: 'image/png', contentUrl: 'https://example.invalid/p.png' }]);
    expect(turn.text).toContain('Only text messages can be passed on to staff');
  });

  it('nobody left to answer: waiting residents get the phone numbers instead of waiting forever', async () => {
    const { a, desk, textsTo, statusesTo, contactsTo } = setUp();
    const disconnect = desk.connect('yamada', '山田');
    await a.say('talk to a person');
    disconnect();
    // Presence lasts a minute after the console closes.
    a.clock.set(new Date(a.clock.now().getTime() + 2 * 60_000));
    await desk.sweep();
    expect(textsTo('conv-a')).toContain('no staff member can chat right now');
    expect(contactsTo('conv-a')).toEqual(kb.topic('handoff').contacts);
    expect(statusesTo('conv-a')).toEqual(['failed']);
    expect(await desk.waiting()).toHaveLength(0);
  });

  it('waiting longer than the limit ends with the phone numbers, counted as a timeout', async () => {
    const { a, desk, textsTo } = setUp();
    desk.connect('yamada', '山田');
    await a.say('talk to a person');
    a.clock.set(new Date(a.clock.now().getTime() + 21 * 60_000));
    desk.seen('yamada', '山田');
    await desk.sweep();
    expect(textsTo('conv-a')).toContain('you have waited too long');
    expect((await a.runtime.counters.report()).handoffWaits.map((w) => w.outcome)).toEqual(['timeout']);
  });

  it("one staff member cannot take over or write into another one's chat", async () => {
    const { a, desk } = setUp();
    desk.connect('yamada', '山田');
    desk.connect('suzuki', '鈴木');
    await a.say('talk to a person');
    const id = (await desk.waiting())[0]!.id;
    await desk.accept(id, 'yamada', '山田');
    await expect(desk.accept(id, 'suzuki', '鈴木')).rejects.toMatchObject({ status: 409 });
    await expect(desk.staffSays(id, 'suzuki', 'hi')).rejects.toMatchObject({ status: 403 });
    expect((await desk.view('suzuki')).mine).toHaveLength(0);
  });

  it('without staff accounts, "talk to a person" works as before (contacts, no queue)', async () => {
    const h = createHarness({ now: TUESDAY_10AM, locale: 'en' });
    expect(h.runtime.desk).toBeNull();
    const turn = await h.say('talk to a person');
    expect(turn.text).toContain('Chatting with a staff member here is not available');
  });
});
