import type { FuriganaResult } from './furigana';
import { Furigana } from './furigana';
import { charCount } from './kana';
import { kanjiGrade } from './kanjiData';
import { Layout } from './layout';
import type { LexiconEntry } from './lexicon';
import { Lexicon } from './lexicon';
import { normalizeJapanese } from './normalize';
import type { ProtectedSpan } from './protect';
import { protect, restore } from './protect';
import type { Readability } from './readability';
import { kanjiShare, measure } from './readability';
import type { Applied, RewriteRule } from './rewrite';
import { Rewriter } from './rewrite';
import type { RubySegment } from './ruby';
import { renderRuby } from './ruby';
import { splitSentences } from './sentences';
import { Style } from './style';
import type { Tokenizer } from './tokenizer';
import { MemoTokenizer } from './tokenizer';

export interface SimplifyOptions {
  /** 'all': a reading on every kanji word; 'aboveGrade': only on words with a kanji above `grade`. */
  furigana?: 'all' | 'aboveGrade' | 'none';
  grade?: number;
  /** 令和6年 → 2024年 (the guidelines prefer Western years). */
  westernYears?: boolean;
  /** 分かち書き: a space between phrases (文節), as beginners' texts are written. */
  wakachi?: boolean;
  /**
   * How a kept official term is explained the first time. 'sentence' (default): in a short
   * sentence of its own after the one that uses it (住民票は、住所を証明する紙です。), so each
   * sentence says one thing (一文一義) and stays short. 'brackets': 住民票（住所を証明する紙）.
   */
  explanations?: 'sentence' | 'brackets';
}

export interface SentenceReport {
  input: string;
  output: string[];
  rules: Applied[];
  /** The explanation sentences at the end of `output` (explanations: 'sentence'). */
  explanations?: string[];
  /**
   * Lines of `output` that are not sentences: bullet items (・契約書) and web addresses taken out
   * of the sentence. Each is shown on a line of its own.
   */
  lines?: string[];
  /** The sentence could not be processed and was kept as it was. */
  kept?: boolean;
}

export interface SimplifyReport {
  before: Readability;
  after: Readability;
  sentences: SentenceReport[];
  charsPerSentence: number;
  kanjiShare: number;
  desuMasuShare: number;
  passives: number;
  unknownWords: string[];
}

export interface SimplifyResult {
  input: string;
  /** Plain easy Japanese. */
  text: string;
  ruby: RubySegment[];
  report: SimplifyReport;
}

const ERA: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** A 令和/平成 year in a protected date becomes its Western year; nothing else in a span changes. */
function westernYear(span: ProtectedSpan): ProtectedSpan {
  if (span.kind !== 'date') return span;
  const text = span.text.replace(/(令和|平成|昭和)(\d{1,2}|元)年/u, (_m, era: string, year: string) => {
    const n = year === '元' ? 1 : Number(year);
    return `${(ERA[era] ?? 0) + n}年`;
  });
  return { ...span, text };
}

/** A sentence that ends in a です/ます form (the report's and the corpus metrics' measure). */
export const ENDS_POLITE = /(です|ます|ました|ません|でした|ください|ましょう|ませんか)[。！？!?」』）)]*$/u;

/**
 * The easy-Japanese engine: normalise → sentences → protect facts → rewrite rules → lexicon →
 * cut long sentences → です/ます endings → restore facts → readings → report. It never throws on
 * input: a sentence that cannot be processed is kept as it was and marked in the report.
 */
export class Simplifier {
  private readonly rewriter: Rewriter;
  private readonly lexicon: Lexicon;
  private readonly style: Style;
  private readonly layout: Layout;
  private readonly furigana: Furigana;

  private readonly tokenizer: MemoTokenizer;

  constructor(tokenizer: Tokenizer, rules: readonly RewriteRule[], lexicon: readonly LexiconEntry[] = []) {
    this.tokenizer = new MemoTokenizer(tokenizer);
    tokenizer = this.tokenizer;
    this.rewriter = new Rewriter(tokenizer, rules);
    this.lexicon = new Lexicon(tokenizer, lexicon);
    this.style = new Style(tokenizer);
    this.layout = new Layout(tokenizer);
    this.furigana = new Furigana(tokenizer);
  }

  get rules(): readonly RewriteRule[] {
    return this.rewriter.rules;
  }

