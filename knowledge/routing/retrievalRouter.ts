import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '../types';
import { isLocale } from '../types';
import { MAX_ROUTED_CHARS } from './normalize';
import type { RouteResult, Router } from './router';

export const UTTERANCES_DIR = path.join(__dirname, 'utterances');

const ROUTED_TOPICS = [
  'multicultural',
  'consumer',
  'victim',
  'certificate',
  'safety',
  'jobs',
  'handoff',
  'fallback',
] as const;
type RoutedTopic = (typeof ROUTED_TOPICS)[number];

const utteranceFileSchema = z.partialRecord(z.enum(ROUTED_TOPICS), z.array(z.string().min(1)));

/**
 * Free text in any of the thirteen languages → topic, by nearest examples: every example
 * utterance and the message become TF-IDF vectors of character n-grams (2–4, across word
 * boundaries marked by spaces) and whole words, so it needs no word segmenter for Japanese,
 * Chinese or Thai and forgives typos and missing accents. The best topic is the one whose closest
 * examples are most similar; the examples themselves are the explanation (`matched`).
 */
export interface RetrievalOptions {
  /** Below this similarity the answer is `fallback`. */
  threshold: number;
  /** Examples in the hinted locale count fully, others by this factor (mixed-language messages). */
  otherLocaleWeight: number;
}

const DEFAULTS: RetrievalOptions = { threshold: 0.2, otherLocaleWeight: 0.85 };

interface Doc {
  topic: RoutedTopic;
  locale: Locale;
  text: string;
}

/** A sparse vector: term ids and their weights, in the same order. */
interface Sparse {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Folds case, width, accents and punctuation, and katakana to hiragana; keeps letters, digits
 * and spaces. Katakana: on old phones residents type Japanese in half-width katakana
 * (ｱﾝｼｮｳﾊﾞﾝｺﾞｳﾓ ｷｶﾚﾀ), which the examples write in kanji or hiragana; コンビニ folds on both sides alike.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents only: Thai and Devanagari marks stay
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function features(text: string): string[] {
  const folded = foldForMatching(text);
  const out: string[] = [];
  for (const word of folded.split(' ')) if (word) out.push(`w:${word}`);
  const chars = [...` ${folded} `];
  // Grams grown one character at a time: the same 2-, 3- and 4-grams without an array per gram.
  for (let i = 0; i < chars.length; i++) {
    let gram = chars[i]!;
    for (let n = 2; n <= 4 && i + n <= chars.length; n++) {
      gram += chars[i + n - 1]!;
      if (gram.trim().length > 0) out.push(gram);
    }
  }
  return out;
}

export class RetrievalRouter implements Router {
  private readonly docs: Doc[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly tf: Int32Array;
  /** Term id → the documents that have it and the weight there, as flat typed arrays (CSR). */
  private readonly postingStart: Int32Array;
  private readonly postingDoc: Int32Array;
  private readonly postingWeight: Float32Array;
  /** Scratch for one query: a score per document, and which ones were touched. */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;
  private readonly options: RetrievalOptions;

  constructor(
    utterances: Partial<Record<Locale, Partial<Record<RoutedTopic, string[]>>>>,
    options: Partial<RetrievalOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const raw: Array<{ topic: RoutedTopic; locale: Locale; text: string; terms: string[] }> = [];
    for (const [locale, topics] of Object.entries(utterances) as Array<
      [Locale, Partial<Record<RoutedTopic, string[]>>]
    >) {
      for (const [topic, texts] of Object.entries(topics) as Array<[RoutedTopic, string[]]>) {
        for (const text of texts) raw.push({ topic, locale, text, terms: features(text) });
      }
    }
    // Term ids on first sight, document frequencies counted as we go (a term counts once per
    // document: `lastDoc` remembers where it was last seen). One map lookup per term occurrence.
    const df: number[] = [];
    const lastDoc: number[] = [];
    const ids = raw.map((r, index) =>
      r.terms.map((term) => {
        let id = this.vocabulary.get(term);
        if (id === undefined) {
          id = df.length;
          this.vocabulary.set(term, id);
          df.push(0);
          lastDoc.push(-1);
        }
        if (lastDoc[id] !== index) {
          lastDoc[id] = index;
          df[id]! += 1;
        }
        return id;
      }),
    );
    for (const count of df) this.idf.push(Math.log((1 + raw.length) / (1 + count)) + 1);
    this.tf = new Int32Array(this.idf.length);
    // Postings as CSR: count per term, prefix sums, then fill. Built with flat arrays, not a Map
    // per example — this runs on every start-up and thousands of Maps cost most of it in GC.
    const vectors = ids.map((termIds) => this.weigh(termIds));
    const counts = new Int32Array(this.idf.length + 1);
    for (const v of vectors) for (const id of v.ids) counts[id + 1]! += 1;
    for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
    this.postingStart = counts;
    const total = counts[counts.length - 1]!;
    this.postingDoc = new Int32Array(total);
    this.postingWeight = new Float32Array(total);
    const fill = counts.slice(0, -1);
    vectors.forEach((v, index) => {
      for (let k = 0; k < v.ids.length; k++) {
        const at = fill[v.ids[k]!]!++;
        this.postingDoc[at] = index;
        this.postingWeight[at] = v.weights[k]!;
      }
    });
    for (const r of raw) this.docs.push({ topic: r.topic, locale: r.locale, text: r.text });
    this.scratch = new Float64Array(this.docs.length);
    this.touched = new Int32Array(this.docs.length);
  }

  static load(dir: string = UTTERANCES_DIR, options: Partial<RetrievalOptions> = {}): RetrievalRouter {
    const utterances: Partial<Record<Locale, Partial<Record<RoutedTopic, string[]>>>> = {};
    if (existsSync(dir)) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const locale = file.replace(/\.json$/, '');
        if (!isLocale(locale)) throw new Error(`utterances/${file}: not a locale`);
        utterances[locale] = utteranceFileSchema.parse(
          JSON.parse(readFileSync(path.join(dir, file), 'utf8')),
        );
      }
    }
    return new RetrievalRouter(utterances, options);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Sublinear TF × IDF, L2-normalised; terms outside the vocabulary carry no weight. */
  private vectorOf(terms: string[]): Sparse {
    const ids: number[] = [];
    for (const t of terms) {
      const id = this.vocabulary.get(t);
      if (id !== undefined) ids.push(id);
    }
    return this.weigh(ids);
  }

