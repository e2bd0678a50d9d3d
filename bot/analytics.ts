import type { Locale, TopicId } from '../knowledge/types';

/**
 * Counts only: which topics residents ask about, how answers are rated, which questions went
 * unanswered (scrubbed). No conversation is stored. The scale-out issue backs this with Redis.
 */
export interface Counters {
  topic(topic: TopicId, locale: Locale, channel: string): void;
  feedback(topic: TopicId, helpful: boolean): void;
  unanswered(locale: Locale, scrubbedText: string): void;
  snapshot(): CountersSnapshot;
}

export interface CountersSnapshot {
  topics: Record<string, number>;
  feedback: Record<string, { helpful: number; notHelpful: number }>;
  unanswered: Record<string, Record<string, number>>;
}

/** The unanswered list keeps this many distinct questions per locale: a bounded memory. */
const MAX_UNANSWERED_PER_LOCALE = 500;

export class MemoryCounters implements Counters {
  private readonly topics = new Map<string, number>();
  private readonly ratings = new Map<string, { helpful: number; notHelpful: number }>();
  private readonly unansweredByLocale = new Map<string, Map<string, number>>();

  topic(topic: TopicId, locale: Locale, channel: string): void {
    const key = `${topic}|${locale}|${channel}`;
    this.topics.set(key, (this.topics.get(key) ?? 0) + 1);
  }

  feedback(topic: TopicId, helpful: boolean): void {
    const entry = this.ratings.get(topic) ?? { helpful: 0, notHelpful: 0 };
    if (helpful) entry.helpful += 1;
    else entry.notHelpful += 1;
    this.ratings.set(topic, entry);
  }

  unanswered(locale: Locale, scrubbedText: string): void {
    const byText = this.unansweredByLocale.get(locale) ?? new Map<string, number>();
    const text = scrubbedText.slice(0, 200);
    if (byText.has(text) || byText.size < MAX_UNANSWERED_PER_LOCALE)
      byText.set(text, (byText.get(text) ?? 0) + 1);
    this.unansweredByLocale.set(locale, byText);
  }

  snapshot(): CountersSnapshot {
    return {
      topics: Object.fromEntries(this.topics),
      feedback: Object.fromEntries([...this.ratings].map(([k, v]) => [k, { ...v }])),
      unanswered: Object.fromEntries(
        [...this.unansweredByLocale].map(([k, v]) => [k, Object.fromEntries(v)]),
      ),
    };
  }
}
