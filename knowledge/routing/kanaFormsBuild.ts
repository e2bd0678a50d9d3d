import { Furigana } from '../../simplifier/furigana';
import { toHiragana } from '../../simplifier/kana';
import type { Tokenizer } from '../../simplifier/tokenizer';
import type { KanaForms } from './kanaForms';
import { fold } from './normalize';

/**
 * A reading this short is too often part of another word (さぎ in うさぎ): kept only from four
 * folded characters on.
 */
const MIN_KANA_FORM = 4;

/**
 * The Japanese words of the keyword rules: keywords, exception and `with` words (those two apply to
 * every language and are read as Japanese; today all those with kanji are Japanese).
 */
export interface JapaneseWords {
  rules: ReadonlyArray<{ ja?: readonly string[]; except?: readonly string[]; with?: readonly string[] }>;
}

/**
 * The kana form of every word with kanji and no digit (a typed 12月 stays 12月), sorted by word:
 * what kanaForms.json holds.
 */
export function computeKanaForms(data: JapaneseWords, tokenizer: Tokenizer): KanaForms {
  const furigana = new Furigana(tokenizer);
  const read = (text: string): string =>
    fold(
      toHiragana(
        furigana
          .annotate(text)
          .segments.map((s) => s.reading ?? s.text)
          .join(''),
      ),
    );
  const kanaOf = (word: string): string => {
    // A word cut before its ending (警察を名乗, 取りに来) is read as the verb it begins, ending
    // dropped (けいさつをなの, とりにく), not as a noun (なのり) or another form (き). Not a word
    // whose last word is whole (商法, 発熱, 訓練: 法る, 熱る, 練る are no verb of it) or a suffix
    // (多言語, 定期便: 語る, 便る): read as it stands (しょうほう, not しょうのっと).
    if (/\p{Script=Han}$/u.test(word)) {
      const own = tokenizer.tokenize(word);
      const end = own[own.length - 1];
      const tokens = tokenizer.tokenize(`${word}る`);
      const last = tokens[tokens.length - 1];
      const stem = last?.surface_form.slice(0, -1) ?? '';
      const cut = end !== undefined && end.pos_detail_1 !== '接尾' && stem.endsWith(end.surface_form);
      if (
        cut &&
        last &&
        last.pos === '動詞' &&
        last.surface_form.length > 1 &&
        last.surface_form.endsWith('る')
      ) {
        const verb = read(`${word}る`);
        if (verb.endsWith('る')) return verb.slice(0, -1);
      }
    }
    // One kanji cut from its ending (に行, が痛) has too many readings to guess: none is made.
    if (/(?:^|[^\p{Script=Han}])\p{Script=Han}$/u.test(word)) return '';
    return read(word);
  };
  const forms: KanaForms = {};
  const words = new Set(data.rules.flatMap((r) => [...(r.ja ?? []), ...(r.except ?? []), ...(r.with ?? [])]));
  for (const word of [...words].sort()) {
    if (!/\p{Script=Han}/u.test(word) || /\d/u.test(word)) continue;
    const kana = kanaOf(word);
    // A reading that kept a kanji (kuromoji had none for it) or is too short is no pattern.
    if (kana.length < MIN_KANA_FORM || /[\p{Script=Han}々]/u.test(kana) || kana === fold(word)) continue;
    forms[word] = kana;
  }
  return forms;
}
