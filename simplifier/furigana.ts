import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { allKanji, hasKanji, isKana, KANJI, toHiragana } from './kana';
import { asciiDigits, KANJI_NUMERAL, kanjiNumberValue, readNumber } from './numbers';
import type { NumberReading } from './numbers';
import type { RubySegment } from './ruby';
import type { Token, Tokenizer } from './tokenizer';
import { covers } from './tokenizer';

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
  dateAfter: z.array(z.string()),
});
const readingsSchema = z.object({
  phrases: z.array(
    z
      .object({ tokens: z.array(z.string()).min(1), reading: z.string(), note: z.string().optional() })
      .strict(),
  ),
  context: z.array(
    z
      .object({
        token: z.string(),
        after: z.array(z.string()).min(1),
        reading: z.string(),
        note: z.string().optional(),
      })
      .strict(),
  ),
  houAfter: z.array(z.string()),
});

type Counters = z.infer<typeof countersSchema>['counters'];
type Phrase = z.infer<typeof readingsSchema>['phrases'][number];

/** A number written in digits (1,200, 10万), in kanji (二十, 三百) or 何, spread over `consumed` tokens. */
interface NumberAt {
  text: string;
  /** Decimal digits without commas, or "何". */
  value: string;
  reading: NumberReading;
  consumed: number;
  kanji: boolean;
}

/** A number read together with its counter (4月 しがつ), over `consumed` tokens. */
interface Counted {
  segments: RubySegment[];
  consumed: number;
  counter: string;
}

const DIGITS = /^[0-9０-９]+(?:,[0-9０-９]{3})*$/u;
/**
 * Flags of Furigana.factsOf: a phrase of readings.json starts with the word; numberAt may find a
 * number there (何, digits, kanji numerals); 1日 after it is a date; it has kanji.
 */
