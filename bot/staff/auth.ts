import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCookie, stringifySetCookie } from 'cookie';
import express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { StaffAccount, StaffRole } from './accounts';
import { DEFAULT_SCRYPT, parseHash, verifyPassword } from './accounts';
import type { AuditLog } from './audit';

export interface StaffSession {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  csrf: string;
  createdAt: number;
  lastSeen: number;
}

/**
 * Where sessions live (memory now, Redis later). Implementations key by `sessionKey(id)` and do not
 * persist `id` itself, so a leaked store yields no usable cookie.
 */
export interface SessionStore {
  get(id: string): Promise<StaffSession | null>;
  set(session: StaffSession, ttlMs: number): Promise<void>;
  delete(id: string): Promise<void>;
}

/** The store key for a session id: its SHA-256. */
export function sessionKey(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

type StoredSession = Omit<StaffSession, 'id'> & { expiresAt: number };

/** What a store keeps of a session: field by field, so the raw id (or anything else) never is. */
export function sessionRecord(session: StaffSession): Omit<StaffSession, 'id'> {
  return {
    username: session.username,
    displayName: session.displayName,
    role: session.role,
    csrf: session.csrf,
    createdAt: session.createdAt,
    lastSeen: session.lastSeen,
  };
}

/** Sessions in this process. Bounded: expired entries go on write, then the least recently used. */
export class MemorySessionStore implements SessionStore {
  private readonly map = new Map<string, StoredSession>();

  constructor(
    private readonly clock: Clock,
    private readonly maxSessions = 10_000,
  ) {}

  get(id: string): Promise<StaffSession | null> {
    const key = sessionKey(id);
    const stored = this.map.get(key);
    if (!stored) return Promise.resolve(null);
    if (stored.expiresAt <= this.clock.now().getTime()) {
      this.map.delete(key);
      return Promise.resolve(null);
    }
    return Promise.resolve({
      id,
      username: stored.username,
      displayName: stored.displayName,
      role: stored.role,
      csrf: stored.csrf,
      createdAt: stored.createdAt,
      lastSeen: stored.lastSeen,
    });
  }

  set(session: StaffSession, ttlMs: number): Promise<void> {
    const key = sessionKey(session.id);
    // Delete first so the Map's insertion order is least-recently-written first.
    this.map.delete(key);
    if (this.map.size >= this.maxSessions) this.evict();
    this.map.set(key, { ...sessionRecord(session), expiresAt: this.clock.now().getTime() + ttlMs });
    return Promise.resolve();
  }

  delete(id: string): Promise<void> {
    this.map.delete(sessionKey(id));
    return Promise.resolve();
  }

  get size(): number {
    return this.map.size;
  }

  private evict(): void {
    const now = this.clock.now().getTime();
    for (const [key, s] of this.map) if (s.expiresAt <= now) this.map.delete(key);
    while (this.map.size >= this.maxSessions) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }
}

/**
 * Failed logins shared by every instance (Redis), so guesses spread over N instances are counted
 * together. The per-process counter still runs first: it also counts attempts being verified.
 */
export interface SharedLockouts {
  /** Milliseconds until the key may try again (0: now). */
  lockedFor(key: string): Promise<number>;
  /** Counts a failure; true when it locks the key for lockMs. */
  fail(key: string, limit: number, windowMs: number, lockMs: number): Promise<boolean>;
  clear(key: string): Promise<void>;
}

export interface StaffAuthOptions {
  accounts: StaffAccount[];
  lockouts?: SharedLockouts;
  audit: AuditLog;
  logger: Logger;
  clock: Clock;
  sessions?: SessionStore;
  /** Minutes without a request before a session ends. Default 30. */
  idleMinutes?: number;
  /** Failed logins for one username within lockMinutes before it locks; 4× this for one IP. Default 5. */
  maxFailures?: number;
  /** How long a lock lasts, and the window in which failures are counted. Default 15. */
  lockMinutes?: number;
}

export const STAFF_COOKIE = 'ym_staff';
const BODY_LIMIT = '8kb';
const WEB_DIR = path.join(__dirname, '..', '..', 'web', 'staff');

/** Failure counts are kept per username and per IP; bounded so a spray of names cannot fill memory. */
const MAX_TRACKED = 10_000;

interface FailureRecord {
  failures: number[];
  lockedUntil: number;
  /** Attempts whose password is still being checked. */
  pending: number;
}

/** Failed logins per key (a username or an IP) in a sliding window, and a lock once `limit` is reached. */
class FailureCounter {
  private readonly map = new Map<string, FailureRecord>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Milliseconds until `key` may try again, 0 when it may now. Attempts still being verified count:
   * scrypt takes a while, and parallel guesses must not all slip past the limit meanwhile.
   */
  blockedFor(key: string, now: number): number {
    const r = this.map.get(key);
    if (!r) return 0;
    if (r.lockedUntil > now) return r.lockedUntil - now;
    r.failures = r.failures.filter((t) => t > now - this.windowMs);
    if (r.failures.length === 0 && r.pending === 0) {
      this.map.delete(key);
      return 0;
    }
    return r.failures.length + r.pending >= this.limit ? 1000 : 0;
  }

  begin(key: string, now: number): void {
    this.touch(key, now).pending++;
  }

  /** Ends an attempt begun with begin(); true when its failure starts a lock. */
  end(key: string, now: number, failed: boolean): boolean {
    const r = this.touch(key, now);
    r.pending = Math.max(0, r.pending - 1);
    if (!failed) return false;
    r.failures = r.failures.filter((t) => t > now - this.windowMs);
    r.failures.push(now);
    if (r.failures.length < this.limit) return false;
    r.lockedUntil = now + this.windowMs;
    r.failures = [];
    return true;
  }

  clear(key: string): void {
    const r = this.map.get(key);
    if (r) {
      r.failures = [];
      r.lockedUntil = 0;
    }
  }

  /** The key's record, moved to the end so the Map's order is least recently used first. */
  private touch(key: string, now: number): FailureRecord {
    const existing = this.map.get(key);
    if (existing) {
      this.map.delete(key);
      this.map.set(key, existing);
      return existing;
    }
    if (this.map.size >= MAX_TRACKED) this.prune(now);
    const created = { failures: [], lockedUntil: 0, pending: 0 };
    this.map.set(key, created);
    return created;
  }

  private prune(now: number): void {
    for (const key of [...this.map.keys()]) this.blockedFor(key, now);
    // Still full: forget the least recently used (a lock on them may lapse early; memory is the lesser risk).
    while (this.map.size >= MAX_TRACKED) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }
}

const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
});

