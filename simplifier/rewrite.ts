import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { conjugate, teForm } from './conjugate';
import { isPlaceholder } from './protect';
import type { Token, Tokenizer } from './tokenizer';

const oneOrMany = z.union([z.string(), z.array(z.string())]);
const matcherSchema = z
  .object({
    surface: oneOrMany.optional(),
    basic: oneOrMany.optional(),
    pos: oneOrMany.optional(),
    detail: oneOrMany.optional(),
    type: oneOrMany.optional(),
    form: oneOrMany.optional(),
    /** Any token but these dictionary forms (a passive rule that must not touch 言われる). */
    notBasic: oneOrMany.optional(),
  })
  .strict();
const partSchema = z.union([
  z.object({ text: z.string() }).strict(),
  z.object({ copy: z.number().int().min(0) }).strict(),
  z.object({ verb: z.string(), as: z.union([z.number().int().min(0), z.string()]) }).strict(),
  z.object({ verbOf: z.number().int().min(0), as: z.union([z.number().int().min(0), z.string()]) }).strict(),
  // The て form of token i's verb (書いて, 読んで).
  z.object({ teOf: z.number().int().min(0) }).strict(),
  // A fused honorific noun (お待ち, お送り): drop お and give the verb's て form.
  z.object({ fusedTe: z.number().int().min(0) }).strict(),
  // The verb whose masu-stem token i is (お支払い → 支払う), in token `as`'s form.
  z
    .object({ stemVerb: z.number().int().min(0), as: z.union([z.number().int().min(0), z.string()]) })
    .strict(),
]);
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    category: z.enum(['keigo', 'passive', 'nominal', 'doubleNegative', 'lexicon', 'style', 'split']),
    guideline: z.string().min(1),
    explain: z.string().min(1),
    pattern: z.array(matcherSchema).min(1),
    replace: z.array(partSchema).min(1),
    gaToWo: z.boolean().optional(),
    /**
     * Subjects that are people: their される is respect (代理人が請求される = the agent requests),
     * not a passive, so their が stays.
     */
    people: z.array(z.string().min(1)).optional(),
    /**
     * The token right after the match must not be this one: 選択していただけます is "you can
     * choose", but 選択していただけますか is a request, which is not rewritten to できますか.
     */
    notFollowedBy: matcherSchema.optional(),
    examples: z.array(z.object({ in: z.string(), out: z.string() }).strict()).min(1),
  })
  .strict();
export type RewriteRule = z.infer<typeof ruleSchema>;
type Matcher = z.infer<typeof matcherSchema>;
type Part = z.infer<typeof partSchema>;

export const RULES_FILE = path.join(__dirname, 'rules', 'rewrite.json');

export function loadRules(file: string = RULES_FILE): RewriteRule[] {
  const data = z
    .object({ rules: z.array(ruleSchema) })
    .passthrough()
    .parse(JSON.parse(readFileSync(file, 'utf8')));
  return data.rules;
}

export interface Applied {
  rule: string;
  category: RewriteRule['category'];
  explain: string;
  before: string;
  after: string;
}

const has = (value: string | string[] | undefined, actual: string): boolean =>
  value === undefined || (Array.isArray(value) ? value.includes(actual) : value === actual);
const hasPrefix = (value: string | string[] | undefined, actual: string): boolean =>
  value === undefined ||
  (Array.isArray(value) ? value.some((v) => actual.startsWith(v)) : actual.startsWith(value));

function matchesToken(m: Matcher, t: Token): boolean {
  return (
    has(m.surface, t.surface_form) &&
    has(m.basic, t.basic_form) &&
    has(m.pos, t.pos) &&
    has(m.detail, t.pos_detail_1) &&
    hasPrefix(m.type, t.conjugated_type) &&
    has(m.form, t.conjugated_form) &&
    (m.notBasic === undefined || !has(m.notBasic, t.basic_form))
  );
}

/**
 * Verbs the rules write, with their IPADIC types: standing alone, kuromoji reads いる as 要る and
 * する as 擦る (godan), so these are not left to it.
 */
