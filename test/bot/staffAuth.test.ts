import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { FixedClock } from '../../bot/clock';
import { createLogger } from '../../bot/logger';
import type { StaffAccount } from '../../bot/staff/accounts';
import { addAccount, hashPassword, loadAccounts, verifyPassword } from '../../bot/staff/accounts';
import { MemoryAuditLog } from '../../bot/staff/audit';
import { MemorySessionStore, StaffAuth, staffOf } from '../../bot/staff/auth';
import { listen } from '../helpers/http';

// Low scrypt cost keeps the suite fast; the default (N=16384) is checked separately.
const FAST = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';
const ADMIN_PASSWORD = 'admin staple battery';
const MINUTE = 60_000;

let accounts: StaffAccount[];

beforeAll(async () => {
  accounts = [
    { username: 'yamada', displayName: '山田 花子', role: 'staff', hash: await hashPassword(PASSWORD, FAST) },
    {
      username: 'tanaka',
      displayName: '田中 一郎',
      role: 'admin',
      hash: await hashPassword(ADMIN_PASSWORD, FAST),
    },
  ];
});

type Server = Awaited<ReturnType<typeof listen>>;
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function setup() {
  const clock = new FixedClock(new Date('2026-04-01T09:00:00+09:00'));
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
  const audit = new MemoryAuditLog({ logger, clock });
  const auth = new StaffAuth({ accounts, audit, logger, clock });

  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(auth.router());
  app.get('/staff', auth.requireStaff(), (_req, res) => {
    res.type('html').send(`<p>${staffOf(res).displayName}</p>`);
  });
  app.get('/staff/api/secret', auth.requireStaff(), (_req, res) => {
    res.json({ secret: 42, user: staffOf(res).username });
  });
  app.post('/staff/api/action', express.json(), auth.requireStaff(), auth.requireCsrf(), (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/staff/api/admin', auth.requireStaff('admin'), (_req, res) => {
    res.json({ admin: true });
  });

  const server = await listen(app);
  servers.push(server);
  const advance = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));
  return { url: server.url, host: new URL(server.url).host, clock, advance, audit, logs };
}

function setCookies(res: request.Response): string[] {
  const v: unknown = res.headers['set-cookie'];
  return Array.isArray(v) ? (v as string[]) : [];
}

/** The `ym_staff=<id>` pair from a response, for the next request's Cookie header. */
function staffCookie(res: request.Response): string {
  const line = setCookies(res).find((c) => c.startsWith('ym_staff='));
  if (!line) throw new Error('no ym_staff cookie');
  return line.split(';')[0]!;
}

function loginJson(url: string, username: string, password: string, headers: Record<string, string> = {}) {
  return request(url).post('/staff/login').set(headers).send({ username, password });
}