const STARTS_PHRASE = 1;
/** The characters a number of numberAt can start with: 何, digits, kanji numerals. */
const NUMBER_FIRSTS = new Set(
  [...'何0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万億兆'].map((c) => c.charCodeAt(0)),
);
const MAY_BE_NUMBER = 2;
const DATE_AFTER = 4;
const HAS_KANJI = 8;
// Maps, not object literals: keys come from the text, and 'valueOf' must not find Object.prototype.
const BIG_UNITS = new Map<string, bigint>([
  ['万', 10n ** 4n],
  ['億', 10n ** 8n],
  ['兆', 10n ** 12n],
]);

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
  /** Phrases by their first token, longest first. */
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly houAfter: Set<string>;
  private readonly dateAfter: Set<string>;
  private readonly context: Map<string, Array<{ after: Set<string>; reading: string }>>;

  constructor(private readonly tokenizer: Tokenizer) {
    const counters = countersFile();
    this.counters = counters.counters;
    this.dateAfter = new Set(counters.dateAfter);
    this.counterKeys = Object.keys(this.counters).sort((a, b) => b.length - a.length);
    const readings = readingsSchema.parse(
      JSON.parse(readFileSync(path.join(RULES_DIR, 'readings.json'), 'utf8')),
    );
    for (const phrase of [...readings.phrases].sort((a, b) => b.tokens.length - a.tokens.length)) {
      const first = phrase.tokens[0] ?? '';
      this.phrases.set(first, [...(this.phrases.get(first) ?? []), phrase]);
    }
    this.houAfter = new Set(readings.houAfter);
    for (const word of [...this.phrases.keys(), ...this.dateAfter]) this.firsts[word.charCodeAt(0)] = 1;
    this.context = new Map();
    for (const rule of readings.context) {
      const list = this.context.get(rule.token) ?? [];
      list.push({ after: new Set(rule.after), reading: rule.reading });
      this.context.set(rule.token, list);
    }
  }

  annotate(text: string): FuriganaResult {
    const tokens = this.tokenizer.tokenize(text);
    // kuromoji can drop characters around astral-plane text (𐀀!): never show less than was written.
    if (!covers(tokens, text)) return { segments: text ? [{ text }] : [], unknown: [] };
    return this.annotateTokens(tokens);
  }

  annotateTokens(tokens: readonly Token[]): FuriganaResult {
    const segments: RubySegment[] = [];
    const unknown: string[] = [];
    // In a date (after 4月, 毎月, 来月…) 1日 is ついたち; elsewhere it is いちにち.
    let inDate = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const facts = this.factsOf(token.surface_form);
      const phrase = facts & STARTS_PHRASE ? this.phraseAt(tokens, i) : undefined;
      if (phrase) {
        segments.push(...alignWord(phrase.tokens.join(''), phrase.reading));
        i += phrase.tokens.length - 1;
        inDate = false;
        continue;
      }
      const number = facts & MAY_BE_NUMBER ? numberAt(tokens, i) : null;
      if (number) {
        const counted: Counted | null = number.value
          ? this.numberWithCounter(tokens, i, number, inDate)
          : null;
        if (counted) {
          segments.push(...counted.segments);
          inDate = counted.counter === '月';
          i += counted.consumed - 1;
          continue;
        }
        // Kanji numerals and 何 without a counter keep kuromoji's readings (百合, 何か), and so do
        // ranges (二三日 にさんにち): the whole run, so that 三日 is not read みっか on its own.
        if (number.kanji && number.consumed > 1) {
          for (const t of tokens.slice(i, i + number.consumed)) segments.push(...this.plainReading(t));
          i += number.consumed - 1;
          inDate = false;
          continue;
        }
        if (!number.kanji) {
          const kana = number.reading.head + number.reading.last;
          // 10万 has a kanji in it: ruby over the whole number; plain digits only get a spoken form.
          segments.push(
            hasKanji(number.text) ? { text: number.text, reading: kana } : { text: number.text, kana },
          );
          i += number.consumed - 1;
          inDate = false;
          continue;
        }
      }
      inDate = (facts & DATE_AFTER) !== 0 || isMonth(token);
      if (!(facts & HAS_KANJI)) {
        segments.push({ text: token.surface_form });
        continue;
      }
      const reading = this.readingOf(tokens, i);
      if (!reading) {
        unknown.push(token.surface_form);
        segments.push({ text: token.surface_form });
        continue;
      }
      segments.push(...alignWord(token.surface_form, reading));
    }
    return { segments: merge(segments), unknown };
  }

  /** First characters of the words of `phrases` and `dateAfter`, by UTF-16 unit (see factsOf). */
  private readonly firsts = new Uint8Array(0x10000);

  /**
   * What annotateTokens asks of every word, from its surface alone (flags below). Most words are
   * none of these: a table of first characters answers for them before any lookup or pattern.
   */
  private factsOf(surface: string): number {
    const first = surface.charCodeAt(0);
    const listed = this.firsts[first] === 1 || surface === '';
    return (
      (listed && this.phrases.has(surface) ? STARTS_PHRASE : 0) |
      (NUMBER_FIRSTS.has(first) && (surface === '何' || DIGITS.test(surface) || KANJI_NUMERAL.test(surface))
        ? MAY_BE_NUMBER
        : 0) |
      (listed && this.dateAfter.has(surface) ? DATE_AFTER : 0) |
      (hasKanji(surface) ? HAS_KANJI : 0)
    );
  }

  private plainReading(token: Token): readonly RubySegment[] {
    const reading = token.reading && token.reading !== '*' ? hiragana(token.reading) : null;
    return reading ? alignWord(token.surface_form, reading) : [{ text: token.surface_form }];
  }

  private phraseAt(tokens: readonly Token[], i: number): Phrase | undefined {
    return this.phrases
      .get(tokens[i]!.surface_form)
      ?.find((p) => p.tokens.every((surface, k) => tokens[i + k]?.surface_form === surface));
  }

  private readingOf(tokens: readonly Token[], i: number): string | null {
    const token = tokens[i]!;
    if (token.surface_form === '方' && token.pos_detail_1 === '非自立') return this.hou(tokens, i);
    const prev = tokens[i - 1]?.surface_form;
    const rule = prev ? this.context.get(token.surface_form)?.find((r) => r.after.has(prev)) : undefined;
    if (rule) return rule.reading;
    const reading = token.reading && token.reading !== '*' ? hiragana(token.reading) : null;
    return reading;
  }

  /** 方: a person (かた) after a verb or after "…の"; a direction or comparison (ほう) after こちら, 右… */
  private hou(tokens: readonly Token[], i: number): string {
    const prev = tokens[i - 1];
    const before = tokens[i - 2];
    if (prev?.surface_form === 'の' && before && this.houAfter.has(before.surface_form)) return 'ほう';
    if (prev?.pos === '形容詞') return 'ほう';
    if (prev?.pos === '動詞' || prev?.pos === '助動詞') {
      // 〜した方がいい, 〜しない方がいい (advice, ほう) vs 〜した方, 話せない方 (a person, かた):
      // the particle after decides.
      return tokens[i + 1]?.surface_form === 'が' ? 'ほう' : 'かた';
    }
    return prev?.surface_form === 'の' ? 'かた' : 'ほう';
  }

  private numberWithCounter(
    tokens: readonly Token[],
    i: number,
    number: NumberAt,
    inDate: boolean,
  ): Counted | null {
    // A counter may span tokens ("か" + "月", "時" + "間").
    const start = i + number.consumed;
    let following = '';
    for (let k = start; k < Math.min(tokens.length, start + 3); k++) following += tokens[k]!.surface_form;
    const key = this.counterKeys.find((c) => following.startsWith(c));
    if (!key) return null;
    let consumedChars = 0;
    let consumed = 0;
    while (consumedChars < key.length) consumedChars += tokens[start + consumed++]!.surface_form.length;
    if (consumedChars !== key.length) return null; // the counter ends inside a token: not a counter
    const counter = this.counters[key]!;
    const { head, last } = number.reading;
    const { reading, whole, changed } = counted(counter, number.value, number.reading, inDate);
    const total = number.consumed + consumed;
    // Years and long numbers in digits: ruby on the counter only, the digits stay plain (2026年).
    if (!whole && !changed && !hasKanji(number.text) && number.value.length >= 3) {
      return {
        segments: [
          { text: number.text, kana: head + last },
          hasKanji(key) ? { text: key, reading: counter.reading } : { text: key },
        ],
        consumed: total,
        counter: key,
      };
    }
    return { segments: [{ text: number.text + key, reading }], consumed: total, counter: key };
  }
}

