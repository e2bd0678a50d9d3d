import type { Locale, TopicId } from '../types';

/** Where a free-text message should go, and why (the matched rules), for logs and tests. */
export interface RouteResult {
  topic: TopicId;
  /** A finer goal inside the topic when the text names one (e.g. certificate → juminhyo). */
  intent?: string;
  /** 0–1. Below the router's threshold the topic is `fallback`. */
  confidence: number;
  matched: string[];
}

/** The seam the multilingual issue replaces: keyword rules now, a trained model later. */
export interface Router {
  route(text: string, locale: Locale): RouteResult;
}
