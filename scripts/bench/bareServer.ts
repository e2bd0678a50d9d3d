/**
 * The baseline for bench:line: a bare express route that reads the same body and answers 200,
 * with nothing else. Started as its own process, like the bot.
 */
import express from 'express';

const app = express();
app.get('/', (_req, res) => {
  res.json({ ok: true });
});
// The Direct Line benchmark's baseline: parse a JSON body, answer JSON.
app.post('/json', express.json(), (req, res) => {
  res.json({ id: 'x', echo: (req.body as { text?: string }).text ?? '' });
});
app.post('/api/line/webhook', express.raw({ type: () => true, limit: '256kb' }), (_req, res) => {
  res.status(200).json({});
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
