import type { Locale, TopicId } from '../types';

/** Where a free-text message should go, and why (the matched rules), for logs and tests. */
export interface RouteResult {
  topic: TopicId;
  /** A finer goal inside the topic when the text names one (e.g. certificate → juminhyo). */
  intent?: string;
  /** 0–1. Below the router's threshold the topic is `fallback`. */
  confidence: number;
  matched: string[];
  /**
   * A second service the text names by a sure rule ("I want a 住民票, and a scam call came too"):
   * offered after the first is answered, so the second problem is not lost.
   */
  also?: { topic: TopicId; intent?: string };
  /**
   * A hand-written word rule gave this route: the message names its service in a rule's words
   * (証明書, "certificate"), where the example model may only guess from a question's shape.
   */
  byRule?: true;
}

/**
 * A route at least this sure names its service in the resident's own words: a word rule of weight
 * 3 or more (the keyword router's confidence is score / 4; most rules weigh 3 or 4) or a nearly
 * verbatim example. Below it the router guesses (it read 죽고 싶어요 as 일 하고 싶어요 at 0.52), and
 * the dialogs do not act on a guess where a wrong answer costs: after an alarm, or to leave the
 * topic a follow-up question belongs to.
 */
export const SURE_ROUTE_CONFIDENCE = 0.75;

/** The seam the multilingual issue replaces: keyword rules now, a trained model later. */
export interface Router {
  route(text: string, locale: Locale): RouteResult;
}
