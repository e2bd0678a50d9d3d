import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale, TopicId } from '../types';
import { ALL_LOCALES, MENU_TOPICS, TOPIC_IDS } from '../types';
import type { KanaForms } from './kanaForms';
import { DEFAULT_KANA_FORMS_FILE, loadKanaForms } from './kanaForms';
import { fold, MAX_ROUTED_CHARS } from './normalize';
import type { CompiledPattern } from './patterns';
import { compilePattern, PatternIndex, prepareText } from './patterns';
import type { RouteResult, Router } from './router';

/**
 * The locales a rule may list keywords for, in the order they are tried: every locale but easy
 * Japanese, whose words are the Japanese list's (kana forms included there).
 */
export const KEYWORD_LOCALES = ALL_LOCALES.filter((l): l is Exclude<Locale, 'ja-easy'> => l !== 'ja-easy');
type KeywordLocale = (typeof KEYWORD_LOCALES)[number];

const keywordList = z.array(z.string().min(1)).default([]);

/**
 * A rule's keywords are listed per language for whoever edits them, but matched whatever the
 * message's locale (as the Japanese and English lists always were): a resident writes in the
 * language they please, and the language hint may be wrong. So every pattern meets messages in all
 * 13 languages, and must not be a short word that means something else in another of them.
 */
const keywordFileSchema = z
  .object({
    threshold: z.number().positive(),
    /**
     * Word lists several rules share, by name: "@weekend" among a rule's `with` or `except` words
     * stands for the list `weekend`, so the rules that need a weekend word stay in step.
     */
    lists: z.record(z.string(), keywordList).default({}),
    rules: z.array(
      z
        .object({
          topic: z.enum(TOPIC_IDS),
          intent: z.string().optional(),
          weight: z.number().positive().default(1),
          /**
           * Words that make the rule not count, in any language: "番号を忘れ" is a forgotten PIN,
           * but not in "電話番号を忘れ" (a phone number) or "郵便番号を忘れ" (a postal code).
           */
          except: keywordList,
          /**
           * Words one of which must also be in the text, in any language: the rule's own words say
           * what happened, these what it happened to ("stolen" counts for a stolen bicycle only
           * with 自転車, bike, xe đạp… somewhere in the message, wherever the words fall).
           */
          with: keywordList,
          ...(Object.fromEntries(KEYWORD_LOCALES.map((l) => [l, keywordList])) as Record<
            KeywordLocale,
            typeof keywordList
          >),
        })
        .strict(),
    ),
  })
  .strict();
export type KeywordFile = z.infer<typeof keywordFileSchema>;

/** The file with every "@name" of the rules' `with` and `except` words replaced by that list. */
export function resolveLists(data: KeywordFile): KeywordFile {
  const parsed = keywordFileSchema.parse(data);
  const resolve = (words: readonly string[]): string[] =>
    words.flatMap((word) => {
      if (!word.startsWith('@')) return [word];
      const list = parsed.lists[word.slice(1)];
      if (!list) throw new Error(`keywords: no list "${word.slice(1)}" for "${word}"`);
      return list;
    });
  return {
    ...parsed,
    lists: {},
    rules: parsed.rules.map((r) => ({ ...r, with: resolve(r.with), except: resolve(r.except) })),
  };
}

/** keywords.json, its shared lists resolved (resolveLists): what the router and the tools read. */
export function readKeywords(file: string = DEFAULT_KEYWORDS_FILE): KeywordFile {
  return resolveLists(JSON.parse(readFileSync(file, 'utf8')) as KeywordFile);
}

interface CompiledRule {
  topic: TopicId;
  intent?: string;
  weight: number;
}

/**
 * On a tie, a scam or a crime comes before a procedure: "a refund call came; when is the ward
 * office open?" is first a scam in progress, and the ward office is offered after it.
 */
const URGENT: ReadonlySet<TopicId> = new Set(['consumer', 'victim']);
/**
 * Services that answer the same problem from two sides: a stolen bicycle is a crime (victim
 * support) and a matter of town safety. One offered after the other is the same problem again.
 */
