import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { hasKanji, isKana, KANJI, toHiragana } from './kana';
import { readNumber, readNumberText } from './numbers';
import type { RubySegment } from './ruby';
import type { Token, Tokenizer } from './tokenizer';

const countersSchema = z.object({
  counters: z.record(
    z.string(),
    z
      .object({
        reading: z.string(),
        after: z.record(z.string(), z.string()).optional(),
        whole: z.record(z.string(), z.string()).optional(),
        dateWhole: z.record(z.string(), z.string()).optional(),
      })
      .strict(),
  ),
});
const readingsSchema = z.object({
  phrases: z.array(
    z
      .object({ tokens: z.array(z.string()).min(1), reading: z.string(), note: z.string().optional() })
      .strict(),
  ),
  houAfter: z.array(z.string()),
});

type Counters = z.infer<typeof countersSchema>['counters'];
type Phrase = z.infer<typeof readingsSchema>['phrases'][number];

export interface FuriganaResult {
  segments: RubySegment[];
  /** Kanji words kuromoji had no reading for: shown without ruby, listed in the report. */
  unknown: string[];
}

const RULES_DIR = path.join(__dirname, 'rules');

/**
 * Readings for every kanji word, from kuromoji (IPADIC) with the fixes it needs: numbers with
 * counters (4月 しがつ, 1日 ついたち after a month, 2人 ふたり, 30分 さんじゅっぷん), whole-phrase
 * readings (二十歳 はたち, 日本 にほん) and 方 as かた or ほう from its context.
 */
export class Furigana {
  private readonly counters: Counters;
  private readonly counterKeys: string[];
  private readonly phrases: Phrase[];
  private readonly houAfter: Set<string>;

  constructor(private readonly tokenizer: Tokenizer) {
    this.counters = countersSchema.parse(
      JSON.parse(readFileSync(path.join(RULES_DIR, 'counters.json'), 'utf8')),
    ).counters;
    this.counterKeys = Object.keys(this.counters).sort((a, b) => b.length - a.length);
    const readings = readingsSchema.parse(
      JSON.parse(readFileSync(path.join(RULES_DIR, 'readings.json'), 'utf8')),
    );
    this.phrases = [...readings.phrases].sort((a, b) => b.tokens.length - a.tokens.length);
    this.houAfter = new Set(readings.houAfter);
  }

  annotate(text: string): FuriganaResult {
    const tokens = this.tokenizer.tokenize(text);
    // kuromoji can drop characters around astral-plane text (𐀀!): never show less than was written.
    if (tokens.map((t) => t.surface_form).join('') !== text)
      return { segments: text ? [{ text }] : [], unknown: [] };
    return this.annotateTokens(tokens);
  }

