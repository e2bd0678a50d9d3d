import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { romajiSpellings } from './language';
import { fold, MAX_EMERGENCY_CHARS } from './normalize';
import type { CompiledPattern } from './patterns';
import { compilePattern, PatternIndex, prepareText } from './patterns';

export const EMERGENCY_KINDS = [
  'fire',
  'medical',
  'violence',
  'breakIn',
  'suicide',
  'trapped',
  'missing',
  'disaster',
] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

const emergencyFileSchema = z
  .object({
    kinds: z.partialRecord(
      z.enum(EMERGENCY_KINDS),
      z
        .object({
          always: z.array(z.string().min(1)).default([]),
          /**
           * Like `always` (a past word does not stand them down), but said with no time of their
           * own (đánh tôi, 老公打我, sinasaktan ako, suami saya memukul, "stabbed"): a resident
           * who says they are safe now after a past word (`safeNow`) or got away (`gotAway`) tells
           * a story, and for violence and break-ins they stand down. Present forms and signs of
           * danger now ("with a knife", "kill me", ドアの前にいる) stay in `always`.
           */
          unlessSafe: z.array(z.string().min(1)).default([]),
          unlessPast: z.array(z.string().min(1)).default([]),
          /** Cries that are alarming alone but ordinary inside a sentence ("help me" vs "help me find a job"). */
          whole: z.array(z.string().min(1)).default([]),
          /**
           * Like `unlessPast`, and they also stand down when the resident hedges ("熱中症かも",
           * "I think I have heatstroke"): with no danger sign of its own (collapsed, unconscious…,
           * which other phrases catch), a guess gets the medical-advice answer (#7119), not 119.
           */
          hedged: z.array(z.string().min(1)).default([]),
          /**
           * Two word lists that say the emergency only together, anywhere in the message and in
           * any order: who (子ども, "my 4 year old", 認知症の父) and what happens to them now
           * (帰ってこない, "wandered off", 不见了). A phrase list cannot spell every order and every
           * word in between (認知症の父が朝から帰ってこない). Like `unlessPast`, they stand down for the
           * past or a general question.
           */
          pairs: z
            .array(
              z
                .object({ who: z.array(z.string().min(1)).min(1), what: z.array(z.string().min(1)).min(1) })
                .strict(),
            )
            .default([]),
        })
        .strict(),
    ),
    pastOrInfo: z.array(z.string().min(1)).default([]),
    /**
     * "Since yesterday", "since this morning": a past word that says the danger goes on now, so
     * the `pastOrInfo` words do not stand the alarm down (昨日から父のろれつが回らない is a stroke).
     */
    ongoing: z.array(z.string().min(1)).default([]),
    /** "maybe", "I think", かも: the words that make a `hedged` phrase a guess. */
    hedges: z.array(z.string().min(1)).default([]),
    /**
     * The attacker or the danger is here now or goes on ("he is here now", 今家の前にいる, 去年から,
     * 殴られ続け, nandito siya, 又在打, de novo): like `ongoing`, but for the violence and break-in
     * phrases only, so "he hit me last year and he is here now" still alarms while "a fire last
     * year, how to stop it happening again" stays a question. They also keep `safeNow` and
     * `gotAway` from standing the alarm down.
     */
    dangerNow: z.array(z.string().min(1)).default([]),
    /**
     * "I am safe now", 今は安全, ligtas na ako: the resident says the danger is over. Together with a
     * `pastOrInfo` word ("used to", 去年, dati) the violence and break-in phrases stand down, but for
     * their `always` ones (以前老公打我，现在安全了 is a story for victim support, not "call 110 now");
     * an `ongoing` word ("he is here now", 今も, 去年から) keeps the alarm. Other kinds never stand
     * down. Alone they decide nothing: "he is banging on my door, I'm safe now inside" is now.
     */
    safeNow: z.array(z.string().min(1)).default([]),
    /**
     * "I got away" to a safe place (今は実家に逃げてる, at a shelter): like `safeNow`, and no past word
     * is needed (夫に殴られて、今は実家に逃げてる); `always` phrases (殴られてる, 包丁を持って) still alarm.
     */
    gotAway: z.array(z.string().min(1)).default([]),
    /**
     * Phrase → words that say it is something else: "locked in" a phone contract, 仕事探しを
     * "助けて". Only that phrase stands down, in whatever tier or kind it is listed; any other
     * phrase in the message still raises the alarm.
     */
    except: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  })
  .strict();
