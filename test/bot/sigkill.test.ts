import type { ChildProcess } from 'node:child_process';
import { startBotProcess } from '../helpers/botProcess';
import { fakeLineApi, postWebhook, textEvent } from '../helpers/fakeLine';
import { startRedis } from '../helpers/redisServer';

const SECRET = 'sigkill-test-secret';
jest.setTimeout(120_000);

describe('SIGKILL with Redis', () => {
  it('events acknowledged by an instance killed mid-answer are answered once, by another instance', async () => {
    const redis = await startRedis();
    // Profiles come back slowly, so the killed instance has acknowledged the events but not answered.
    const line = await fakeLineApi({ profileDelayMs: 3000 });
    const env = {
      REDIS_URL: redis.url,
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
      LINE_API_BASE_URL: line.url,
      LINE_TAKEOVER_SECONDS: '3',
    };
    const a = await startBotProcess(env);
    let b: { child: ChildProcess } | null = null;
    try {
      const users = Array.from({ length: 6 }, (_, i) => `Usigkill${i}`);
      const events = users.map((u) => textEvent(u, 'I want a residence certificate at a convenience store'));
      const userOfToken = new Map(events.map((e, i) => [e.replyToken, users[i]!]));
      const recipient = (callBody: Record<string, unknown>): string =>
        typeof callBody.to === 'string' ? callBody.to : (userOfToken.get(String(callBody.replyToken)) ?? '');
      const res = await postWebhook(`http://127.0.0.1:${a.port}`, SECRET, events);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      a.child.kill('SIGKILL');
      await new Promise((r) => a.child.once('exit', r));
      expect(line.delivered()).toHaveLength(0);

      b = await startBotProcess(env);
      // B takes over once A's heartbeat has expired (3 s), then answers (profiles take 3 s).
      const deadline = Date.now() + 60_000;
      const answered = () =>
        new Set(
          line.calls.filter((c) => c.path === 'reply' || c.path === 'push').map((c) => recipient(c.body)),
        );
      while (answered().size < users.length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect([...answered()].sort()).toEqual([...users].sort());
      // A little longer: nothing is answered twice.
      await new Promise((r) => setTimeout(r, 4000));
      const perUser = users.map(
        (u) =>
          line.calls.filter((c) => (c.path === 'reply' || c.path === 'push') && recipient(c.body) === u)
            .length,
      );
      expect(perUser).toEqual(users.map(() => 1));
    } finally {
      a.child.kill('SIGKILL');
      b?.child.kill('SIGKILL');
      await line.close();
      await redis.stop();
    }
  });
});
