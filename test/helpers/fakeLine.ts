import { createHmac } from 'node:crypto';
import express from 'express';
import { listen } from './http';

export interface LineCall {
  path: string;
  body: Record<string, unknown>;
  retryKey?: string;
  auth?: string;
}

/**
 * A stand-in for LINE's Messaging API on loopback: records every call the real SDK client makes
 * and can be told to fail the next calls of an endpoint (expired reply token, 429, 500).
 */
export async function fakeLineApi(options: { delayMs?: number; profileDelayMs?: number } = {}) {
  const calls: LineCall[] = [];
  const failures = new Map<string, Array<{ status: number; body?: unknown; retryAfter?: string }>>();
  const acceptedKeys = new Set<string>();
  const profiles = new Map<string, { language?: string }>();
  const app = express();
  app.use(express.json());
  // A slow LINE: answers are still in flight when the test does something else (SIGTERM).
  if (options.delayMs)
    app.use((_req, _res, next) => {
      setTimeout(next, options.delayMs);
    });

  const fail = (path: string, res: express.Response): boolean => {
    const next = failures.get(path)?.shift();
    if (!next) return false;
    if (next.retryAfter) res.set('Retry-After', next.retryAfter);
    res.status(next.status).json(next.body ?? { message: `fake failure ${next.status}` });
    return true;
  };

  app.post('/v2/bot/message/reply', (req, res) => {
    calls.push({ path: 'reply', body: req.body as Record<string, unknown>, auth: req.get('authorization') });
    if (fail('reply', res)) return;
    res.json({ sentMessages: [] });
  });
  app.post('/v2/bot/message/push', (req, res) => {
    const retryKey = req.get('x-line-retry-key');
    calls.push({
      path: 'push',
      body: req.body as Record<string, unknown>,
      ...(retryKey ? { retryKey } : {}),
    });
    if (fail('push', res)) return;
    if (retryKey && acceptedKeys.has(retryKey)) {
      res.status(409).json({ message: 'The retry key is already accepted' });
      return;
    }
    if (retryKey) acceptedKeys.add(retryKey);
    res.json({ sentMessages: [] });
  });
  app.post('/v2/bot/chat/loading/start', (req, res) => {
    calls.push({ path: 'loading', body: req.body as Record<string, unknown> });
    res.status(202).json({});
  });
  // A slow profile lookup holds events before any answer is sent (the SIGKILL test kills then).
  if (options.profileDelayMs)
    app.use('/v2/bot/profile', (_req, _res, next) => {
      setTimeout(next, options.profileDelayMs);
    });
  app.get('/v2/bot/profile/:userId', (req, res) => {
    calls.push({ path: 'profile', body: { userId: req.params.userId } });
    const profile = profiles.get(req.params.userId);
    if (!profile) {
      res.status(404).json({ message: 'Not found' });
      return;
    }
    res.json({ userId: req.params.userId, displayName: 'resident', ...profile });
  });

  // Rich menus (the API and the data API share this fake).
  const richMenus = new Map<
    string,
    { request: Record<string, unknown>; image?: Buffer; imageType?: string }
  >();
  const aliases = new Map<string, string>();
  let defaultMenu: string | null = null;
  let menuCount = 0;
  app.post('/v2/bot/richmenu', (req, res) => {
    menuCount += 1;
    const richMenuId = `richmenu-fake-${menuCount}`;
    richMenus.set(richMenuId, { request: req.body as Record<string, unknown> });
    calls.push({ path: 'richmenu:create', body: req.body as Record<string, unknown> });
    res.json({ richMenuId });
  });
  app.get('/v2/bot/richmenu/list', (_req, res) => {
    res.json({
      richmenus: [...richMenus].map(([richMenuId, m]) => ({
        richMenuId,
        name: m.request.name,
        ...m.request,
      })),
    });
  });
  app.delete('/v2/bot/richmenu/:id', (req, res) => {
    richMenus.delete(req.params.id);
    res.json({});
  });
  app.post('/v2/bot/richmenu/:id/content', express.raw({ type: () => true, limit: '2mb' }), (req, res) => {
    const menu = richMenus.get(req.params.id);
    if (!menu) {
      res.status(404).json({ message: 'no such rich menu' });
      return;
    }
    menu.image = req.body as Buffer;
    menu.imageType = req.get('content-type');
    res.json({});
  });
  app.get('/v2/bot/richmenu/alias/:alias', (req, res) => {
    const id = aliases.get(req.params.alias);
    if (!id) res.status(404).json({ message: 'not found' });
    else res.json({ richMenuAliasId: req.params.alias, richMenuId: id });
  });
  app.post('/v2/bot/richmenu/alias', (req, res) => {
    const { richMenuAliasId, richMenuId } = req.body as { richMenuAliasId: string; richMenuId: string };
    if (aliases.has(richMenuAliasId)) {
      res.status(400).json({ message: 'conflict richmenu alias id' });
      return;
    }
    aliases.set(richMenuAliasId, richMenuId);
    res.json({});
  });
  app.post('/v2/bot/richmenu/alias/:alias', (req, res) => {
    aliases.set(req.params.alias, (req.body as { richMenuId: string }).richMenuId);
    res.json({});
  });
  app.post('/v2/bot/user/all/richmenu/:id', (req, res) => {
    defaultMenu = req.params.id;
    res.json({});
  });

  const server = await listen(app);
  return {
    ...server,
    calls,
    profiles,
    richMenus,
    aliases,
    defaultMenu: () => defaultMenu,
    /** The next `times` calls to `path` answer `status`. */
    failNext(path: 'reply' | 'push', status: number, times = 1, retryAfter?: string): void {
      const list = failures.get(path) ?? [];
      for (let i = 0; i < times; i++) list.push({ status, ...(retryAfter ? { retryAfter } : {}) });
      failures.set(path, list);
    },
    /** Messages that reached a user (accepted replies and pushes). */
    delivered(): Array<{ path: string; messages: Array<Record<string, unknown>> }> {
      return calls
        .filter((c) => c.path === 'reply' || c.path === 'push')
        .map((c) => ({ path: c.path, messages: c.body.messages as Array<Record<string, unknown>> }));
    },
    /** The texts of every message delivered, in order, one per line. */
    texts(): string {
      return this.delivered()
        .flatMap((d) => d.messages)
        .map((m) => (m.type === 'text' && typeof m.text === 'string' ? m.text : ''))
        .join('\n');
    },
    reset(): void {
      calls.length = 0;
      failures.clear();
    },
  };
}

export function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** Delivers `events` to the bot at `baseUrl` as LINE does: one webhook POST, signed with `secret`. */
export function postWebhook(baseUrl: string, secret: string, events: readonly unknown[]): Promise<Response> {
  const body = JSON.stringify({ destination: 'Ubot', events });
  return fetch(`${baseUrl}/api/line/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': sign(body, secret) },
    body,
  });
}

let counter = 0;
/** A one-to-one LINE text event with a unique webhookEventId. */
export function textEvent(userId: string, text: string, extra: Record<string, unknown> = {}) {
  counter += 1;
  return {
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    replyToken: `reply-token-${counter}`,
    webhookEventId: `01TESTEVENT${String(counter).padStart(8, '0')}`,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId },
    message: { type: 'text', id: `m${counter}`, text, quoteToken: 'q' },
    ...extra,
  };
}

export function postbackEvent(userId: string, data: string) {
  const e = textEvent(userId, '');
  return { ...e, type: 'postback', message: undefined, postback: { data } };
}
