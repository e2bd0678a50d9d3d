import type { Server as HttpServer } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from './logger';
import type { Readiness } from './readiness';
import type { WebOrigins } from './security';
import { securityHeaders, webCors } from './security';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  readiness: Readiness;
  logger: Logger;
  bodyLimit: string;
  /** Pages allowed to call the browser-facing APIs (WEB_ORIGINS). */
  webOrigins?: WebOrigins;
  /** Extra routes (POST /api/simplify when configured), mounted before the 404. */
  routes?: express.Router[];
}

/**
 * The HTTP face. Each channel mounts its own route with its own body parser: LINE's signature is
 * computed over the raw body, so no global JSON parser may run before it.
 */
export function createServer(deps: ServerDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.use(['/v3/directline', '/widget/config'], webCors(deps.webOrigins ?? '*'));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', (_req, res) => {
    const ready = deps.readiness.isReady();
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'starting', checks: deps.readiness.report() });
  });

  app.post(
    '/api/messages',
    express.json({ limit: deps.bodyLimit, type: ['application/json'] }),
    async (req, res) => {
      if (
        !req.body ||
        typeof req.body !== 'object' ||
        typeof (req.body as { type?: unknown }).type !== 'string'
      ) {
        res.status(400).json({ error: 'an Activity with a type is required' });
        return;
      }
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    },
  );

  for (const route of deps.routes ?? []) app.use(route);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  // Body-parser errors carry their HTTP status (400 malformed JSON, 413 too large, 415 charset).
  app.use(
    (err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500)
        deps.logger.error({ err: { name: err.name, message: err.message } }, 'request failed');
      if (res.headersSent) return;
      res.status(status).json({
        error:
          status === 413
            ? 'request body too large'
            : status === 400
              ? 'malformed request'
              : status === 500
                ? 'internal error'
                : (err.type ?? 'bad request'),
      });
    },
  );

  return app;
}

/**
 * Idle keep-alive connections stay open `keepAliveMs` (KEEP_ALIVE_TIMEOUT_MS). Node closes them
 * after 5 s, shorter than a load balancer's idle timeout, so the balancer could send a request on
 * a socket closed that very moment: a 502 for the resident (in the tests, ECONNRESET when a client
 * came back after the tokenizer's load). Headers may take a second longer than that, as Node asks.
 */
export function keepConnections(server: HttpServer, keepAliveMs: number): HttpServer {
  server.keepAliveTimeout = keepAliveMs;
  server.headersTimeout = keepAliveMs + 1000;
  return server;
}
