import type { Locale, TopicId } from '../types';
import { MENU_TOPICS } from '../types';
import { romajiSpellings } from './language';
import { ADDRESSES, MAX_ROUTED_CHARS } from './normalize';
import type { RouteResult, Router } from './router';
import { SURE_ROUTE_CONFIDENCE } from './router';

const isMenuTopic = (topic: TopicId): boolean => (MENU_TOPICS as readonly TopicId[]).includes(topic);

const WEB_ADDRESSES = /https?:\/\/\S+|www\.\S+/giu;

/**
 * Hosts only public bodies can hold: *.lg.jp (local governments), *.go.jp (the state), and the
 * older pref.<prefecture>.jp / city.<city>.jp names reserved for them (police.pref.osaka.jp). The
 * city's own pages — the ones this bot links to — are never "a suspicious link".
 */
const PUBLIC_HOST = /(^|\.)(lg\.jp|go\.jp|(pref|city)\.[a-z-]+\.jp)$/u;

function isPublicAddress(address: string): boolean {
  try {
    const url = new URL(/^https?:\/\//iu.test(address) ? address : `https://${address}`);
    return PUBLIC_HOST.test(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** A question mark, or a question's ending where a language writes none (か, ไหม, 吗, 까요…). */
const ASKS = /[?？]|ですか|ますか|でしょうか|どうしたら|どうすれば|ไหม|หรือเปล่า|吗|嗎|까요|나요/u;

/** A route, and whether a hand-written rule gave it (rather than the example-based model). */
interface Routed {
  result: RouteResult;
  byRule: boolean;
}

/**
 * Hand-written keyword rules first (precise, and they name an intent such as 住民票), then the
 * example-based model for everything the rules do not cover: other languages, paraphrases, typos.
 */
export class CombinedRouter implements Router {
  constructor(
    private readonly rules: Router,
    private readonly model: Router,
  ) {}

  /**
   * Romaji with its long vowels marked (Byōin wa doko desu ka) is read as the word lists spell it
   * (byouin), with ō as ou and, should that find nothing, as oo.
   */
  route(text: string, locale: Locale): RouteResult {
    const [first, ...others] = romajiSpellings(text);
    let result = this.routeSpelling(first!, locale);
    for (const other of others) if (result.topic === 'fallback') result = this.routeSpelling(other, locale);
    return result;
  }

  private routeSpelling(text: string, locale: Locale): RouteResult {
    const words = text.replace(ADDRESSES, ' ');
    // A web address sent alone: a link the resident received and wonders about (a fake
    // delivery notice, a bank 'security check'): the advice about links, not "I did not understand".
    const links = text.match(WEB_ADDRESSES) ?? [];
    if (links.length > 0 && !/[\p{L}\p{N}]/u.test(words) && !links.every(isPublicAddress))
      return {
        topic: 'consumer',
        intent: 'link',
        confidence: SURE_ROUTE_CONFIDENCE,
        matched: ['(a web address alone)'],
      };
    const head = this.routeOnce(words, locale);
    if (words.length <= MAX_ROUTED_CHARS) return head.result;
    // A long message: the routers read a bounded start, so its end is read too. A resident often
    // tells the story first and asks last, and a story can look like another service (a life
    // described before "should I go to the ATM?" read as job hunting). A part that found nothing
    // loses; then the part whose service a rule names; then the surer one; then the one that asks
    // a question; then the end.
    const start = words.slice(0, MAX_ROUTED_CHARS);
    const end = words.slice(-MAX_ROUTED_CHARS);
    const tail = this.routeOnce(end, locale);
    if (tail.result.topic === 'fallback') return head.result;
    if (head.result.topic === 'fallback') return tail.result;
    const [chosen, other] = this.choose(head, tail, start, end);
    // The part not chosen may be a second problem: offered after the first, as in a short message.
    const second = other.result;
    if (chosen.result.also || !other.byRule || second.confidence < SURE_ROUTE_CONFIDENCE)
      return chosen.result;
    if (
      second.topic === chosen.result.topic ||
      !isMenuTopic(second.topic) ||
      !isMenuTopic(chosen.result.topic)
    )
      return chosen.result;
    return {
      ...chosen.result,
      also: { topic: second.topic, ...(second.intent ? { intent: second.intent } : {}) },
    };
  }

  /** [the part that answers, the other]: see route. */
  private choose(head: Routed, tail: Routed, start: string, end: string): [Routed, Routed] {
    if (head.byRule !== tail.byRule) return head.byRule ? [head, tail] : [tail, head];
    if (tail.result.confidence !== head.result.confidence)
      return tail.result.confidence > head.result.confidence ? [tail, head] : [head, tail];
    return ASKS.test(start) && !ASKS.test(end) ? [head, tail] : [tail, head];
  }

  private routeOnce(text: string, locale: Locale): Routed {
    const byRule = this.rules.route(text, locale);
    if (byRule.topic !== 'fallback') return { result: { ...byRule, byRule: true }, byRule: true };
    return { result: this.model.route(text, locale), byRule: false };
  }
}