export type EmergencyFile = z.input<typeof emergencyFileSchema>;

export interface EmergencyHit {
  kind: EmergencyKind;
  matched: string;
  /** A one-word cry ("help", "助けて") that may also be a plain request for help with the chat. */
  whole?: boolean;
}

/** The group of a pair's words: they are tracked per pair (EmergencyDetector.pairSlot). */
const PAIR_GROUP = -1;

/** One file per language (`<locale>.json`), so each language's phrases are reviewed on their own. */
export const DEFAULT_EMERGENCY_DIR = path.join(__dirname, 'emergency');

/** Emoji that are an emergency on their own (🚑, 🆘), by kind: no language of their own. */
export const DEFAULT_EMERGENCY_SYMBOLS = path.join(__dirname, 'emergencySymbols.json');
const symbolsSchema = z
  .object({ _doc: z.string().optional() })
  .catchall(z.array(z.string().min(1)))
  .superRefine((o, ctx) => {
    for (const key of Object.keys(o))
      if (key !== '_doc' && !(EMERGENCY_KINDS as readonly string[]).includes(key))
        ctx.addIssue({ code: 'custom', message: `unknown emergency kind "${key}"` });
  });
export type EmergencySymbols = Partial<Record<EmergencyKind, string[]>>;

export function readEmergencySymbols(file: string = DEFAULT_EMERGENCY_SYMBOLS): EmergencySymbols {
  const parsed = symbolsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return Object.fromEntries(EMERGENCY_KINDS.map((kind) => [kind, parsed[kind] ?? []]));
}

// What may stand around the emoji of a symbols-only message: spaces, punctuation, variation
// selectors, joiners and skin tones (🆘️!!, 👮🏽).
const AROUND_SYMBOLS = /(?:\s|\p{P}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u200D)+/gu;

type CheckedEmergencyFile = z.output<typeof emergencyFileSchema>;

/**
 * The merged files, each already checked against the schema: the constructor does not check them
 * again (1.9 MB of phrases; zod was a quarter of the detector's start-up, half of it the repeat).
 */
const checked = new WeakSet<object>();

/** The phrases of several files as one: a message in any language is checked against all of them. */
export function mergeEmergencyFiles(files: readonly EmergencyFile[]): EmergencyFile {
  const parsed = files.map((f) => emergencyFileSchema.parse(f));
  const merged: CheckedEmergencyFile = {
    kinds: Object.fromEntries(
      EMERGENCY_KINDS.map((kind) => [
        kind,
        {
          always: parsed.flatMap((f) => f.kinds[kind]?.always ?? []),
          unlessSafe: parsed.flatMap((f) => f.kinds[kind]?.unlessSafe ?? []),
          unlessPast: parsed.flatMap((f) => f.kinds[kind]?.unlessPast ?? []),
          whole: parsed.flatMap((f) => f.kinds[kind]?.whole ?? []),
          hedged: parsed.flatMap((f) => f.kinds[kind]?.hedged ?? []),
          pairs: parsed.flatMap((f) => f.kinds[kind]?.pairs ?? []),
        },
      ]),
    ),
    pastOrInfo: parsed.flatMap((f) => f.pastOrInfo),
    ongoing: parsed.flatMap((f) => f.ongoing),
    hedges: parsed.flatMap((f) => f.hedges),
    dangerNow: parsed.flatMap((f) => f.dangerNow),
    safeNow: parsed.flatMap((f) => f.safeNow),
    gotAway: parsed.flatMap((f) => f.gotAway),
    except: parsed.reduce<Record<string, string[]>>((all, f) => {
      for (const [phrase, words] of Object.entries(f.except))
        all[phrase] = [...(all[phrase] ?? []), ...words];
      return all;
    }, {}),
  };
  checked.add(merged);
  return merged;
}

/** Every `*.json` in the directory, by file name. */
export function readEmergencyDir(
  dir: string = DEFAULT_EMERGENCY_DIR,
): Array<{ file: string; data: EmergencyFile }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as EmergencyFile }));
}

/**
 * Runs before anything else on every message. Missing an emergency costs far more than a false
 * alarm, so "always" phrases fire unconditionally; the broader "unlessPast" words stand down only
 * when the message plainly speaks of the past or asks for information (insurance, prevention…);
 * "hedged" ones (a named illness, not a danger sign) also when the resident only guesses.
 */