  annotateTokens(tokens: readonly Token[]): FuriganaResult {
    const segments: RubySegment[] = [];
    const unknown: string[] = [];
    let afterMonth = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const phrase = this.phraseAt(tokens, i);
      if (phrase) {
        segments.push({ text: phrase.tokens.join(''), reading: phrase.reading });
        i += phrase.tokens.length - 1;
        afterMonth = false;
        continue;
      }
      if (/^[0-9,]+$/.test(token.surface_form)) {
        const counted = this.numberWithCounter(tokens, i, afterMonth);
        if (counted) {
          segments.push(...counted.segments);
          afterMonth = counted.counter === '月';
          i += counted.consumed - 1;
          continue;
        }
        const kana = readNumberText(token.surface_form);
        segments.push(kana ? { text: token.surface_form, kana } : { text: token.surface_form });
        afterMonth = false;
        continue;
      }
      afterMonth = false;
      if (!hasKanji(token.surface_form)) {
        segments.push({ text: token.surface_form });
        continue;
      }
      const reading = this.readingOf(tokens, i);
      if (!reading) {
        unknown.push(token.surface_form);
        segments.push({ text: token.surface_form });
        continue;
      }
      segments.push(...align(token.surface_form, reading));
    }
    return { segments: merge(segments), unknown };
  }

  private phraseAt(tokens: readonly Token[], i: number): Phrase | undefined {
    return this.phrases.find((p) => p.tokens.every((surface, k) => tokens[i + k]?.surface_form === surface));
  }

  private readingOf(tokens: readonly Token[], i: number): string | null {
    const token = tokens[i]!;
    if (token.surface_form === '方' && token.pos_detail_1 === '非自立') return this.hou(tokens, i);
    const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : null;
    return reading;
  }

  /** 方: a person (かた) after a verb or after "…の"; a direction or comparison (ほう) after こちら, 右… */
  private hou(tokens: readonly Token[], i: number): string {
    const prev = tokens[i - 1];
    const before = tokens[i - 2];
    if (prev?.surface_form === 'の' && before && this.houAfter.has(before.surface_form)) return 'ほう';
    if (prev?.pos === '形容詞') return 'ほう';
    if (prev?.pos === '助動詞' && prev.basic_form === 'た') {
      // 〜した方がいい (advice) vs 〜した方 (a person): the particle after decides.
      const next = tokens[i + 1]?.surface_form;
      return next === 'が' ? 'ほう' : 'かた';
    }
    return prev?.surface_form === 'の' || prev?.pos === '動詞' ? 'かた' : 'ほう';
  }

  private numberWithCounter(
    tokens: readonly Token[],
    i: number,
    afterMonth: boolean,
  ): { segments: RubySegment[]; consumed: number; counter: string } | null {
    const digits = tokens[i]!.surface_form;
    // A counter may span tokens ("か" + "月", "時" + "間").
    let following = '';
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) following += tokens[k]!.surface_form;
    const key = this.counterKeys.find((c) => following.startsWith(c));
    if (!key) return null;
    let consumedChars = 0;
    let consumed = 1;
    while (consumedChars < key.length) consumedChars += tokens[i + consumed++]!.surface_form.length;
    if (consumedChars !== key.length) return null; // the counter ends inside a token: not a counter
    const counter = this.counters[key]!;
    const number = readNumber(digits);
    if (!number) return null;
    const plain = digits.replace(/,/g, '');
    const whole = (afterMonth && counter.dateWhole?.[plain]) || counter.whole?.[plain];
    const changed = counter.after?.[number.last];
    const reading = whole ?? (changed ? number.head + changed : number.head + number.last + counter.reading);
    // Years and long numbers: ruby on the counter only, the digits stay plain (2026年).
    if (!whole && !changed && plain.length >= 3) {
      return {
        segments: [
          { text: digits, kana: number.head + number.last },
          hasKanji(key) ? { text: key, reading: counter.reading } : { text: key },
        ],
        consumed,
        counter: key,
      };
    }
    return { segments: [{ text: digits + key, reading }], consumed, counter: key };
  }
}

/**
 * Puts the reading over the kanji only: 取り消し + とりけし → 取(と)り消(け)し. When the kana
 * around the kanji do not match the reading, the whole word gets the reading.
 */
export function align(surface: string, reading: string): RubySegment[] {
  if (!hasKanji(surface)) return [{ text: surface }];
  if (isKana(surface)) return [{ text: surface }];
  const runs = surface.match(/[\p{Script=Han}々〆ヶ]+|[^\p{Script=Han}々〆ヶ]+/gu) ?? [surface];
  const pattern = new RegExp(
    `^${runs.map((r) => (KANJI.test(r) ? '(.+?)' : `(${escape(toHiragana(r))})`)).join('')}$`,
    'u',
  );
  const m = pattern.exec(reading);
  if (!m) return [{ text: surface, reading }];
  return runs.map((run, k) => (KANJI.test(run) ? { text: run, reading: m[k + 1]! } : { text: run }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALL_KANJI = /^[\p{Script=Han}々〆ヶ]+$/u;

function merge(segments: RubySegment[]): RubySegment[] {
  const out: RubySegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && !prev.reading && !seg.reading && !prev.kana && !seg.kana) prev.text += seg.text;
    // IPADIC splits compounds (住民 + 票): one ruby over the word reads better, 住民票(じゅうみんひょう).
    else if (prev?.reading && seg.reading && ALL_KANJI.test(prev.text) && ALL_KANJI.test(seg.text)) {
      prev.text += seg.text;
      prev.reading += seg.reading;
    } else if (seg.text.length > 0) out.push({ ...seg });
  }
  return out;
}