/** Only a path on this site under /staff: anything else would make the login page an open redirect. */
export function safeNext(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 512) return null;
  if (!/^\/staff(?:[/?#]|$)/u.test(value)) return null;
  if (/[\\\p{Cc}]/u.test(value)) return null;
  return value;
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Compares two secrets in constant time, whatever their lengths. */
function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** API callers (and fetch from the console's script) get JSON; a browser navigating gets a redirect. */
function wantsJson(req: Request): boolean {
  const p = req.originalUrl.split('?')[0] ?? '';
  if (p.startsWith('/staff/api/') || p.startsWith('/api/')) return true;
  return req.accepts(['html', 'json']) === 'json';
}

/** The staff member on a request that passed requireStaff. */
export function staffOf(res: Response): StaffSession {
  const session = (res.locals as { staff?: StaffSession }).staff;
  if (!session) throw new Error('staffOf() on a route without requireStaff()');
  return session;
}

/** Login, logout and sessions for the staff console. */
export class StaffAuth {
  private readonly accounts: Map<string, StaffAccount>;
  private readonly sessions: SessionStore;
  private readonly idleMs: number;
  private readonly maxFailures: number;
  private readonly lockMs: number;
  private readonly byUser: FailureCounter;
  private readonly byIp: FailureCounter;
  /** Unknown usernames are checked against this so that they take as long as known ones. */
  private readonly dummyHash: string;
  private loginPage: string | undefined;

  constructor(private readonly options: StaffAuthOptions) {
    this.accounts = new Map(options.accounts.map((a) => [a.username, a]));
    this.sessions = options.sessions ?? new MemorySessionStore(options.clock);
    this.idleMs = (options.idleMinutes ?? 30) * 60_000;
    this.maxFailures = options.maxFailures ?? 5;
    this.lockMs = (options.lockMinutes ?? 15) * 60_000;
    this.byUser = new FailureCounter(this.maxFailures, this.lockMs);
    // Per IP: a higher bar, since a ward office's staff may share one address.
    this.byIp = new FailureCounter(this.maxFailures * 4, this.lockMs);
    // Same cost as the real hashes (random salt and key, so it never matches): no work at start-up.
    const params = parseHash(options.accounts[0]?.hash ?? '')?.params ?? DEFAULT_SCRYPT;
    this.dummyHash = [
      'scrypt',
      params.N,
      params.r,
      params.p,
      randomBytes(16).toString('base64url'),
      randomBytes(64).toString('base64url'),
    ].join('$');
  }

  router(): express.Router {
    const router = express.Router();
    const parseForm = express.urlencoded({ extended: false, limit: BODY_LIMIT });
    const parseJson = express.json({ limit: BODY_LIMIT });

    router.get('/staff/login', (req, res) => {
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(this.renderLogin(req.query.error, safeNext(req.query.next)));
    });

    router.get('/staff/login.css', (_req, res) => {
      res.sendFile(path.join(WEB_DIR, 'login.css'), { maxAge: '1h' });
    });

    router.post(
      '/staff/login',
      (req, res, next) => {
        // Login CSRF: a page elsewhere must not log a browser in as someone else.
        const origin = req.get('origin');
        if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`) {
          res.status(403).json({ error: 'cross-site login refused' });
          return;
        }
        next();
      },
      parseForm,
      parseJson,
      (req, res) => this.login(req, res),
    );

    router.post('/staff/logout', parseForm, parseJson, this.requireStaff(), this.requireCsrf(), (req, res) =>
      this.logout(req, res),
    );

    router.get('/staff/api/me', this.requireStaff(), (_req, res) => {
      const s = staffOf(res);
      res.json({ username: s.username, displayName: s.displayName, role: s.role, csrf: s.csrf });
    });

    return router;
  }

  /** Requires a live session (and `role`, where admin also passes for staff); sets res.locals.staff. */
  requireStaff(role?: StaffRole): RequestHandler {
    return async (req, res, next) => {
      res.set('Cache-Control', 'no-store');
      let session = (res.locals as { staff?: StaffSession }).staff ?? null;
      if (!session) {
        session = await this.currentSession(req);
        if (!session) {
          if (wantsJson(req)) {
            res.status(401).json({ error: 'login required' });
          } else {
            const back = req.method === 'GET' ? safeNext(req.originalUrl) : null;
            res.redirect(302, back ? `/staff/login?next=${encodeURIComponent(back)}` : '/staff/login');
          }
          return;
        }
        // Sliding idle timeout: every request starts the idle period again.
        session.lastSeen = this.options.clock.now().getTime();
        await this.sessions.set(session, this.idleMs);
        res.locals.staff = session;
      }
      if (role === 'admin' && session.role !== 'admin') {
        res.status(403).json({ error: 'not allowed for your role' });
        return;
      }
      next();
    };
  }

  /** For every unsafe method, the session's CSRF token in X-CSRF-Token or a form's _csrf field. */
  requireCsrf(): RequestHandler {
    return (req, res, next) => {
      if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
        next();
        return;
      }
      const session = (res.locals as { staff?: StaffSession }).staff;
      const body: unknown = req.body;
      const fromForm =
        body && typeof body === 'object' && typeof (body as { _csrf?: unknown })._csrf === 'string'
          ? (body as { _csrf: string })._csrf
          : undefined;
      const token = req.get('x-csrf-token') ?? fromForm;
      if (!session || token === undefined || !sameSecret(token, session.csrf)) {
        res.status(403).json({ error: 'missing or wrong CSRF token' });
        return;
      }
      next();
    };
  }

  private async currentSession(req: Request): Promise<StaffSession | null> {
    const id = this.cookieId(req);
    if (!id) return null;
    const session = await this.sessions.get(id);
    if (!session) return null;
    // The store's TTL should already have ended it; checked again so a slow store cannot extend it.
    if (this.options.clock.now().getTime() - session.lastSeen > this.idleMs) {
      await this.sessions.delete(id);
      return null;
    }
    return session;
  }

  private cookieId(req: Request): string | undefined {
    const header = req.get('cookie');
    if (!header) return undefined;
    const id = parseCookie(header)[STAFF_COOKIE];
    return id && /^[A-Za-z0-9_-]{43}$/u.test(id) ? id : undefined;
  }

  private async login(req: Request, res: Response): Promise<void> {
    const isJson = req.is('application/json') === 'application/json';
    const isForm = !isJson && req.is('application/x-www-form-urlencoded') !== false;
    if (!isJson && !isForm) {
      res.status(415).json({ error: 'send a form or JSON' });
      return;
    }
    const parsed = loginSchema.safeParse(req.body);
    const bodyNext = parsed.success ? parsed.data.next : undefined;
    const next = safeNext(bodyNext ?? req.query.next);
    const back = (error: string) =>
      `/staff/login?error=${error}${next ? `&next=${encodeURIComponent(next)}` : ''}`;
    if (!parsed.success) {
      if (isJson) res.status(400).json({ error: 'username and password are required' });
      else res.redirect(303, back('1'));
      return;
    }

    const username = parsed.data.username.trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    const account = this.accounts.get(username);
    const now = this.options.clock.now().getTime();

    const shared = this.options.lockouts;
    const sharedBlock = shared
      ? Math.max(await shared.lockedFor(`u:${username}`), await shared.lockedFor(`ip:${ip}`))
      : 0;
    const blocked = Math.max(
      this.byUser.blockedFor(username, now),
      this.byIp.blockedFor(ip, now),
      sharedBlock,
    );
    if (blocked > 0) {
      const retryAfter = Math.ceil(blocked / 1000);
      this.options.audit.record({
        actor: 'anonymous',
        action: 'login.locked',
        target: account?.username ?? '(unknown user)',
        ip,
        detail: { retryAfter },
      });
      if (isJson) {
        res
          .status(429)
          .set('Retry-After', String(retryAfter))
          .json({ error: 'too many failed logins, try later' });
      } else {
        res.redirect(303, back('locked'));
      }
      return;
    }

    this.byUser.begin(username, now);
    this.byIp.begin(ip, now);
    const ok = (await verifyPassword(parsed.data.password, account?.hash ?? this.dummyHash)) && !!account;
    const after = this.options.clock.now().getTime();
    let userLocked = this.byUser.end(username, after, !ok);
    let ipLocked = this.byIp.end(ip, after, !ok);
    if (!ok && shared) {
      userLocked =
        (await shared.fail(`u:${username}`, this.maxFailures, this.lockMs, this.lockMs)) || userLocked;
      ipLocked = (await shared.fail(`ip:${ip}`, this.maxFailures * 4, this.lockMs, this.lockMs)) || ipLocked;
    }
    if (!ok || !account) {
      if (userLocked || ipLocked) {
        this.options.logger.warn({ scope: userLocked ? 'user' : 'ip', ip }, 'staff login locked');
      }
      // Unknown names are not recorded: people type their password into the username field.
      this.options.audit.record({
        actor: 'anonymous',
        action: 'login.failed',
        target: account?.username ?? '(unknown user)',
        ip,
      });
      if (isJson) res.status(401).json({ error: 'wrong username or password' });
      else res.redirect(303, back('1'));
      return;
    }

    // The username's failures go; the IP's stay, or one valid account would reset an attacker's count.
    this.byUser.clear(username);
    await shared?.clear(`u:${username}`);
    // Session fixation: whatever id the browser brought is dropped, and a fresh one is issued.
    const previous = this.cookieId(req);
    if (previous) await this.sessions.delete(previous);
    const session: StaffSession = {
      id: newToken(),
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      csrf: newToken(),
      createdAt: now,
      lastSeen: now,
    };
    await this.sessions.set(session, this.idleMs);
    res.append(
      'Set-Cookie',
      stringifySetCookie(STAFF_COOKIE, session.id, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: '/',
      }),
    );
    res.set('Cache-Control', 'no-store');
    this.options.audit.record({ actor: account.username, action: 'login', ip });
    if (isJson) {
      res.json({
        username: session.username,
        displayName: session.displayName,
        role: session.role,
        csrf: session.csrf,
      });
    } else {
      res.redirect(303, next ?? '/staff');
    }
  }

  private async logout(req: Request, res: Response): Promise<void> {
    const session = staffOf(res);
    await this.sessions.delete(session.id);
    res.append(
      'Set-Cookie',
      stringifySetCookie(STAFF_COOKIE, '', {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: '/',
        maxAge: 0,
      }),
    );
    this.options.audit.record({ actor: session.username, action: 'logout', ip: req.ip });
    if (req.is('application/x-www-form-urlencoded')) res.redirect(303, '/staff/login');
    else res.status(204).end();
  }

  private renderLogin(error: unknown, next: string | null): string {
    this.loginPage ??= fs.readFileSync(path.join(WEB_DIR, 'login.html'), 'utf8');
    const minutes = Math.round(this.lockMs / 60_000);
    const message =
      error === 'locked'
        ? `ログインの失敗が続いたため、しばらくログインできません。${minutes}分ほどたってから、もう一度お試しください。<span lang="en">Too many failed attempts. Please try again in about ${minutes} minutes.</span>`
        : error === '1'
          ? 'ユーザー名またはパスワードが違います。<span lang="en">Wrong user name or password.</span>'
          : '';
    const errorHtml = message ? `<p class="error" id="login-error" role="alert">${message}</p>` : '';
    return this.loginPage
      .replace('<!--error-->', () => errorHtml)
      .replace('{{next}}', () => escapeHtml(next ?? ''));
  }
}
