import path from 'node:path';
import kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from 'kuromoji';

export type Token = IpadicFeatures;

/** The simplifier's view of kuromoji: loaded once per process and shared. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}

export function defaultDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadTokenizer(dicPath: string = defaultDictionaryPath()): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err: Error | null, tokenizer: KuromojiTokenizer<IpadicFeatures>) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  });
}
