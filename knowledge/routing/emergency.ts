import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fold, MAX_EMERGENCY_CHARS } from './normalize';
import { compilePattern, PatternIndex, prepareText } from './patterns';

export const EMERGENCY_KINDS = ['fire', 'medical', 'violence', 'breakIn', 'suicide', 'trapped'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

const emergencyFileSchema = z
  .object({
    kinds: z.partialRecord(
      z.enum(EMERGENCY_KINDS),
      z
        .object({
          always: z.array(z.string().min(1)).default([]),
          unlessPast: z.array(z.string().min(1)).default([]),
          /** Cries that are alarming alone but ordinary inside a sentence ("help me" vs "help me find a job"). */
          whole: z.array(z.string().min(1)).default([]),
          /**
           * Like `unlessPast`, and they also stand down when the resident hedges ("熱中症かも",
           * "I think I have heatstroke"): with no danger sign of its own (collapsed, unconscious…,
           * which other phrases catch), a guess gets the medical-advice answer (#7119), not 119.
           */
          hedged: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
    pastOrInfo: z.array(z.string().min(1)).default([]),
    /** "maybe", "I think", かも: the words that make a `hedged` phrase a guess. */
    hedges: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type EmergencyFile = z.input<typeof emergencyFileSchema>;

export interface EmergencyHit {
  kind: EmergencyKind;
  matched: string;
  /** A one-word cry ("help", "助けて") that may also be a plain request for help with the chat. */
  whole?: boolean;
}

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

/** The phrases of several files as one: a message in any language is checked against all of them. */
export function mergeEmergencyFiles(files: readonly EmergencyFile[]): EmergencyFile {
  const parsed = files.map((f) => emergencyFileSchema.parse(f));
  return {
    kinds: Object.fromEntries(
      EMERGENCY_KINDS.map((kind) => [
        kind,
        {
          always: parsed.flatMap((f) => f.kinds[kind]?.always ?? []),
          unlessPast: parsed.flatMap((f) => f.kinds[kind]?.unlessPast ?? []),
          whole: parsed.flatMap((f) => f.kinds[kind]?.whole ?? []),
          hedged: parsed.flatMap((f) => f.kinds[kind]?.hedged ?? []),
        },
      ]),
    ),
    pastOrInfo: parsed.flatMap((f) => f.pastOrInfo),
    hedges: parsed.flatMap((f) => f.hedges),
  };
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
export class EmergencyDetector {
  private readonly kinds: Array<{
    kind: EmergencyKind;
    always: PatternIndex;
    unlessPast: PatternIndex;
    // Cries alarming alone but ordinary in a sentence ("help me" vs "help me find a job").
    whole: Set<string>;
    hedged: PatternIndex;
  }>;
  private readonly pastOrInfo: PatternIndex;
  private readonly hedges: PatternIndex;
  private readonly symbols: Map<string, EmergencyKind>;

  constructor(data: EmergencyFile, symbols: EmergencySymbols = {}) {
    this.symbols = new Map(
      EMERGENCY_KINDS.flatMap((kind) =>
        (symbols[kind] ?? []).map((s) => [s.replace(AROUND_SYMBOLS, ''), kind] as const),
      ),
    );
    const parsed = emergencyFileSchema.parse(data);
    this.kinds = EMERGENCY_KINDS.map((kind) => ({
      kind,
      always: new PatternIndex((parsed.kinds[kind]?.always ?? []).map(compilePattern)),
      unlessPast: new PatternIndex((parsed.kinds[kind]?.unlessPast ?? []).map(compilePattern)),
      whole: new Set((parsed.kinds[kind]?.whole ?? []).map((w) => fold(w))),
      hedged: new PatternIndex((parsed.kinds[kind]?.hedged ?? []).map(compilePattern)),
    }));
    this.pastOrInfo = new PatternIndex(parsed.pastOrInfo.map(compilePattern));
    this.hedges = new PatternIndex(parsed.hedges.map(compilePattern));
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

  detect(text: string): EmergencyHit | null {
    const symbol = this.symbolsOnly(text);
    if (symbol) return symbol;
    const prepared = prepareText(text.slice(0, MAX_EMERGENCY_CHARS));
    // Suicide first: its answer adds the crisis text, which must never be lost to another kind.
    const order = [...this.kinds].sort((a, b) => Number(b.kind === 'suicide') - Number(a.kind === 'suicide'));
    for (const k of order) {
      const hit = k.always.first(prepared);
      if (hit) return { kind: k.kind, matched: hit.source };
      if (k.whole.has(prepared.folded)) return { kind: k.kind, matched: prepared.folded, whole: true };
    }
    const pastOrInfo = this.pastOrInfo.first(prepared) !== undefined;
    if (pastOrInfo) return null;
    for (const k of order) {
      const hit = k.unlessPast.first(prepared);
      if (hit) return { kind: k.kind, matched: hit.source };
    }
    if (this.hedges.first(prepared) !== undefined) return null;
    for (const k of order) {
      const hit = k.hedged.first(prepared);
      if (hit) return { kind: k.kind, matched: hit.source };
    }
    return null;
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
