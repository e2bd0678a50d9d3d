import type { Locale } from '../types';
import type { RouteResult, Router } from './router';

/**
 * Hand-written keyword rules first (precise, and they name an intent such as 住民票), then the
 * example-based model for everything the rules do not cover: other languages, paraphrases, typos.
 */
export class CombinedRouter implements Router {
  constructor(
    private readonly rules: Router,
    private readonly model: Router,
  ) {}

  route(text: string, locale: Locale): RouteResult {
    const byRule = this.rules.route(text, locale);
    if (byRule.topic !== 'fallback') return byRule;
    return this.model.route(text, locale);
  }
}
