import path from 'node:path';
import { Worker } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from 'kuromoji';
import CharacterDefinition from 'kuromoji/src/dict/CharacterDefinition';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries';
import KuromojiTokenizerClass from 'kuromoji/src/Tokenizer';
import { LatticeBuilder } from './lattice';

export type Token = IpadicFeatures;

/** The simplifier's view of kuromoji: loaded once per process and shared. */
export interface Tokenizer {
  tokenize(text: string): Token[];
  /** Drops what it keeps from earlier texts to read later ones faster (see MemoTokenizer.clear). */
  forget?(): void;
}

export function defaultDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/**
 * Loads kuromoji's IPADIC, with a faster lattice builder that gives the same tokens (see
 * LatticeBuilder). Its own builder unzips twelve files with async zlib, whose chunks are
 * handed back to the main thread one by one: while the bot's modules load (seconds of synchronous
 * require), that takes 1–1.5 s. So the files are unzipped on a worker thread, which runs on
 * another core at the same time, and handed over without a copy; only building the structures
 * (about 0.25 s) stays here. Falls back to kuromoji's builder if a worker cannot run.
 */
export function loadTokenizer(dicPath: string = defaultDictionaryPath()): Promise<Tokenizer> {
  return unpackDictionary(dicPath).then(
    (files) => new CoveringTokenizer(LatticeBuilder.install(buildTokenizer(files))),
    // kuromoji's builder makes the same class as buildTokenizer, typed only by its public side.
    () =>
      loadRawKuromoji(dicPath).then(
        (raw) => new CoveringTokenizer(LatticeBuilder.install(raw as KuromojiTokenizerClass)),
      ),
  );
}

/** kuromoji as published, loaded by its own builder: the benchmarks' baseline. */
export function loadRawKuromoji(dicPath: string = defaultDictionaryPath()): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err: Error | null, tokenizer: KuromojiTokenizer<IpadicFeatures>) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  });
}

const DICTIONARY_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;
type DictionaryFile = (typeof DICTIONARY_FILES)[number];

// Plain CommonJS, evaluated by the worker: it must run the same under tsx, jest and compiled JS.
const UNPACK_WORKER = `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gunzipSync } = require('node:zlib');
const { parentPort, workerData } = require('node:worker_threads');
const files = {};
for (const name of workerData.names) {
  const b = gunzipSync(readFileSync(join(workerData.dir, name)));
  files[name] = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength
    ? b.buffer
    : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
parentPort.postMessage(files, Object.values(files));
`;

function unpackDictionary(dir: string): Promise<Record<DictionaryFile, ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(UNPACK_WORKER, { eval: true, workerData: { dir, names: DICTIONARY_FILES } });
    worker.once('message', (files: Record<DictionaryFile, ArrayBuffer>) => {
      resolve(files);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`dictionary worker exited with ${code}`)));
  });
}

/**
 * What kuromoji's DictionaryLoader does with the unzipped files, in the same order, except for the
 * two target maps (see targetMapView).
 */
function buildTokenizer(f: Record<DictionaryFile, ArrayBuffer>): KuromojiTokenizerClass {
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(f['base.dat.gz']), new Int32Array(f['check.dat.gz']));
  const known = dic.token_info_dictionary;
  known.loadDictionary(new Uint8Array(f['tid.dat.gz']));
  known.loadPosVector(new Uint8Array(f['tid_pos.dat.gz']));
  known.target_map = targetMapView(f['tid_map.dat.gz']);
  dic.loadConnectionCosts(new Int16Array(f['cc.dat.gz']));
  const unknown = dic.unknown_dictionary;
  unknown.loadDictionary(new Uint8Array(f['unk.dat.gz']));
  unknown.loadPosVector(new Uint8Array(f['unk_pos.dat.gz']));
  unknown.target_map = targetMapView(f['unk_map.dat.gz']);
  unknown.character_definition = CharacterDefinition.load(
    new Uint8Array(f['unk_char.dat.gz']),
    new Uint32Array(f['unk_compat.dat.gz']),
    new Uint8Array(f['unk_invoke.dat.gz']),
  );
  return new KuromojiTokenizerClass(dic);
}

/**
 * A target map (trie entry → offsets of its word records) read in place from its file, instead of
 * copied as kuromoji does into an object with 330,000 keys, each holding an array: that copy was
 * 0.4 s of the time to /readyz, on the main thread, plus its garbage. The file is
 * [count, then per entry: key, n, n offsets], little-endian int32, padded with zeros (entries of
 * no offsets, which kuromoji skips too). `map[key]` answers as kuromoji's object does: the
 * offsets, or undefined. Its readers (LatticeBuilder) ask once per trie entry met.
 */
