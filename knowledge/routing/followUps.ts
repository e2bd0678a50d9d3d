import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compilePattern, PatternIndex, prepareText } from './patterns';
import type { QuestionWords } from './questionWords';

/**
 * Words that make a short message a question about the answer just given ("how much?", "and on
 * Sunday?", 郵送でもいける？, bao nhiêu tiền?): it names no service, so the router alone would
 * guess one or give up. Matched as the keyword rules are (patterns.ts); one list for all languages.
 */
const followUpsSchema = z.object({ _doc: z.string().optional(), words: z.array(z.string().min(1)) }).strict();

export const DEFAULT_FOLLOW_UPS_FILE = path.join(__dirname, 'followUps.json');

/** Longer than this, a message tells its own story and is routed on its own. */
export const FOLLOW_UP_MAX_CHARS = 40;

export class FollowUps {
  private readonly index: PatternIndex;

  /**
   * `details`: the words of a question about an answer's details (the fee, the weekend, where,
   * which number…), which the topic dialogs answer: a short message with one of them is a
   * follow-up too (土曜日もできますか, 要多少錢？), with no second list to keep in step.
   */
  constructor(
    words: readonly string[],
    private readonly details?: QuestionWords,
  ) {
    this.index = new PatternIndex(words.map(compilePattern));
  }

  static load(file: string = DEFAULT_FOLLOW_UPS_FILE, details?: QuestionWords): FollowUps {
    return new FollowUps(followUpsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).words, details);
  }

  /** Whether a short message asks about what was just answered. */
  asks(text: string): boolean {
    if ([...text.trim()].length > FOLLOW_UP_MAX_CHARS) return false;
    if (this.index.first(prepareText(text)) !== undefined) return true;
    return this.details?.asksDetails(text) === true;
  }
}
