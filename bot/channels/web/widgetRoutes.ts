import { readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { browserBundle } from '../../browserBundle';
import { LANGUAGE_NAMES } from '../../../knowledge/languages';
import type { Locale } from '../../../knowledge/types';
import type { i18n } from 'i18next';
import { fixedT } from '../../../locales';
import { stripRubyMarkup } from '../../../simplifier/ruby';

/** The widget's own words (Send, Close, Not sent…) in a locale, plain text (no reading markup). */
export function widgetStrings(instance: i18n, locale: Locale): Record<string, string> {
  const bundle = fixedT(instance, locale)('widget', { returnObjects: true }) as unknown;
  if (!bundle || typeof bundle !== 'object') return {};
  return Object.fromEntries(
    Object.entries(bundle as Record<string, unknown>)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([k, v]) => [k, stripRubyMarkup(v)]),
  );
}

const WEB_DIR = path.join(__dirname, '..', '..', '..', 'web');

/** The widget bundle, built once in memory from web/widget. */
export function widgetBundle(): Promise<string> {
  return browserBundle(path.join(WEB_DIR, 'widget', 'widget.ts'));
}

/**
 * GET /widget.js, GET /widget/config (the languages to offer, and the widget's words in each), and
 * GET / — a demo page that looks
 * like a city page with the widget embedded (?lang=en for English).
 */
export function widgetRoutes(
  locales: readonly Locale[],
  strings: (locale: Locale) => Record<string, string> = () => ({}),
): express.Router {
  const router = express.Router();
  const pages = {
    ja: readFileSync(path.join(WEB_DIR, 'demo', 'index.ja.html'), 'utf8'),
    en: readFileSync(path.join(WEB_DIR, 'demo', 'index.en.html'), 'utf8'),
  };
  router.get('/widget.js', async (_req, res, next) => {
    try {
      res
        .type('application/javascript; charset=utf-8')
        .set('Cache-Control', 'public, max-age=300')
        .set('Access-Control-Allow-Origin', '*')
        .send(await widgetBundle());
    } catch (err) {
      next(err);
    }
  });
  const css = readFileSync(path.join(WEB_DIR, 'demo', 'demo.css'), 'utf8');
  router.get('/demo.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'public, max-age=300').send(css);
  });
  router.get('/widget/config', (_req, res) => {
    // Read per request: easy Japanese is built after start-up.
    res.json({
      locales: locales.map((code) => ({ code, name: LANGUAGE_NAMES[code] })),
      strings: Object.fromEntries(locales.map((code) => [code, strings(code)])),
    });
  });
  router.get('/', (req, res) => {
    // The strict Content-Security-Policy comes from the server's security headers.
    res.type('html').send(req.query.lang === 'en' ? pages.en : pages.ja);
  });
  return router;
}