/**
 * The kinds of an attack: a resident's "I am safe now" (`safeNow`, `gotAway`) stands them down (a
 * past attack or break-in is for victim support), and `dangerNow` ("he is here now") brings them
 * back after a past word. Never suicide, illness, fire or disaster: "safe" there may be the
 * resident and not the person in danger, and "again" a question about the next time.
 */
const ATTACK_KINDS: ReadonlySet<EmergencyKind> = new Set(['violence', 'breakIn']);

/** The row of each tier of phrases in EmergencyDetector's groups (a row holds every kind). */
const TIER_ROWS = { always: 0, unlessPast: 1, hedged: 2, unlessSafe: 3 } as const;

/** A string of repeated cries is short: past this many folded characters it is a sentence. */
const MAX_REPEATED_CRIES = 64;

export class EmergencyDetector {
  /** The kinds in the order they are tried: suicide first (see detect). */
  private readonly kinds: EmergencyKind[];
  /** Cries alarming alone but ordinary in a sentence ("help me" vs "help me find a job"), per kind. */
  private readonly whole: Map<EmergencyKind, Set<string>>;
  /** Every whole cry, folded, with its kind (the first in detect's order): for cries said again and again. */
  private readonly cries = new Map<string, EmergencyKind>();
  private longestCry = 0;
  /**
   * Every phrase of every tier and kind in one index, so a message is scanned once, not once per
   * tier and kind (seventeen scans for an ordinary message); `groupOf[order]` is the phrase's
   * group (tier × kind), and within a group the lowest order is the phrase listed first.
   */
  private readonly index: PatternIndex;
  private readonly patterns: CompiledPattern[] = [];
  private readonly groupOf: number[] = [];
  /**
   * For a pair's words (group PAIR_GROUP): 2 × the pair's number, plus 1 for a `what` word; -1 for
   * every other phrase, so the array stays dense. The pairs in detect's order of kinds, each with
   * its kind's position.
   */
  private readonly pairSlot: number[] = [];
  private readonly pairKind: number[] = [];
  /** By kind's position, its pairs' numbers, in order. */
  private readonly pairsOf: number[][];
  private readonly symbols: Map<string, EmergencyKind>;
  /**
   * Every exception word once, in one index; `vetoes[order]` are the phrases it stands down. Most
   * words stand down hundreds of phrases (保険, "last year"): filed once per phrase, they were
   * 53,000 patterns to build at start-up and to try one after another at each place they begin.
   */
  private readonly exceptIndex: PatternIndex;
  private readonly vetoes: string[][] = [];

  constructor(data: EmergencyFile, symbols: EmergencySymbols = {}) {
    this.symbols = new Map(
      EMERGENCY_KINDS.flatMap((kind) =>
        (symbols[kind] ?? []).map((s) => [s.replace(AROUND_SYMBOLS, ''), kind] as const),
      ),
    );
    const parsed: CheckedEmergencyFile = checked.has(data)
      ? (data as CheckedEmergencyFile)
      : emergencyFileSchema.parse(data);
    // Suicide first: its answer adds the crisis text, which must never be lost to another kind.
    this.kinds = [...EMERGENCY_KINDS].sort((a, b) => Number(b === 'suicide') - Number(a === 'suicide'));
    this.whole = new Map(
      this.kinds.map((kind) => [kind, new Set((parsed.kinds[kind]?.whole ?? []).map(fold))]),
    );
    for (const [kind, cries] of this.whole)
      for (const cry of cries) {
        if (!cry || this.cries.has(cry)) continue;
        this.cries.set(cry, kind);
        this.longestCry = Math.max(this.longestCry, cry.length);
      }
    const add = (group: number, phrases: readonly string[]) => {
      for (const phrase of phrases) {
        this.patterns.push(compilePattern(phrase));
        this.groupOf.push(group);
        this.pairSlot.push(-1);
      }
    };
    this.kinds.forEach((kind, k) => {
      add(this.group('always', k), parsed.kinds[kind]?.always ?? []);
      add(this.group('unlessSafe', k), parsed.kinds[kind]?.unlessSafe ?? []);
      add(this.group('unlessPast', k), parsed.kinds[kind]?.unlessPast ?? []);
      add(this.group('hedged', k), parsed.kinds[kind]?.hedged ?? []);
    });
    this.kinds.forEach((kind, k) => {
      for (const pair of parsed.kinds[kind]?.pairs ?? []) {
        const slot = 2 * this.pairKind.push(k) - 2;
        for (const [words, role] of [
          [pair.who, 0],
          [pair.what, 1],
        ] as const) {
          const at = this.patterns.length;
          add(PAIR_GROUP, words);
          for (let i = 0; i < words.length; i++) this.pairSlot[at + i] = slot + role;
        }
      }
    });
    this.pairsOf = this.kinds.map((_, k) => this.pairKind.flatMap((kind, j) => (kind === k ? [j] : [])));
    add(this.group('pastOrInfo'), parsed.pastOrInfo);
    add(this.group('hedges'), parsed.hedges);
    add(this.group('ongoing'), parsed.ongoing);
    add(this.group('dangerNow'), parsed.dangerNow);
    add(this.group('safeNow'), parsed.safeNow);
    add(this.group('gotAway'), parsed.gotAway);
    this.index = new PatternIndex(this.patterns);
    const words: CompiledPattern[] = [];
    const orderOf = new Map<string, number>();
    for (const [phrase, list] of Object.entries(parsed.except))
      for (const word of list) {
        let order = orderOf.get(word);
        if (order === undefined) {
          order = words.push(compilePattern(word)) - 1;
          orderOf.set(word, order);
          this.vetoes.push([]);
        }
        this.vetoes[order]!.push(phrase);
      }
    this.exceptIndex = new PatternIndex(words);
  }

