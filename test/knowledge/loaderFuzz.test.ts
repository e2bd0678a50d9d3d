import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBase, KnowledgeError } from '../../knowledge/knowledgeBase';

const FILES = ['sources.json', 'facts.json', 'contacts.json', 'topics.json', 'cooling-off.json'];

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k as string], [...prefix, k])),
  ];
}

/**
 * A knowledge file edited by hand can hold anything. Whatever one field becomes — another type,
 * null, a prototype key, a huge string — loading either works or fails with a KnowledgeError that
 * names the file, never with a TypeError deep inside the bot.
 */
describe('the knowledge loader on mutated files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'knowledge-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads or refuses with a KnowledgeError that says what is wrong', () => {
    const originals = Object.fromEntries(
      FILES.map((f) => [f, JSON.parse(readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, f), 'utf8')) as unknown]),
    );
    const mutation = fc.record({
      file: fc.constantFrom(...FILES),
      pick: fc.nat(),
      value: fc.oneof(
        fc.jsonValue(),
        fc.constant(undefined),
        fc.constant('x'.repeat(100_000)),
        fc.constant({ __proto__: { polluted: true } }),
        fc.constant({ constructor: { prototype: { polluted: true } } }),
      ),
    });
    fc.assert(
      fc.property(mutation, ({ file, pick, value }) => {
        cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
        const doc = structuredClone(originals[file]);
        const all = paths(doc).filter((p) => p.length > 0);
        const target = all[pick % all.length]!;
        let node = doc as Record<string | number, unknown>;
        for (const k of target.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        if (value === undefined) delete node[target.at(-1)!];
        else node[target.at(-1)!] = value;
        writeFileSync(path.join(dir, file), JSON.stringify(doc));
        try {
          KnowledgeBase.load(dir);
        } catch (err) {
          expect(err).toBeInstanceOf(KnowledgeError);
          expect((err as Error).message.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