describe('staff login', () => {
  it('logs in with the right password and sets a strict, HttpOnly session cookie', async () => {
    const { url, audit } = await setup();
    const res = await loginJson(url, 'yamada', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      username: 'yamada',
      displayName: '山田 花子',
      role: 'staff',
      csrf: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as unknown,
    });
    const cookie = setCookies(res).find((c) => c.startsWith('ym_staff='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    const secret = await request(url).get('/staff/api/secret').set('Cookie', staffCookie(res));
    expect(secret.status).toBe(200);
    expect(secret.body).toEqual({ secret: 42, user: 'yamada' });
    expect(secret.headers['cache-control']).toBe('no-store');

    const me = await request(url).get('/staff/api/me').set('Cookie', staffCookie(res));
    expect(me.body).toEqual(res.body);
    expect((await audit.recent(1))[0]).toMatchObject({ actor: 'yamada', action: 'login', ip: '127.0.0.1' });
  });

  it('marks the cookie Secure behind a TLS proxy, and the form login redirects to /staff', async () => {
    const { url, host } = await setup();
    const res = await request(url)
      .post('/staff/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Origin', `https://${host}`)
      .type('form')
      .send({ username: 'yamada', password: PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/staff');
    expect(setCookies(res)[0]).toMatch(/; Secure/);

    const page = await request(url).get('/staff').set('Cookie', staffCookie(res));
    expect(page.status).toBe(200);
    expect(page.text).toContain('山田 花子');
  });

  it('answers a wrong password and an unknown user the same way, and never logs the password', async () => {
    const { url, audit, logs } = await setup();
    const wrong = await loginJson(url, 'yamada', 'not the password');
    const unknown = await loginJson(url, 'nobody', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(setCookies(wrong)).toEqual([]);

    for (const username of ['yamada', 'nobody']) {
      const form = await request(url)
        .post('/staff/login')
        .type('form')
        .send({ username, password: 'not the password' });
      expect(form.status).toBe(303);
      expect(form.headers.location).toBe('/staff/login?error=1');
    }

    const failed = (await audit.recent()).filter((e) => e.action === 'login.failed');
    expect(failed).toHaveLength(4);
    expect(failed[failed.length - 1]).toMatchObject({ actor: 'anonymous', target: 'yamada' });
    const everything = JSON.stringify(await audit.recent()) + logs.join('');
    expect(everything).not.toContain('not the password');
    expect(logs.some((l) => l.includes('"audit":true') && l.includes('login.failed'))).toBe(true);
  });

  it('locks a username after 5 failures: the right password is refused until lockMinutes pass', async () => {
    const { url, advance, audit } = await setup();
    for (let i = 0; i < 5; i++) expect((await loginJson(url, 'yamada', `wrong ${i}`)).status).toBe(401);

    const locked = await loginJson(url, 'yamada', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(setCookies(locked)).toEqual([]);
    expect((await audit.recent(1))[0]).toMatchObject({ action: 'login.locked', target: 'yamada' });

    const form = await request(url)
      .post('/staff/login')
      .type('form')
      .send({ username: 'yamada', password: PASSWORD });
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe('/staff/login?error=locked');

    // Other staff are not affected.
    expect((await loginJson(url, 'tanaka', ADMIN_PASSWORD)).status).toBe(200);

    advance(14 * MINUTE);
    const still = await loginJson(url, 'yamada', PASSWORD);
    expect(still.status).toBe(429);
    expect(still.headers['retry-after']).toBe('60');

    advance(MINUTE + 1000);
    expect((await loginJson(url, 'yamada', PASSWORD)).status).toBe(200);
  });

  it('does not let parallel guesses slip past the limit while passwords are being checked', async () => {
    const { url } = await setup();
    const statuses = (
      await Promise.all(Array.from({ length: 12 }, (_, i) => loginJson(url, 'yamada', `guess ${i}`)))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
  });

  it('clears a username’s failures on success', async () => {
    const { url } = await setup();
    for (let i = 0; i < 4; i++) await loginJson(url, 'yamada', 'wrong');
    expect((await loginJson(url, 'yamada', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) await loginJson(url, 'yamada', 'wrong');
    expect((await loginJson(url, 'yamada', PASSWORD)).status).toBe(200);
  });

  it('locks one IP after 4×maxFailures failures across usernames', async () => {
    const { url, advance } = await setup();
    const attacker = { 'X-Forwarded-For': '203.0.113.9' };
    // Four tries at each of five names: no single name reaches its own limit.
    for (const name of ['a1', 'b2', 'c3', 'd4', 'e5']) {
      for (let i = 0; i < 4; i++) expect((await loginJson(url, name, 'guess', attacker)).status).toBe(401);
    }
    const refused = await loginJson(url, 'yamada', PASSWORD, attacker);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(900);

    const elsewhere = await loginJson(url, 'yamada', PASSWORD, { 'X-Forwarded-For': '198.51.100.4' });
    expect(elsewhere.status).toBe(200);

    advance(15 * MINUTE + 1000);
    expect((await loginJson(url, 'yamada', PASSWORD, attacker)).status).toBe(200);
  });

  it('refuses a cross-origin form post with 403', async () => {
    const { url, host } = await setup();
    const evil = await request(url)
      .post('/staff/login')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ username: 'yamada', password: PASSWORD });
    expect(evil.status).toBe(403);
    expect(setCookies(evil)).toEqual([]);

    const nullOrigin = await request(url)
      .post('/staff/login')
      .set('Origin', 'null')
      .type('form')
      .send({ username: 'yamada', password: PASSWORD });
    expect(nullOrigin.status).toBe(403);

    const same = await request(url)
      .post('/staff/login')
      .set('Origin', `http://${host}`)
      .type('form')
      .send({ username: 'yamada', password: PASSWORD });
    expect(same.status).toBe(303);
  });

  it('keeps a local next path and ignores anything else (no open redirect)', async () => {
    const { url } = await setup();
    const formLogin = (next: string) =>
      request(url).post('/staff/login').type('form').send({ username: 'yamada', password: PASSWORD, next });

    expect((await formLogin('/staff/handoffs?queue=ja')).headers.location).toBe('/staff/handoffs?queue=ja');
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/staffevil',
      '/\\evil.example',
      '/api/x',
    ]) {
      const res = await formLogin(next);
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff');
    }

    const page = await request(url).get('/staff/login').query({ next: 'https://evil.example' });
    expect(page.text).toContain('name="next" value=""');
    const kept = await request(url).get('/staff/login').query({ next: '/staff/"><b>x' });
    expect(kept.text).toContain('value="/staff/&quot;&gt;&lt;b&gt;x"');

    const failed = await request(url)
      .post('/staff/login')
      .type('form')
      .send({ username: 'yamada', password: 'wrong', next: '/staff/queue' });
    expect(failed.headers.location).toBe('/staff/login?error=1&next=%2Fstaff%2Fqueue');
  });

  it('rejects a malformed body with 400 and an unknown content type with 415', async () => {
    const { url } = await setup();
    expect((await request(url).post('/staff/login').send({ username: 'yamada' })).status).toBe(400);
    expect(
      (await request(url).post('/staff/login').set('Content-Type', 'text/plain').send('yamada')).status,
    ).toBe(415);
    const big = await request(url)
      .post('/staff/login')
      .send({ username: 'yamada', password: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
  });
});

describe('the login page', () => {
  it('is Japanese first with English, labelled, and free of inline script and style', async () => {
    const { url } = await setup();
    const page = await request(url).get('/staff/login');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html lang="ja">');
    expect(page.text).toMatch(/<label for="username">ユーザー名 <span lang="en"[^>]*>User name/);
    expect(page.text).toContain('<label for="password">');
    expect(page.text).not.toMatch(/<script|style=|<style/);
    expect(page.text).not.toContain('role="alert"');
    expect(page.text).toContain('href="/staff/login.css"');

    const css = await request(url).get('/staff/login.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
  });

  it('shows one message for a wrong user or password, and another for a lock', async () => {
    const { url } = await setup();
    const wrong = await request(url).get('/staff/login?error=1');
    expect(wrong.text).toContain('role="alert"');
    expect(wrong.text).toContain('ユーザー名またはパスワードが違います');
    expect(wrong.text).toContain('Wrong user name or password');
    const locked = await request(url).get('/staff/login?error=locked');
    expect(locked.text).toContain('15分');
    expect(locked.text).toContain('Too many failed attempts');
  });
});

describe('sessions', () => {
  it('anonymous: 401 JSON on the API, 302 to the login page with next on pages', async () => {
    const { url } = await setup();
    const api = await request(url).get('/staff/api/secret');
    expect(api.status).toBe(401);
    expect(api.body).toEqual({ error: 'login required' });

    const page = await request(url).get('/staff');
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/staff/login?next=%2Fstaff');

    const deep = await request(url).get('/staff?tab=queue');
    expect(deep.headers.location).toBe('/staff/login?next=%2Fstaff%3Ftab%3Dqueue');

    const fetchLike = await request(url).get('/staff').set('Accept', 'application/json');
    expect(fetchLike.status).toBe(401);

    const forged = await request(url)
      .get('/staff/api/secret')
      .set('Cookie', `ym_staff=${'A'.repeat(43)}`);
    expect(forged.status).toBe(401);
  });

  it('requires the CSRF token on unsafe methods', async () => {
    const { url } = await setup();
    const login = await loginJson(url, 'yamada', PASSWORD);
    const cookie = staffCookie(login);
    const csrf = (login.body as { csrf: string }).csrf;

    const missing = await request(url).post('/staff/api/action').set('Cookie', cookie).send({});
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual({ error: 'missing or wrong CSRF token' });

    const wrong = await request(url)
      .post('/staff/api/action')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', `${csrf.slice(0, -1)}x`)
      .send({});
    expect(wrong.status).toBe(403);

    const right = await request(url)
      .post('/staff/api/action')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({});
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ ok: true });

    // A token without the session is worth nothing.
    const noSession = await request(url).post('/staff/api/action').set('X-CSRF-Token', csrf).send({});
    expect(noSession.status).toBe(401);
  });

  it('issues a new session id at login and the old one no longer works (session fixation)', async () => {
    const { url } = await setup();
    const first = staffCookie(await loginJson(url, 'yamada', PASSWORD));
    const secondRes = await loginJson(url, 'yamada', PASSWORD, { Cookie: first });
    const second = staffCookie(secondRes);
    expect(second).not.toBe(first);
    expect((await request(url).get('/staff/api/secret').set('Cookie', first)).status).toBe(401);
    expect((await request(url).get('/staff/api/secret').set('Cookie', second)).status).toBe(200);

    // An id planted by an attacker before login is not adopted either.
    const planted = `ym_staff=${'B'.repeat(43)}`;
    const issued = staffCookie(await loginJson(url, 'yamada', PASSWORD, { Cookie: planted }));
    expect(issued).not.toBe(planted);
    expect((await request(url).get('/staff/api/secret').set('Cookie', planted)).status).toBe(401);
  });

  it('logout deletes the session and clears the cookie', async () => {
    const { url, audit } = await setup();
    const login = await loginJson(url, 'yamada', PASSWORD);
    const cookie = staffCookie(login);
    const csrf = (login.body as { csrf: string }).csrf;

    expect((await request(url).post('/staff/logout').set('Cookie', cookie).send({})).status).toBe(403);

    const out = await request(url)
      .post('/staff/logout')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({});
    expect(out.status).toBe(204);
    const cleared = setCookies(out)[0]!;
    expect(cleared).toMatch(/^ym_staff=;/);
    expect(cleared).toMatch(/Max-Age=0/);
    expect((await request(url).get('/staff/api/secret').set('Cookie', cookie)).status).toBe(401);
    expect((await audit.recent(1))[0]).toMatchObject({ actor: 'yamada', action: 'logout' });

    // The console's form logout carries the token as _csrf and lands on the login page.
    const again = await loginJson(url, 'yamada', PASSWORD);
    const form = await request(url)
      .post('/staff/logout')
      .set('Cookie', staffCookie(again))
      .type('form')
      .send({ _csrf: (again.body as { csrf: string }).csrf });
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe('/staff/login');
  });

  it('ends after 30 idle minutes, and each request restarts the idle period', async () => {
    const { url, advance } = await setup();
    const cookie = staffCookie(await loginJson(url, 'yamada', PASSWORD));
    const secret = () => request(url).get('/staff/api/secret').set('Cookie', cookie);

    advance(29 * MINUTE);
    expect((await secret()).status).toBe(200);
    advance(29 * MINUTE);
    expect((await secret()).status).toBe(200);
    advance(30 * MINUTE + 1000);
    expect((await secret()).status).toBe(401);
  });

  it('keeps staff off admin routes (403) and lets admins in', async () => {
    const { url } = await setup();
    const staff = staffCookie(await loginJson(url, 'yamada', PASSWORD));
    const denied = await request(url).get('/staff/api/admin').set('Cookie', staff);
    expect(denied.status).toBe(403);
    const admin = staffCookie(await loginJson(url, 'tanaka', ADMIN_PASSWORD));
    expect((await request(url).get('/staff/api/admin').set('Cookie', admin)).status).toBe(200);
    expect((await request(url).get('/staff/api/secret').set('Cookie', admin)).status).toBe(200);
  });

  it('never writes a session id or cookie to the logs or the store', async () => {
    const { url, logs } = await setup();
    const login = await loginJson(url, 'yamada', PASSWORD);
    const id = staffCookie(login).slice('ym_staff='.length);
    await request(url).get('/staff/api/secret').set('Cookie', staffCookie(login));
    expect(logs.join('')).not.toContain(id);
    expect(logs.join('')).not.toContain(PASSWORD);

    const clock = new FixedClock(new Date());
    const store = new MemorySessionStore(clock);
    const session = {
      id: 'raw-session-id-that-is-secret',
      username: 'yamada',
      displayName: '山田',
      role: 'staff' as const,
      csrf: 'c',
      createdAt: 0,
      lastSeen: 0,
    };
    await store.set(session, MINUTE);
    expect(JSON.stringify([...store['map']])).not.toContain(session.id);
    expect(await store.get(session.id)).toEqual(session);
    clock.set(new Date(clock.now().getTime() + MINUTE));
    expect(await store.get(session.id)).toBeNull();
  });

  it('bounds the in-memory store', async () => {
    const clock = new FixedClock(new Date());
    const store = new MemorySessionStore(clock, 3);
    const make = (id: string) => ({
      id,
      username: 'u1',
      displayName: 'U',
      role: 'staff' as const,
      csrf: 'c',
      createdAt: 0,
      lastSeen: 0,
    });
    for (const id of ['s1', 's2', 's3', 's4']) await store.set(make(id), MINUTE);
    expect(store.size).toBe(3);
    expect(await store.get('s1')).toBeNull();
    expect(await store.get('s4')).not.toBeNull();
  });
});

describe('accounts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-accounts-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hashes with scrypt N=16384 by default and verifies in constant time', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(await verifyPassword('a long enough password', hash)).toBe(true);
    expect(await verifyPassword('a long enough passwore', hash)).toBe(false);
    expect(await hashPassword('a long enough password')).not.toBe(hash);
    for (const bad of [
      '',
      'scrypt$',
      'bcrypt$x',
      'scrypt$3$8$1$abc$def',
      'scrypt$1048576000$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA',
    ]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('returns no accounts for a missing file', () => {
    expect(loadAccounts(path.join(dir, 'missing.json'))).toEqual([]);
  });

  it('refuses a malformed file with a message naming the file and the field, never the hash', () => {
    const file = path.join(dir, 'bad.json');
    const secretish = 'pbkdf2$not-our-format-but-secret';
    fs.writeFileSync(file, JSON.stringify({ accounts: [{ ...accounts[0], hash: secretish }] }));
    expect(() => loadAccounts(file)).toThrow(`staff accounts file ${file}: accounts.0.hash`);
    try {
      loadAccounts(file);
    } catch (err) {
      expect((err as Error).message).not.toContain(secretish);
    }

    fs.writeFileSync(file, `{"accounts": [{"hash": "${accounts[0]!.hash}"`);
    expect(() => loadAccounts(file)).toThrow(`staff accounts file ${file}: not valid JSON`);
    try {
      loadAccounts(file);
    } catch (err) {
      expect((err as Error).message).not.toContain(accounts[0]!.hash.slice(10));
    }

    fs.writeFileSync(file, JSON.stringify({ accounts: [accounts[0], accounts[0]] }));
    expect(() => loadAccounts(file)).toThrow(/accounts\.1\.username: duplicate username "yamada"/);

    fs.writeFileSync(file, JSON.stringify({ accounts: [{ ...accounts[0], username: 'Yamada!' }] }));
    expect(() => loadAccounts(file)).toThrow(/accounts\.0\.username/);

    fs.writeFileSync(file, '[]');
    expect(() => loadAccounts(file)).toThrow(/\(top level\)|accounts/);
  });

  it('adds, replaces, creates the folder and writes mode 0600', () => {
    const file = path.join(dir, 'nested', 'config', 'staff.json');
    addAccount(file, accounts[0]!);
    addAccount(file, accounts[1]!);
    addAccount(file, { ...accounts[0]!, displayName: '山田 花子（市民局）' });
    const loaded = loadAccounts(file);
    expect(loaded.map((a) => [a.username, a.displayName])).toEqual([
      ['tanaka', '田中 一郎'],
      ['yamada', '山田 花子（市民局）'],
    ]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['staff.json']);
  });
});

describe('MemoryAuditLog', () => {
  it('keeps the newest entries first, bounded, and logs each one', async () => {
    const logs: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
    const clock = new FixedClock(new Date('2026-04-01T00:00:00Z'));
    const audit = new MemoryAuditLog({ logger, clock, capacity: 3 });
    for (let i = 1; i <= 5; i++) audit.record({ actor: 'yamada', action: 'handoff.accept', target: `c${i}` });
    expect((await audit.recent()).map((e) => e.target)).toEqual(['c5', 'c4', 'c3']);
    expect((await audit.recent(2)).map((e) => e.target)).toEqual(['c5', 'c4']);
    expect((await audit.recent(1))[0]!.at).toBe('2026-04-01T00:00:00.000Z');
    expect(logs).toHaveLength(5);
    expect(JSON.parse(logs[4]!)).toMatchObject({
      audit: true,
      actor: 'yamada',
      action: 'handoff.accept',
      target: 'c5',
    });
  });
});
