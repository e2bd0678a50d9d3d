import { createHash } from 'node:crypto';
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

type Utterances = Partial<Record<Locale, Partial<Record<RoutedTopic, string[]>>>>;

/**
 * Everything the router derives from the examples, in flat arrays: built at start-up, or read
 * from the file `npm run build` writes beside the bundle (see `encodeModel`), which saves the
 * bundle about 0.3 s of its start.
 */
export interface RetrievalModel {
  /** Of the example files it was built from (`utterancesHash`); a model for other files is ignored. */
  hash: string;
  docs: Doc[];
  /** Term id → term. */
  vocabulary: string[];
  idf: Float64Array;
  /** Term id → the documents that have it and the weight there (CSR). */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float32Array;
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
  private readonly docs: Doc[];
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: Float64Array;
  private readonly tf: Int32Array;
  private readonly postingStart: Int32Array;
  private readonly postingDoc: Int32Array;
  private readonly postingWeight: Float32Array;
  /** Scratch for one query: a score per document, and which ones were touched. */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;
  private readonly options: RetrievalOptions;
  /** Read from a model file, or built from the examples (the start-up log says which). */
  readonly source: 'model file' | 'examples';

  constructor(source: Utterances | RetrievalModel, options: Partial<RetrievalOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.source = isModel(source) ? 'model file' : 'examples';
    const model = isModel(source) ? source : buildModel(source);
    model.vocabulary.forEach((term, id) => this.vocabulary.set(term, id));
    ({
      docs: this.docs,
      idf: this.idf,
      postingStart: this.postingStart,
      postingDoc: this.postingDoc,
      postingWeight: this.postingWeight,
    } = model);
    this.tf = new Int32Array(this.idf.length);
    this.scratch = new Float64Array(this.docs.length);
    this.touched = new Int32Array(this.docs.length);
  }

  /**
   * The examples in `dir`, checked against their schema. With `modelFile` (the bundle passes the
   * one its build wrote), the model is read from there instead of built, if it was built from
   * these very files; otherwise, or if the file is missing or unreadable, it is built as usual.
   */
  static load(
    dir: string = UTTERANCES_DIR,
    options: Partial<RetrievalOptions> = {},
    modelFile?: string,
  ): RetrievalRouter {
    const files = utteranceFiles(dir);
    if (modelFile && existsSync(modelFile)) {
      try {
        const model = decodeModel(readFileSync(modelFile));
        if (model.hash === utterancesHash(files)) return new RetrievalRouter(model, options);
      } catch {
        /* an unreadable model is rebuilt below, as a stale one is */
      }
    }
    return new RetrievalRouter(parsed(files), options);
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
    return weigh(ids, this.idf, this.tf);
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

/** Sublinear TF × IDF, L2-normalised. `tf` is term-indexed scratch, left all zero again. */
function weigh(termIds: readonly number[], idf: ArrayLike<number>, tf: Int32Array): Sparse {
  const unique: number[] = [];
  for (const id of termIds) if (tf[id]!++ === 0) unique.push(id);
  const weights = new Float64Array(unique.length);
  let norm = 0;
  unique.forEach((id, k) => {
    const w = (1 + Math.log(tf[id]!)) * idf[id]!;
    tf[id] = 0;
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids: Int32Array.from(unique), weights };
}

function isModel(source: Utterances | RetrievalModel): source is RetrievalModel {
  return Array.isArray((source as RetrievalModel).vocabulary);
}

/** The example files of `dir`, by name, as read. */
function utteranceFiles(dir: string): Array<{ locale: Locale; json: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const locale = file.replace(/\.json$/, '');
      if (!isLocale(locale)) throw new Error(`utterances/${file}: not a locale`);
      return { locale, json: readFileSync(path.join(dir, file), 'utf8') };
    });
}

/** The examples of each file, checked against the schema. */
function parsed(files: ReadonlyArray<{ locale: Locale; json: string }>): Utterances {
  const utterances: Utterances = {};
  for (const { locale, json } of files) utterances[locale] = utteranceFileSchema.parse(JSON.parse(json));
  return utterances;
}

/** Bumped whenever features, folding or weighting change: a model of another version is rebuilt. */
const MODEL_VERSION = 1;

function utterancesHash(files: ReadonlyArray<{ locale: Locale; json: string }>): string {
  const hash = createHash('sha256').update(`retrieval-model ${MODEL_VERSION}\n`);
  for (const { locale, json } of files) hash.update(`${locale}\n${json.length}\n${json}`);
  return hash.digest('hex');
}

/** The model of the examples, as the router used to build it in its constructor. */
export function buildModel(utterances: Utterances, hash = ''): RetrievalModel {
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
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const lastDoc: number[] = [];
  const ids = raw.map((r, index) =>
    r.terms.map((term) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(term, id);
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
  const idf = Float64Array.from(df, (count) => Math.log((1 + raw.length) / (1 + count)) + 1);
  const tf = new Int32Array(idf.length);
  // Postings as CSR: count per term, prefix sums, then fill. Built with flat arrays, not a Map
  // per example — this runs on every start-up and thousands of Maps cost most of it in GC.
  const vectors = ids.map((termIds) => weigh(termIds, idf, tf));
  const postingStart = new Int32Array(idf.length + 1);
  for (const v of vectors) for (const id of v.ids) postingStart[id + 1]! += 1;
  for (let i = 1; i < postingStart.length; i++) postingStart[i]! += postingStart[i - 1]!;
  const total = postingStart[postingStart.length - 1]!;
  const postingDoc = new Int32Array(total);
  const postingWeight = new Float32Array(total);
  const fill = postingStart.slice(0, -1);
  vectors.forEach((v, index) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]!]!++;
      postingDoc[at] = index;
      postingWeight[at] = v.weights[k]!;
    }
  });
  return {
    hash,
    docs: raw.map(({ topic, locale, text }) => ({ topic, locale, text })),
    vocabulary: [...vocabulary.keys()],
    idf,
    postingStart,
    postingDoc,
    postingWeight,
  };
}

