import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { FixedClock } from '../../bot/clock';
import { createLogger } from '../../bot/logger';
import { loadAccounts } from '../../bot/staff/accounts';
import { MemoryAuditLog } from '../../bot/staff/audit';
import { StaffAuth } from '../../bot/staff/auth';
import { listen } from '../helpers/http';

const root = path.join(__dirname, '..', '..');
const PASSWORD = 'ひらがなも使える長いパスワード';

function staffAdd(args: string[], env: Record<string, string | undefined>, input = '') {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'STAFF_PASSWORD' && k !== 'STAFF_ACCOUNTS_FILE'),
  );
  return spawnSync('npx', ['tsx', 'scripts/staffAdd.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
}

describe('scripts/staffAdd.ts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-add-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds an account that can then log in, printing neither password nor hash', async () => {
    const file = path.join(dir, 'config', 'staff-accounts.json');
    const run = staffAdd(['--user', 'yamada', '--role', 'staff', '--name', '山田 花子', '--file', file], {
      STAFF_PASSWORD: PASSWORD,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`added yamada (staff) to ${file}`);
    expect(run.stdout + run.stderr).not.toMatch(/scrypt\$|パスワード/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const accounts = loadAccounts(file);
    expect(accounts).toEqual([
      {
        username: 'yamada',
        displayName: '山田 花子',
        role: 'staff',
        hash: expect.stringMatching(/^scrypt\$16384\$8\$1\$/) as unknown,
      },
    ]);

    const clock = new FixedClock(new Date());
    const logger = createLogger('silent');
    const auth = new StaffAuth({ accounts, audit: new MemoryAuditLog({ logger, clock }), logger, clock });
    const app = express();
    app.use(auth.router());
    const server = await listen(app);
    try {
      const ok = await request(server.url)
        .post('/staff/login')
        .send({ username: 'yamada', password: PASSWORD });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ username: 'yamada', displayName: '山田 花子', role: 'staff' });
    } finally {
      await server.close();
    }
  }, 60_000);

  it('reads the password from stdin and uses STAFF_ACCOUNTS_FILE', () => {
    const file = path.join(dir, 'from-env.json');
    const run = staffAdd(
      ['--user', 'tanaka', '--role', 'admin', '--name', '田中 一郎'],
      { STAFF_ACCOUNTS_FILE: file },
      'a password from stdin\nsecond line ignored\n',
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`added tanaka (admin) to ${file}`);
    expect(loadAccounts(file).map((a) => a.role)).toEqual(['admin']);
  }, 60_000);

  it('refuses a password under 12 characters with exit code 2 and writes nothing', () => {
    const file = path.join(dir, 'short.json');
    const run = staffAdd(['--user', 'yamada', '--role', 'staff', '--name', '山田', '--file', file], {
      STAFF_PASSWORD: 'short-pw',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/at least 12 characters/);
    expect(run.stderr + run.stdout).not.toContain('short-pw');
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('prints the usage on stderr and exits 2 on bad arguments', () => {
    for (const args of [
      ['--user', 'Yamada!', '--role', 'staff', '--name', 'x'],
      ['--user', 'yamada', '--role', 'root', '--name', 'x'],
      ['--user', 'yamada', '--role', 'staff'],
      ['--user', 'yamada', '--role', 'staff', '--name', 'x', '--colour', 'red'],
    ]) {
      const run = staffAdd(args, { STAFF_PASSWORD: PASSWORD });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: staffAdd');
    }
  }, 60_000);
});
