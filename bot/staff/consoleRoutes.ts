import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import express from 'express';
import QRCode from 'qrcode';
import { z } from 'zod';
import { LANGUAGE_NAMES } from '../../knowledge/languages';
import type { Locale } from '../../knowledge/types';
import { isLocale } from '../../knowledge/types';
import { telUri } from '../../dialogs/presenter';
import { escapeHtml, renderRuby } from '../../simplifier/ruby';
import type { InsightsStore } from '../analytics';
import { isDay } from '../analytics';
import { browserBundle } from '../browserBundle';
import type { HandoffDesk } from '../handoff/desk';
import { DeskError } from '../handoff/desk';
import type { Logger } from '../logger';
import type { SimplifierSlot } from '../simplifyApi';
import { SIMPLIFY_MAX_CHARS } from '../simplifyApi';
import type { AuditLog } from './audit';
import type { StaffAuth } from './auth';
import { staffOf } from './auth';
import { summarize, toCsv, barChart, dayChart } from './insights';
import type { ScriptAid, ScriptAidText } from './scriptAid';

const WEB_DIR = path.join(__dirname, '..', '..', 'web', 'staff');

/** The console's script, built once in memory from web/staff (like the widget). */
export function consoleBundle(): Promise<string> {
  return browserBundle(path.join(WEB_DIR, 'console.ts'));
}

export interface ConsoleDeps {
  auth: StaffAuth;
  audit: AuditLog;
  scriptAid: ScriptAid;
  desk: HandoffDesk | null;
  counters: InsightsStore;
  simplifier: SimplifierSlot;
  locales: readonly Locale[];
  logger: Logger;
  /** Base of the links printed as QR codes; empty: the address the console was opened with. */
  publicUrl: string;
  lineFriendUrl: string;
}

const messageSchema = z.object({ text: z.string().trim().min(1).max(2000) }).strict();
const workbenchSchema = z.object({ text: z.string().max(SIMPLIFY_MAX_CHARS) }).strict();
const CSV_KINDS = ['topics', 'feedback', 'unanswered', 'handoff'] as const;

/**
 * The staff console under /staff: pages, the script aid, the easy-Japanese workbench, live
 * hand-off and (admins) insights. Everything needs a staff session; every change needs the CSRF
 * token; every action is audited without resident text.
 */
