import type { Locale } from '../types';
import { MAX_ROUTED_CHARS } from './normalize';
import type { RouteResult, Router } from './router';

// Web and e-mail addresses say nothing about the topic and only dilute the words that do.
const ADDRESSES = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

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
    const words = text.replace(ADDRESSES, ' ');
    const head = this.routeOnce(words, locale);
    if (head.topic !== 'fallback' || words.length <= MAX_ROUTED_CHARS) return head;
    // A long story first and the question last: the routers read a bounded start, so the end of
    // a long message is read too before giving up.
    return this.routeOnce(words.slice(-MAX_ROUTED_CHARS), locale);
  }

  private routeOnce(text: string, locale: Locale): RouteResult {
    const byRule = this.rules.route(text, locale);
    if (byRule.topic !== 'fallback') return byRule;
    return this.model.route(text, locale);
  }
}