type Counter = Counters[string];

/** A number's reading with a counter: irregular whole forms (8日 ようか), sound changes, or plain. */
function counted(
  counter: Counter,
  value: string,
  { head, last }: NumberReading,
  inDate: boolean,
): { reading: string; whole?: string; changed?: string } {
  const whole = (inDate && counter.dateWhole?.[value]) || counter.whole?.[value];
  const changed = counter.after?.[last];
  const reading = whole ?? (changed ? head + changed : head + last + counter.reading);
  return { reading, ...(whole ? { whole } : {}), ...(changed ? { changed } : {}) };
}

let countersData: z.infer<typeof countersSchema> | undefined;

/** counters.json, read once per process: the engine and countReading share it. */
function countersFile(): z.infer<typeof countersSchema> {
  countersData ??= countersSchema.parse(
    JSON.parse(readFileSync(path.join(RULES_DIR, 'counters.json'), 'utf8')),
  );
  return countersData;
}

/**
 * The reading of a count written in digits with its counter, outside any sentence: 8 + 日 →
 * ようか, 14 + 日 → じゅうよっか, 3 + 人 → さんにん (a duration or number of things, not a date).
 * null for a counter we have no data for.
 */
export function countReading(
  digits: string,
  counterKey: string,
): { reading: string; irregular: boolean } | null {
  const counter = countersFile().counters[counterKey];
  const number = readNumber(digits);
  if (!counter || !number) return null;
  const c = counted(counter, String(BigInt(digits.replace(/,/g, ''))), number, false);
  return { reading: c.reading, irregular: c.whole !== undefined || c.changed !== undefined };
}

/**
 * Counts in ruby markup written as digits plus a counter with its plain reading (what a template
 * gives once its value is in: 8{日|にち}) get their real reading over the whole count when it is
 * irregular: {8日|ようか}, {14日|じゅうよっか}, {20日|はつか}. A day of a month (11月1日) is a
 * date, not a count: left alone.
 */
export function fixCountReadings(markup: string): string {
  return markup.replace(
    /(?<![月\d]|がつ\})(\d+)\{([^|{}]+)\|([^{}]+)\}/gu,
    (m, digits: string, counter: string) => {
      // Regular counts keep their markup: the digits are read as written (2026{年|ねん}).
      const read = countReading(digits, counter);
      return read?.irregular ? `{${digits}${counter}|${read.reading}}` : m;
    },
  );
}

/** 4月, 十二月: a month, after which 1日 is a date. */
function isMonth(token: Token): boolean {
  return token.surface_form.endsWith('月') && (token.reading ?? '').endsWith('ガツ');
}

/**
 * The number starting at token i: digits with thousands commas and 万/億/兆 (1,200, 10万, 1億2000万),
 * kanji numerals split over several tokens (二 + 十 + 四), or 何 (何本 なんぼん).
 */