export function consoleRoutes(deps: ConsoleDeps): express.Router {
  const { auth, audit } = deps;
  const router = express.Router();
  const staff = auth.requireStaff();
  const admin = auth.requireStaff('admin');
  const csrf = auth.requireCsrf();
  const json = express.json({ limit: '64kb', type: ['application/json'] });
  const html = (name: string) => readFileSync(path.join(WEB_DIR, name), 'utf8');
  const consolePage = html('console.html');
  const css = html('console.css');
  const record = (
    req: Request,
    res: Response,
    action: string,
    target?: string,
    detail?: Record<string, string | number | boolean>,
  ) =>
    audit.record({
      actor: staffOf(res).username,
      action,
      ...(target ? { target } : {}),
      ...(req.ip ? { ip: req.ip } : {}),
      ...(detail ? { detail } : {}),
    });
  const localeOf = (req: Request): Locale => {
    const l = typeof req.query.locale === 'string' ? req.query.locale : 'en';
    return isLocale(l) && deps.locales.includes(l) ? l : 'en';
  };

  // Browsers send `Origin: null` on form posts from a no-referrer page; the login's cross-site check
  // needs the real origin, so console pages tell the browser to send it to ourselves (and nowhere else).
  router.use('/staff', (_req, res, next) => {
    res.set('Referrer-Policy', 'same-origin');
    next();
  });
  router.use(auth.router());

  router.get(['/staff', '/staff/'], staff, (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(consolePage);
  });
  router.get('/staff/console.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'no-cache').send(css);
  });
  router.get('/staff/console.js', staff, async (_req, res, next) => {
    try {
      res
        .type('application/javascript; charset=utf-8')
        .set('Cache-Control', 'no-cache')
        .send(await consoleBundle());
    } catch (err) {
      next(err);
    }
  });

  // ---- script aid ----
  router.get('/staff/api/locales', staff, (_req, res) => {
    res.json(deps.locales.map((code) => ({ code, name: LANGUAGE_NAMES[code] })));
  });
  router.get('/staff/api/script-aid', staff, (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
    res.json(deps.scriptAid.search(q).map((e) => ({ id: e.id, topic: e.topic, title: e.title })));
  });
  router.get('/staff/api/script-aid/:id', staff, (req, res) => {
    const locale = localeOf(req);
    const view = deps.scriptAid.view(String(req.params.id), locale);
    if (!view) {
      res.status(404).json({ error: 'no such topic' });
      return;
    }
    record(req, res, 'scriptAid.view', view.id, { locale });
    res.json({
      ...view,
      ja: withHtml(view.ja),
      easy: withHtml(view.easy),
      resident: withHtml(view.resident),
    });
  });

  // "Show to the resident": large text in their language and in easy Japanese, nothing else.
  router.get('/staff/show/:id', staff, (req, res) => {
    const locale = localeOf(req);
    const view = deps.scriptAid.view(String(req.params.id), locale);
    if (!view) {
      res
        .status(404)
        .type('html')
        .send(page('見つかりません / Not found', '<p>No such topic.</p>', 'show'));
      return;
    }
    record(req, res, 'scriptAid.show', view.id, { locale });
    const body = `<main class="show">
  <section lang="${langAttr(locale)}" class="show-resident">${paragraphs(view.resident)}${contactList(view.resident)}</section>
  ${locale === 'ja-easy' ? '' : `<section lang="ja" class="show-easy">${paragraphs(view.easy)}</section>`}
  <p class="no-print"><a href="/staff" class="button">閉じる / Close</a></p>
</main>`;
    res
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(page(view.title.en, body, 'show'));
  });

  // A one-page handout with a QR code that opens the chat in the resident's language.
  router.get('/staff/handout/:id', staff, async (req, res, next) => {
    try {
      const locale = localeOf(req);
      const view = deps.scriptAid.view(String(req.params.id), locale);
      if (!view) {
        res.status(404).json({ error: 'no such topic' });
        return;
      }
      const base = deps.publicUrl || `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const chatUrl = `${base.replace(/\/$/u, '')}/?chatLang=${encodeURIComponent(locale)}`;
      const codes = [{ url: chatUrl, label: 'Web' }];
      if (deps.lineFriendUrl) codes.push({ url: deps.lineFriendUrl, label: 'LINE' });
      const qr = await Promise.all(
        codes.map(async (c) => {
          const svg = await QRCode.toString(c.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
          return `<figure class="qr">${svg.replace('<svg', `<svg role="img" aria-label="QR: ${escapeHtml(c.url)}"`)}<figcaption>${escapeHtml(c.label)}: ${escapeHtml(c.url)}</figcaption></figure>`;
        }),
      );
      record(req, res, 'scriptAid.handout', view.id, { locale });
      const body = `<main class="handout">
  <h1 lang="ja">${escapeHtml(view.title.ja)}</h1>
  <section lang="${langAttr(locale)}">${paragraphs(view.resident)}${contactList(view.resident)}</section>
  ${locale === 'ja-easy' ? '' : `<section lang="ja">${paragraphs(view.easy)}</section>`}
  <div class="qr-codes">${qr.join('')}</div>
  <p class="no-print"><button type="button" data-action="print">印刷 / Print</button> <a href="/staff">戻る / Back</a></p>
</main>`;
      res
        .type('html')
        .set('Cache-Control', 'no-store')
        .send(page(view.title.en, body, 'handout'));
    } catch (err) {
      next(err);
    }
  });

  // ---- the easy-Japanese workbench ----
  router.post('/staff/api/workbench', staff, csrf, json, (req, res) => {
    const parsed = workbenchSchema.safeParse(req.body);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
      res
        .status(tooLong ? 413 : 400)
        .json({ error: tooLong ? `at most ${SIMPLIFY_MAX_CHARS} characters` : 'text is required' });
      return;
    }
    const simplifier = deps.simplifier.current;
    if (!simplifier) {
      res.status(503).set('Retry-After', '5').json({ error: 'the simplifier is still loading' });
      return;
    }
    const result = simplifier.simplify(parsed.data.text);
    // The text itself is not audited: staff may paste a resident's letter.
    record(req, res, 'workbench.simplify', undefined, { chars: parsed.data.text.length });
    res.json({
      plain: renderRuby(result.ruby, 'plain'),
      parens: renderRuby(result.ruby, 'parens'),
      html: renderRuby(result.ruby, 'html'),
      before: result.report.before,
      after: result.report.after,
      changes: result.report.sentences.flatMap((s) =>
        s.rules.map((r) => ({
          rule: r.rule,
          category: r.category,
          explain: r.explain,
          before: r.before,
          after: r.after,
        })),
      ),
    });
  });

  // ---- live hand-off ----
  const desk = deps.desk;
  const noDesk: RequestHandler = (_req, res, next) => {
    if (desk) next();
    else res.status(404).json({ error: 'live hand-off is off' });
  };
  router.get('/staff/api/handoff', staff, noDesk, async (_req, res, next) => {
    try {
      const me = staffOf(res);
      desk!.seen(me.username, me.displayName);
      res.json(await desk!.view(me.username));
    } catch (err) {
      next(err);
    }
  });
  // Server-sent events: the console's queue view, live. An open stream is what "online" means.
  router.get('/staff/api/events', staff, noDesk, (req, res) => {
    const me = staffOf(res);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const disconnect = desk!.connect(me.username, me.displayName);
    let running = false;
    let again = false;
    let open = true;
    const push = () => {
      // One view at a time, so an older view never overwrites a newer one; changes meanwhile make one more.
      if (running) {
        again = true;
        return;
      }
      running = true;
      // Several changes in one tick (a message and the queue moving) make one update.
      setImmediate(() => {
        desk!
          .view(me.username)
          .then(
            (view) => {
              if (open) res.write(`event: handoff\ndata: ${JSON.stringify(view)}\n\n`);
            },
            (err: Error) =>
              // The console keeps its last view and gets the next change; nothing about the resident is logged.
              deps.logger.warn({ err: { message: err.message } }, 'staff console update failed'),
          )
          .finally(() => {
            running = false;
            if (again && open) {
              again = false;
              push();
            }
          });
      });
    };
    push();
    desk!.on('changed', push);
    const end = () => res.end();
    desk!.once('closing', end);
    const beat = setInterval(() => res.write(': keep-alive\n\n'), 20_000);
    req.on('close', () => {
      open = false;
      clearInterval(beat);
      desk!.off('changed', push);
      desk!.off('closing', end);
      disconnect();
    });
  });
  const deskAction =
    (fn: (id: string, req: Request, res: Response) => Promise<unknown>): RequestHandler =>
    async (req, res, next) => {
      try {
        await fn(String(req.params.id), req, res);
        if (!res.headersSent) res.json(await desk!.view(staffOf(res).username));
      } catch (err) {
        if (err instanceof DeskError) res.status(err.status).json({ error: err.message });
        else next(err);
      }
    };
  router.post(
    '/staff/api/handoff/:id/accept',
    staff,
    csrf,
    noDesk,
    deskAction(async (id, req, res) => {
      const me = staffOf(res);
      await desk!.accept(id, me.username, me.displayName);
      record(req, res, 'handoff.accept', id);
    }),
  );
  router.post(
    '/staff/api/handoff/:id/message',
    staff,
    csrf,
    noDesk,
    json,
    deskAction(async (id, req, res) => {
      const parsed = messageSchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'a message of 1 to 2,000 characters is required' });
        return;
      }
      await desk!.staffSays(id, staffOf(res).username, parsed.data.text);
      record(req, res, 'handoff.message', id, { chars: parsed.data.text.length });
    }),
  );
  router.post(
    '/staff/api/handoff/:id/end',
    staff,
    csrf,
    noDesk,
    deskAction(async (id, req, res) => {
      await desk!.staffEnds(id, staffOf(res).username);
      record(req, res, 'handoff.end', id);
    }),
  );

  // ---- insights (admins) ----
  /** The days asked for (?from=YYYY-MM-DD&to=…), or null with a 400 already sent. */
  const range = (req: Request, res: Response): [string | undefined, string | undefined] | null => {
    const day = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    const [from, to] = [day(req.query.from), day(req.query.to)];
    if ([from, to].some((d) => d !== undefined && !isDay(d))) {
      res.status(400).json({ error: 'from and to are days such as 2026-11-01' });
      return null;
    }
    return [from, to];
  };
  router.get('/staff/api/insights', admin, async (req, res, next) => {
    try {
      const days = range(req, res);
      if (!days) return;
      const summary = summarize(await deps.counters.report(...days));
      record(req, res, 'insights.view', undefined, { from: summary.from, to: summary.to });
      res.json({
        summary,
        charts: {
          topics: barChart({ title: '話題別の件数 / Questions by topic', rows: rows(summary.byTopic) }),
          locales: barChart({ title: '言語別の件数 / Questions by language', rows: rows(summary.byLocale) }),
          channels: barChart({
            title: 'チャネル別の件数 / Questions by channel',
            rows: rows(summary.byChannel),
          }),
          days: dayChart({
            title: '日別の件数 / Questions per day',
            days: summary.byDay.map((d) => ({ day: d.day, value: d.questions + d.unanswered })),
          }),
        },
      });
    } catch (err) {
      next(err);
    }
  });
  router.get('/staff/api/insights.csv', admin, async (req, res, next) => {
    try {
      const kind = CSV_KINDS.find((k) => k === req.query.kind) ?? 'topics';
      const days = range(req, res);
      if (!days) return;
      const csv = toCsv(await deps.counters.report(...days), kind);
      record(req, res, 'insights.export', kind);
      res
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="insights-${kind}.csv"`)
        .send(csv);
    } catch (err) {
      next(err);
    }
  });
  router.get('/staff/api/audit', admin, async (req, res, next) => {
    const limit = Math.min(500, Math.max(1, Number(req.query.limit) || 100));
    try {
      res.json(await audit.recent(limit));
    } catch (err) {
      next(err);
    }
  });

  return router;
}

