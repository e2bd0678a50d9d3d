import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Store } from 'express-rate-limit';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { IdHasher } from '../../privacy';
import type { InProcessAdapter } from '../inProcessAdapter';
import type { DirectLineStore } from './conversations';
import { sequence } from './conversations';
import type { TokenClaims, TokenIssuer } from './tokens';
import { bearer } from './tokens';
import type { WebOrigins } from '../../security';
import { originAllowed } from '../../security';

export const DIRECT_LINE_CHANNEL_ID = 'directline';
const BASE = '/v3/directline';
const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]+)\/stream$/;

export interface DirectLineDeps {
  store: DirectLineStore;
  /** Shared rate-limit counters (Redis) so limits hold across instances; default: per process. */
  rateLimitStore?: (prefix: string) => Store;
  tokens: TokenIssuer;
  adapter: InProcessAdapter;
  bot: ActivityHandler;
  logger: Logger;
  hasher: IdHasher;
  bodyLimit: string;
  /** Messages one conversation may post per minute before 429. */
  messagesPerMinute?: number;
  /** New conversations one address may open per minute before 429. */
  conversationsPerMinute?: number;
  /** Pages allowed to open the WebSocket (browsers send their Origin; CORS does not cover WebSockets). */
  webOrigins?: WebOrigins;
}

/** What a client may send: an activity, loosely (Web Chat adds fields we ignore). */
const incomingSchema = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().max(20_000).optional(),
  locale: z.string().max(35).optional(),
  value: z.unknown().optional(),
  name: z.string().max(256).optional(),
  channelData: z.unknown().optional(),
});

/**
 * express-rate-limit's checks, less the one that reads a stack trace to see whether the limiter is
 * made inside a request handler (ours are made once, in router()): in the bundle, the first stack
 * read makes source-map-support parse the source map, about 0.15 s of the time to /readyz.
 */
const RATE_LIMIT_CHECKS = { creationStack: false } as const;

/**
 * The subset of Direct Line 3.0 that Web Chat and our widget use, served by this process: tokens
 * are signed and scoped to one conversation, turns run in-process (no HTTP hop to ourselves), and
 * every client reads the same ordered log by watermark, over polling or a WebSocket stream.
 */
export class DirectLine {
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(private readonly deps: DirectLineDeps) {}

  router(): express.Router {
    const router = express.Router();
    const json = express.json({ limit: this.deps.bodyLimit, type: () => true });
    const newConversations = rateLimit({
      windowMs: 60_000,
      limit: this.deps.conversationsPerMinute ?? 120,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      validate: RATE_LIMIT_CHECKS,
      message: { error: { code: 'TooManyRequests', message: 'too many new conversations; try again later' } },
      // Redis down: let the request through; the turn itself then apologises politely.
      ...(this.deps.rateLimitStore
        ? { store: this.deps.rateLimitStore('ym:rl:dlnew:'), passOnStoreError: true }
        : {}),
    });
    const messages = rateLimit({
      windowMs: 60_000,
      limit: this.deps.messagesPerMinute ?? 30,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      validate: RATE_LIMIT_CHECKS,
      // Per conversation: one noisy client does not slow anyone else down.
      keyGenerator: (req) => `conversation:${String(req.params.id)}`,
      message: { error: { code: 'TooManyRequests', message: 'too many messages; wait a moment' } },
      ...(this.deps.rateLimitStore
        ? { store: this.deps.rateLimitStore('ym:rl:dlmsg:'), passOnStoreError: true }
        : {}),
    });

    // Tokens and residents' messages (fraud, crime): no browser or proxy may keep a copy.
    router.use(BASE, (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    });

    router.post(`${BASE}/tokens/generate`, newConversations, async (_req, res) => {
      const conversation = await this.deps.store.create();
      const { token, expires_in } = this.deps.tokens.issue(conversation.id, conversation.userId);
      send(res, 200, { conversationId: conversation.id, token, expires_in });
    });

    router.post(`${BASE}/tokens/refresh`, (req, res) => {
      const claims = this.claims(req, res);
      if (!claims) return;
      send(res, 200, {
        conversationId: claims.conversationId,
        ...this.deps.tokens.issue(claims.conversationId, claims.userId),
      });
    });

    router.post(`${BASE}/conversations`, newConversations, async (req, res) => {
      const header = bearer(req.get('authorization'));
      if (header === undefined) {
        // An anonymous visitor: a new conversation and a token for it alone.
        const conversation = await this.deps.store.create();
        const issued = this.deps.tokens.issue(conversation.id, conversation.userId);
        send(res, 201, this.describe(req, conversation.id, issued));
        return;
      }
      const claims = this.claims(req, res);
      if (!claims) return;
      if (!(await this.deps.store.get(claims.conversationId))) {
        send(res, 404, error('NotFound', 'the conversation has expired'));
        return;
      }
      send(
        res,
        201,
        this.describe(req, claims.conversationId, { token: header, expires_in: remaining(claims) }),
      );
    });

    router.get(`${BASE}/conversations/:id`, async (req, res) => {
      const claims = await this.claimsFor(req, res);
      if (!claims) return;
      send(
        res,
        200,
        this.describe(req, claims.conversationId, {
          token: bearer(req.get('authorization'))!,
          expires_in: remaining(claims),
        }),
      );
    });

    router.get(`${BASE}/conversations/:id/activities`, async (req, res) => {
      const claims = await this.claimsFor(req, res);
      if (!claims) return;
      const watermark = parseWatermark(req.query.watermark);
      if (watermark === undefined) {
        send(res, 400, error('BadArgument', 'watermark must be a number'));
        return;
      }
      const { activities, watermark: latest } = await this.deps.store.since(claims.conversationId, watermark);
      send(res, 200, { activities, watermark: String(latest) });
    });

    router.post(
      `${BASE}/conversations/:id/activities`,
      messages,
      json,
      async (req: Request, res: Response) => {
        const claims = await this.claimsFor(req, res);
        if (!claims) return;
        const parsed = incomingSchema.safeParse(req.body);
        if (!parsed.success) {
          send(res, 400, error('BadArgument', 'an activity with a type is required'));
          return;
        }
        const result = await this.turn(claims, parsed.data);
        if (result.ok) send(res, 200, { id: result.id });
        else if (result.unavailable) unavailable(res);
        else send(res, 502, error('BotError', 'the bot could not answer; please try again'));
      },
    );

    router.use(BASE, (err: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (err.status === 413) send(res, 413, error('MessageSizeTooBig', 'request body too large'));
      else if (err.status === 400) send(res, 400, error('BadArgument', 'malformed JSON'));
      else if (err.status === undefined) {
        // The conversation store (Redis) is unreachable: a clear "try again shortly", not a 500.
        this.deps.logger.warn(
          { err: { name: err.name, message: err.message } },
          'Direct Line store unavailable',
        );
        unavailable(res);
      } else next(err);
    });
    return router;
  }

