/**
 * Spans that no rule may touch and every output must keep: URLs, e-mail addresses, phone numbers,
 * #-codes, dates, times, amounts, numbers and quoted official names. They are cut out before any
 * rewriting and put back unchanged at the end; a test checks the round trip on random input.
 */
export type ProtectedKind =
  'placeholder' | 'url' | 'email' | 'phone' | 'code' | 'date' | 'time' | 'amount' | 'number' | 'quote';

export interface ProtectedSpan {
  kind: ProtectedKind;
  text: string;
}

// Order matters: the longest, most specific shapes first.
const PATTERNS: ReadonlyArray<[ProtectedKind, RegExp]> = [
  // i18n placeholders ({{phone.police110}}): the locale text is simplified before values go in.
  ['placeholder', /\{\{[^{}]{1,80}\}\}/gu],
  // RFC 3986 characters only: text written straight after a URL is not part of it.
  ['url', /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]+/gu],
  // The local part is at most 64 characters (RFC 5321), which keeps a long run of letters linear.
  ['email', /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gu],
  ['phone', /(?:\+81[\s-]?)?0\d{1,4}-\d{1,4}-\d{3,4}|0120-?\d{3}-?\d{3}|0570-?\d{3}-?\d{3}/gu],
  ['code', /#\d{3,5}/gu],
  [
    'date',
    /(?:令和|平成|昭和)(?:\d{1,2}|元)年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}月\d{1,2}日/gu,
  ],
  [
    'time',
    /(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)(?:\s*[〜~～-]\s*(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?))?/gu,
  ],
  // A number starts after a non-digit: a long run of digits is not tried from each of its digits.
  ['amount', /\d{1,3}(?:,\d{3})+円|(?<!\d)\d+(?:\.\d+)?万?円/gu],
  ['number', /\d+(?:[.,]\d+)*/gu],
  ['quote', /「[^「」]{1,60}」|『[^『』]{1,60}』/gu],
];

/**
 * Private-use characters (BMP, one UTF-16 unit each: kuromoji mis-measures surrogate pairs) stand
 * in for the spans while kuromoji and the rules run. 6,400 spans per sentence at most.
 */
const BASE = 0xe000;
const LIMIT = 0xf8ff;
const SENTINEL = /[\ue000-\uf8ff]/gu;

export interface Protected {
  text: string;
  spans: ProtectedSpan[];
}

export function protect(input: string): Protected {
  const spans: ProtectedSpan[] = [];
  let text = input.replace(SENTINEL, ''); // input may not forge a placeholder
  for (const [kind, pattern] of PATTERNS) {
    text = text.replace(pattern, (match) => {
      if (BASE + spans.length > LIMIT) return match; // beyond the placeholders: left in place, still unchanged by rules
      spans.push({ kind, text: match });
      return String.fromCodePoint(BASE + spans.length - 1);
    });
  }
  return { text, spans };
}

/** Puts the spans back; a quote may hold earlier spans (「令和8年度」), so they are resolved inside it. */
export function restore(text: string, spans: readonly ProtectedSpan[]): string {
  // Most parts hold no placeholder: they come back as they are, without a search.
  if (!hasPlaceholder(text)) return text;
  return text.replace(SENTINEL, (c) => {
    const index = (c.codePointAt(0) ?? BASE) - BASE;
    const span = spans[index];
    if (!span) return '';
    // A span only ever holds spans found before it: lower indexes, so this always ends.
    return span.text.replace(SENTINEL, (inner) =>
      (inner.codePointAt(0) ?? BASE) - BASE < index ? restore(inner, spans) : '',
    );
  });
}

function hasPlaceholder(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= BASE && c <= LIMIT) return true;
  }
  return false;
}

/** The span a placeholder character stands for (undefined for any other character). */
export function spanOf(placeholder: string, spans: readonly ProtectedSpan[]): ProtectedSpan | undefined {
  return spans[(placeholder.codePointAt(0) ?? 0) - BASE];
}

export function isPlaceholder(text: string): boolean {
  return /^[\ue000-\uf8ff]+$/u.test(text);
}

/** Every fact-bearing span of the input, for checking that an output kept them all. */
export function factsOf(input: string): string[] {
  return protect(input)
    .spans.filter((s) => s.kind !== 'quote')
    .map((s) => s.text);
}
