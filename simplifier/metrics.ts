import { normalizeJapanese } from './normalize';
import { kanjiShare } from './readability';
import { splitSentences } from './sentences';
import type { Simplifier } from './simplify';
import { ENDS_POLITE } from './simplify';

/** One sentence of the official-style test corpus. */
export interface CorpusEntry {
  id: string;
  service: string;
  text: string;
}

/** What happened to one corpus sentence. */
export interface EntryMetrics {
  id: string;
  input: string;
  output: string;
  /**
   * The output's sentences. Bullet items and address lines (SentenceReport.lines) are not
   * sentences: they are left out of the sentence measures and counted in `lines`.
   */
  sentences: string[];
  lines: string[];
  /** Those of them that only explain an official term (住民票は、…紙です。). */
  explanations: string[];
  /** jReadability approximation of the input and of the output (higher is easier). */
  before: number;
  after: number;
  /** Output sentences that still use passive/honorific れる・られる. */
  passives: number;
  /** Honorific or humble forms still in the output. */
  honorifics: string[];
  /** Facts of the input (digits, URLs, e-mail addresses) missing from the output. */
  lost: string[];
}

/** The targets for the whole corpus. */
export interface CorpusMetrics {
  entries: number;
  outputSentences: number;
  meanChars: number;
  /** Share of output sentences longer than 50 characters. */
  over50: number;
  /**
   * The same two without the explanation sentences: they are short and many, so they pull the
   * means down; these show what the rewritten sentences themselves reached.
   */
  explanationSentences: number;
  /** Bullet items and address lines: shown on lines of their own, not counted as sentences. */
  listLines: number;
  meanCharsWithoutExplanations: number;
  over50WithoutExplanations: number;
  /** Share of output sentences that end in です/ます forms. */
  desuMasu: number;
  /** Share of output sentences that keep a passive. */
  passive: number;
  /** Honorific or humble forms left over the whole corpus. */
  honorifics: number;
  kanjiShare: number;
  /** Share of entries whose readability score rose. */
  readabilityRose: number;
  meanBefore: number;
  meanAfter: number;
  /** Share of input facts found in the output. */
  factsKept: number;
  factsTotal: number;
  perEntry: EntryMetrics[];
}

export const TARGETS = {
  meanChars: { max: 35 },
  over50: { max: 0.05 },
  desuMasu: { min: 0.9 },
  passive: { max: 0.02 },
  honorifics: { max: 0 },
  kanjiShare: { min: 0.1, max: 0.26 },
  readabilityRose: { min: 0.9 },
  meanAfter: { min: 4.5 },
  factsKept: { min: 1 },
} as const satisfies Partial<Record<keyof CorpusMetrics, { min?: number; max?: number }>>;

export type TargetName = keyof typeof TARGETS;

export function meetsTarget(metrics: CorpusMetrics, name: TargetName): boolean {
  const target: { min?: number; max?: number } = TARGETS[name];
  const value = metrics[name];
  return (
    (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max)
  );
}

/**
 * Keigo that easy Japanese avoids. Written independently of the rewrite rules, so a form the rules
 * miss is counted rather than hidden.
 */
const HONORIFIC =
  /おり(?:ます|ません|まし)|いたし(?:ます|まし|ません)|(?:で)?ござい(?:ます|まし)|申し上げ|いただ(?:き|け|く)|頂(?:き|け|く)|くださいませ|存じ|伺(?:い|う|え)|参り(?:ます|まし)|拝見|承(?:り|る)|お越し|ご覧|召し上が|なさ(?:い|る|れ)|[おご][一-龠々]+(?:に|と)?(?:なります|なれます|なって)|[おご][一-龠々]+[ぁ-ゖ]{0,2}(?:ください|のないよう)/gu;

/** Years of 令和/平成/昭和 as the Western years the engine may turn them into. */
function westernYears(text: string): string {
  const start: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
  return text.replace(
    /(令和|平成|昭和)(\d{1,2}|元)年/gu,
    (_m, era: string, y: string) => `${start[era]! + (y === '元' ? 1 : Number(y))}年`,
  );
}

