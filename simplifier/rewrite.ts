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

type TokenTest = (t: Token) => boolean;

/**
 * A matcher as one test, made once per rule: only the fields it names are checked, and a list of
 * values becomes a set. Matching runs for every rule at every candidate token of every reading.
 */
function compileMatcher(m: Matcher): TokenTest {
  const tests: TokenTest[] = [];
  type Field = 'surface_form' | 'basic_form' | 'pos' | 'pos_detail_1' | 'conjugated_form';
  const equals = (value: string | string[] | undefined, field: Field, negate = false): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      const set = new Set(value);
      tests.push(negate ? (t) => !set.has(t[field]) : (t) => set.has(t[field]));
    } else tests.push(negate ? (t) => t[field] !== value : (t) => t[field] === value);
  };
  equals(m.surface, 'surface_form');
  equals(m.basic, 'basic_form');
  equals(m.pos, 'pos');
  equals(m.detail, 'pos_detail_1');
  if (m.type !== undefined) {
    const prefixes = [m.type].flat();
    tests.push((t) => prefixes.some((v) => t.conjugated_type.startsWith(v)));
  }
  equals(m.form, 'conjugated_form');
  equals(m.notBasic, 'basic_form', true);
  // Most matchers name one to three fields: those are joined without a loop.
  const [a, b, c] = tests;
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return a!;
  if (tests.length === 2) return (t) => a!(t) && b!(t);
  if (tests.length === 3) return (t) => a!(t) && b!(t) && c!(t);
  return (t) => tests.every((test) => test(t));
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
  /** The pattern token that requires them. */
  at: number;
}

/**
 * The most selective surface or dictionary form a rule's pattern requires: every token of the
 * pattern must be in the sentence, so without one of these the rule cannot match.
 */
function needOf(rule: RewriteRule): Need | undefined {
  const options: Need[] = rule.pattern.flatMap((m, at): Need[] => [
    ...(m.surface === undefined ? [] : [{ field: 'surface' as const, values: [m.surface].flat(), at }]),
    ...(m.basic === undefined ? [] : [{ field: 'basic' as const, values: [m.basic].flat(), at }]),
  ]);
  return options.sort((a, b) => a.values.length - b.values.length)[0];
}

const NONE: readonly number[] = [];

interface Step {
  rule: RewriteRule;
  need: Need | undefined;
  pattern: readonly TokenTest[];
  notFollowedBy: TokenTest | undefined;
}

/**
 * Applies token-pattern rules to one sentence, re-reading the sentence with kuromoji after each
 * rule so the next rule sees real tokens. Returns the new text and what changed, for the report.
 */