const rows = (counts: ReadonlyArray<{ key: string; count: number }>) =>
  counts.map((c) => ({ label: c.key, value: c.count }));

function withHtml(t: ScriptAidText): ScriptAidText & { html: string } {
  return { ...t, html: renderRuby(t.ruby, 'html') };
}

function langAttr(locale: Locale): string {
  return locale === 'ja-easy' ? 'ja' : locale;
}

function paragraphs(t: ScriptAidText): string {
  return renderRuby(t.ruby, 'html')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${l}</p>`)
    .join('');
}

function contactList(t: ScriptAidText): string {
  const items = t.contacts.map((c) => {
    const phone = c.phone ? ` <a href="${escapeHtml(telUri(c.phone))}">☎ ${escapeHtml(c.phone)}</a>` : '';
    const status = c.statusText
      ? ` <span class="status status-${c.status}">${escapeHtml(c.statusText)}</span>`
      : '';
    return `<li><strong>${escapeHtml(c.name)}</strong>${phone}${status}</li>`;
  });
  return items.length ? `<ul class="contacts">${items.join('')}</ul>` : '';
}

function page(title: string, body: string, kind: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — やさしい窓口</title>
<link rel="stylesheet" href="/staff/console.css">
<script src="/staff/console.js" defer></script>
</head>
<body data-page="${kind}">
${body}
</body>
</html>`;
}
