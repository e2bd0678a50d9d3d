import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { foldWords } from './normalize';
import { compilePattern, PatternIndex, prepareText } from './patterns';
import type { QuestionWords } from './questionWords';

/**
 * Words that make a short message a question about the answer just given ("how much?", "and on
 * Sunday?", 郵送でもいける？, bao nhiêu tiền?): it names no service, so the router alone would
 * guess one or give up. Matched as the keyword rules are (patterns.ts); one list for all languages.
 */
const followUpsSchema = z
  .object({
    _doc: z.string().optional(),
    words: z.array(z.string().min(1)),
    times: z.array(z.string().min(1)).default([]),
    timeFillers: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** Longer than this, a message is more than a time ("last night", 3日前, hôm qua). */
const TIME_ONLY_MAX_CHARS = 30;

/**
 * Words as they are taken out of a message: Latin-script ones as whole words (" night "), the
 * others (Japanese, Korean, Thai…) wherever they are; longest first, so 昨日 goes before 日.
 */
const takeOut = (words: readonly string[]): Array<{ word: string; whole: boolean }> =>
  [...new Set(words.map((w) => foldWords(w).trim()))]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((word) => ({ word, whole: /^[\p{Script=Latin}\d ]+$/u.test(word) }));

function remove(text: string, word: { word: string; whole: boolean }): { text: string; found: boolean } {
  const needle = word.whole ? ` ${word.word} ` : word.word;
  let rest = text;
  // A whole word's spaces are shared with its neighbours: " night night " needs two passes.
  while (rest.includes(needle)) rest = rest.replaceAll(needle, ' ');
  return { text: rest, found: rest !== text };
}

export const DEFAULT_FOLLOW_UPS_FILE = path.join(__dirname, 'followUps.json');

/** Longer than this, a message tells its own story and is routed on its own. */
export const FOLLOW_UP_MAX_CHARS = 40;

export class FollowUps {
  private readonly index: PatternIndex;
  private readonly times: Array<{ word: string; whole: boolean }>;
  private readonly timeFillers: Array<{ word: string; whole: boolean }>;

  /**
   * `details`: the words of a question about an answer's details (the fee, the weekend, where,
   * which number…), which the topic dialogs answer: a short message with one of them is a
   * follow-up too (土曜日もできますか, 要多少錢？), with no second list to keep in step.
   */
  constructor(
    words: readonly string[],
    private readonly details?: QuestionWords,
    times: { times?: readonly string[]; fillers?: readonly string[] } = {},
  ) {
    this.index = new PatternIndex(words.map(compilePattern));
    this.times = takeOut(times.times ?? []);
    this.timeFillers = takeOut(times.fillers ?? []);
  }

  static load(file: string = DEFAULT_FOLLOW_UPS_FILE, details?: QuestionWords): FollowUps {
    const data = followUpsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new FollowUps(data.words, details, { times: data.times, fillers: data.timeFillers });
  }

  /**
   * Whether a message is only a time or a day (きのうのよる, "last night", 3日前, 어제 밤에, hôm qua):
   * at least one word of a time, and nothing else but digits and the little words around them.
   */
  onlyTime(text: string): boolean {
    if ([...text.trim()].length > TIME_ONLY_MAX_CHARS) return false;
    let rest = foldWords(text).replace(/\d+/gu, ' ');
    let found = false;
    for (const word of this.times) {
      const taken = remove(rest, word);
      rest = taken.text;
      found ||= taken.found;
    }
    if (!found) return false;
    for (const word of this.timeFillers) rest = remove(rest, word).text;
    return rest.trim().length === 0;
  }

  /** Whether a short message asks about what was just answered. */
  asks(text: string): boolean {
    if ([...text.trim()].length > FOLLOW_UP_MAX_CHARS) return false;
    if (this.index.first(prepareText(text)) !== undefined) return true;
    return this.details?.asksDetails(text) === true;
  }
}
