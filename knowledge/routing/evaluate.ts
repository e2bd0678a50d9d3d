import type { EmergencyDetector } from './emergency';
import { detectLocale } from './language';
import type { Router } from './router';
import type { Locale, TopicId } from '../types';

export interface LabelledQuestion {
  text: string;
  topic: TopicId;
}

export interface Evaluation {
  total: number;
  /** Non-emergency questions routed to the right topic (fallback included). */
  accuracy: number;
  /** Emergencies the detector caught. */
  emergencyRecall: number;
  /** Non-emergency questions the detector wrongly flagged. */
  falseAlarmRate: number;
  /** Out-of-scope questions that got the friendly fallback. */
  fallbackRecall: number;
  /** Fallback answers that were given to out-of-scope questions (not to a question we could answer). */
  fallbackPrecision: number;
  misses: Array<{ text: string; expected: TopicId; got: TopicId }>;
}

/**
 * The same order as the bot: the emergency detector sees every message first, the router the rest.
 * `locale` is the hint the channel or the resident gave; `{ detect }` evaluates without one, with
 * the language detected from each message as the bot would (ja-easy when it cannot tell).
 */
export function evaluate(
  questions: LabelledQuestion[],
  router: Router,
  detector: EmergencyDetector,
  locale: Locale | { detect: readonly Locale[] },
): Evaluation {
  const localeOf = (text: string): Locale =>
    typeof locale === 'string' ? locale : (detectLocale(text, locale.detect) ?? 'ja-easy');
  let fallbackAsked = 0;
  let fallbackGiven = 0;
  let fallbackRight = 0;
  let correct = 0;
  let emergencies = 0;
  let caught = 0;
  let falseAlarms = 0;
  const misses: Evaluation['misses'] = [];
  for (const q of questions) {
    const alarm = detector.detect(q.text) !== null;
    const got: TopicId = alarm ? 'emergency' : router.route(q.text, localeOf(q.text)).topic;
    if (q.topic === 'fallback') fallbackAsked += 1;
    if (got === 'fallback') fallbackGiven += 1;
    if (got === 'fallback' && q.topic === 'fallback') fallbackRight += 1;
    if (q.topic === 'emergency') {
      emergencies += 1;
      if (alarm) caught += 1;
    } else if (alarm) {
      falseAlarms += 1;
    }
    if (got === q.topic) correct += 1;
    else misses.push({ text: q.text, expected: q.topic, got });
  }
  const others = questions.length - emergencies;
  return {
    total: questions.length,
    accuracy: questions.length ? correct / questions.length : 0,
    emergencyRecall: emergencies ? caught / emergencies : 1,
    falseAlarmRate: others ? falseAlarms / others : 0,
    fallbackRecall: fallbackAsked ? fallbackRight / fallbackAsked : 1,
    fallbackPrecision: fallbackGiven ? fallbackRight / fallbackGiven : 1,
    misses,
  };
}
