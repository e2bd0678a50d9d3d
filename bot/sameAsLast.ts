import type { Router } from '../knowledge/routing/router';
import type { Locale } from '../knowledge/types';

/**
 * `fn`, answering a call whose arguments are the very ones of the call just before with that
 * call's answer. A turn asks the router and the command table about the same text more than once
 * (the open question, then the main dialog, the interrupts), and each answer is computed anew.
 * Only the last call is kept: nothing builds up, and a new text replaces the old one. `fn` must be
 * a pure function of its arguments, and its callers must not change what it returns.
 */
export function sameAsLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/** The router, answering the same text and locale as the call before from that call's answer. */
export function routerSameAsLast(router: Router): Router {
  return { route: sameAsLast((text: string, locale: Locale) => router.route(text, locale)) };
}
