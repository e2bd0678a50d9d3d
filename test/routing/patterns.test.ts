import fc from 'fast-check';
import type { KeywordFile } from '../../knowledge/routing/keywordRouter';
import { KEYWORD_LOCALES, KeywordRouter, readKeywords } from '../../knowledge/routing/keywordRouter';
import type { EmergencyKind } from '../../knowledge/routing/emergency';
import {
  EMERGENCY_KINDS,
  EmergencyDetector,
  mergeEmergencyFiles,
  readEmergencyDir,
} from '../../knowledge/routing/emergency';
import { fold, MAX_EMERGENCY_CHARS } from '../../knowledge/routing/normalize';
import type { CompiledPattern, PreparedText } from '../../knowledge/routing/patterns';
import { compilePattern, matches, PatternIndex, prepareText } from '../../knowledge/routing/patterns';

/** Every emergency phrase of every language, as one list. */
const data = mergeEmergencyFiles(readEmergencyDir().map((f) => f.data));
const phrases = [
  ...Object.values(data.kinds).flatMap((k) => [
    ...(k.always ?? []),
    ...(k.unlessSafe ?? []),
    ...(k.unlessPast ?? []),
  ]),
  ...(data.pastOrInfo ?? []),
];
const compiled = phrases.map(compilePattern);
const index = new PatternIndex(compiled);

describe('PatternIndex', () => {
  it('finds the same first pattern as trying every pattern in order', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '。', 'now ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const text = prepareText(parts.join(' '));
        expect(index.first(text)?.source).toBe(compiled.find((p) => matches(p, text))?.source);
      }),
      { numRuns: 400 },
    );
  });

  // Patterns are filed by their first two characters, and one-character ones by that character:
  // short patterns of every kind (one kanji, one letter as a word, emoji) must still be found.
  it('finds every short pattern that matches, whatever its length or script', () => {
    const unit = fc.constantFrom(...'子いのa b😀🚑ー。x'.split(''), 'my', 'so', '助け');
    const pattern = fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join(''));
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 12 }),
        fc.array(unit, { maxLength: 20 }),
        (ps, t) => {
          const patterns = ps.map(compilePattern);
          const text = prepareText(t.join(''));
          const got = new Set<number>();
          new PatternIndex(patterns).scan(text, (order) => got.add(order));
          const want = patterns.flatMap((p, order) => (matches(p, text) ? [order] : []));
          expect([...got].sort((a, b) => a - b)).toEqual(want);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds every phrase in a sentence around it', () => {
    for (const phrase of phrases.slice(0, 400)) {
      const text = prepareText(`well ${phrase} now`);
      expect(index.first(text)).toBe(compiled.find((p) => matches(p, text)));
    }
  });

  it('tells apart two long phrases filed under the same four-character key', () => {
    // The third and fourth characters are filed modulo a prime (2,097,143 = 32 × 65,536 − 9):
    // 32 code points higher in the third place and 9 lower in the fourth give the same key.
    const a = 'あい子か';
    const b = `あい${String.fromCharCode(a.charCodeAt(2) + 32)}${String.fromCharCode(a.charCodeAt(3) - 9)}`;
    const both = new PatternIndex([compilePattern(a), compilePattern(b)]);
    const found = (text: string) => {
      const got = new Set<number>();
      both.scan(prepareText(text), (order) => got.add(order));
      return [...got];
    };
    expect(found(`それは${a}です`)).toEqual([0]);
    expect(found(`それは${b}です`)).toEqual([1]);
  });
});