export class Rewriter {
  private readonly verbCache = new Map<string, { basic: string; type: string }>();
  /** The rules in order, each with words one of which a sentence must have for it to match. */
  private readonly steps: readonly Step[];
  /** The other way round: by field and word, the steps that need it. */
  private readonly needers: Record<Need['field'], Map<string, number[]>> = {
    surface: new Map(),
    basic: new Map(),
  };
  /** By field, the first characters (UTF-16 units) of those words: most tokens have none. */
  private readonly needFirsts: Record<Need['field'], Uint8Array> = {
    surface: new Uint8Array(0x10000),
    basic: new Uint8Array(0x10000),
  };
  /**
   * By step, for the current reading of the sentence: where the words it needs are, in order
   * (where its pattern can match), as a list in `at`/`after` from `first` to `last`. A step whose
   * `readOf` is not the current reading has none there and cannot match. Kept in typed arrays
   * reused from reading to reading: a reading marks dozens of steps (を alone is needed by 7).
   */
  private readonly readOf: Int32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private at = new Int32Array(256);
  private after = new Int32Array(256);
  private reading = 0;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly rules: readonly RewriteRule[],
  ) {
    this.steps = rules.map((rule): Step => ({
      rule,
      need: needOf(rule),
      pattern: rule.pattern.map(compileMatcher),
      notFollowedBy: rule.notFollowedBy && compileMatcher(rule.notFollowedBy),
    }));
    this.readOf = new Int32Array(this.steps.length);
    this.first = new Int32Array(this.steps.length);
    this.last = new Int32Array(this.steps.length);
    this.steps.forEach(({ need }, n) => {
      for (const value of new Set(need?.values)) {
        const map = this.needers[need!.field];
        map.set(value, [...(map.get(value) ?? []), n]);
        this.needFirsts[need!.field][value.charCodeAt(0)] = 1;
      }
    });
  }

  rewrite(sentence: string): { text: string; applied: Applied[] } {
    let text = sentence;
    // Read again only after a rule changed the text: most rules match nowhere.
    let tokens = this.tokenizer.tokenize(text);
    this.locate(tokens);
    const applied: Applied[] = [];
    for (let n = 0; n < this.steps.length; n++) {
      const step = this.steps[n]!;
      const { rule, need } = step;
      if (need && this.readOf[n] !== this.reading) continue;
      // A rule may match several times; each pass re-tokenizes. Bounded against runaway rules.
      for (let pass = 0; pass < 5; pass++) {
        const at = this.find(n, tokens);
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
        this.locate(tokens);
      }
    }
    return { text, applied };
  }

  /** Lists where each step's words are in a new reading: one pass over its tokens, not one per rule. */
  private locate(tokens: readonly Token[]): void {
    const { readOf, first, last } = this;
    // A new reading: every step's list is stale until a token of this reading starts it again.
    if (this.reading === 0x3fffffff) {
      readOf.fill(0);
      this.reading = 0;
    }
    const reading = ++this.reading;
    let used = 0;
    const mark = (steps: readonly number[], position: number): void => {
      for (const n of steps) {
        if (used === this.at.length) {
          const at = new Int32Array(used * 2);
          const after = new Int32Array(used * 2);
          at.set(this.at);
          after.set(this.after);
          this.at = at;
          this.after = after;
        }
        const entry = used++;
        this.at[entry] = position;
        this.after[entry] = -1;
        if (readOf[n] === reading) this.after[last[n]!] = entry;
        else {
          readOf[n] = reading;
          first[n] = entry;
        }
        last[n] = entry;
      }
    };
    const surfaces = this.needers.surface;
    const basics = this.needers.basic;
    const surfaceFirsts = this.needFirsts.surface;
    const basicFirsts = this.needFirsts.basic;
    for (let at = 0; at < tokens.length; at++) {
      const { surface_form: surface, basic_form: basic } = tokens[at]!;
      if (surface === '' || surfaceFirsts[surface.charCodeAt(0)]) mark(surfaces.get(surface) ?? NONE, at);
      if (basic === '' || basicFirsts[basic.charCodeAt(0)]) mark(basics.get(basic) ?? NONE, at);
    }
  }

  /**
   * The first token at which step n's pattern matches (and is not followed by what it must not
   * be), or -1. With a need, only where its word is (see locate) can the pattern be.
   */
  private find(n: number, tokens: readonly Token[]): number {
    const { pattern, notFollowedBy, need } = this.steps[n]!;
    const matchesAt = (i: number): boolean => {
      if (i < 0 || i + pattern.length > tokens.length) return false;
      for (let k = 0; k < pattern.length; k++) if (!pattern[k]!(tokens[i + k]!)) return false;
      const next = tokens[i + pattern.length];
      return !(notFollowedBy && next && notFollowedBy(next));
    };
    if (!need) {
      for (let i = 0; i < tokens.length; i++) if (matchesAt(i)) return i;
      return -1;
    }
    if (this.readOf[n] !== this.reading) return -1;
    for (let e = this.first[n]!; e >= 0; e = this.after[e]!) {
      const i = this.at[e]! - need.at;
      if (matchesAt(i)) return i;
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
