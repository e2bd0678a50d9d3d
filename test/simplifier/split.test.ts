import { loadRules } from '../../simplifier/rewrite';
import { Simplifier } from '../../simplifier/simplify';
import { loadSplitRules } from '../../simplifier/style';
import { tokenizer } from '../helpers/tokenizer';

// The ways split.json cuts a sentence that is still long (over long.minChars) with no connector to
// cut at: each has examples, run here through the whole simplifier without the lexicon, so the
// expected texts show the cut and the rewrite rules only.
const long = loadSplitRules().long!;
const rules = [long.person, long.frame, long.alias, long.tari, long.both, ...long.lift].filter(
  (r): r is NonNullable<typeof r> => r !== undefined,
);

let simplifier: Simplifier;
beforeAll(async () => {
  simplifier = new Simplifier(await tokenizer(), loadRules(), []);
});

describe('long sentences (split.json long)', () => {
  it('have unique ids and a staff explanation each', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) expect(r.explain).toMatch(/。$/u);
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it.each(rule.examples.map((e) => [e.in, e.out]))('%s → %s', (input, output) => {
      const result = simplifier.simplify(input);
      expect(result.text).toBe(output);
      expect(result.report.sentences.flatMap((s) => s.rules.map((a) => a.rule))).toContain(id);
    });
  });

  it.each([
    // Short enough already: nothing is lifted or cut.
    '消費者契約法に基づき、契約を取り消すことができます。',
    '年齢にかかわらず、申請できます。',
    '区役所に来ることが難しい方は、郵送で請求してください。',
    // 〜のほか、 in a sentence that says what changed: 「紙も同じです」 would make paper new too.
    '2022年6月1日から、クーリング・オフの通知は、書面のほか、電子メールやウェブサイトの専用フォーム等の電磁的記録でも行えるようになりました。',
    // A topic person with a time before it (2020年から、…人は): the time belongs to the rule, not the person.
    '令和2年4月1日から、重大な犯罪により被害を受け、従前の住居に住み続けることが困難となった方は、市営住宅の対象となります。',
    // A short note in brackets (（原本）) is not another name for the thing before it.
    '所得証明書（原本）と住民票の写しと本人確認書類を、お住まいの区の区役所の窓口において提出していただく必要がございます。',
    // 書き方 is one noun, not a person named by a clause.
    '申込書の書き方は、区役所の窓口でお渡ししている記入例をご覧になるか、大阪市ホームページの申請のページでご確認いただけます。',
  ])('leaves %s', (input) => {
    const applied = simplifier.simplify(input).report.sentences.flatMap((s) => s.rules.map((a) => a.rule));
    for (const r of rules) expect(applied).not.toContain(r.id);
  });

  it('keeps the 〜ことがあります frame when the clauses before it are not a chain of actions', () => {
    // A condition inside the body: "sometimes" stays on the condition's consequence.
    const text = simplifier.simplify(
      '本人確認書類として在留カード等を提示できない場合は、窓口において手続を受けることができないことがございます。',
    ).text;
    expect(text).not.toMatch(/このような/u);
    expect(text).toMatch(/ことができないことがあります。$/u);
  });
});

describe('a run-on text far longer than any sentence (long.maxChars)', () => {
  it.each([
    ['法テラス（日本司法支援センター）', 'では相談できます。'],
    ['消費者契約法に基づき、', '取り消せます。'],
    ['年齢にかかわらず、', '使えます。'],
  ])('"%s" × 400 keeps every word once and is not multiplied', (piece, end) => {
    const input = piece.repeat(400) + end;
    const { text } = simplifier.simplify(input);
    // Before the bound, each lifted phrase took the rest through again: 6,409 characters came
    // out as 329,609, the explanation repeated 400 times.
    expect([...text].length).toBeLessThan(1.5 * [...input].length);
    expect(text.split('日本司法支援センターのことです').length).toBeLessThanOrEqual(2);
  });
});