  /**
   * Shutting down: every open stream is closed with 1001 ("going away"), so clients reconnect
   * (to another instance) with their watermark instead of holding this process open.
   */
  closeStreams(): void {
    for (const ws of this.wss.clients) ws.close(1001, 'server shutting down');
  }

  /** WebSocket streams: `streamUrl` upgrades on the same server. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = STREAM_PATH.exec(url.pathname);
      if (!match) return; // another upgrade handler's business
      if (!originAllowed(this.deps.webOrigins ?? '*', req.headers.origin)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      const claims = this.deps.tokens.verify(url.searchParams.get('t') ?? bearer(req.headers.authorization));
      if (!claims || claims.conversationId !== match[1]) {
        socket.end(`HTTP/1.1 ${claims ? '403 Forbidden' : '401 Unauthorized'}\r\nConnection: close\r\n\r\n`);
        return;
      }
      this.deps.store
        .get(claims.conversationId)
        .then((conversation) => {
          if (!conversation) {
            socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
            return;
          }
          this.wss.handleUpgrade(req, socket, head, (ws) =>
            this.stream(
              ws,
              claims.conversationId,
              parseWatermark(url.searchParams.get('watermark') ?? undefined) ?? null,
            ),
          );
        })
        .catch(() => socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n'));
    });
  }

  private stream(ws: WebSocket, conversationId: string, watermark: number | null): void {
    // Activities are numbered; whatever this client has had is never sent twice, even when the
    // catch-up read and the live subscription overlap.
    let sent = watermark ?? -1;
    const send = (activities: Array<Partial<Activity>>, mark: number | null): void => {
      if (ws.readyState !== ws.OPEN) return;
      const fresh = activities.filter((a) => a.type === 'typing' || sequence(a.id) > sent);
      if (!fresh.length) return;
      if (mark !== null) sent = Math.max(sent, mark);
      ws.send(
        JSON.stringify(
          mark === null ? { activities: fresh } : { activities: fresh, watermark: String(mark) },
        ),
      );
    };
    let stop: (() => void) | null = null;
    let closed = false;
    const ping = setInterval(() => ws.ping(), 30_000);
    ws.on('close', () => {
      closed = true;
      clearInterval(ping);
      stop?.();
    });
    ws.on('error', () => ws.terminate());
    // Listen first, then catch up: nothing published in between is lost.
    void this.deps.store
      .listen(conversationId, send)
      .then(async (stopper) => {
        if (closed) return stopper();
        stop = stopper;
        if (watermark !== null) {
          const missed = await this.deps.store.since(conversationId, watermark);
          send(missed.activities, missed.watermark);
        }
      })
      .catch((err: Error) => {
        this.deps.logger.warn({ err: { message: err.message } }, 'Direct Line stream could not start');
        ws.close(1011, 'try again');
      });
  }

  /**
   * Activities for a visitor outside a turn (a staff member's words in a live chat): appended to
   * the conversation, so open streams get them now and a polling or reconnecting client later.
   */
  async deliver(conversationId: string, activities: Array<Partial<Activity>>): Promise<void> {
    const conversation = await this.deps.store.get(conversationId);
    if (!conversation) throw new Error('the web conversation has expired');
    const account = { id: conversationId, isGroup: false, conversationType: 'personal', name: '' };
    await this.deps.store.append(
      conversationId,
      activities
        .filter((a) => a.type !== 'typing' && a.type !== 'delay')
        .map((a) => ({
          ...a,
          id: undefined,
          channelId: DIRECT_LINE_CHANNEL_ID,
          conversation: account,
          from: { id: 'bot', name: 'やさしい窓口', role: 'bot' },
          recipient: { id: conversation.userId, name: '', role: 'user' },
          timestamp: new Date(),
        })),
    );
  }