const KNOWN_VERBS = new Map<string, string>([
  ['する', 'サ変・スル'],
  ['いる', '一段'],
  ['ある', '五段・ラ行'],
  ['できる', '一段'],
  ['もらう', '五段・ワ行促音便'],
  ['言う', '五段・ワ行促音便'],
  ['来る', 'カ変・来ル'],
  ['くる', 'カ変・クル'],
  ['見る', '一段'],
  ['出す', '五段・サ行'],
  ['くれる', '一段'],
  ['わかる', '五段・ラ行'],
]);

/** The dictionary form and conjugation type of a verb: known ones from the table, others from kuromoji. */
export function verbInfo(tokenizer: Tokenizer, verb: string): { basic: string; type: string } {
  const known = KNOWN_VERBS.get(verb);
  if (known) return { basic: verb, type: known };
  const tokens = tokenizer.tokenize(verb);
  const last = tokens[tokens.length - 1];
  if (!last || last.pos !== '動詞') throw new Error(`${verb} is not a verb`);
  const prefix = tokens
    .slice(0, -1)
    .map((t) => t.surface_form)
    .join('');
  return { basic: prefix + last.basic_form, type: last.conjugated_type };
}

interface Need {
  field: 'surface' | 'basic';
  values: readonly string[];
}

/**
 * The most selective surface or dictionary form a rule's pattern requires: every token of the
 * pattern must be in the sentence, so without one of these the rule cannot match.
 */
function needOf(rule: RewriteRule): Need | undefined {
  const options: Need[] = rule.pattern.flatMap((m): Need[] => [
    ...(m.surface === undefined ? [] : [{ field: 'surface' as const, values: [m.surface].flat() }]),
    ...(m.basic === undefined ? [] : [{ field: 'basic' as const, values: [m.basic].flat() }]),
  ]);
  return options.sort((a, b) => a.values.length - b.values.length)[0];
}

function hasAny(set: ReadonlySet<string>, values: readonly string[]): boolean {
  for (const v of values) if (set.has(v)) return true;
  return false;
}

function wordsOf(tokens: readonly Token[]): Record<Need['field'], Set<string>> {
  return {
    surface: new Set(tokens.map((t) => t.surface_form)),
    basic: new Set(tokens.map((t) => t.basic_form)),
  };
}

/**
 * Applies token-pattern rules to one sentence, re-reading the sentence with kuromoji after each
 * rule so the next rule sees real tokens. Returns the new text and what changed, for the report.
 */