/**
 * The facts a reader must find unchanged: URLs, e-mail addresses, and every run of digits (phone
 * numbers, amounts, dates, times, #codes). Found by plain patterns, not by the engine's own fact
 * protection, so a fact that protection overlooks still counts as lost.
 */
export function plainFacts(input: string): string[] {
  let text = westernYears(normalizeJapanese(input));
  const facts: string[] = [];
  const take = (pattern: RegExp): void => {
    text = text.replace(pattern, (m) => {
      facts.push(m);
      return ' ';
    });
  };
  take(/https?:\/\/[\w\-.~:/?#[\]@!$&'*+,;=%]+/gu);
  take(/[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gu); // local part ≤ 64 (RFC 5321): linear time
  take(/#?\d{2,5}-\d{1,4}-\d{3,4}|#\d{3,4}/gu); // phone numbers whole: a reader dials all of it
  take(/\d+(?:[,.:]\d+)*/gu);
  return facts;
}

function countPassives(simplifier: Simplifier, sentence: string): number {
  return simplifier.countPassives(sentence) > 0 ? 1 : 0;
}

export function measureEntry(simplifier: Simplifier, entry: CorpusEntry): EntryMetrics {
  const result = simplifier.simplify(entry.text);
  const lines = result.report.sentences.flatMap((s) => s.lines ?? []);
  const own = new Set(lines);
  const sentences = splitSentences(result.text).filter((s) => !own.has(s));
  return {
    id: entry.id,
    input: entry.text,
    output: result.text,
    sentences,
    lines,
    explanations: result.report.sentences.flatMap((s) => s.explanations ?? []),
    before: result.report.before.jReadability,
    after: result.report.after.jReadability,
    passives: sentences.reduce((n, s) => n + countPassives(simplifier, s), 0),
    honorifics: [...result.text.matchAll(HONORIFIC)].map((m) => m[0]),
    lost: plainFacts(entry.text).filter((f) => !result.text.includes(f)),
  };
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function measureCorpus(simplifier: Simplifier, entries: readonly CorpusEntry[]): CorpusMetrics {
  const perEntry = entries.map((e) => measureEntry(simplifier, e));
  const sentences = perEntry.flatMap((e) => e.sentences);
  const n = Math.max(1, sentences.length);
  const m = Math.max(1, perEntry.length);
  const length = (s: string): number => [...s].length;
  const factsTotal = entries.reduce((k, e) => k + plainFacts(e.text).length, 0);
  const lost = perEntry.reduce((k, e) => k + e.lost.length, 0);
  const main = perEntry.flatMap((e) => {
    const notes = [...e.explanations];
    return e.sentences.filter((s) => {
      const at = notes.indexOf(s);
      if (at >= 0) notes.splice(at, 1);
      return at < 0;
    });
  });
  const mainCount = Math.max(1, main.length);
  return {
    entries: perEntry.length,
    outputSentences: sentences.length,
    meanChars: round(sentences.reduce((k, s) => k + length(s), 0) / n, 1),
    over50: round(sentences.filter((s) => length(s) > 50).length / n),
    explanationSentences: sentences.length - main.length,
    listLines: perEntry.reduce((k, e) => k + e.lines.length, 0),
    meanCharsWithoutExplanations: round(main.reduce((c, s) => c + length(s), 0) / mainCount, 1),
    over50WithoutExplanations: round(main.filter((s) => length(s) > 50).length / mainCount),
    desuMasu: round(sentences.filter((s) => ENDS_POLITE.test(s)).length / n),
    passive: round(perEntry.reduce((k, e) => k + e.passives, 0) / n),
    honorifics: perEntry.reduce((k, e) => k + e.honorifics.length, 0),
    kanjiShare: round(kanjiShare(perEntry.map((e) => e.output).join(''))),
    readabilityRose: round(perEntry.filter((e) => e.after > e.before).length / m),
    meanBefore: round(perEntry.reduce((k, e) => k + e.before, 0) / m, 2),
    meanAfter: round(perEntry.reduce((k, e) => k + e.after, 0) / m, 2),
    factsKept: factsTotal ? round((factsTotal - lost) / factsTotal, 4) : 1,
    factsTotal,
    perEntry,
  };
}
