import type { Activity, ConversationReference } from 'botbuilder';
import { Redis } from 'ioredis';
import { FixedClock } from '../../bot/clock';
import type { HandoffCase, ResidentNotice } from '../../bot/handoff/desk';
import { DeskError, HandoffDesk } from '../../bot/handoff/desk';
import { parseStaffedHours } from '../../bot/handoff/staffedHours';
import { createLogger } from '../../bot/logger';
import { Readiness } from '../../bot/readiness';
import { connectRedis, createRedis } from '../../bot/redis/connect';
import { RedisDeskBus } from '../../bot/redis/redisDeskBus';
import { RedisDeskStore } from '../../bot/redis/redisDeskStore';
import { startRedis } from '../helpers/redisServer';

jest.setTimeout(30_000);

/** Tuesday 2026-12-01 10:00 in Japan: inside the staffed hours. */
const TUESDAY_10AM = new Date('2026-12-01T01:00:00Z');
const HOURS = parseStaffedHours('weekday 09:00-17:30')!;
const MINUTE = 60_000;

/** What the resident was told, as one short word per notice (the wording is the bot layer's). */
function word(notice: ResidentNotice): string {
  switch (notice.kind) {
    case 'accepted':
      return `accepted:${notice.staffName}`;
    case 'staffMessage':
      return `staff:${notice.text}`;
    case 'ended':
      return `ended:${notice.reason}`;
    case 'position':
      return `position:${notice.position}`;
  }
}

