import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR, Lexicon, lexiconEntrySchema, loadLexicon } from '../../simplifier/lexicon';
import type { Applied } from '../../simplifier/rewrite';
import { loadRules } from '../../simplifier/rewrite';
import { Simplifier } from '../../simplifier/simplify';
import type { Token, Tokenizer } from '../../simplifier/tokenizer';
import { tokenizer } from '../helpers/tokenizer';

// loadLexicon parses every file with the strict zod schema and throws on any bad entry.
const entries = loadLexicon();
const byWord = new Map(entries.map((e) => [e.word, e] as const));
const explainOf = (word: string): string => byWord.get(word)?.explain ?? `no entry for ${word}`;

let tok: Tokenizer;
let simplifier: Simplifier;
beforeAll(async () => {
  tok = await tokenizer();
  simplifier = new Simplifier(tok, loadRules(), entries);
});

// Explanations in brackets, as these cases were written; the default (a sentence of its own) has its own tests.
const easy = (text: string): string => simplifier.simplify(text, { explanations: 'brackets' }).text;
const easyDefault = (text: string): string => simplifier.simplify(text).text;

/** 家族, 親など, 今まで, 無事かどうか, 月の終わり (a 連用形 used as a noun) — not いらない or 歩いて. */
function endsNounPhrase(last: Token): boolean {
  if (last.pos === '名詞' || last.pos === '副詞') return true;
  if (last.pos === '助詞') return ['など', 'まで', 'か'].includes(last.surface_form);
  return last.pos === '動詞' && last.conjugated_form === '連用形';
}

