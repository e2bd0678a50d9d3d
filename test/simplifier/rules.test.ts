import { conjugate, teForm } from '../../simplifier/conjugate';
import { loadRules, Rewriter } from '../../simplifier/rewrite';
import { tokenizer } from '../helpers/tokenizer';

const rules = loadRules();

describe('rewrite rules (data)', () => {
  let rewriter: Rewriter;
  beforeAll(async () => {
    rewriter = new Rewriter(await tokenizer(), rules);
  });

  it('have unique ids, a guideline and a staff explanation each', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.guideline.length).toBeGreaterThan(3);
      expect(r.explain).toMatch(/[。]$/);
    }
  });

  it('cover keigo, passives, nominalised verbs and double negatives', () => {
    const categories = new Set(rules.map((r) => r.category));
    for (const c of ['keigo', 'passive', 'nominal', 'doubleNegative']) expect(categories).toContain(c);
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples.map((e) => [e.in, e.out]))('%s → %s', (input, output) => {
      const result = rewriter.rewrite(input);
      expect(result.text).toBe(output);
      expect(result.applied.map((a) => a.rule)).toContain(rule.id);
    });
  });
});

describe('conjugation from IPADIC types', () => {
  it.each([
    ['書く', '五段・カ行イ音便', '連用形', '書き'],
    ['書く', '五段・カ行イ音便', '連用タ接続', '書い'],
    ['行く', '五段・カ行促音便', '連用タ接続', '行っ'],
    ['急ぐ', '五段・ガ行', '連用タ接続', '急い'],
    ['話す', '五段・サ行', '連用タ接続', '話し'],
    ['持つ', '五段・タ行', '未然形', '持た'],
    ['死ぬ', '五段・ナ行', '連用タ接続', '死ん'],
    ['呼ぶ', '五段・バ行', '仮定形', '呼べ'],
    ['読む', '五段・マ行', '連用タ接続', '読ん'],
    ['取る', '五段・ラ行', '連用タ接続', '取っ'],
    ['もらう', '五段・ワ行促音便', '未然形', 'もらわ'],
    ['問う', '五段・ワ行ウ音便', '連用タ接続', '問う'],
    ['くださる', '五段・ラ行特殊', '連用形', 'ください'],
    ['食べる', '一段', '連用形', '食べ'],
    ['食べる', '一段', '仮定形', '食べれ'],
    ['する', 'サ変・スル', '連用形', 'し'],
    ['する', 'サ変・スル', '未然レル接続', 'さ'],
    ['来る', 'カ変・来ル', '未然形', '来'],
    ['くる', 'カ変・クル', '連用形', 'き'],
  ])('%s (%s) %s → %s', (basic, type, form, expected) => {
    expect(conjugate(basic, type, form)).toBe(expected);
  });

  it.each([
    ['書く', '五段・カ行イ音便', '書いて'],
    ['急ぐ', '五段・ガ行', '急いで'],
    ['読む', '五段・マ行', '読んで'],
    ['呼ぶ', '五段・バ行', '呼んで'],
    ['行く', '五段・カ行促音便', '行って'],
    ['する', 'サ変・スル', 'して'],
  ])('て form of %s → %s', (basic, type, expected) => {
    expect(teForm(basic, type)).toBe(expected);
  });
});
