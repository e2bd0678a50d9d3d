import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type StaffRole = 'staff' | 'admin';

export interface StaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  /** `scrypt$N$r$p$<salt b64url>$<key b64url>` from hashPassword. */
  hash: string;
}

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's minimum for scrypt; the cost lives in every hash so it can be raised later without a migration. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 16384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;

export const USERNAME_PATTERN = /^[a-z0-9._-]{2,32}$/u;

function scryptAsync(password: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128·N·r bytes, or Node refuses costs above its 32 MB default.
    const maxmem = 256 * params.N * params.r;
    scrypt(password, salt, keylen, { ...params, maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hashes with a fresh random salt. `params` exists for fast tests; production uses the default. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

const B64URL = /^[A-Za-z0-9_-]+$/u;

/**
 * Parses an encoded hash, or null. The bounds keep a tampered accounts file from making one login
 * allocate gigabytes (N up to 2^20, r up to 32, p up to 16).
 */
export function parseHash(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  if (![n, r, p].every((v) => /^[1-9][0-9]{0,7}$/u.test(v))) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.N < 2 || params.N > 2 ** 20 || params.r > 32 || params.p > 16) return null;
  if (!B64URL.test(salt) || !B64URL.test(key)) return null;
  const saltBuf = Buffer.from(salt, 'base64url');
  const keyBuf = Buffer.from(key, 'base64url');
  if (saltBuf.length < 8 || keyBuf.length < 16 || keyBuf.length > 128) return null;
  return { params, salt: saltBuf, key: keyBuf };
}

/** Constant-time check; false, never an exception, for a malformed hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded);
  if (!parsed) return false;
  try {
    const key = await scryptAsync(password, parsed.salt, parsed.key.length, parsed.params);
    return timingSafeEqual(key, parsed.key);
  } catch {
    return false;
  }
}

const accountSchema = z.object({
  username: z.string().regex(USERNAME_PATTERN, 'must be 2–32 characters of a-z 0-9 . _ -'),
  displayName: z.string().trim().min(1).max(60),
  role: z.enum(['staff', 'admin']),
  // The message never echoes the value: a hash must not end up in an error log.
  hash: z.string().refine((h) => h.startsWith('scrypt$') && parseHash(h) !== null, {
    message: 'must be a scrypt hash made by `npm run staff:add`',
  }),
});

const fileSchema = z.object({ accounts: z.array(accountSchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.accounts.forEach((a, i) => {
    if (seen.has(a.username)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accounts', i, 'username'],
        message: `duplicate username "${a.username}"`,
      });
    }
    seen.add(a.username);
  });
});

/**
 * Reads the staff accounts. A missing file means nobody can log in (the console stays closed);
 * a broken file stops start-up with a message naming the file and the field, never a hash.
 */
export function loadAccounts(file: string): StaffAccount[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`staff accounts file ${file}: cannot be read (${(err as NodeJS.ErrnoException).code})`, {
      cause: err,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // V8's SyntaxError quotes the surrounding text, which may be a hash: no cause, no quote.
    throw new Error(`staff accounts file ${file}: not valid JSON`);
  }
  const result = fileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new Error(`staff accounts file ${file}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data.accounts;
}

/**
 * Adds an account, or replaces the one with the same username. Written to a temp file and renamed,
 * so a crash never leaves a half-written file; mode 0600 because the file holds password hashes.
 */
export function addAccount(file: string, account: StaffAccount): void {
  const parsed = accountSchema.safeParse(account);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid account: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const accounts = loadAccounts(file).filter((a) => a.username !== account.username);
  accounts.push(parsed.data);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, `${JSON.stringify({ accounts }, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
