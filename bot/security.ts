import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response. Our pages load nothing from elsewhere and run no inline
 * script or style (the widget's styles are a constructed stylesheet), so the policy can be strict.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The widget script and its config are loaded by other sites' pages: the city's own pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // No referrer leaves with a resident's click on an official link.
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Parsed WEB_ORIGINS: '*' (any page) or the list of origins. */
export type WebOrigins = '*' | readonly string[];

export function parseOrigins(setting: string): WebOrigins {
  if (setting.trim() === '*') return '*';
  return setting
    .split(',')
    .map((o) => o.trim().replace(/\/$/u, ''))
    .filter(Boolean);
}

/** Whether a browser page from `origin` may talk to us. Requests without Origin are not from a browser page. */
export function originAllowed(origins: WebOrigins, origin: string | undefined): boolean {
  if (origin === undefined || origins === '*') return true;
  return origins.includes(origin);
}

/** CORS for the browser-facing APIs (Direct Line, the widget's config). */
export function webCors(origins: WebOrigins): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST'],
    // Microsoft's DirectLineJS (inside Web Chat) adds x-requested-with and x-ms-bot-agent.
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Requested-With', 'x-ms-bot-agent'],
    exposedHeaders: ['Retry-After', 'RateLimit', 'RateLimit-Policy'],
    maxAge: 600,
  });
}
