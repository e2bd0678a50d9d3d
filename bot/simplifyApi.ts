import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import express from 'express';
import { z } from 'zod';
import { renderRuby } from '../simplifier/ruby';
import type { Simplifier } from '../simplifier/simplify';
import type { StaffAuth } from './staff/auth';

/** Filled in once the tokenizer has loaded; the route answers 503 until then. */
export interface SimplifierSlot {
  current: Simplifier | null;
}

export const SIMPLIFY_MAX_CHARS = 10_000;

const requestSchema = z
  .object({
    text: z.string().max(SIMPLIFY_MAX_CHARS),
    format: z.enum(['parens', 'html', 'kana', 'plain', 'markup']).default('parens'),
    wakachi: z.boolean().default(false),
    /** Readings only on words with a kanji above this school grade. */
    grade: z.number().int().min(1).max(6).optional(),
    westernYears: z.boolean().default(true),
    /** Official terms explained in a sentence of their own (default) or in brackets. */
    explanations: z.enum(['sentence', 'brackets']).default('sentence'),
  })
  .strict();

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Who may call POST /api/simplify: a tool with the bearer token, or a logged-in staff member. */
export interface SimplifyAccess {
  /** SIMPLIFY_API_TOKEN; empty: no token is accepted. */
  token: string;
  staff: Pick<StaffAuth, 'requireStaff' | 'requireCsrf'>;
}

/**
 * POST /api/simplify: official Japanese in, easy Japanese out, for staff writing answers and for
 * the city's own tools. Anonymous callers get 401; the text is never logged.
 */
export function simplifyRouter(slot: SimplifierSlot, access: SimplifyAccess): express.Router {
  const router = express.Router();
  const expected = access.token ? digest(`Bearer ${access.token}`) : null;
  const staff = access.staff.requireStaff();
  const csrf = access.staff.requireCsrf();
  router.post(
    '/api/simplify',
    (req, res, next) => {
      const header = req.get('authorization');
      if (header !== undefined) {
        // Constant-time comparison of fixed-length digests: the token's length does not leak either.
        if (expected && timingSafeEqual(digest(header), expected)) {
          next();
          return;
        }
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'a valid bearer token is required' });
        return;
      }
      // No token: the staff console's session, with its CSRF token (a cookie alone is not enough).
      void staff(req, res, (err?: unknown) => {
        if (err) next(err);
        else void csrf(req, res, next);
      });
    },
    express.json({ limit: '128kb', type: ['application/json'] }),
    (req: Request, res: Response) => {
      const parsed = requestSchema.safeParse(req.body);
      if (!parsed.success) {
        const tooLong = parsed.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'text');
        res.status(tooLong ? 413 : 400).json({
          error: tooLong ? `text is longer than ${SIMPLIFY_MAX_CHARS} characters` : 'invalid request',
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
        return;
      }
      const simplifier = slot.current;
      if (!simplifier) {
        res.status(503).set('Retry-After', '5').json({ error: 'the simplifier is still loading' });
        return;
      }
      const { text, format, wakachi, grade, westernYears, explanations } = parsed.data;
      const result = simplifier.simplify(text, {
        wakachi,
        westernYears,
        explanations,
        ...(grade ? { furigana: 'aboveGrade' as const, grade } : {}),
      });
      res.json({
        text: result.text,
        rendered: renderRuby(result.ruby, format),
        ruby: result.ruby,
        report: result.report,
      });
    },
  );
  return router;
}
