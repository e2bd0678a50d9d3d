import { startBotProcess } from '../helpers/botProcess';
import { fakeLineApi, postbackEvent, postWebhook } from '../helpers/fakeLine';

const SECRET = 'shutdown-test-secret';
jest.setTimeout(90_000);

describe('SIGTERM', () => {
  it('answers every LINE event it already acknowledged, then exits 0', async () => {
    // LINE answers slowly, so the answers are still on their way when SIGTERM arrives.
    const line = await fakeLineApi({ delayMs: 300 });
    const bot = await startBotProcess({
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
      LINE_API_BASE_URL: line.url,
      LINE_DATA_API_BASE_URL: line.url,
    });
    try {
      const events = Array.from({ length: 8 }, (_, i) => postbackEvent(`Ushutdown${i}`, 'menu:consumer'));
      const res = await postWebhook(`http://127.0.0.1:${bot.port}`, SECRET, events);
      expect(res.status).toBe(200);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      const replied = line.calls
        .filter((c) => c.path === 'reply')
        .map((c) => (c.body as { replyToken: string }).replyToken);
      expect(replied.sort()).toEqual(events.map((e) => e.replyToken).sort());
    } finally {
      bot.child.kill('SIGKILL');
      await line.close();
    }
  });
});