  private weigh(termIds: readonly number[]): Sparse {
    // `tf` is a term-indexed scratch array, left all zero again before returning.
    const tf = this.tf;
    const unique: number[] = [];
    for (const id of termIds) if (tf[id]!++ === 0) unique.push(id);
    const weights = new Float64Array(unique.length);
    let norm = 0;
    unique.forEach((id, k) => {
      const w = (1 + Math.log(tf[id]!)) * this.idf[id]!;
      tf[id] = 0;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids: Int32Array.from(unique), weights };
  }

  route(text: string, locale?: Locale): RouteResult {
    const query = this.vectorOf(features(text.slice(0, MAX_ROUTED_CHARS)));
    if (query.ids.length === 0) return { topic: 'fallback', confidence: 0, matched: [] };
    const scores = this.scratch;
    let touched = 0;
    for (let q = 0; q < query.ids.length; q++) {
      const term = query.ids[q]!;
      const qw = query.weights[q]!;
      for (let p = this.postingStart[term]!; p < this.postingStart[term + 1]!; p++) {
        const doc = this.postingDoc[p]!;
        if (scores[doc] === 0) this.touched[touched++] = doc;
        scores[doc]! += qw * this.postingWeight[p]!;
      }
    }
    // Each topic scores by its two nearest examples: one lucky example is not enough.
    const nearest = new Map<RoutedTopic, [{ score: number; doc: Doc }, { score: number; doc: Doc } | null]>();
    for (let k = 0; k < touched; k++) {
      const index = this.touched[k]!;
      const doc = this.docs[index]!;
      const related =
        !locale || doc.locale === locale || (locale.startsWith('ja') && doc.locale.startsWith('ja'));
      const score = scores[index]! * (related ? 1 : this.options.otherLocaleWeight);
      scores[index] = 0; // ready for the next query
      const pair = nearest.get(doc.topic);
      if (!pair) nearest.set(doc.topic, [{ score, doc }, null]);
      else if (score > pair[0].score) nearest.set(doc.topic, [{ score, doc }, pair[0]]);
      else if (!pair[1] || score > pair[1].score) pair[1] = { score, doc };
    }
    let best: { topic: RoutedTopic; score: number; examples: Doc[] } | null = null;
    for (const [topic, [first, second]] of nearest) {
      const score = second ? (first.score * 2 + second.score) / 3 : first.score * 0.8;
      if (!best || score > best.score)
        best = { topic, score, examples: second ? [first.doc, second.doc] : [first.doc] };
    }
    if (!best || best.topic === 'fallback' || best.score < this.options.threshold) {
      return {
        topic: 'fallback',
        confidence: best?.score ?? 0,
        matched: best ? best.examples.map((d) => d.text) : [],
      };
    }
    return {
      topic: best.topic,
      confidence: Math.min(1, best.score),
      matched: best.examples.map((d) => d.text),
    };
  }
}