export function targetMapView(file: ArrayBuffer): Record<number, readonly number[] | undefined> {
  // Int32Array reads the platform's byte order: little-endian on every machine Node runs us on.
  const data = new Int32Array(file, 0, file.byteLength >> 2);
  let keys = 0;
  for (let i = 1; i + 1 < data.length; i += 2 + data[i + 1]!) {
    // A damaged file (TOKENIZER_DICT names another folder) must fail clearly, not loop or exhaust memory.
    if (data[i]! < 0 || data[i + 1]! < 0)
      throw new Error(`kuromoji dictionary: malformed target map at ${i * 4}`);
    keys = Math.max(keys, data[i]! + 1);
  }
  // Per key: where its offsets start in `data` (its n is just before); 0: no entry.
  const at = new Int32Array(keys);
  for (let i = 1; i + 1 < data.length; i += 2 + data[i + 1]!) if (data[i + 1]! > 0) at[data[i]!] = i + 2;
  const offsets = (key: string | symbol): number[] | undefined => {
    if (typeof key !== 'string' || !/^\d+$/.test(key)) return undefined;
    const where = at[Number(key)];
    if (!where) return undefined;
    const n = data[where - 1]!;
    return Array.from(data.subarray(where, where + n));
  };
  return new Proxy(
    {},
    {
      get: (_target, key) => offsets(key),
      has: (_target, key) => offsets(key) !== undefined,
    },
  );
}

const ASTRAL = /[\u{10000}-\u{10ffff}]+/u;

/** A token kuromoji did not produce: a run of characters we keep as a symbol. */
function symbolToken(surface: string): Token {
  return {
    word_id: -1,
    word_type: 'UNKNOWN',
    word_position: 0,
    surface_form: surface,
    pos: '記号',
    pos_detail_1: '一般',
    pos_detail_2: '*',
    pos_detail_3: '*',
    conjugated_type: '*',
    conjugated_form: '*',
    basic_form: '*',
  };
}

/** Whether the tokens spell `text` exactly (their surfaces joined), without joining them. */
export function covers(tokens: readonly Token[], text: string): boolean {
  let at = 0;
  for (const t of tokens) {
    if (!text.startsWith(t.surface_form, at)) return false;
    at += t.surface_form.length;
  }
  return at === text.length;
}

/**
 * kuromoji counts UTF-16 units and can drop characters next to emoji or other astral-plane text.
 * Everything downstream rebuilds text from tokens, so the tokens must cover the input exactly:
 * when they do not, the astral runs become symbol tokens and the rest is tokenized piece by piece.
 */
export class CoveringTokenizer implements Tokenizer {
  constructor(private readonly inner: Tokenizer) {}

  forget(): void {
    this.inner.forget?.();
  }

  tokenize(text: string): Token[] {
    const tokens = this.inner.tokenize(text);
    if (covers(tokens, text)) return tokens;
    const out: Token[] = [];
    let rest = text;
    while (rest.length > 0) {
      const m = ASTRAL.exec(rest);
      const head = m ? rest.slice(0, m.index) : rest;
      if (head) {
        const inner = this.inner.tokenize(head);
        out.push(...(inner.map((t) => t.surface_form).join('') === head ? inner : [symbolToken(head)]));
      }
      if (!m) break;
      out.push(symbolToken(m[0]));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
}

/**
 * kuromoji cuts its input after every 、 and 。 and reads each piece on its own (its
 * `splitByPunctuation`); we cut the same way, so tokens of a piece never depend on the rest.
 */
export function punctuationPieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x3002) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The pipeline's stages (rules, lexicon, splitting, endings, readings, report) each look at the
 * same sentence again, and a rule changes only one clause of it. This remembers the tokens of
 * recent pieces (see punctuationPieces), so after a rewrite only the changed clause is read
 * again — with the same result as reading the whole text, because kuromoji cuts there too. The
 * Simplifier clears it for every text, so it only saves repeated work inside one text (and
 * benchmarks stay honest); only sentences of our own data survive (keep). Tokens are shared between callers: nothing in the pipeline mutates a
 * token; `word_position` is not kept meaningful (nothing reads it). So are the arrays of whole
 * texts, which are remembered too: nothing changes those either.
 */
export class MemoTokenizer implements Tokenizer {
  private readonly cache = new Map<string, Token[]>();
  /** Pieces of sentences that come from our own data, kept across texts (see keep). */
  private readonly kept = new Map<string, Token[]>();

  constructor(
    private readonly inner: Tokenizer,
    private readonly capacity = 1024,
  ) {}

  tokenize(text: string): Token[] {
    // The stages read the same sentence whole again and again: it is remembered whole too.
    const whole = this.cache.get(text);
    if (whole) return whole;
    const pieces = punctuationPieces(text);
    if (pieces.length === 1) return this.piece(pieces[0]!);
    const out: Token[] = [];
    for (const piece of pieces) for (const t of this.piece(piece)) out.push(t);
    this.remember(text, out);
    return out;
  }

  /**
   * Keeps the tokens of a sentence that the pipeline writes itself (the lexicon's explanation of a
   * term, 在留カードは、長く住む外国人のカードです。) across texts: there are only as many as the
   * lexicon has entries. Never for resident or page text, which clear() forgets.
   */
  keep(sentence: string): void {
    for (const piece of punctuationPieces(sentence)) {
      if (this.kept.has(piece) || this.kept.size >= this.capacity) continue;
      this.kept.set(piece, this.piece(piece));
    }
  }

  private piece(text: string): Token[] {
    const hit = this.cache.get(text) ?? this.kept.get(text);
    if (hit) return hit;
    const tokens = this.inner.tokenize(text);
    this.remember(text, tokens);
    return tokens;
  }

  private remember(text: string, tokens: Token[]): void {
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(text, tokens);
  }

  clear(): void {
    this.cache.clear();
    // The lattices of recent pieces too: a text's clauses reuse only each other's.
    this.inner.forget?.();
  }
}