  /** Groups: a tier of each kind (kinds in detect's order), then the six word lists. */
  private group(
    tier:
      | 'always'
      | 'unlessSafe'
      | 'unlessPast'
      | 'hedged'
      | 'pastOrInfo'
      | 'hedges'
      | 'ongoing'
      | 'dangerNow'
      | 'safeNow'
      | 'gotAway',
    kind = 0,
  ): number {
    const n = this.kinds.length;
    if (tier === 'pastOrInfo') return 4 * n;
    if (tier === 'hedges') return 4 * n + 1;
    if (tier === 'ongoing') return 4 * n + 2;
    if (tier === 'safeNow') return 4 * n + 3;
    if (tier === 'gotAway') return 4 * n + 4;
    if (tier === 'dangerNow') return 4 * n + 5;
    return TIER_ROWS[tier] * n + kind;
  }

  static load(
    dir: string = DEFAULT_EMERGENCY_DIR,
    symbols: string = DEFAULT_EMERGENCY_SYMBOLS,
  ): EmergencyDetector {
    return new EmergencyDetector(
      mergeEmergencyFiles(readEmergencyDir(dir).map((f) => f.data)),
      readEmergencySymbols(symbols),
    );
  }

  /** Romaji with its long vowels marked (ōkega) is read as spelled out (oukega, then ookega). */
  detect(text: string): EmergencyHit | null {
    for (const spelling of romajiSpellings(text)) {
      const hit = this.detectSpelling(spelling);
      if (hit) return hit;
    }
    return null;
  }