  private async turn(
    claims: TokenClaims,
    incoming: Partial<Activity>,
  ): Promise<{ ok: true; id: string } | { ok: false; unavailable?: boolean }> {
    const { store, adapter, bot } = this.deps;
    const conversationId = claims.conversationId;
    // The token says who the visitor is: a client cannot speak for someone else.
    const activity: Partial<Activity> = {
      ...incoming,
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: 'directline:',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: claims.userId, name: '', role: 'user' },
      recipient: { id: 'bot', name: 'やさしい窓口', role: 'bot' },
      timestamp: new Date(),
    };
    let id: string;
    try {
      const mark = await store.append(conversationId, [activity]);
      id = `${conversationId}|${String(mark).padStart(7, '0')}`;
      await store.signal(conversationId, { type: 'typing', from: activity.recipient });
    } catch (err) {
      this.deps.logger.error(
        {
          conversation: this.deps.hasher.hash(conversationId),
          err: { name: (err as Error).name, message: (err as Error).message },
        },
        'Direct Line store failed',
      );
      return { ok: false, unavailable: true };
    }
    try {
      const replies = await adapter.process(activity, (context) => bot.run(context));
      const outgoing = replies
        .filter((r) => r.type !== 'typing')
        .map((r) => ({
          ...r,
          conversation: activity.conversation,
          from: activity.recipient,
          recipient: activity.from,
          replyToId: id,
          timestamp: new Date(),
        }));
      if (outgoing.length) await store.append(conversationId, outgoing);
      return { ok: true, id };
    } catch (err) {
      this.deps.logger.error(
        {
          conversation: this.deps.hasher.hash(conversationId),
          err: { name: (err as Error).name, message: (err as Error).message },
        },
        'Direct Line turn failed',
      );
      return { ok: false };
    }
  }

  /** The token's claims, or a 401 already sent. */
  private claims(req: Request, res: Response): TokenClaims | null {
    const claims = this.deps.tokens.verify(bearer(req.get('authorization')));
    if (!claims) send(res, 401, error('TokenExpired', 'a valid, unexpired token is required'));
    return claims;
  }

  /** The claims when they open conversation `:id`; 401, 403 or 404 already sent otherwise. */
  private async claimsFor(req: Request, res: Response): Promise<TokenClaims | null> {
    const claims = this.claims(req, res);
    if (!claims) return null;
    if (claims.conversationId !== req.params.id) {
      send(res, 403, error('Forbidden', 'this token is for another conversation'));
      return null;
    }
    if (!(await this.deps.store.get(claims.conversationId))) {
      send(res, 404, error('NotFound', 'the conversation has expired'));
      return null;
    }
    return claims;
  }

  private describe(req: Request, conversationId: string, issued: { token: string; expires_in: number }) {
    const scheme = req.secure || req.get('x-forwarded-proto') === 'https' ? 'wss' : 'ws';
    return {
      conversationId,
      token: issued.token,
      expires_in: issued.expires_in,
      streamUrl: `${scheme}://${req.get('host') ?? 'localhost'}${BASE}/conversations/${conversationId}/stream?t=${encodeURIComponent(issued.token)}`,
    };
  }
}

function unavailable(res: Response): void {
  res.setHeader('Retry-After', '5');
  send(res, 503, error('ServiceUnavailable', 'the service is busy for a moment; please try again shortly'));
}

/**
 * res.status(status).json(body) without the ETag express computes for it: every Direct Line
 * answer is no-store, never kept and so never revalidated, and hashing each body (a reply's
 * activities on every read) for a tag no client can use was a visible part of a request.
 */
function send(res: Response, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  // HEAD (express answers it with the GET route): the headers alone, as res.json would.
  if (res.req.method === 'HEAD') res.end();
  else res.end(json);
}

function error(code: string, message: string) {
  return { error: { code, message } };
}

function remaining(claims: TokenClaims): number {
  return Math.max(0, claims.exp - Math.floor(Date.now() / 1000));
}

/** null: from the start; undefined: not a number (400). */
function parseWatermark(value: unknown): number | null | undefined {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^-?\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}