const RELATED: ReadonlyMap<TopicId, ReadonlySet<TopicId>> = new Map([
  ['victim', new Set<TopicId>(['safety'])],
  ['safety', new Set<TopicId>(['victim'])],
]);
/** Services a second problem in the same message can name: those the menu offers. */
const ALSO_TOPICS: ReadonlySet<TopicId> = new Set(MENU_TOPICS);
/** A rule of weight 3 names its service in the resident's own words (SURE_ROUTE_CONFIDENCE × 4). */
const ALSO_MIN_SCORE = 3;

export const DEFAULT_KEYWORDS_FILE = path.join(__dirname, 'keywords.json');

/**
 * Keyword rules with weights: each rule that matches adds its weight to its topic once; the best
 * topic wins if it reaches the threshold. Every decision lists the patterns behind it.
 */
export class KeywordRouter implements Router {
  private readonly rules: CompiledRule[];
  private readonly threshold: number;
  /** Every rule's patterns in one index, rule after rule, each rule's in its own order. */
  private readonly index: PatternIndex;
  private readonly patterns: CompiledPattern[] = [];
  /** For each pattern of the index, its rule. */
  private readonly ruleOf: number[] = [];
  /** Every rule's `except` words in one index, and for each, its rule. */
  private readonly exceptIndex: PatternIndex;
  private readonly exceptRuleOf: number[] = [];
  /** Every rule's `with` words in one index, and for each, its rule; which rules have any. */
  private readonly withIndex: PatternIndex;
  private readonly withRuleOf: number[] = [];
  private readonly needsWith: ReadonlySet<number>;

  /** `kanaForms`: the reading of Japanese words with kanji (kanaForms.ts), matched as well. */
  constructor(data: KeywordFile, kanaForms: KanaForms = {}) {
    const parsed = resolveLists(data);
    this.threshold = parsed.threshold;
    const exceptions: CompiledPattern[] = [];
    const withs: CompiledPattern[] = [];
    const withKana = (words: readonly string[]): string[] => {
      const out = [...words];
      const seen = new Set(words.map(fold));
      for (const word of words) {
        const kana = Object.prototype.hasOwnProperty.call(kanaForms, word) ? kanaForms[word] : undefined;
        if (kana && !seen.has(kana)) {
          seen.add(kana);
          out.push(kana);
        }
      }
      return out;
    };
    this.rules = parsed.rules.map((r, n) => {
      const words = KEYWORD_LOCALES.flatMap((l) => (l === 'ja' ? withKana(r.ja) : r[l]));
      for (const pattern of words.map(compilePattern)) {
        this.patterns.push(pattern);
        this.ruleOf.push(n);
      }
      for (const pattern of withKana(r.except).map(compilePattern)) {
        exceptions.push(pattern);
        this.exceptRuleOf.push(n);
      }
      for (const pattern of withKana(r.with).map(compilePattern)) {
        withs.push(pattern);
        this.withRuleOf.push(n);
      }
      return { topic: r.topic, ...(r.intent ? { intent: r.intent } : {}), weight: r.weight };
    });
    this.index = new PatternIndex(this.patterns);
    this.exceptIndex = new PatternIndex(exceptions);
    this.withIndex = new PatternIndex(withs);
    this.needsWith = new Set(this.withRuleOf);
  }

  static load(
    file: string = DEFAULT_KEYWORDS_FILE,
    kanaFile: string = DEFAULT_KANA_FORMS_FILE,
  ): KeywordRouter {
    // Raw: the constructor resolves the lists, and parses the file once.
    return new KeywordRouter(JSON.parse(readFileSync(file, 'utf8')) as KeywordFile, loadKanaForms(kanaFile));
  }

