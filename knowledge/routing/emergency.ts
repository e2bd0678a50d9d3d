import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fold, MAX_ROUTED_CHARS } from './normalize';
import type { CompiledPattern } from './patterns';
import { compilePattern, matches, prepareText } from './patterns';

export const EMERGENCY_KINDS = ['fire', 'medical', 'violence', 'breakIn', 'suicide', 'trapped'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

const emergencyFileSchema = z
  .object({
    kinds: z.record(
      z.enum(EMERGENCY_KINDS),
      z
        .object({
          always: z.array(z.string().min(1)),
          unlessPast: z.array(z.string().min(1)),
          /** Cries that are alarming alone but ordinary inside a sentence ("help me" vs "help me find a job"). */
          whole: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
    pastOrInfo: z.array(z.string().min(1)),
  })
  .strict();
export type EmergencyFile = z.infer<typeof emergencyFileSchema>;

export interface EmergencyHit {
  kind: EmergencyKind;
  matched: string;
  /** A one-word cry ("help", "助けて") that may also be a plain request for help with the chat. */
  whole?: boolean;
}

export const DEFAULT_EMERGENCY_FILE = path.join(__dirname, 'emergency.json');

/**
 * Runs before anything else on every message. Missing an emergency costs far more than a false
 * alarm, so "always" phrases fire unconditionally; the broader "unlessPast" words stand down only
 * when the message plainly speaks of the past or asks for information (insurance, prevention…).
 */
export class EmergencyDetector {
  private readonly kinds: Array<{
    kind: EmergencyKind;
    always: CompiledPattern[];
    unlessPast: CompiledPattern[];
    // Cries alarming alone but ordinary in a sentence ("help me" vs "help me find a job").
    whole: Set<string>;
  }>;
  private readonly pastOrInfo: CompiledPattern[];

  constructor(data: EmergencyFile) {
    const parsed = emergencyFileSchema.parse(data);
    this.kinds = EMERGENCY_KINDS.map((kind) => ({
      kind,
      always: (parsed.kinds[kind]?.always ?? []).map(compilePattern),
      unlessPast: (parsed.kinds[kind]?.unlessPast ?? []).map(compilePattern),
      whole: new Set((parsed.kinds[kind]?.whole ?? []).map((w) => fold(w))),
    }));
    this.pastOrInfo = parsed.pastOrInfo.map(compilePattern);
  }

  static load(file: string = DEFAULT_EMERGENCY_FILE): EmergencyDetector {
    return new EmergencyDetector(JSON.parse(readFileSync(file, 'utf8')) as EmergencyFile);
  }

  detect(text: string): EmergencyHit | null {
    const prepared = prepareText(text.slice(0, MAX_ROUTED_CHARS));
    // Suicide first: its answer adds the crisis text, which must never be lost to another kind.
    const order = [...this.kinds].sort((a, b) => Number(b.kind === 'suicide') - Number(a.kind === 'suicide'));
    for (const k of order) {
      const hit = k.always.find((p) => matches(p, prepared));
      if (hit) return { kind: k.kind, matched: hit.source };
      if (k.whole.has(prepared.folded)) return { kind: k.kind, matched: prepared.folded, whole: true };
    }
    const pastOrInfo = this.pastOrInfo.some((p) => matches(p, prepared));
    if (pastOrInfo) return null;
    for (const k of order) {
      const hit = k.unlessPast.find((p) => matches(p, prepared));
      if (hit) return { kind: k.kind, matched: hit.source };
    }
    return null;
  }
}
