/**
 * A second baseline for bench:directline: the Direct Line layer exactly as the bot serves it (its
 * router with rate limits, body parser and schema, token issuer, conversation store, security
 * headers and CORS) in front of a bot that answers every message with one fixed reply the size of
 * a usual answer, buttons included. What it leaves out is the bot's own turn (routing, dialogs,
 * state), so a full turn's cost splits into the protocol's share and the turn's. Started as its
 * own process, like the bot and the bare route.
 */
import { ActivityHandler, MessageFactory } from 'botbuilder';
import express from 'express';
import { InProcessAdapter } from '../../bot/channels/inProcessAdapter';
import { MemoryDirectLineStore } from '../../bot/channels/web/conversations';
import { DirectLine } from '../../bot/channels/web/directLine';
import { TokenIssuer } from '../../bot/channels/web/tokens';
import { createLogger } from '../../bot/logger';
import { IdHasher } from '../../bot/privacy';
import { securityHeaders, webCors } from '../../bot/security';

const REPLY =
  'マイナンバーカード（またはスマホ用電子証明書）をお持ちで、4桁の暗証番号がおわかりなら、全国のコンビニで証明書を取れます。';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.suggestedActions(['はい', 'いいえ', 'メニュー'], REPLY));
      await next();
    });
  }
}

const directLine = new DirectLine({
  store: new MemoryDirectLineStore(),
  tokens: new TokenIssuer(''),
  adapter: new InProcessAdapter(),
  bot: new EchoBot(),
  logger: createLogger('silent'),
  hasher: new IdHasher(''),
  bodyLimit: '256kb',
  messagesPerMinute: 100_000,
  conversationsPerMinute: 100_000,
});
const app = express();
app.disable('x-powered-by');
app.use(securityHeaders());
app.use('/v3/directline', webCors('*'));
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
app.use(directLine.router());
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