  simplify(input: string, options: SimplifyOptions = {}): SimplifyResult {
    this.tokenizer.clear();
    const normalized = normalizeJapanese(typeof input === 'string' ? input : '');
    const explained = new Set<string>();
    const reports: SentenceReport[] = [];
    // The input's line breaks stay (a list stays a list); bullets and addresses get lines of their own.
    const lines: string[][] = [];
    const prose: string[] = []; // the sentences, without the bullet and address lines
    let open: string[] = [];
    const flush = (): void => {
      if (open.length) lines.push(open);
      open = [];
    };
    for (const line of normalized.split('\n')) {
      flush();
      if (!line.trim()) {
        if (lines.length && lines[lines.length - 1]!.length) lines.push([]); // one blank line between paragraphs
        continue;
      }
      for (const sentence of splitSentences(line)) {
        const report = this.sentence(sentence, explained, options);
        reports.push(report);
        const own = new Set(report.lines);
        for (const piece of report.output) {
          if (!own.has(piece)) {
            open.push(piece);
            prose.push(piece);
          } else {
            flush();
            lines.push([piece]);
          }
        }
      }
    }
    flush();
    while (lines.length && !lines[lines.length - 1]!.length) lines.pop();
    const text = lines.map((l) => l.join('')).join('\n');
    const annotated = this.readings(
      lines.map((l) => (options.wakachi ? l.map((s) => this.wakachi(s)) : l)),
      options,
    );
    const after = measure(text, this.tokenizer);
    return {
      input,
      text,
      ruby: annotated.segments,
      report: {
        before: measure(normalized, this.tokenizer),
        after,
        sentences: reports,
        charsPerSentence: after.meanChars,
        kanjiShare: kanjiShare(text),
        desuMasuShare: prose.length ? prose.filter((s) => ENDS_POLITE.test(s)).length / prose.length : 1,
        passives: prose.reduce((n, s) => n + this.countPassives(s), 0),
        unknownWords: [...new Set(annotated.unknown)],
      },
    };
  }

  /** Spaces between phrases: a content word starts a new phrase unless it continues a compound. */
  wakachi(sentence: string): string {
    const tokens = this.tokenizer.tokenize(sentence);
    const content = new Set(['名詞', '動詞', '形容詞', '副詞', '連体詞', '接頭詞', '感動詞', '接続詞']);
    let out = '';
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      const startsPhrase =
        i > 0 &&
        content.has(t.pos) &&
        t.pos_detail_1 !== '非自立' &&
        t.pos_detail_1 !== '接尾' &&
        prev !== undefined &&
        prev.pos !== '接頭詞' &&
        prev.pos !== '記号' &&
        !(prev.pos === '名詞' && t.pos === '名詞') &&
        !(prev.pos === '動詞' && t.pos === '動詞');
      out += (startsPhrase ? ' ' : '') + t.surface_form;
    });
    return out;
  }

  /** Passive/honorific れる・られる left in a sentence (the report's "passive count"). */
  countPassives(sentence: string): number {
    return this.tokenizer
      .tokenize(sentence)
      .filter((t) => (t.basic_form === 'れる' || t.basic_form === 'られる') && t.pos_detail_1 === '接尾')
      .length;
  }

  private sentence(sentence: string, explained: Set<string>, options: SimplifyOptions): SentenceReport {
    const rules: Applied[] = [];
    try {
      const { text, spans } = protect(sentence);
      const rewritten = this.rewriter.rewrite(text);
      rules.push(...rewritten.applied);
      const notes: string[] | undefined = options.explanations === 'brackets' ? undefined : [];
      const withWords = this.lexicon.apply(rewritten.text, explained, rules, notes);
      const laid = this.layout.apply(withWords, spans, rules);
      // Long means long as the reader sees it, with the protected spans (dates, quotes) put back.
      const parts = this.style
        .splitLong(laid.sentence, rules, (p) => charCount(restore(p, spans)))
        .map((p) => this.style.polite(p, rules));
      const restoredSpans = options.westernYears === false ? spans : spans.map(westernYear);
      for (const note of notes ?? []) this.tokenizer.keep(note);
      const back = (p: string): string => restore(p, restoredSpans);
      // Bullets go under the sentence that says 次のもの; addresses under the last one.
      const at = laid.marker ? parts.findIndex((p) => p.includes(laid.marker!)) : -1;
      const items = laid.items.map(back);
      const links = laid.links.map(back);
      const body = parts.map(back);
      body.splice(at < 0 ? body.length : at + 1, 0, ...items);
      const then = laid.then.map((t) => back(this.style.polite(t, rules)));
      const output = [...body, ...then, ...links, ...(notes ?? [])];
      const lines = [...items, ...links];
      return {
        input: sentence,
        output,
        rules,
        ...(notes?.length ? { explanations: notes } : {}),
        ...(lines.length ? { lines } : {}),
      };
    } catch {
      return { input: sentence, output: [sentence], rules: [], kept: true };
    }
  }

  private readings(lines: string[][], options: SimplifyOptions): FuriganaResult {
    const segments: RubySegment[] = [];
    const unknown: string[] = [];
    lines.forEach((line, n) => {
      if (n > 0) segments.push({ text: '\n' });
      for (const s of line) {
        const r = this.furigana.annotate(s);
        segments.push(...r.segments);
        unknown.push(...r.unknown);
      }
    });
    const mode = options.furigana ?? 'all';
    if (mode === 'all') return { segments, unknown };
    const grade = options.grade ?? 2;
    return {
      segments: segments.map((seg) =>
        seg.reading &&
        (mode === 'none' || ![...seg.text].some((c) => /\p{Script=Han}/u.test(c) && kanjiGrade(c) > grade))
          ? { text: seg.text, ...(seg.kana ? { kana: seg.kana } : {}) }
          : seg,
      ),
      unknown,
    };
  }
}

export { renderRuby };
