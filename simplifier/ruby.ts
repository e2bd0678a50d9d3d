/**
 * Ruby segments: how easy Japanese travels through the system. Each segment is a surface string
 * with an optional reading; channels decide how to show it (DESIGN.md, principle 2).
 */
export interface RubySegment {
  text: string;
  /** Shown as ruby over the text. */
  reading?: string;
  /** Spoken form when no ruby is shown (the digits of 2026年), for the kana renderer. */
  kana?: string;
}

/** `markup` writes the {漢字|かんじ} form the ja-easy locale files use, for reviewed overrides. */
export type RubyFormat = 'parens' | 'html' | 'kana' | 'plain' | 'markup';

// {漢字|かんじ}: the hand-written markup of the ja-easy locale. Placeholders ({{x}}) never match.
const MARKUP = /\{([^{}|]+)\|([^{}|]+)\}/gu;

export function parseRubyMarkup(text: string): RubySegment[] {
  const segments: RubySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    const index = match.index;
    if (index > last) segments.push({ text: text.slice(last, index) });
    segments.push({ text: match[1] ?? '', reading: match[2] ?? '' });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return mergePlain(segments);
}

export function hasRubyMarkup(text: string): boolean {
  return /\{[^{}|]+\|[^{}|]+\}/u.test(text);
}

/** Strips the markup, keeping the surface text: for button labels and logs. */
export function stripRubyMarkup(text: string): string {
  return text.replace(MARKUP, '$1');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

export function renderRuby(segments: readonly RubySegment[], format: RubyFormat): string {
  return segments
    .map((seg) => {
      if (!seg.reading) {
        if (format === 'kana') return seg.kana ?? seg.text;
        return format === 'html' ? escapeHtml(seg.text) : seg.text;
      }
      switch (format) {
        case 'parens':
          return `${seg.text}(${seg.reading})`;
        case 'html':
          return `<ruby>${escapeHtml(seg.text)}<rt>${escapeHtml(seg.reading)}</rt></ruby>`;
        case 'kana':
          return seg.reading;
        case 'plain':
          return seg.text;
        case 'markup':
          return `{${seg.text}|${seg.reading}}`;
      }
    })
    .join('');
}

function mergePlain(segments: RubySegment[]): RubySegment[] {
  const out: RubySegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && !prev.reading && !seg.reading && !prev.kana && !seg.kana) prev.text += seg.text;
    else if (seg.text.length > 0) out.push({ ...seg });
  }
  return out;
}