describe('the lexicon files', () => {
  it('hold at least 500 entries in the six domain files and the kana spellings, each parsed by the schema', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
    expect(readdirSync(LEXICON_DIR).sort()).toEqual([
      'administration.json',
      'consumer-safety.json',
      'daily-life.json',
      'general.json',
      'kana-spelling.json',
      'official-terms.json',
      'victim-support.json',
    ]);
    for (const file of readdirSync(LEXICON_DIR)) {
      const own = lexiconEntrySchema
        .array()
        .parse(JSON.parse(readFileSync(path.join(LEXICON_DIR, file), 'utf8')));
      expect({ file, entries: own.length > 20 }).toEqual({ file, entries: true });
    }
  });

  it('list every word once across all files', () => {
    const seen = new Set<string>();
    const duplicates = entries.map((e) => e.word).filter((w) => seen.size === seen.add(w).size);
    expect(duplicates).toEqual([]);
    expect(byWord.size).toBe(entries.length);
  });

  it('write explanations and easy words as short plain phrases, without sentence punctuation', () => {
    // A 、 or 。 inside an inserted phrase would be cut by the sentence splitter or read as an end.
    const bad = entries.filter(
      (e) =>
        /[、。]/u.test(e.explain ?? '') ||
        /。|、./u.test(e.easy ?? '') ||
        [...(e.explain ?? e.easy ?? '')].length > 30,
    );
    expect(bad.map((e) => e.word)).toEqual([]);
  });

  it('give verbs and suru-nouns an easy verb phrase in dictionary form, and nouns a noun phrase', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      if (!e.easy) continue;
      const tokens = tok.tokenize(e.easy);
      const last = tokens[tokens.length - 1]!;
      if (e.pos === 'verb' || e.pos === 'suru-noun') {
        if (last.pos !== '動詞' || last.surface_form !== last.basic_form) wrong.push(`${e.word} → ${e.easy}`);
      } else if (e.pos === 'noun' && !endsNounPhrase(last)) {
        wrong.push(`${e.word} → ${e.easy}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never replace a word with words that are themselves replaced (no chains)', () => {
    const lexicon = new Lexicon(tok, entries);
    // Every kept term counts as explained already: only replacements are looked for.
    const allKept = new Set(entries.filter((e) => e.keep).map((e) => e.word));
    const chains: string[] = [];
    for (const e of entries) {
      for (const text of [e.easy, e.explain]) {
        if (!text) continue;
        const applied: Applied[] = [];
        lexicon.apply(`${text}。`, new Set(allKept), applied);
        for (const a of applied)
          if (a.rule === 'lexicon-easy') chains.push(`${e.word}: ${text} ⊃ ${a.before}`);
      }
    }
    expect(chains).toEqual([]);
  });

  it('use no passive れる・られる in inserted words (they count as passives in the output)', () => {
    const passive = entries.filter((e) =>
      [e.easy, e.explain].some((t) => t && simplifier.countPassives(t) > 0),
    );
    expect(passive.map((e) => e.word)).toEqual([]);
  });

  it('write glosses of frequent terms without grade 5+ kanji such as 示す or 事件', () => {
    // The reader of a gloss is a beginner: 証明書（本当だという紙）, not （本当だと示す紙）.
    const words = ['被害', '被害者', '証明書', '印鑑登録証明書', '電子証明書', '見舞金', '証拠'];
    expect(words.filter((w) => /[示件受渡専]/u.test(explainOf(w)) || !byWord.get(w)?.keep)).toEqual([]);
  });

  it('name only the published glossaries an entry follows', () => {
    const glossaries = [
      '出入国在留管理庁・文化庁『在留支援のためのやさしい日本語ガイドライン』(2020)',
      '弘前大学 社会言語学研究室『やさしい日本語』作成のためのガイドライン',
      '横浜市『やさしい日本語』で伝える 分かりやすく 伝わりやすい日本語を目指して',
      'NHK NEWS WEB EASY',
    ];
    const sourced = entries.filter((e) => e.source !== undefined);
    expect(sourced.length).toBeGreaterThan(0);
    expect(sourced.filter((e) => !glossaries.includes(e.source ?? '')).map((e) => e.word)).toEqual([]);
  });
});

describe('the lexicon in the simplifier', () => {
  it.each([
    // suru-nouns in the form する had: 音便 before て/た, voicing of て after ば/ま/な-row verbs
    ['住民票を取得しました。', '住民票をもらいました。'],
    ['書類を提出してください。', '書類を出してください。'],
    ['申請書に必要事項をご記入ください。', '申し込みの紙に必要なことを書いてください。'],
    ['メニューから選択してください。', 'メニューから選んでください。'],
    ['大阪市に転入しました。', '大阪市に引っ越してきました。'],
    ['原則として本人が来庁してください。', 'ふつうは本人が役所に来てください。'],
    ['この薬は1日3回服用してください。', 'この薬は1日3回飲んでください。'],
    ['直ちに避難してください。', 'すぐに逃げてください。'],
    ['サービスを一時停止しております。', 'サービスを一時止めています。'],
    ['本日の受付は終了いたしました。', '今日の受付は終わりました。'],
    // a longer match wins: 医療機関を受診 → 病院に行く (not 病院を病院に行く)
    ['体調が悪いときは、医療機関を受診してください。', '体調が悪いときは、病院に行ってください。'],
    // verbs by their basic form, in the form they had
    ['代金を振り込んでください。', 'お金を送ってください。'],
    ['不審な勧誘は拒んでください。', 'あやしい勧誘は断ってください。'],
    ['世帯主の方が届け出てください。', '家族の代表の方が届けてください。'],
    ['ひとりで抱え込まないでください。', 'ひとりでがまんしないでください。'],
    ['ご不明な点は担当者にお問い合わせください。', 'わからないことは係の人に聞いてください。'],
    // fixed phrases and adverbs
    ['所定の用紙に記入して、郵送してください。', '決まった紙に書いて、郵便で送ってください。'],
    ['予約は不要です。', '予約はいりません。'],
    ['利用可能です。', '利用できます。'],
    ['4月1日以降に申請してください。', '4月1日より後に申し込んでください。'],
    ['契約を解除したい場合は、書面で通知してください。', '契約をやめたい場合は、紙で知らせてください。'],
    // before できる: the easy verb's potential in できる's form (godan, ichidan, phrase, negative)
    ['住民票をコンビニで取得できます。', '住民票をコンビニでもらえます。'],
    ['書類を提出できない場合', '書類を出せない場合'],
    ['契約を解除できます。', '契約をやめることができます。'],
    ['住民票は区役所に申請できません。', '住民票は区役所に申し込めません。'],
    // 〜に寄り添う has no easy verb that takes に: the phrase with 気持ち is rewritten, 寄り添う alone stays
    ['相手の気持ちに寄り添いながら、話を聞きます。', '相手の気持ちを大切にしながら、話を聞きます。'],
    ['相手に寄り添った支援です。', '相手に寄り添った支援です。'],
    // a noun use of a suru-noun stays, and a noun is not replaced before する or できる
    ['住民票の写しの交付を希望する人は来てください。', '住民票の写しの交付を希望する人は来てください。'],
    ['届出してください。', '届出してください。'],
    ['本人でなくても届出できます。', '本人でなくても届出できます。'],
  ])('%s', (input, output) => {
    expect(easy(input)).toBe(output);
  });

  it('explains an official term the first time only, in easy words', () => {
    const card = explainOf('在留カード');
    expect(easy('在留カードを提示してください。在留カードは大切です。')).toBe(
      `在留カード（${card}）を見せてください。在留カードは大切です。`,
    );
    expect(card).toBe('長く住む外国人のカード');
  });

  it('keeps long official names whole (longest match), also past four tokens', () => {
    expect(easy('コンビニ交付を利用できます。')).toBe(
      `コンビニ交付（${explainOf('コンビニ交付')}）を使えます。`,
    );
    // 特別/永住/者/証明/書: five kuromoji tokens.
    expect(easy('特別永住者証明書をお持ちください。')).toBe(
      `特別永住者証明書（${explainOf('特別永住者証明書')}）を持ってきてください。`,
    );
    expect(easy('印鑑登録証明書が必要です。')).not.toContain('登録（');
  });

  it('falls back to a shorter entry when a longer one cannot apply', () => {
    // 契約を解除 is a suru-noun entry; without する or できる, 契約 is still explained.
    expect(easy('契約を解除の対象とします。')).toBe(`契約（${explainOf('契約')}）を解除の対象とします。`);
  });

  it('adds no explanation to a button label or heading', () => {
    expect(easy('印鑑登録証明書')).toBe('印鑑登録証明書');
    expect(easy('詐欺・契約')).toBe('詐欺・契約');
    // ...and the term is then explained in the first real sentence.
    expect(easy('印鑑登録証明書\n印鑑登録証明書が必要です。')).toBe(
      `印鑑登録証明書\n印鑑登録証明書（${explainOf('印鑑登録証明書')}）が必要です。`,
    );
  });

  it('reports each replacement for the staff view', () => {
    const rules = simplifier.simplify('書類を提出してください。').report.sentences.flatMap((s) => s.rules);
    expect(rules).toContainEqual(
      expect.objectContaining({ rule: 'lexicon-easy', before: '提出', after: '出して' }),
    );
  });
});

describe('explanations as sentences of their own (the default)', () => {
  it('puts a short sentence after the one that uses the term, the first time only', () => {
    const card = explainOf('在留カード');
    expect(easyDefault('在留カードを提示してください。在留カードは大切です。')).toBe(
      `在留カードを見せてください。在留カードは、${card}です。在留カードは大切です。`,
    );
  });

  it('puts it after every part of a sentence that was cut, and reports it', () => {
    const r = simplifier.simplify(
      '訪問販売により契約を締結した場合は、8日間であればクーリング・オフができます。',
    );
    const notes = r.report.sentences.flatMap((s) => s.explanations ?? []);
    expect(notes).toEqual([
      `訪問販売は、${explainOf('訪問販売')}です。`,
      `契約は、${explainOf('契約')}です。`,
      `クーリング・オフは、${explainOf('クーリング・オフ')}です。`,
    ]);
    expect(r.text.endsWith(notes.join(''))).toBe(true);
    expect(r.text.slice(0, -notes.join('').length)).toMatch(
      /^訪問販売や?.*8日間であればクーリング・オフができます。$/u,
    );
    expect(r.text).not.toContain('（');
  });

  it('adds none to a button label or heading', () => {
    expect(easyDefault('印鑑登録証明書')).toBe('印鑑登録証明書');
  });
});

describe('kana spellings and token boundaries (the lexicon alone)', () => {
  let lexicon: Lexicon;
  let allKept: string[];
  beforeAll(() => {
    lexicon = new Lexicon(tok, entries);
    allKept = entries.filter((e) => e.keep).map((e) => e.word);
  });
  // Kept terms count as explained already, so only replacements show.
  const words = (text: string): string => lexicon.apply(text, new Set(allKept), []);

  it.each([
    // 形式名詞 and 補助動詞 in kana (公用文作成の考え方)
    ['困った時は電話してください。', '困ったときは電話してください。'],
    ['その時は、必要な時に電話してください。', 'そのときは、必要なときに電話してください。'],
    ['時間がない時は来てください。', '時間がないときは来てください。'],
    ['大切な事は、前に確認する事です。', '大切なことは、前に確認することです。'],
    ['子供達の為に、次の様に書いて下さい。', '子どもたちのために、次のように書いてください。'],
    ['大切な物は、住んでいる所に置いてください。', '大切なものは、住んでいるところに置いてください。'],
    ['住民票等の書類は他の人も申請が出来ます。', '住民票などの書類はほかの人も申請ができます。'],
    ['分からない時は、1年毎に聞いてください。', 'わからないときは、1年ごとに聞いてください。'],
    // after any verb or adjective, by part of speech (時 as 名詞・非自立), not a list of endings
    ['行く時と、高い物と、来た頃', '行くときと、高いものと、来たころ'],
    ['日頃から郵送にて送ります。', 'ふだんから郵送で送ります。'],
    // every form of 遭う: a bare あう is not read as a verb, so each form has its own entry
    ['被害に遭った人も、被害に遭わない人も', '被害にあった人も、被害にあわない人も'],
    // 有する in its three IPADIC shapes: 有する / 有し-て (有す) / 有-し-ない
    [
      '住所を有する方、国籍を有しない方、住所を有していた方',
      '住所を持つ人、国籍を持たない人、住所を持っていた人',
    ],
    ['ご自宅を訪ねます。', '家を訪ねます。'],
    ['提示を要する。日数を要します。確認を要するため', '提示が必要だ。日数が必要です。確認が必要なため'],
    ['誤認させる表示', 'まちがわせる表示'],
    ['クーリング・オフを妨げた', 'クーリング・オフをできなくした'],
    // 者 as 名詞・非自立 (名乗る者) is a person; 被害者, 第三者 keep it
    ['職員を名乗る者から電話があります。', '係の人を名乗る人から電話があります。'],
    ['前年の所得と、今までの住居の費用', '前の年の所得と、今までの家のお金'],
    // 氏名 and 名称 are both 名前: together they are one 名前, not 名前または名前
    ['その氏名または名称と、公的機関の名称', 'その名前と、公的機関の名前'],
    // 申請 as a noun after の; 交付申請 stays whole, 申請書 has its own entry
    ['見舞金の申請は、交付申請と見舞金の申請書で', '見舞金の申し込みは、交付申請と見舞金の申し込みの紙で'],
  ])('%s', (input, output) => {
    expect(words(input)).toBe(output);
  });

  it.each([
    // inside another word: 事 in 事件/食事, 時 in 時間/発生時/何時, 物 in 危険物, 所 in 避難所, 様 in 田中様
    '事件や事故、食事、大事な書類',
    '災害発生時には、何時から何時まで',
    '危険物と落とし物',
    '避難所と営業所',
    '田中様、お客様',
    '大きな出来事',
    '他市区町村と他人',
    // 等 before a noun is part of an official name: not など
    '犯罪被害者等支援条例',
    // 要する after に (引取りに要する日数) is not を要する
    '商品の引取りに要する日数',
    // the tail of a compound: 支払方法, 弁護士費用, 外国人住民; names: 消費生活センター; 初回無料
    '支払方法と弁護士費用',
    '消費生活センターと被害者と第三者',
    '「初回無料」',
  ])('leaves %s as it is', (text) => {
    expect(words(text)).toBe(text);
  });
});

describe('entries that ask for a part of speech, and compounds (the engine alone)', () => {
  const own = (list: unknown[]): Lexicon => new Lexicon(tok, lexiconEntrySchema.array().parse(list));
  const run = (lexicon: Lexicon, text: string): string => lexicon.apply(text, new Set(), []);

  it('replaces a tagged word only where its first token has that part of speech', () => {
    // IPADIC: 時 in 困った時 is 名詞・非自立 (とき); in 発生時 and 9時 it is 名詞・接尾 (じ).
    const lexicon = own([{ word: '時', reading: 'とき', pos: 'noun', easy: 'とき', tag: '名詞,非自立' }]);
    expect(run(lexicon, '災害発生時や午前9時と、困った時。')).toBe('災害発生時や午前9時と、困ったとき。');
    expect(() =>
      lexiconEntrySchema.parse({ word: '時', reading: 'とき', pos: 'noun', easy: 'とき', tag: '非自立 ' }),
    ).toThrow();
  });

  it('does not paraphrase a noun at the tail of a compound, but does its verb use', () => {
    const lexicon = own([
      { word: '業者', reading: 'ぎょうしゃ', pos: 'noun', easy: '会社やお店' },
      { word: '相談員', reading: 'そうだんいん', pos: 'noun', easy: '相談を聞く人' },
      { word: '携帯', reading: 'けいたい', pos: 'suru-noun', easy: '持って歩く' },
    ]);
    // 販売会社やお店 would leave 販売 hanging on the wrong word.
    expect(run(lexicon, '販売業者と委託業者。')).toBe('販売業者と委託業者。');
    expect(run(lexicon, '悪い業者に注意。')).toBe('悪い会社やお店に注意。');
    // The easy phrase starts with the compound's own word, so the head still fits.
    expect(run(lexicon, '消費生活相談員です。')).toBe('消費生活相談を聞く人です。');
    expect(run(lexicon, '常時携帯してください。')).toBe('常時持って歩いてください。');
  });

  it('replaces a word only after the given part of speech or word, and not before the given words', () => {
    const lexicon = own([
      {
        word: '方',
        reading: 'かた',
        pos: 'noun',
        easy: '人',
        tag: '名詞,非自立',
        after: ['動詞', 'た', 'だ', 'ない'],
        notBefore: ['が'],
      },
    ]);
    // A person after a verb, た or ない; advice (来た方がいい), comparison (便利な方), direction (駅の方): as they are.
    expect(run(lexicon, '申し込んだ方に送ります。入っていない方は来てください。')).toBe(
      '申し込んだ人に送ります。入っていない人は来てください。',
    );
    expect(run(lexicon, '早く来た方がいい。便利な方を選ぶ。駅の方に行く。')).toBe(
      '早く来た方がいい。便利な方を選ぶ。駅の方に行く。',
    );
  });

  it('replaces a word before a compound when its easy phrase modifies the next noun', () => {
    const lexicon = own([{ word: '当該', reading: 'とうがい', pos: 'expression', easy: 'その' }]);
    expect(run(lexicon, '当該年度の住民税')).toBe('その年度の住民税');
    // ...and the kept term after it is still explained.
    expect(easyDefault('当該年度の税金を払います。')).toBe(
      `その年度の税金を払います。年度は、${explainOf('年度')}です。`,
    );
  });
});
