import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import TokenInfoDictionary from 'kuromoji/src/dict/TokenInfoDictionary';
import type { Token, Tokenizer } from '../../simplifier/tokenizer';
import fc from 'fast-check';
import {
  CoveringTokenizer,
  loadRawKuromoji,
  MemoTokenizer,
  punctuationPieces,
  targetMapView,
} from '../../simplifier/tokenizer';
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

  it('forgets resident text between texts but keeps the explanation sentences of our lexicon', () => {
    const seen: string[] = [];
    const memo = new MemoTokenizer({
      tokenize: (text) => {
        seen.push(text);
        return tokenizer.tokenize(text);
      },
    });
    memo.keep('在留カードは、長く住む外国人のカードです。');
    memo.tokenize('詐欺の電話がありました。');
    memo.clear();
    const tokens = memo.tokenize('在留カードは、長く住む外国人のカードです。詐欺の電話がありました。');
    expect(tokens.map((t) => t.surface_form).join('')).toBe(
      '在留カードは、長く住む外国人のカードです。詐欺の電話がありました。',
    );
    expect(seen).toEqual([
      '在留カードは、',
      '長く住む外国人のカードです。',
      '詐欺の電話がありました。',
      '詐欺の電話がありました。',
    ]);
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

describe('our tokenizer (worker-unzipped dictionary, LatticeBuilder)', () => {
  let ours: Tokenizer;
  let kuromoji: Tokenizer;
  beforeAll(async () => {
    ours = await sharedTokenizer();
    // kuromoji as published, built by its own builder; wrapped like ours for emoji.
    kuromoji = new CoveringTokenizer(await loadRawKuromoji());
  });

  it('gives every corpus sentence exactly the tokens kuromoji gives, field for field', () => {
    for (const text of corpus) expect(ours.tokenize(text)).toStrictEqual(kuromoji.tokenize(text));
  });

  it('gives the same tokens as kuromoji on random text of every script the bot meets', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '住民票',
        'マイナンバーカード',
        'ｺﾝﾋﾞﾆ',
        '、',
        '。',
        '０６−６２０８',
        '令和7年',
        'ください',
        '😀',
        '👨‍👩‍👧',
        '𠮷',
        'https://www.city.osaka.lg.jp/',
        'abcＡＢＣ',
        '   ',
        '\n',
        'ー',
        '々',
        '〜',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom(...'漢字平仮名カタカナあいうえおアイウエオ一二三0123abc、。・！？'),
        maxLength: 30,
      }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(ours.tokenize(text)).toStrictEqual(kuromoji.tokenize(text));
      }),
      { numRuns: 400 },
    );
  });

  // Our search reuses the lattice of a recent piece that begins the same way (the pipeline reads a
  // clause again after a rule changed its end). Each step here edits the text before: a new tail,
  // a cut, an insertion or a new head, with no forget() in between, so reuse is what is tested.
  it('gives the same tokens as kuromoji on a chain of edits of one text (recent lattices reused)', () => {
    const letters = fc.string({
      unit: fc.constantFrom(
        ...'漢字住民票平仮名カタカナあいうえおをにはがのでしてくださいます、・ー々0123abcｱｲ',
      ),
      maxLength: 10,
    });
    const edit = fc.record({
      kind: fc.constantFrom('tail', 'cut', 'insert', 'head', 'sentence'),
      at: fc.nat(),
      letters,
      sentence: fc.constantFrom(...corpus),
    });
    const start = fc.oneof(fc.constantFrom(...corpus), letters);
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 8 }), (first, edits) => {
        let text = first;
        for (const e of edits) {
          const cut = e.at % (text.length + 1);
          if (e.kind === 'tail') text = text.slice(0, cut) + e.letters;
          else if (e.kind === 'cut') text = text.slice(0, cut);
          else if (e.kind === 'insert') text = text.slice(0, cut) + e.letters + text.slice(cut);
          else if (e.kind === 'head') text = e.letters + text.slice(cut % 4);
          else text = text.slice(0, cut) + e.sentence;
          expect(ours.tokenize(text)).toStrictEqual(kuromoji.tokenize(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 10,000-character run of one script as kuromoji does, keeping every character', () => {
    const text = '漢'.repeat(10_000);
    const tokens = ours.tokenize(text);
    expect(tokens.map((t) => t.surface_form).join('')).toBe(text);
    expect(tokens).toStrictEqual(kuromoji.tokenize(text));
  });
});

describe('targetMapView (the target maps read in place)', () => {
  const dictionary = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const unzipped = (name: string): ArrayBuffer => {
    const b = gunzipSync(readFileSync(path.join(dictionary, name)));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };

  it.each(['tid_map.dat.gz', 'unk_map.dat.gz'])(
    'answers every key of %s as the object kuromoji builds from it does',
    (name) => {
      const file = unzipped(name);
      const theirs = new TokenInfoDictionary().loadTargetMap(new Uint8Array(file)).target_map;
      const view = targetMapView(file);
      const keys = Object.keys(theirs).map(Number);
      expect(keys.length).toBeGreaterThan(name.startsWith('tid') ? 300_000 : 0);
      // One expect for all: jest's per-call cost would dominate over 330,000 keys.
      const differ = keys.filter((key) => view[key]?.join() !== theirs[key]?.join());
      expect(differ).toEqual([]);
      // Keys kuromoji has no entry for, including those of the zero padding and beyond the end.
      const last = keys.reduce((a, b) => Math.max(a, b), 0);
      for (const key of [last + 1, last + 1000, -1]) {
        expect(theirs[key]).toBeUndefined();
        expect(view[key]).toBeUndefined();
      }
      const missing = Array.from({ length: last }, (_, k) => k).filter((k) => !(k in theirs));
      expect(missing.filter((key) => view[key] !== undefined)).toEqual([]);
    },
  );
  it('fails clearly on a damaged file instead of looping', () => {
    // [count, key 1 with -2 offsets]: a negative length would walk backwards for ever.
    expect(() => targetMapView(new Int32Array([1, 1, -2, 0]).buffer)).toThrow(/malformed target map/);
    expect(targetMapView(new Int32Array([1, 3, 1, 42]).buffer)[3]).toEqual([42]);
  });
});