function numberAt(tokens: readonly Token[], i: number): NumberAt | null {
  const first = tokens[i]!.surface_form;
  if (first === '何')
    return { text: first, value: '何', reading: { head: '', last: 'なん' }, consumed: 1, kanji: true };
  if (DIGITS.test(first)) {
    let text = '';
    let total = 0n;
    let group = '';
    let k = i;
    while (k < tokens.length) {
      const s = tokens[k]!.surface_form;
      const next = tokens[k + 1]?.surface_form ?? '';
      if (group === '' && DIGITS.test(s)) {
        group = asciiDigits(s).replace(/,/gu, '');
        text += s;
        k += 1;
      } else if (group !== '' && s === ',' && /^[0-9０-９]{3}$/u.test(next)) {
        // 1,200: kuromoji splits at the comma
        group += asciiDigits(next);
        text += s + next;
        k += 2;
      } else if (group !== '' && BIG_UNITS.has(s)) {
        total += BigInt(group) * BIG_UNITS.get(s)!;
        group = '';
        text += s;
        k += 1;
      } else break;
    }
    const value = (total + BigInt(group || '0')).toString();
    const reading = readNumber(value);
    return reading ? { text, value, reading, consumed: k - i, kanji: false } : null;
  }
  if (KANJI_NUMERAL.test(first) && tokens[i]!.pos_detail_1 === '数') {
    let text = '';
    let k = i;
    while (
      k < tokens.length &&
      KANJI_NUMERAL.test(tokens[k]!.surface_form) &&
      tokens[k]!.pos_detail_1 === '数'
    )
      text += tokens[k++]!.surface_form;
    const value = kanjiNumberValue(text);
    const reading = value ? readNumber(value) : null;
    // A run that is no number (二三 "two or three") comes back with an empty value.
    if (!value || !reading)
      return { text, value: '', reading: { head: '', last: '' }, consumed: k - i, kanji: true };
    return { text, value, reading, consumed: k - i, kanji: true };
  }
  return null;
}

/**
 * Puts the reading over the kanji only: 取り消し + とりけし → 取(と)り消(け)し. When the kana
 * around the kanji do not match the reading, the whole word gets the reading.
 */
export function align(surface: string, reading: string): RubySegment[] {
  if (!hasKanji(surface)) return [{ text: surface }];
  if (isKana(surface)) return [{ text: surface }];
  // An all-kanji word (the usual case) takes the whole reading: what the pattern below would
  // give, without compiling one.
  if (allKanji(surface)) return [{ text: surface, reading }];
  const runs = surface.match(/[\p{Script=Han}々〆ヶ]+|[^\p{Script=Han}々〆ヶ]+/gu) ?? [surface];
  const pattern = new RegExp(
    `^${runs.map((r) => (KANJI.test(r) ? '(.+?)' : `(${escape(toHiragana(r))})`)).join('')}$`,
    'u',
  );
  const m = pattern.exec(reading);
  if (!m) return [{ text: surface, reading }];
  return runs.map((run, k) => (KANJI.test(run) ? { text: run, reading: m[k + 1]! } : { text: run }));
}

/** Readings in hiragana by kuromoji's katakana reading, kept across texts (bounded): words recur. */
const HIRAGANA = new Map<string, string>();

function hiragana(katakana: string): string {
  let out = HIRAGANA.get(katakana);
  if (out === undefined) {
    out = toHiragana(katakana);
    if (HIRAGANA.size >= 20_000) HIRAGANA.clear();
    HIRAGANA.set(katakana, out);
  }
  return out;
}

/** align's answers by word and reading, kept across texts (bounded), as readings are words. */
const ALIGNED = new Map<string, readonly RubySegment[]>();

/**
 * align, remembered: a word with kana in it costs a regular expression each time. The segments
 * are shared, so they are only ever copied (merge), never changed.
 */
function alignWord(surface: string, reading: string): readonly RubySegment[] {
  // The usual all-kanji word takes the whole reading (as align gives it) without a lookup; only
  // ヶ alone is kana to align.
  if (allKanji(surface) && (surface.charCodeAt(0) !== 0x30f6 || !isKana(surface)))
    return [{ text: surface, reading }];
  const key = `${surface}\u0000${reading}`;
  let segments = ALIGNED.get(key);
  if (segments === undefined) {
    segments = align(surface, reading);
    if (ALIGNED.size >= 20_000) ALIGNED.clear();
    ALIGNED.set(key, segments);
  }
  return segments;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function merge(segments: RubySegment[]): RubySegment[] {
  const out: RubySegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && !prev.reading && !seg.reading && !prev.kana && !seg.kana) prev.text += seg.text;
    // IPADIC splits compounds (住民 + 票): one ruby over the word reads better, 住民票(じゅうみんひょう).
    else if (prev?.reading && seg.reading && allKanji(prev.text) && allKanji(seg.text)) {
      prev.text += seg.text;
      prev.reading += seg.reading;
    } else if (seg.text.length > 0) out.push({ ...seg });
  }
  return out;
}