describe('the hand-off desk shared by two instances through Redis', () => {
  let server: Awaited<ReturnType<typeof startRedis>>;
  let admin: Redis;
  let cleanup: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await startRedis();
    admin = new Redis(server.url);
  });
  afterAll(async () => {
    await admin.quit();
    await server.stop();
  });
  beforeEach(async () => {
    await admin.flushall();
  });
  afterEach(async () => {
    for (const fn of cleanup) await fn();
    cleanup = [];
  });

  /** One instance: its own connection, store, bus and delivery; every instance shares the clock. */
  async function instance(clock: FixedClock, options: { keepEndedMs?: number } = {}) {
    const redis = new Redis(server.url);
    const bus = new RedisDeskBus(redis, { logger: createLogger('silent') });
    const desk = new HandoffDesk({
      clock,
      logger: createLogger('silent'),
      hours: HOURS,
      render: (_locale, notice) => [{ type: 'message', text: word(notice) }],
      store: new RedisDeskStore(redis),
      bus,
      maxWaitMs: 20 * MINUTE,
      ...options,
    });
    const sent: Array<{ to: string; text: string }> = [];
    desk.channel('test', (reference: Partial<ConversationReference>, activities: Partial<Activity>[]) => {
      for (const a of activities)
        if (a.type === 'message') sent.push({ to: reference.conversation?.id ?? '', text: a.text ?? '' });
      return Promise.resolve();
    });
    await bus.ready();
    cleanup.push(async () => {
      desk.close();
      await bus.close();
      await redis.quit();
    });
    return { desk, sent, texts: (to: string) => sent.filter((s) => s.to === to).map((s) => s.text) };
  }

  async function twoInstances(options: { keepEndedMs?: number } = {}) {
    const clock = new FixedClock(TUESDAY_10AM);
    return { clock, a: await instance(clock, options), b: await instance(clock, options) };
  }

  const resident = (conversation: string) => ({
    key: `test\u0000${conversation}`,
    reference: { channelId: 'test', conversation: { id: conversation } } as Partial<ConversationReference>,
    channel: 'test',
    locale: 'en' as const,
    topic: null,
    history: [{ from: 'resident' as const, text: 'A call about a refund', at: 0 }],
  });

  it('a resident queued on A is in the queue on B, and staff online on B make A available', async () => {
    const { a, b } = await twoInstances();
    expect(await a.desk.availability('test')).toBe('nobody');
    const { case: queued, position } = await a.desk.enqueue(resident('conv-1'));
    expect(position).toBe(1);

    const onB = await b.desk.view('yamada');
    expect(onB.waiting.map((c) => [c.id, c.position])).toEqual([[queued.id, 1]]);
    expect(onB.waiting[0]!.lines.map((l) => l.text)).toEqual(['A call about a refund']);
    // Staff never see the channel's ids.
    expect(JSON.stringify(onB)).not.toContain('conv-1');

    b.desk.connect('yamada', '山田');
    await b.desk.idle();
    expect(await a.desk.availability('test')).toBe('available');
    expect(await a.desk.online()).toEqual(['yamada']);
    expect((await a.desk.view('suzuki')).online).toBe(1);
  });

  it('the same resident asking on two instances at once gets one place in the queue', async () => {
    const { a, b } = await twoInstances();
    const [onA, onB] = await Promise.all([
      a.desk.enqueue(resident('conv-1')),
      b.desk.enqueue(resident('conv-1')),
    ]);
    expect(onA.case.id).toBe(onB.case.id);
    expect((await b.desk.waiting()).map((c) => c.id)).toEqual([onA.case.id]);
  });

  it('two staff accepting at once on two instances: exactly one wins, the other gets 409', async () => {
    const { a, b } = await twoInstances();
    for (let round = 0; round < 5; round++) {
      const { case: queued } = await a.desk.enqueue(resident(`conv-${round}`));
      const results = await Promise.allSettled([
        a.desk.accept(queued.id, 'yamada', '山田'),
        b.desk.accept(queued.id, 'suzuki', '鈴木'),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(DeskError);
      expect((lost[0] as DeskError).status).toBe(409);
      const told = [...a.texts(`conv-${round}`), ...b.texts(`conv-${round}`)];
      expect(told.filter((t) => t.startsWith('accepted:'))).toHaveLength(1);
    }
  });

  it('staff on B reach the resident queued on A; the resident’s words on A reach staff on B', async () => {
    const { a, b } = await twoInstances();
    const first = await a.desk.enqueue(resident('conv-1'));
    await b.desk.enqueue(resident('conv-2'));
    await b.desk.accept(first.case.id, 'yamada', '山田');
    // The second resident moved up: told once, by whichever instance moved the queue.
    expect([...a.texts('conv-2'), ...b.texts('conv-2')]).toEqual(['position:1']);

    await b.desk.staffSays(first.case.id, 'yamada', 'Hello, how can I help?');
    expect(b.texts('conv-1')).toEqual(['accepted:山田', 'staff:Hello, how can I help?']);
    expect(a.texts('conv-1')).toEqual([]);

    // The resident's next message arrives at A: the bot there finds the case by the conversation key.
    const live = (await a.desk.caseFor('test\u0000conv-1')) as HandoffCase;
    expect(live).toMatchObject({ id: first.case.id, state: 'active', staff: 'yamada' });
    await a.desk.residentSays(live, 'They asked me to go to an ATM');
    const mine = (await b.desk.view('yamada')).mine;
    expect(mine[0]!.lines.at(-1)).toMatchObject({ from: 'resident', text: 'They asked me to go to an ATM' });
    await expect(a.desk.staffSays(first.case.id, 'suzuki', 'hi')).rejects.toMatchObject({ status: 403 });

    await b.desk.staffEnds(first.case.id, 'yamada');
    expect(await a.desk.caseFor('test\u0000conv-1')).toBeNull();
    expect((await a.desk.view('yamada')).mine[0]!.state).toBe('ended');
  });

  it("a change on A refreshes the consoles on B (events 'changed' and 'line')", async () => {
    const { a, b } = await twoInstances();
    const changed = new Promise<void>((resolve) => b.desk.once('changed', () => resolve()));
    const { case: queued } = await a.desk.enqueue(resident('conv-1'));
    await changed;
    const line = new Promise<[string, { text: string }]>((resolve) =>
      b.desk.once('line', (caseId: string, l: { text: string }) => resolve([caseId, l])),
    );
    await a.desk.residentSays(queued, 'Is anybody there?');
    expect(await line).toEqual([queued.id, expect.objectContaining({ text: 'Is anybody there?' })]);
  });

  it('sweeps on both instances at once tell a resident who waited too long only once', async () => {
    const { clock, a, b } = await twoInstances();
    b.desk.connect('yamada', '山田');
    await a.desk.enqueue(resident('conv-1'));
    clock.set(new Date(TUESDAY_10AM.getTime() + 21 * MINUTE));
    b.desk.seen('yamada', '山田');
    await b.desk.idle();
    await Promise.all([a.desk.sweep(), b.desk.sweep(), a.desk.sweep()]);
    await Promise.all([a.desk.sweep(), b.desk.sweep()]);
    expect([...a.texts('conv-1'), ...b.texts('conv-1')]).toEqual(['ended:timeout']);
    expect(await a.desk.waiting()).toEqual([]);
  });

  it('the bus on the app’s lazy connection opens nothing until start-up connects, then carries events', async () => {
    const logger = createLogger('silent');
    const lazy = createRedis(server.url, logger, new Readiness());
    const bus = new RedisDeskBus(lazy, { logger });
    cleanup.push(async () => {
      await bus.close();
      await lazy.quit();
    });
    const heard: string[] = [];
    bus.subscribe((e) => heard.push(e.kind));
    expect(lazy.status).toBe('wait');
    await connectRedis(lazy, server.url);
    await bus.ready();
    await admin.publish('ym:ho:events', JSON.stringify({ origin: 'elsewhere', kind: 'changed' }));
    await admin.publish('ym:ho:events', 'not an event');
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual(['changed']);
  });

  it('the sweep lock is held by one instance at a time and released only by its holder', async () => {
    const [one, two] = [new Redis(server.url), new Redis(server.url)];
    cleanup.push(async () => {
      await one.quit();
      await two.quit();
    });
    const [storeA, storeB] = [new RedisDeskStore(one), new RedisDeskStore(two)];
    const release = await storeA.lock('sweep', 200);
    expect(release).not.toBeNull();
    expect(await storeB.lock('sweep', 200)).toBeNull();
    await release!();
    const releaseB = await storeB.lock('sweep', 100);
    expect(releaseB).not.toBeNull();
    // A holder that outlived its lock cannot release the next holder's.
    await new Promise((r) => setTimeout(r, 150));
    const releaseA = await storeA.lock('sweep', 5_000);
    await releaseB!();
    expect(await storeB.lock('sweep', 5_000)).toBeNull();
    await releaseA!();
  });

  it('with no staff online anywhere, the sweep gives the waiting resident the phone numbers', async () => {
    const { clock, a, b } = await twoInstances();
    const disconnect = b.desk.connect('yamada', '山田');
    await a.desk.enqueue(resident('conv-1'));
    disconnect();
    await b.desk.idle();
    // Presence lasts a minute after the console closes, on every instance.
    clock.set(new Date(TUESDAY_10AM.getTime() + 30_000));
    expect(await a.desk.online()).toEqual(['yamada']);
    clock.set(new Date(TUESDAY_10AM.getTime() + 2 * MINUTE));
    expect(await a.desk.online()).toEqual([]);
    await a.desk.sweep();
    expect(a.texts('conv-1')).toEqual(['ended:closed']);
  });

  it('every key expires: ended cases after keepEndedMs, presence after its window', async () => {
    const { a, b } = await twoInstances({ keepEndedMs: 300 });
    b.desk.connect('yamada', '山田');
    const { case: queued } = await a.desk.enqueue(resident('conv-1'));
    await b.desk.accept(queued.id, 'yamada', '山田');
    await b.desk.staffEnds(queued.id, 'yamada');
    await b.desk.idle();

    const keys = await admin.keys('ym:ho:*');
    expect(keys).toEqual(
      expect.arrayContaining(['ym:ho:case:' + queued.id, 'ym:ho:presence', 'ym:ho:names', 'ym:ho:cases']),
    );
    // The conversation's index goes as soon as the chat ends: the next message is the bot's again.
    expect(keys.filter((k) => k.startsWith('ym:ho:key:'))).toEqual([]);
    for (const key of keys) expect(await admin.pttl(key)).toBeGreaterThan(0);
    const caseTtl = await admin.pttl('ym:ho:case:' + queued.id);
    expect(caseTtl).toBeLessThanOrEqual(300);
    expect(await admin.pttl('ym:ho:presence')).toBeLessThanOrEqual(60_000);

    await new Promise((r) => setTimeout(r, 400));
    expect((await b.desk.view('yamada')).mine).toEqual([]);
    expect(await admin.exists('ym:ho:case:' + queued.id)).toBe(0);
  });
});
