import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listeningPort } from '../../scripts/bench/processes';
import { buildServer, OUTFILE } from '../../scripts/build';

const ROOT = path.join(__dirname, '..', '..');
const TOKEN = 'build-test-simplify-token-0123456789';
jest.setTimeout(90_000);

/**
 * `npm start` runs the bundle, not the TypeScript the other tests load: this builds it and checks
 * that it finds its data (knowledge, locales, rules, web pages all sit beside the sources, not in
 * dist/) and that a resident and a clerk get real answers from it.
 */
describe('the built server (dist/main.js)', () => {
  let url = '';
  let stop = (): void => undefined;
  let retrievalLog = '';

  beforeAll(async () => {
    await buildServer();
    expect(existsSync(OUTFILE)).toBe(true);
    const child = spawn(process.execPath, [OUTFILE], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', SIMPLIFY_API_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    stop = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split('\n')
        .find((l) => l.includes('"retrieval model"'));
      if (line) retrievalLog = line;
    });
    const port = await listeningPort(child);
    url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && (await fetch(`${url}/readyz`)).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(() => stop());

  it('becomes ready with the tokenizer and easy Japanese loaded', async () => {
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(200);
  });

  it('reads the retrieval model its build wrote instead of building it at start-up', () => {
    const logged = JSON.parse(retrievalLog) as { source?: string; examples?: number };
    expect(logged.source).toBe('model file');
    expect(logged.examples).toBeGreaterThan(1000);
  });

  it('serves the demo page, the widget script and the staff login page', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/widget.js');
    const widget = await fetch(`${url}/widget.js`);
    expect(widget.status).toBe(200);
    expect((await widget.text()).length).toBeGreaterThan(1000);
    const login = await fetch(`${url}/staff/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('<form');
  });

  it('answers a resident through Direct Line from the knowledge', async () => {
    const open = await fetch(`${url}/v3/directline/conversations`, { method: 'POST' });
    const c = (await open.json()) as { conversationId: string; token: string };
    const at = `${url}/v3/directline/conversations/${c.conversationId}/activities`;
    const auth = { authorization: `Bearer ${c.token}` };
    const sent = await fetch(at, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'コンビニで住民票を取りたい', locale: 'ja-JP' }),
    });
    expect(sent.status).toBe(200);
    const { activities } = (await (await fetch(at, { headers: auth })).json()) as {
      activities: Array<{ text?: string; from: { role?: string } }>;
    };
    const replies = activities.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '');
    expect(replies.join('\n')).toContain('マイナンバーカード');
  });

  it('simplifies with its rules and lexicon and keeps the facts', async () => {
    const res = await fetch(`${url}/api/simplify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '区役所にお越しください。電話は06-6208-7371です。' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string };
    expect(body.text).toContain('来てください');
    expect(body.text).toContain('06-6208-7371');
  });
});