  private detectSpelling(text: string): EmergencyHit | null {
    const symbol = this.symbolsOnly(text);
    if (symbol) return symbol;
    const prepared = prepareText(text.slice(0, MAX_EMERGENCY_CHARS));
    // Made only when an exception word is found: most messages hold none.
    let vetoed: Set<string> | undefined;
    let seen: Set<number> | undefined;
    this.exceptIndex.scan(prepared, (order) => {
      if (seen?.has(order)) return; // a word said again stands down the same phrases
      (seen ??= new Set()).add(order);
      vetoed ??= new Set();
      for (const phrase of this.vetoes[order]!) vetoed.add(phrase);
    });
    // The first-listed phrase found in each group, among those no exception word stands down.
    const first = new Array<number>(4 * this.kinds.length + 6).fill(Infinity);
    // By pair slot (see pairSlot), the first-listed word found; only slots with a word found are
    // here (a few at most), so an ordinary message does not walk every pair of every kind.
    const paired = new Map<number, number>();
    this.index.scan(prepared, (order) => {
      if (vetoed?.has(this.patterns[order]!.source)) return;
      const g = this.groupOf[order]!;
      if (g === PAIR_GROUP) {
        const slot = this.pairSlot[order]!;
        if (order < (paired.get(slot) ?? Infinity)) paired.set(slot, order);
      } else if (order < first[g]!) first[g] = order;
    });
    const pairHit = (k: number): EmergencyHit | null => {
      if (paired.size < 2) return null;
      for (const j of this.pairsOf[k]!) {
        const who = paired.get(2 * j);
        const what = paired.get(2 * j + 1);
        if (who !== undefined && what !== undefined)
          return {
            kind: this.kinds[k]!,
            matched: `${this.patterns[who]!.source} + ${this.patterns[what]!.source}`,
          };
      }
      return null;
    };
    const hit = (tier: 'always' | 'unlessSafe' | 'unlessPast' | 'hedged', k: number): EmergencyHit | null => {
      const order = first[this.group(tier, k)]!;
      return order === Infinity ? null : { kind: this.kinds[k]!, matched: this.patterns[order]!.source };
    };
    const said = (tier: 'pastOrInfo' | 'ongoing' | 'dangerNow' | 'safeNow' | 'gotAway') =>
      first[this.group(tier)] !== Infinity;
    const attack = (k: number) => ATTACK_KINDS.has(this.kinds[k]!);
    // A past attack or break-in, told by a resident who is safe now after a past word, or who got
    // away: the violence and break-in phrases stand down, but for their `always` ones (present
    // forms and signs of danger now: 殴られてる, "with a knife", "kill me").
    const safe = !said('ongoing') && !said('dangerNow') && (said('safeNow') || said('gotAway'));
    const over = safe && (said('pastOrInfo') || said('gotAway'));
    for (let k = 0; k < this.kinds.length; k++) {
      const found = hit('always', k) ?? (over && attack(k) ? null : hit('unlessSafe', k));
      if (found) return found;
      if (this.whole.get(this.kinds[k]!)!.has(prepared.folded))
        return { kind: this.kinds[k]!, matched: prepared.folded, whole: true };
    }
    const repeated = this.repeatedCries(prepared.folded);
    if (repeated) return repeated;
    // A past word stands the other tiers down, except for an attack said to be here now.
    const past = said('pastOrInfo') && !said('ongoing');
    if (past && !said('dangerNow')) return null;
    for (let k = 0; k < this.kinds.length; k++) {
      if (attack(k) ? over : past) continue;
      const found = hit('unlessPast', k) ?? pairHit(k);
      if (found) return found;
    }
    if (past || first[this.group('hedges')] !== Infinity) return null;
    for (let k = 0; k < this.kinds.length; k++) {
      if (over && attack(k)) continue;
      const found = hit('hedged', k);
      if (found) return found;
    }
    return null;
  }

  /**
   * A message of whole cries and nothing else, said more than once: たすけて たすけて, 119 119 119,
   * "help help help", "police police". A panicking resident repeats the word; each alone raises
   * the alarm, so the string of them does too (the first one's kind).
   */
  private repeatedCries(folded: string): EmergencyHit | null {
    if (folded.length > MAX_REPEATED_CRIES || this.longestCry === 0) return null;
    // covered[i]: folded[0, i) is a string of cries, the first of kind `covered[i].kind`, and
    // `covered[i].cries` of them at most (the most found by this left-to-right pass).
    const covered: Array<{ kind: EmergencyKind; cries: number } | undefined> = [];
    for (let i = 0; i < folded.length; i++) {
      const before = covered[i];
      if (i > 0 && !before) continue;
      for (let len = 1; len <= this.longestCry && i + len <= folded.length; len++) {
        const kind = this.cries.get(folded.slice(i, i + len));
        if (!kind) continue;
        const next = { kind: before?.kind ?? kind, cries: (before?.cries ?? 0) + 1 };
        const known = covered[i + len];
        if (!known || next.cries > known.cries) covered[i + len] = next;
      }
    }
    const all = covered[folded.length];
    return all && all.cries >= 2 ? { kind: all.kind, matched: folded, whole: true } : null;
  }

  /** A message of emergency emoji and nothing else (🚑🚑, 🆘!): the first one's kind. */
  private symbolsOnly(text: string): EmergencyHit | null {
    if (text.length > 64 || this.symbols.size === 0) return null;
    const bare = [...text.replace(AROUND_SYMBOLS, '')];
    if (bare.length === 0) return null;
    const kinds = bare.map((c) => this.symbols.get(c));
    if (kinds.some((k) => k === undefined)) return null;
    return { kind: kinds[0]!, matched: bare[0]!, whole: true };
  }
}
