import fc from 'fast-check';
import { toHiragana } from '../../simplifier/kana';
import { kanjiShare, tateishi } from '../../simplifier/readability';

// The measures as the reference (../shared/reference/easy-japanese.md) defines them, written with
// regexes: the engine counts with per-character tables for speed and must give the same numbers.
const codePoints = (s: string): number => [...s].length;
const meanRun = (sentences: string[], pattern: RegExp): number => {
  const runs = sentences.flatMap((s) => s.match(pattern) ?? []);
  return runs.length ? runs.reduce((a, r) => a + codePoints(r), 0) / runs.length : 0;
};
const referenceTateishi = (sentences: string[]): number => {
  const count = Math.max(1, sentences.length);
  const ls = sentences.reduce((a, s) => a + codePoints(s), 0) / count;
  const la = meanRun(sentences, /\p{Script=Latin}+/gu);
  const lh = meanRun(sentences, /[\p{Script=Hiragana}ー]+/gu);
  const lc = meanRun(sentences, /[\p{Script=Han}々]+/gu);
  const lk = meanRun(sentences, /[\p{Script=Katakana}ー]+/gu);
  const cp = sentences.reduce((a, s) => a + (s.match(/[、，,]/g) ?? []).length, 0) / count;
  return -0.12 * ls - 1.37 * la + 7.4 * lh - 23.18 * lc - 5.4 * lk - 4.67 * cp + 115.79;
};
const referenceKanjiShare = (text: string): number => {
  const letters =
    text.match(/[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Latin}]/gu) ?? [];
  return letters.length ? letters.filter((c) => /[\p{Script=Han}々]/u.test(c)).length / letters.length : 0;
};

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'住民票々ーあいカタｶﾀabcÀé１２、。,，𠮷😀 '), maxLength: 40 }),
);

describe('readability measures', () => {
  it('kanji share counts kanji among letters, as the definition does', () => {
    expect(kanjiShare('住民票をください')).toBeCloseTo(3 / 8);
    expect(kanjiShare('コーヒー、ABC。')).toBe(0);
    expect(kanjiShare('123、。')).toBe(0);
    fc.assert(
      fc.property(text, (s) => {
        expect(kanjiShare(s)).toBe(referenceKanjiShare(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("Tateishi's score counts runs of each script as the definition does (ー in both kana runs)", () => {
    // ls 7; hiragana runs ー and ください: lh (1 + 4) / 2; no kanji; katakana run ケーキ: lk 3.
    expect(tateishi(['ケーキください'])).toBeCloseTo(-0.12 * 7 + 7.4 * 2.5 - 23.18 * 0 - 5.4 * 3 + 115.79);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (sentences) => {
        expect(tateishi(sentences)).toBe(referenceTateishi(sentences));
      }),
      { numRuns: 2000 },
    );
  });

  it('katakana readings become hiragana and nothing else changes', () => {
    expect(toHiragana('ジュウミンヒョウ')).toBe('じゅうみんひょう');
    expect(toHiragana('ヴァイオリン、場所、ABC、𠮷ー')).toBe('ゔぁいおりん、場所、ABC、𠮷ー');
    expect(toHiragana('ア'.repeat(5000))).toBe('あ'.repeat(5000));
    fc.assert(
      fc.property(text, (s) => {
        expect(toHiragana(s)).toBe(
          s.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
