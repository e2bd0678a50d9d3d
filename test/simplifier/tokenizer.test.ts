import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Token, Tokenizer } from '../../simplifier/tokenizer';
import kuromoji from 'kuromoji';
import { defaultDictionaryPath, MemoTokenizer, punctuationPieces } from '../../simplifier/tokenizer';
import { tokenizer as sharedTokenizer } from '../helpers/tokenizer';

const corpus = (
  JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'simplifier', 'official.json'), 'utf8'),
  ) as Array<{ text: string }>
).map((e) => e.text);

const features = (tokens: Token[]): string[] =>
  tokens.map((t) =>
    [t.surface_form, t.pos, t.pos_detail_1, t.basic_form, t.conjugated_form, t.reading].join('/'),
  );

describe('MemoTokenizer', () => {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await sharedTokenizer();
  });

  it('cuts where kuromoji cuts: after every 、 and 。, keeping every character', () => {
    expect(punctuationPieces('住民票は、コンビニで。取れます')).toEqual([
      '住民票は、',
      'コンビニで。',
      '取れます',
    ]);
    expect(punctuationPieces('、、')).toEqual(['、', '、']);
    expect(punctuationPieces('')).toEqual([]);
  });

  it('reads every corpus sentence exactly as kuromoji reads it whole', () => {
    const memo = new MemoTokenizer(tokenizer);
    for (const text of corpus)
      expect(features(memo.tokenize(text))).toEqual(features(tokenizer.tokenize(text)));
  });

  it('built from the worker-unzipped dictionary, reads like kuromoji built by its own builder', async () => {
    const own = await new Promise<Tokenizer>((resolve, reject) =>
      kuromoji
        .builder({ dicPath: defaultDictionaryPath() })
        .build((err: Error | null, t: Tokenizer) => (err ? reject(err) : resolve(t))),
    );
    for (const text of corpus.slice(0, 60))
      expect(features(tokenizer.tokenize(text))).toEqual(features(own.tokenize(text)));
  });

  it('after a rewrite of one clause reads only that clause again', () => {
    const seen: string[] = [];
    const memo = new MemoTokenizer({
      tokenize: (text) => {
        seen.push(text);
        return tokenizer.tokenize(text);
      },
    });
    memo.tokenize('転入の届出を行い、在留カードを提出してください。');
    memo.tokenize('転入の届出をして、在留カードを提出してください。');
    expect(seen).toEqual(['転入の届出を行い、', '在留カードを提出してください。', '転入の届出をして、']);
  });
});
