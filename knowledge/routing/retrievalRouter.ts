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
  vector: Map<number, number>;
}

/** Folds case, width, accents and punctuation; keeps letters, digits and spaces. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
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
  const padded = [...` ${folded} `];
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const gram = padded.slice(i, i + n).join('');
      if (gram.trim().length > 0) out.push(gram);
    }
  }
  return out;
}

export class RetrievalRouter implements Router {
  private readonly docs: Doc[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly postings = new Map<number, Array<[number, number]>>();
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
    const df = new Map<string, number>();
    for (const r of raw) for (const t of new Set(r.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [term, count] of df) {
      this.vocabulary.set(term, this.idf.length);
      this.idf.push(Math.log((1 + raw.length) / (1 + count)) + 1);
    }
    raw.forEach((r, index) => {
      const vector = this.vectorOf(r.terms);
      this.docs.push({ topic: r.topic, locale: r.locale, text: r.text, vector });
      for (const [term, weight] of vector) {
        const list = this.postings.get(term) ?? [];
        list.push([index, weight]);
        this.postings.set(term, list);
      }
    });
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
  private vectorOf(terms: string[]): Map<number, number> {
    const tf = new Map<number, number>();
    for (const t of terms) {
      const id = this.vocabulary.get(t);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    let norm = 0;
    const vector = new Map<number, number>();
    for (const [id, count] of tf) {
      const w = (1 + Math.log(count)) * this.idf[id]!;
      vector.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, w] of vector) vector.set(id, w / norm);
    return vector;
  }

  route(text: string, locale?: Locale): RouteResult {
    const query = this.vectorOf(features(text.slice(0, MAX_ROUTED_CHARS)));
    if (query.size === 0) return { topic: 'fallback', confidence: 0, matched: [] };
    const scores = new Map<number, number>();
    for (const [term, qw] of query) {
      for (const [doc, dw] of this.postings.get(term) ?? [])
        scores.set(doc, (scores.get(doc) ?? 0) + qw * dw);
    }
    // Each topic scores by its two nearest examples: one lucky example is not enough.
    const byTopic = new Map<RoutedTopic, Array<{ score: number; doc: Doc }>>();
    for (const [index, raw] of scores) {
      const doc = this.docs[index]!;
      const related =
        !locale || doc.locale === locale || (locale.startsWith('ja') && doc.locale.startsWith('ja'));
      const score = raw * (related ? 1 : this.options.otherLocaleWeight);
      const list = byTopic.get(doc.topic) ?? [];
      list.push({ score, doc });
      byTopic.set(doc.topic, list);
    }
    let best: { topic: RoutedTopic; score: number; examples: Doc[] } | null = null;
    for (const [topic, list] of byTopic) {
      list.sort((a, b) => b.score - a.score);
      const top = list.slice(0, 2);
      const score = top.length === 1 ? top[0]!.score * 0.8 : (top[0]!.score * 2 + top[1]!.score) / 3;
      if (!best || score > best.score) best = { topic, score, examples: top.map((t) => t.doc) };
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