describe('KeywordRouter on one index', () => {
  const file = readKeywords();
  const router = new KeywordRouter(file);
  const withWords = (rule: KeywordFile['rules'][number]): readonly string[] =>
    (rule as { with?: string[] }).with ?? [];
  const keywords = file.rules.flatMap((r) => [
    ...KEYWORD_LOCALES.flatMap((l) => r[l] ?? []),
    ...(r.except ?? []),
    ...withWords(r),
  ]);

  /**
   * The router's rule as written: each rule's first keyword that matches adds its weight once,
   * unless one of its exception words is there, or it has `with` words and none is there.
   */
  const reference = (text: string): { topic: string; matched: string[] } => {
    const prepared = prepareText(text);
    const scores = new Map<string, { score: number; matched: string[] }>();
    const found = (words: readonly string[]) => words.some((w) => matches(compilePattern(w), prepared));
    for (const rule of file.rules) {
      const hit = KEYWORD_LOCALES.flatMap((l) => rule[l] ?? [])
        .map(compilePattern)
        .find((p) => matches(p, prepared));
      if (!hit) continue;
      if (found(rule.except ?? [])) continue;
      if (withWords(rule).length > 0 && !found(withWords(rule))) continue;
      const entry = scores.get(rule.topic) ?? { score: 0, matched: [] };
      entry.score += rule.weight ?? 1;
      entry.matched.push(hit.source);
      scores.set(rule.topic, entry);
    }
    // The higher score; on a tie a scam or a crime before a procedure, else the earlier rule.
    const urgent = (topic: string) => topic === 'consumer' || topic === 'victim';
    const best = [...scores].reduce<[string, { score: number; matched: string[] }] | undefined>(
      (b, e) =>
        !b || e[1].score > b[1].score || (e[1].score === b[1].score && urgent(e[0]) && !urgent(b[0])) ? e : b,
      undefined,
    );
    return !best || best[1].score < file.threshold
      ? { topic: 'fallback', matched: [] }
      : { topic: best[0], matched: best[1].matched };
  };

  it('gives the topic and the keywords behind it that trying every rule in order gives', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...keywords),
      fc.string({ maxLength: 10 }),
      fc.constantFrom(' ', '、', 'I ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        const text = parts.join(' ');
        const got = router.route(text, 'en');
        expect({ topic: got.topic, matched: got.matched }).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('EmergencyDetector', () => {
  // The rules of detect, tier by tier and kind by kind with plain `matches`: what the detector's
  // one scan over all phrases must decide, hit for hit.
  const kinds = [...EMERGENCY_KINDS].sort((a, b) => Number(b === 'suicide') - Number(a === 'suicide'));
  const compiled = (list: readonly string[] | undefined) => (list ?? []).map(compilePattern);
  const tiers = new Map(
    kinds.map((kind) => [
      kind,
      {
        always: compiled(data.kinds[kind]?.always),
        unlessSafe: compiled(data.kinds[kind]?.unlessSafe),
        unlessPast: compiled(data.kinds[kind]?.unlessPast),
        hedged: compiled(data.kinds[kind]?.hedged),
      },
    ]),
  );
  const tier = (kind: EmergencyKind, name: 'always' | 'unlessSafe' | 'unlessPast' | 'hedged') =>
    tiers.get(kind)![name];
  const pastOrInfo = compiled(data.pastOrInfo);
  const hedges = compiled(data.hedges);
  const ongoing = compiled(data.ongoing);
  const dangerNow = compiled(data.dangerNow);
  const safeNow = compiled(data.safeNow);
  const gotAway = compiled(data.gotAway);
  const any = (list: readonly CompiledPattern[], text: PreparedText) => list.some((p) => matches(p, text));
  const except = data.except ?? {};
  // Each phrase's exception words, compiled once (the reference is called for thousands of texts).
  const exceptOf = new Map(Object.entries(except).map(([phrase, list]) => [phrase, compiled(list)]));
  // A phrase counts when it matches and none of its exception words does.
  const counts = (p: CompiledPattern, text: PreparedText) =>
    matches(p, text) && !any(exceptOf.get(p.source) ?? [], text);
  const pairsOf = new Map(
    kinds.map((kind) => [
      kind,
      (data.kinds[kind]?.pairs ?? []).map((pair) => ({ who: compiled(pair.who), what: compiled(pair.what) })),
    ]),
  );
  const reference = (raw: string): { kind: string; matched: string } | null => {
    const text = prepareText(raw.slice(0, MAX_EMERGENCY_CHARS));
    // Safe now after a past attack or break-in, or got away: those two kinds stand down but for
    // their `always` phrases. After a past word, a word that the danger is here now brings those
    // two kinds back, and only them.
    const violent = (kind: EmergencyKind) => kind === 'violence' || kind === 'breakIn';
    const ongoingSaid = any(ongoing, text);
    const dangerSaid = any(dangerNow, text);
    const safe = !ongoingSaid && !dangerSaid && (any(safeNow, text) || any(gotAway, text));
    const over = safe && (any(pastOrInfo, text) || any(gotAway, text));
    for (const kind of kinds) {
      const hit =
        tier(kind, 'always').find((p) => counts(p, text)) ??
        (over && violent(kind) ? undefined : tier(kind, 'unlessSafe').find((p) => counts(p, text)));
      if (hit) return { kind, matched: hit.source };
      if ((data.kinds[kind]?.whole ?? []).some((w) => fold(w) === text.folded))
        return { kind, matched: text.folded };
    }
    const past = any(pastOrInfo, text) && !ongoingSaid;
    if (past && !dangerSaid) return null;
    for (const kind of kinds.filter((k) => !(violent(k) ? over : past))) {
      const hit = tier(kind, 'unlessPast').find((p) => counts(p, text));
      if (hit) return { kind, matched: hit.source };
      // Pairs: a `who` and a `what` word of the same pair, each the first of its list found.
      for (const pair of pairsOf.get(kind)!) {
        const who = pair.who.find((p) => counts(p, text));
        const what = pair.what.find((p) => counts(p, text));
        if (who && what) return { kind, matched: `${who.source} + ${what.source}` };
      }
    }
    if (past || any(hedges, text)) return null;
    for (const kind of kinds.filter((k) => !(over && violent(k)))) {
      const hit = tier(kind, 'hedged').find((p) => counts(p, text));
      if (hit) return { kind, matched: hit.source };
    }
    return null;
  };
  const detector = new EmergencyDetector(data);
  const found = (text: string) => {
    const hit = detector.detect(text);
    return hit ? { kind: hit.kind, matched: hit.matched } : null;
  };
  const words = [
    ...phrases,
    ...Object.values(data.kinds).flatMap((k) => [...(k.hedged ?? []), ...(k.whole ?? [])]),
    ...(data.hedges ?? []),
    ...(data.ongoing ?? []),
    ...(data.dangerNow ?? []),
    ...(data.safeNow ?? []),
    ...(data.gotAway ?? []),
    ...Object.values(except).flat(),
    ...Object.values(data.kinds).flatMap((k) => (k.pairs ?? []).flatMap((p) => [...p.who, ...p.what])),
  ];

  it('decides as trying each tier and kind in turn does, on random mixes of its phrases', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '。', 'now ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        expect(found(text)).toEqual(reference(text));
      }),
      { numRuns: 600 },
    );
  });

  // The reference tries every phrase for every text: over all ~100,000 phrases and exception
  // words that is quadratic (minutes). Every phrase alone is checked for a spread sample of
  // SAMPLE words, the same every run, taken evenly from every list in order.
  const SAMPLE = 6000;
  const sample = words.filter((_, i) => i % Math.max(1, Math.ceil(words.length / SAMPLE)) === 0);

  it('decides as trying each tier and kind in turn does, on every phrase alone (an even sample)', () => {
    expect(sample.length).toBeGreaterThan(Math.min(words.length, SAMPLE) / 2);
    for (const word of sample) expect(found(word)).toEqual(reference(word));
  });
});

// "fee" as a question word matched "I feel so tired" on the victim path (seventh round): a word
// pattern written with a trailing space matches only the whole word.
describe('a word pattern with a trailing space matches the whole word only', () => {
  const fee = compilePattern('fee ');
  it.each<[string, boolean]>([
    ['is there a fee?', true],
    ['fee', true],
    ['I feel so tired', false],
    ['fees', false],
  ])('"fee " in "%s" → %s', (text, expected) => {
    expect(matches(fee, prepareText(text))).toBe(expected);
    expect(new PatternIndex([fee]).first(prepareText(text)) !== undefined).toBe(expected);
  });
});
