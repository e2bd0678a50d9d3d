import { Agent, get } from 'node:http';
import { startBotProcess } from '../helpers/botProcess';

jest.setTimeout(60_000);

/** The Keep-Alive header of GET /healthz: how long the bot says it keeps an idle connection open. */
function keepAliveOf(port: number): Promise<string | undefined> {
  // A client that keeps its connections, as a load balancer does (without, the bot closes at once).
  const agent = new Agent({ keepAlive: true });
  return new Promise<string | undefined>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
      res.resume();
      resolve(res.headers['keep-alive']?.toString());
    }).on('error', reject);
  }).finally(() => agent.destroy());
}

// A load balancer keeps idle connections to the bot for 60 s (nginx's keepalive_timeout 75 s,
// AWS ALB 60 s). Node's own 5 s closed them first, so a request could arrive on a socket being
// closed: a 502 for the resident, ECONNRESET in our own tests on a loaded CI machine.
describe('idle connections', () => {
  it('are kept 65 s by default, longer than a load balancer keeps them', async () => {
    const bot = await startBotProcess({});
    try {
      expect(await keepAliveOf(bot.port)).toBe('timeout=65');
    } finally {
      bot.child.kill('SIGKILL');
    }
  });
});
