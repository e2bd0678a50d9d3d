import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  decodeModel,
  encodeModel,
  modelOf,
  RetrievalRouter,
  UTTERANCES_DIR,
} from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

/**
 * The bundle reads the router's model from the file its build wrote (bot/bundle.ts): it must route
 * exactly as a model built from the examples does, and never be used for other examples.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'routing');
// eval.en.json, holdout.ja-easy.json…: the locale is the file's.
const questions = readdirSync(FIXTURES).flatMap((file) =>
  (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as Array<{ text: string }>).map((q) => ({
    text: q.text,
    locale: file.split('.')[1] as Locale,
  })),
);

let dir = '';
let modelFile = '';
const built = RetrievalRouter.load();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retrieval-model-'));
  modelFile = path.join(dir, 'model.bin');
  writeFileSync(modelFile, encodeModel(modelOf()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the retrieval model file', () => {
  it('is read when it was built from these examples, and routes every evaluation question alike', () => {
    const read = RetrievalRouter.load(UTTERANCES_DIR, {}, modelFile);
    expect(read.source).toBe('model file');
    expect(built.source).toBe('examples');
    expect(read.size).toBe(built.size);
    expect(questions.length).toBeGreaterThan(500);
    for (const q of questions) {
      expect(read.route(q.text, q.locale)).toEqual(built.route(q.text, q.locale));
    }
  });

  it('routes any text as the built model does', () => {
    const read = RetrievalRouter.load(UTTERANCES_DIR, {}, modelFile);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(read.route(text)).toEqual(built.route(text));
      }),
      { numRuns: 300 },
    );
  });

  it('survives encoding: the same documents, vocabulary and weights', () => {
    const model = modelOf();
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.hash).toBe(model.hash);
    expect(decoded.docs).toEqual(model.docs);
    expect(decoded.vocabulary).toEqual(model.vocabulary);
    // Byte for byte (toEqual on 340,000 numbers takes seconds).
    const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const key of ['idf', 'postingStart', 'postingDoc', 'postingWeight'] as const) {
      expect(decoded[key].length).toBe(model[key].length);
      expect(bytes(decoded[key]).equals(bytes(model[key]))).toBe(true);
    }
  });

  it('is ignored once an example has changed: the router learns the new example', () => {
    const edited = path.join(dir, 'utterances');
    cpSync(UTTERANCES_DIR, edited, { recursive: true });
    const file = path.join(edited, 'en.json');
    const en = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    en.certificate = [...(en.certificate ?? []), 'zorblax quuxfrob certificate wanted'];
    writeFileSync(file, JSON.stringify(en));
    const router = RetrievalRouter.load(edited, {}, modelFile);
    expect(router.source).toBe('examples');
    expect(router.route('zorblax quuxfrob', 'en').matched).toContain('zorblax quuxfrob certificate wanted');
  });

  it('is ignored when it is not a model or is cut short, and the router is built as usual', () => {
    const broken = path.join(dir, 'broken.bin');
    writeFileSync(broken, 'not a model at all');
    expect(RetrievalRouter.load(UTTERANCES_DIR, {}, broken).source).toBe('examples');
    writeFileSync(broken, readFileSync(modelFile).subarray(0, 100_000));
    expect(RetrievalRouter.load(UTTERANCES_DIR, {}, broken).source).toBe('examples');
    expect(RetrievalRouter.load(UTTERANCES_DIR, {}, path.join(dir, 'missing.bin')).source).toBe('examples');
  });
});