export class Rewriter {
  private readonly verbCache = new Map<string, { basic: string; type: string }>();
  /** The rules in order, each with words one of which a sentence must have for it to match. */
  private readonly steps: ReadonlyArray<{ rule: RewriteRule; need: Need | undefined }>;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly rules: readonly RewriteRule[],
  ) {
    this.steps = rules.map((rule) => ({ rule, need: needOf(rule) }));
  }

  rewrite(sentence: string): { text: string; applied: Applied[] } {
    let text = sentence;
    // Read again only after a rule changed the text: most rules match nowhere.
    let tokens = this.tokenizer.tokenize(text);
    let words = wordsOf(tokens);
    const applied: Applied[] = [];
    for (const { rule, need } of this.steps) {
      if (need && !hasAny(words[need.field], need.values)) continue;
      // A rule may match several times; each pass re-tokenizes. Bounded against runaway rules.
      for (let pass = 0; pass < 5; pass++) {
        const at = this.find(rule, tokens);
        if (at < 0) break;
        const next = this.apply(rule, tokens, at);
        if (next === null || next.text === text) break;
        const span = tokens
          .slice(at, at + rule.pattern.length)
          .map((t) => t.surface_form)
          .join('');
        applied.push({
          rule: rule.id,
          category: rule.category,
          explain: rule.explain,
          before: span,
          after: next.replacement,
        });
        text = next.text;
        tokens = this.tokenizer.tokenize(text);
        words = wordsOf(tokens);
      }
    }
    return { text, applied };
  }

  private find(rule: RewriteRule, tokens: readonly Token[]): number {
    outer: for (let i = 0; i + rule.pattern.length <= tokens.length; i++) {
      for (let k = 0; k < rule.pattern.length; k++)
        if (!matchesToken(rule.pattern[k]!, tokens[i + k]!)) continue outer;
      const next = tokens[i + rule.pattern.length];
      if (rule.notFollowedBy && next && matchesToken(rule.notFollowedBy, next)) continue;
      return i;
    }
    return -1;
  }

  private apply(
    rule: RewriteRule,
    tokens: readonly Token[],
    at: number,
  ): { text: string; replacement: string } | null {
    const matched = tokens.slice(at, at + rule.pattern.length);
    let replacement: string;
    try {
      const following = tokens[at + rule.pattern.length]?.surface_form ?? '';
      replacement = rule.replace.map((part) => this.part(part, matched, following)).join('');
    } catch {
      return null; // a verb we cannot conjugate: leave the sentence as it was
    }
    const before = tokens.slice(0, at).map((t) => t.surface_form);
    if (rule.gaToWo) {
      // The passive's subject becomes the active's object: the nearest が of this clause.
      for (let i = before.length - 1; i >= 0; i--) {
        if (before[i] === '、' || before[i] === '。') break;
        const t = tokens[i]!;
        // After a protected span (「…」が), kuromoji reads が as a conjunction: it is still the subject.
        const afterSpan = t.pos === '接続詞' && isPlaceholder(tokens[i - 1]?.surface_form ?? '');
        if (t.surface_form === 'が' && ((t.pos === '助詞' && t.pos_detail_1 === '格助詞') || afterSpan)) {
          const subject = tokens[i - 1]?.surface_form ?? '';
          if (!rule.people?.some((p) => subject.endsWith(p))) before[i] = 'を';
          break;
        }
      }
    }
    const after = tokens.slice(at + rule.pattern.length).map((t) => t.surface_form);
    return { text: [...before, replacement, ...after].join(''), replacement };
  }

  /** 待ち → 待つ: the masu-stem read back by kuromoji gives the verb and its type. */
  private verbOfStem(token: Token | undefined): Token {
    const stem = (token?.surface_form ?? '').replace(/^[おご]/, '');
    const verb = this.tokenizer.tokenize(`${stem}ます`).find((t) => t.pos === '動詞');
    if (!verb) throw new Error(`no verb in ${stem}`);
    return verb;
  }

  private part(part: Part, matched: readonly Token[], following: string): string {
    if ('text' in part) return part.text;
    if ('copy' in part) return matched[part.copy]?.surface_form ?? '';
    if ('teOf' in part) {
      const t = matched[part.teOf];
      if (!t) throw new Error('no token');
      return teForm(t.basic_form, t.conjugated_type);
    }
    if ('fusedTe' in part) {
      const verb = this.verbOfStem(matched[part.fusedTe]);
      return teForm(verb.basic_form, verb.conjugated_type);
    }
    let form = typeof part.as === 'number' ? (matched[part.as]?.conjugated_form ?? '基本形') : part.as;
    // An ichidan 連用形 before て/た is a godan verb's 連用タ接続 (書き → 書いて).
    if (form === '連用形' && /^[てただで]/.test(following)) form = '連用タ接続';
    if ('stemVerb' in part) {
      const verb = this.verbOfStem(matched[part.stemVerb]);
      return conjugate(verb.basic_form, verb.conjugated_type, form);
    }
    if ('verbOf' in part) {
      const t = matched[part.verbOf];
      if (!t) throw new Error('no token');
      return conjugate(t.basic_form, t.conjugated_type, form);
    }
    let info = this.verbCache.get(part.verb);
    if (!info) {
      info = verbInfo(this.tokenizer, part.verb);
      this.verbCache.set(part.verb, info);
    }
    return conjugate(info.basic, info.type, form);
  }
}