/** The model of the example files in `dir`, with their hash: what `npm run build` writes. */
export function modelOf(dir: string = UTTERANCES_DIR): RetrievalModel {
  const files = utteranceFiles(dir);
  return buildModel(parsed(files), utterancesHash(files));
}

const MAGIC = 'YMRM';

/**
 * The model as bytes: MAGIC, the header's length (uint32 LE), the header as JSON (hash, documents,
 * vocabulary, array lengths), then the four arrays' bytes, each at a multiple of 8.
 */
export function encodeModel(model: RetrievalModel): Buffer {
  const arrays = [model.idf, model.postingStart, model.postingDoc, model.postingWeight];
  const header = Buffer.from(
    JSON.stringify({
      hash: model.hash,
      docs: model.docs.map((d) => [d.topic, d.locale, d.text]),
      vocabulary: model.vocabulary,
      lengths: arrays.map((a) => a.length),
    }),
  );
  const parts: Buffer[] = [Buffer.from(MAGIC), Buffer.alloc(4), header];
  parts[1]!.writeUInt32LE(header.length);
  let size = 8 + header.length;
  for (const a of arrays) {
    const pad = (8 - (size % 8)) % 8;
    parts.push(Buffer.alloc(pad), Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    size += pad + a.byteLength;
  }
  return Buffer.concat(parts);
}

export function decodeModel(bytes: Buffer): RetrievalModel {
  if (bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a retrieval model');
  const headerLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {
    hash: string;
    docs: Array<[RoutedTopic, Locale, string]>;
    vocabulary: string[];
    lengths: [number, number, number, number];
  };
  let at = 8 + headerLength;
  // Copied out of the file's buffer: its offset need not be aligned for a typed-array view.
  const take = <T>(make: (buffer: ArrayBuffer) => T, length: number, width: number): T => {
    at += (8 - (at % 8)) % 8;
    if (at + length * width > bytes.length) throw new Error('truncated retrieval model');
    const copy = new Uint8Array(length * width);
    copy.set(bytes.subarray(at, at + length * width));
    at += length * width;
    return make(copy.buffer);
  };
  const [nIdf, nStart, nDoc, nWeight] = header.lengths;
  return {
    hash: header.hash,
    docs: header.docs.map(([topic, locale, text]) => ({ topic, locale, text })),
    vocabulary: header.vocabulary,
    idf: take((b) => new Float64Array(b), nIdf, 8),
    postingStart: take((b) => new Int32Array(b), nStart, 4),
    postingDoc: take((b) => new Int32Array(b), nDoc, 4),
    postingWeight: take((b) => new Float32Array(b), nWeight, 4),
  };
}
