import type { Tokenizer } from '../../simplifier/tokenizer';
import { loadTokenizer } from '../../simplifier/tokenizer';

let shared: Promise<Tokenizer> | undefined;

/** kuromoji takes about 1.5 s to load: one per test file, shared by its tests. */
export function tokenizer(): Promise<Tokenizer> {
  shared ??= loadTokenizer();
  return shared;
}