  route(text: string, _locale: Locale): RouteResult {
    const prepared = prepareText(text.slice(0, MAX_ROUTED_CHARS));
    const scores = new Map<
      TopicId,
      { score: number; intent?: string; intentWeight: number; matched: string[] }
    >();
    // Each rule's first pattern that matches: the lowest order among its matches.
    const firstHit = new Map<number, number>();
    // Where every match lies, to tell a second problem from the same words read twice.
    const hits: Hit[] = [];
    this.index.scan(prepared, (order, at, inWords) => {
      const rule = this.ruleOf[order]!;
      if (order < (firstHit.get(rule) ?? Infinity)) firstHit.set(rule, order);
      hits.push({ rule, inWords, start: at, end: at + this.patterns[order]!.folded.length });
    });
    // A rule whose exception words are in the text does not count at all.
    this.exceptIndex.scan(prepared, (order) => firstHit.delete(this.exceptRuleOf[order]!));
    // Nor does a rule whose `with` words are all missing.
    if (this.needsWith.size > 0) {
      const withFound = new Set<number>();
      this.withIndex.scan(prepared, (order) => withFound.add(this.withRuleOf[order]!));
      for (const rule of this.needsWith) if (!withFound.has(rule)) firstHit.delete(rule);
    }
    // The rules found, in the rules' order (as walking all of them, thousands, for every message).
    for (const n of [...firstHit.keys()].sort((a, b) => a - b)) {
      const rule = this.rules[n]!;
      const hit = this.patterns[firstHit.get(n)!]!;
      const entry = scores.get(rule.topic) ?? { score: 0, intentWeight: 0, matched: [] };
      tally(entry, rule);
      entry.matched.push(hit.source);
      scores.set(rule.topic, entry);
    }
    let best: [TopicId, { score: number; intent?: string; matched: string[] }] | undefined;
    for (const entry of scores) {
      if (!best || entry[1].score > best[1].score) best = entry;
      else if (entry[1].score === best[1].score && URGENT.has(entry[0]) && !URGENT.has(best[0])) best = entry;
    }
    if (!best || best[1].score < this.threshold) return { topic: 'fallback', confidence: 0, matched: [] };
    const [topic, { score, intent, matched }] = best;
    const also = ALSO_TOPICS.has(topic) && scores.size > 1 ? this.also(topic, firstHit, hits) : undefined;
    return {
      topic,
      ...(intent ? { intent } : {}),
      confidence: Math.min(1, score / 4),
      matched,
      ...(also ? { also } : {}),
    };
  }

  /**
   * The runner-up service, when rules as sure as a service's own words (weight 3 or more) name it
   * in words of the text that the chosen topic did not use: "my language school contract" is one
   * problem (a contract) read twice, not a contract and a question about languages.
   */
  private also(
    topic: TopicId,
    counted: ReadonlyMap<number, number>,
    hits: readonly Hit[],
  ): RouteResult['also'] {
    const taken = hits.filter((h) => counted.has(h.rule) && this.rules[h.rule]!.topic === topic);
    const overlaps = (h: Hit) =>
      taken.some((t) => t.inWords === h.inWords && t.start < h.end && h.start < t.end);
    const own = new Map<TopicId, Tally>();
    for (const n of counted.keys()) {
      const rule = this.rules[n]!;
      if (rule.topic === topic || !ALSO_TOPICS.has(rule.topic) || RELATED.get(topic)?.has(rule.topic))
        continue;
      if (!hits.some((h) => h.rule === n && !overlaps(h))) continue;
      const entry = own.get(rule.topic) ?? { score: 0, intentWeight: 0 };
      tally(entry, rule);
      own.set(rule.topic, entry);
    }
    let best: [TopicId, { score: number; intent?: string }] | undefined;
    // The surest; on a tie, the one the menu lists first (the four services before the rest).
    for (const topicId of MENU_TOPICS) {
      const entry = own.get(topicId);
      if (entry && entry.score >= ALSO_MIN_SCORE && (!best || entry.score > best[1].score))
        best = [topicId, entry];
    }
    return best ? { topic: best[0], ...(best[1].intent ? { intent: best[1].intent } : {}) } : undefined;
  }
}

/** A topic's score so far: a matching rule adds its weight, and the weightiest rule's intent wins. */
interface Tally {
  score: number;
  intent?: string;
  intentWeight: number;
}

function tally(entry: Tally, rule: CompiledRule): void {
  entry.score += rule.weight;
  if (rule.intent && rule.weight > entry.intentWeight) {
    entry.intent = rule.intent;
    entry.intentWeight = rule.weight;
  }
}

/** A pattern matched at [start, end) of the folded text, or of the word text (`inWords`). */
interface Hit {
  rule: number;
  inWords: boolean;
  start: number;
  end: number;
}
