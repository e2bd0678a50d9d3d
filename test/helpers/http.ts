import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { keepConnections } from '../../bot/server';
import { loadConfig } from '../../bot/config';

/**
 * Listens on a free loopback port and returns the base URL and a closer; idle connections are
 * kept as the bot's server keeps them (a test that waits for the tokenizer came back to a socket
 * Node's 5 s default had just closed: ECONNRESET on a loaded machine).
 */
export async function listen(
  app: express.Express,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  keepConnections(server, loadConfig({}).KEEP_ALIVE_TIMEOUT_MS);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A stand-in for the Bot Framework channel connector: records every activity the bot sends. */
export async function fakeConnector() {
  const received: Array<{ conversationId: string; activity: Record<string, unknown> }> = [];
  const app = express();
  app.use(express.json());
  app.post('/v3/conversations/:conversationId/activities{/:activityId}', (req, res) => {
    received.push({
      conversationId: req.params.conversationId,
      activity: req.body as Record<string, unknown>,
    });
    res.json({ id: `reply-${received.length}` });
  });
  const listening = await listen(app);
  return { ...listening, received };
}
