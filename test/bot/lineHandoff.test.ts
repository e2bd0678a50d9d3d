import { compose } from '../../bot';
import { FixedClock } from '../../bot/clock';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { fakeLineApi, postbackEvent, postWebhook, textEvent } from '../helpers/fakeLine';
import { listen } from '../helpers/http';

const SECRET = 'test_channel_secret';

/** Live chat with a resident on LINE, against a fake LINE API on loopback with the real SDK client. */
describe('live hand-off on LINE', () => {
  it('queues the resident, pushes staff words with a retry key, survives a 500, and ends the chat', async () => {
    const line = await fakeLineApi();
    const runtime = compose(
      loadConfig({
        LOG_LEVEL: 'silent',
        LINE_CHANNEL_SECRET: SECRET,
        LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token',
        LINE_API_BASE_URL: line.url,
      }),
      {
        logger: createLogger('silent'),
        // Tuesday 10:00 in Japan: staffed hours.
        clock: new FixedClock(new Date('2026-12-01T01:00:00Z')),
        line: { backoffMs: 1, loadingAfterMs: 10_000 },
        staffAccounts: [{ username: 'sato', displayName: '佐藤', role: 'staff', hash: 'scrypt$unused' }],
      },
    );
    const server = await listen(runtime.app);
    const desk = runtime.desk!;
    const send = async (...events: unknown[]) => {
      const res = await postWebhook(server.url, SECRET, events);
      await runtime.line!.webhook.idle();
      return res.status;
    };
    const texts = () => line.texts();
    try {
      desk.connect('sato', '佐藤');
      expect(await send(textEvent('U-resident-1', 'I want to talk to a person'))).toBe(200);
      expect(texts()).toContain('You are number 1 in line');
      const [waiting] = await desk.waiting();
      expect(waiting).toMatchObject({ channel: 'line', locale: 'en' });
      // Staff never see the LINE user id.
      expect(JSON.stringify(await desk.view('sato'))).not.toContain('U-resident-1');

      line.reset();
      await desk.accept(waiting!.id, 'sato', '佐藤');
      // LINE refuses the next push once: the adapter retries with the same retry key.
      line.failNext('push', 500, 1);
      await desk.staffSays(waiting!.id, 'sato', 'How can I help you today?');
      const pushes = line.calls.filter((c) => c.path === 'push');
      expect(pushes.every((p) => (p.body as { to?: string }).to === 'U-resident-1')).toBe(true);
      expect(pushes.every((p) => p.retryKey)).toBe(true);
      const staffPushes = pushes.filter((p) => JSON.stringify(p.body).includes('How can I help you today?'));
      expect(staffPushes.length).toBe(2);
      expect(staffPushes[0]!.retryKey).toBe(staffPushes[1]!.retryKey);
      expect(texts()).toContain('佐藤 from the city has joined the chat');
      expect(texts()).toContain('【City staff】\nHow can I help you today?');

      line.reset();
      await send(textEvent('U-resident-1', 'A man called about a refund'));
      expect(texts()).toBe('');
      expect((await desk.view('sato')).mine[0]!.lines.at(-1)!.text).toBe('A man called about a refund');

      // The resident ends it with the quick-reply button.
      await send(postbackEvent('U-resident-1', 'ho:leave'));
      expect(texts()).toContain('You have ended the chat with staff');
      expect((await desk.view('sato')).mine[0]!.state).toBe('ended');
    } finally {
      await server.close();
      await line.close();
    }
  });
});
