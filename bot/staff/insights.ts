import type { HandoffOutcome, InsightsData } from '../analytics';
import { HANDOFF_OUTCOMES, daysBetween } from '../analytics';
import { escapeHtml } from '../../simplifier/ruby';

/**
 * The staff console's "Insights": summaries, SVG charts and CSV exports of the counters. Pure
 * functions over `InsightsData`, no express and no botbuilder, so they are tested without a server.
 */

export interface CountRow {
  key: string;
  count: number;
}

export interface DayRow {
  day: string;
  /** Questions routed to a topic. */
  questions: number;
  /** Questions the bot could not route (the fallback). */
  unanswered: number;
}

export interface HelpfulRow {
  topic: string;
  helpful: number;
  notHelpful: number;
  /** helpful / (helpful + notHelpful); null when nobody rated the topic. */
  rate: number | null;
}

export interface UnansweredGroup {
  /** The group's most asked wording. */
  representative: string;
  /** Times asked, all members together. */
  count: number;
  locales: string[];
  members: { text: string; count: number }[];
}

export interface WaitStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface InsightsSummary {
  from: string;
  to: string;
  totals: { questions: number; unanswered: number; helpful: number; notHelpful: number; handoffs: number };
  /** Sorted by count, most first; ties by key. */
  byTopic: CountRow[];
  byLocale: CountRow[];
  byChannel: CountRow[];
  /** Every day of the range, oldest first, days without data as zeros. */
  byDay: DayRow[];
  helpfulness: HelpfulRow[];
  unansweredGroups: UnansweredGroup[];
  /** Distinct unanswered texts left out of grouping by the work cap (the least asked ones). */
  unansweredOmitted: number;
  handoff: WaitStats & { byOutcome: Record<HandoffOutcome, WaitStats> };
}

/** Grouping compares texts pairwise through an index; this many distinct texts bound the work. */
export const MAX_GROUPED_TEXTS = 2_000;
export const SIMILARITY_THRESHOLD = 0.5;
/** Zero-filled days are only added for a sane range; the stores clamp to the retention anyway. */
const MAX_FILLED_DAYS = 1_000;

export function summarize(data: InsightsData): InsightsSummary {
  const byTopic = new Map<string, number>();
  const byLocale = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const days = new Map<string, DayRow>();
  const dayRow = (day: string): DayRow => {
    let row = days.get(day);
    if (!row) days.set(day, (row = { day, questions: 0, unanswered: 0 }));
    return row;
  };
  if (data.from <= data.to && daysBetweenCount(data.from, data.to) <= MAX_FILLED_DAYS)
    for (const day of daysBetween(data.from, data.to)) dayRow(day);

  let questions = 0;
  for (const r of data.topics) {
    questions += r.count;
    add(byTopic, r.topic, r.count);
    add(byLocale, r.locale, r.count);
    add(byChannel, r.channel, r.count);
    dayRow(r.day).questions += r.count;
  }
  let unanswered = 0;
  for (const r of data.unanswered) {
    unanswered += r.count;
    dayRow(r.day).unanswered += r.count;
  }

  const ratings = new Map<string, { helpful: number; notHelpful: number }>();
  for (const r of data.feedback) {
    const e = ratings.get(r.topic) ?? { helpful: 0, notHelpful: 0 };
    e.helpful += r.helpful;
    e.notHelpful += r.notHelpful;
    ratings.set(r.topic, e);
  }
  const topicsSorted = sortCounts(byTopic);
  // Asked topics in the order asked, then topics that were only rated.
  const helpTopics = [...topicsSorted.map((r) => r.key), ...[...ratings.keys()].sort()];
  const helpfulness = [...new Set(helpTopics)].map((topic): HelpfulRow => {
    const { helpful, notHelpful } = ratings.get(topic) ?? { helpful: 0, notHelpful: 0 };
    return {
      topic,
      helpful,
      notHelpful,
      rate: helpful + notHelpful > 0 ? helpful / (helpful + notHelpful) : null,
    };
  });
  let helpful = 0;
  let notHelpful = 0;
  for (const r of ratings.values()) {
    helpful += r.helpful;
    notHelpful += r.notHelpful;
  }

  const { groups, omitted } = groupUnanswered(data.unanswered);
  const allWaits = data.handoffWaits.map((w) => w.ms);
  const byOutcome = Object.fromEntries(
    HANDOFF_OUTCOMES.map((o) => [
      o,
      waitStats(data.handoffWaits.filter((w) => w.outcome === o).map((w) => w.ms)),
    ]),
  ) as Record<HandoffOutcome, WaitStats>;

  return {
    from: data.from,
    to: data.to,
    totals: { questions, unanswered, helpful, notHelpful, handoffs: allWaits.length },
    byTopic: topicsSorted,
    byLocale: sortCounts(byLocale),
    byChannel: sortCounts(byChannel),
    byDay: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    helpfulness,
    unansweredGroups: groups,
    unansweredOmitted: omitted,
    handoff: { ...waitStats(allWaits), byOutcome },
  };
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function sortCounts(map: Map<string, number>): CountRow[] {
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function daysBetweenCount(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

/** Median (mean of the middle two for an even count) and the nearest-rank 90th percentile. */
export function waitStats(values: readonly number[]): WaitStats {
  const n = values.length;
  if (n === 0) return { count: 0, medianMs: null, p90Ms: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const medianMs = n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { count: n, medianMs, p90Ms: s[Math.ceil(0.9 * n) - 1]! };
}

// ---------------------------------------------------------------------------------------------
// Similar unanswered questions

/**
 * The form texts are compared in: NFKC (full-width → half-width), lower case, katakana folded to
 * hiragana (residents write ゴミ and ごみ alike), without spaces, punctuation and symbols.
 */
export function normalizeQuestion(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const bare = folded.replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
  // A question of only symbols ("???") still needs a key of its own.
  return bare || folded.trim();
}

/**
 * The set of character bigrams (by code point), each packed into one number: number keys hash much
 * faster than strings in the index. A one-character text is its own gram.
 */
function bigrams(normalized: string): Set<number> {
  const cps = Array.from(normalized, (c) => c.codePointAt(0) ?? 0);
  if (cps.length === 1) return new Set(cps);
  const grams = new Set<number>();
  // (first + 1) keeps every pair above 0x10ffff, apart from the single-character grams.
  for (let i = 0; i + 1 < cps.length; i++) grams.add((cps[i]! + 1) * 0x110000 + cps[i + 1]!);
  return grams;
}

/**
 * Greedy clustering: texts, most asked first, join the existing group whose representative is most
 * similar (Jaccard of bigrams ≥ 0.5), else start a group. An inverted index from bigram to group
 * gives the intersections directly, so a text is only compared with groups it shares a bigram with.
 */
export function groupUnanswered(rows: readonly { locale: string; text: string; count: number }[]): {
  groups: UnansweredGroup[];
  omitted: number;
} {
  const byText = new Map<string, { count: number; locales: Set<string> }>();
  for (const r of rows) {
    const e = byText.get(r.text) ?? { count: 0, locales: new Set<string>() };
    e.count += r.count;
    e.locales.add(r.locale);
    byText.set(r.text, e);
  }
  const texts = [...byText]
    .map(([text, e]) => ({ text, ...e }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const kept = texts.slice(0, MAX_GROUPED_TEXTS);

  interface Building {
    size: number;
    group: UnansweredGroup;
    locales: Set<string>;
  }
  const groups: Building[] = [];
  const index = new Map<number, number[]>();
  const emptyGroup: { at: number | null } = { at: null };
  const shared = new Int32Array(kept.length);
  const touched: number[] = [];

  for (const t of kept) {
    const grams = bigrams(normalizeQuestion(t.text));
    let best = -1;
    let bestScore = -1;
    if (grams.size === 0) {
      best = emptyGroup.at ?? -1;
    } else {
      for (const g of grams)
        for (const gi of index.get(g) ?? []) {
          if (shared[gi] === 0) touched.push(gi);
          shared[gi]! += 1;
        }
      for (const gi of touched) {
        const inter = shared[gi]!;
        const score = inter / (grams.size + groups[gi]!.size - inter);
        // Ties go to the older group, which is the more asked one.
        if (score >= SIMILARITY_THRESHOLD && (score > bestScore || (score === bestScore && gi < best))) {
          best = gi;
          bestScore = score;
        }
        shared[gi] = 0;
      }
      touched.length = 0;
    }
    if (best >= 0) {
      const b = groups[best]!;
      b.group.members.push({ text: t.text, count: t.count });
      b.group.count += t.count;
      for (const l of t.locales) b.locales.add(l);
      continue;
    }
    const at = groups.length;
    groups.push({
      size: grams.size,
      locales: new Set(t.locales),
      group: {
        representative: t.text,
        count: t.count,
        locales: [],
        members: [{ text: t.text, count: t.count }],
      },
    });
    if (grams.size === 0) emptyGroup.at = at;
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(at);
      else index.set(g, [at]);
    }
  }

  const out = groups.map(({ group, locales }) => ({ ...group, locales: [...locales].sort() }));
  // Members arrive most asked first, so the representative is the most asked wording.
  out.sort(
    (a, b) =>
      b.count - a.count ||
      (a.representative < b.representative ? -1 : a.representative > b.representative ? 1 : 0),
  );
  return { groups: out, omitted: texts.length - kept.length };
}

// ---------------------------------------------------------------------------------------------
// SVG charts

export interface BarChartInput {
  title: string;
  rows: { label: string; value: number }[];
  /** Printed after each value, e.g. '件' or '%'. */
  unit?: string;
  /** The element id prefix, unique on the page; derived from the content when absent. */
  id?: string;
  /** Shown when there are no rows. */
  emptyText?: string;
}

export interface DayChartInput {
  title: string;
  days: { day: string; value: number }[];
  unit?: string;
  id?: string;
  emptyText?: string;
}

const WIDTH = 600;
const PAD = 12;
const FONT = 'system-ui, sans-serif';
// Contrast on white: text 16.1:1, bars 6.6:1, axis 4.5:1 (WCAG non-text needs 3:1, text 4.5:1).
const COLOR = { background: '#ffffff', text: '#1a1a1a', bar: '#1f5fa8', axis: '#767676' };
const DEFAULT_EMPTY = 'データがありません';

/** Horizontal bars, labels on the left, each value printed at the end of its bar. */
export function barChart(input: BarChartInput): string {
  const rowH = 28;
  const barH = 18;
  const top = 44;
  const labelW = 190;
  const barX = PAD + labelW + 6;
  const valueW = 76;
  const maxBar = WIDTH - barX - valueW - PAD;
  const rows = input.rows;
  const height = top + Math.max(rows.length, 1) * rowH + PAD;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const unit = input.unit ?? '';
  const id = chartId(input.id, 'bar', input.title, rows.map((r) => `${r.label}=${r.value}`).join('\n'));
  const desc = rows.length
    ? rows.map((r) => `${r.label}: ${formatNumber(r.value)}${unit}`).join('、')
    : (input.emptyText ?? DEFAULT_EMPTY);

  const body = rows.length
    ? rows
        .map((r, i) => {
          const y = top + i * rowH;
          const w = max > 0 && r.value > 0 ? Math.max(1, (r.value / max) * maxBar) : 0;
          const mid = y + barH / 2;
          const value = `${formatNumber(r.value)}${unit}`;
          return (
            `<g><title>${esc(`${r.label}: ${value}`)}</title>` +
            `<text x="${barX - 6}" y="${num(mid)}" text-anchor="end" dominant-baseline="central" font-size="13" fill="${COLOR.text}">${esc(fitText(r.label, labelW, 13))}</text>` +
            (w > 0
              ? `<rect x="${barX}" y="${y}" width="${num(w)}" height="${barH}" fill="${COLOR.bar}"/>`
              : '') +
            `<text x="${num(barX + w + 6)}" y="${num(mid)}" dominant-baseline="central" font-size="13" fill="${COLOR.text}">${esc(value)}</text></g>`
          );
        })
        .join('')
    : emptyMessage(top + rowH / 2, input.emptyText);
  return svg(id, height, input.title, desc, body);
}

/** Vertical columns per day, the highest value marked on the axis and a few date labels below. */
export function dayChart(input: DayChartInput): string {
  const height = 260;
  const top = 48;
  const bottom = height - 36;
  const left = PAD + 44;
  const right = WIDTH - PAD;
  const plotH = bottom - top;
  const days = input.days;
  const unit = input.unit ?? '';
  const max = Math.max(0, ...days.map((d) => d.value));
  const id = chartId(input.id, 'day', input.title, days.map((d) => `${d.day}=${d.value}`).join('\n'));
  const total = days.reduce((s, d) => s + d.value, 0);
  const desc = days.length
    ? `${days[0]!.day}〜${days[days.length - 1]!.day}、合計 ${formatNumber(total)}${unit}、最大 ${formatNumber(max)}${unit}。` +
      days.map((d) => `${d.day}: ${formatNumber(d.value)}${unit}`).join('、')
    : (input.emptyText ?? DEFAULT_EMPTY);
  if (!days.length) return svg(id, height, input.title, desc, emptyMessage(top + 20, input.emptyText));

  const slot = (right - left) / days.length;
  const gap = Math.min(2, slot * 0.2);
  const step = Math.ceil(days.length / 6);
  const parts: string[] = [
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${COLOR.axis}" stroke-width="1"/>`,
    `<text x="${left - 6}" y="${bottom}" text-anchor="end" dominant-baseline="central" font-size="12" fill="${COLOR.text}">0</text>`,
  ];
  if (max > 0)
    parts.push(
      `<line x1="${left}" y1="${top}" x2="${right}" y2="${top}" stroke="${COLOR.axis}" stroke-width="1" stroke-dasharray="4 3"/>`,
      `<text x="${left - 6}" y="${top}" text-anchor="end" dominant-baseline="central" font-size="12" fill="${COLOR.text}">${esc(formatNumber(max))}</text>`,
    );
  days.forEach((d, i) => {
    const x = left + i * slot + gap / 2;
    const h = max > 0 && d.value > 0 ? Math.max(1, (d.value / max) * plotH) : 0;
    parts.push(
      `<g><title>${esc(`${d.day}: ${formatNumber(d.value)}${unit}`)}</title>` +
        `<rect x="${num(x)}" y="${num(bottom - h)}" width="${num(Math.max(1, slot - gap))}" height="${num(h)}" fill="${COLOR.bar}"/></g>`,
    );
    if (i % step === 0 || i === days.length - 1) {
      // The last label only when it does not collide with the regular one before it.
      if (i === days.length - 1 && i % step !== 0 && (i % step) * slot < 40) return;
      parts.push(
        `<text x="${num(left + (i + 0.5) * slot)}" y="${bottom + 18}" text-anchor="middle" font-size="12" fill="${COLOR.text}">${esc(shortDay(d.day))}</text>`,
      );
    }
  });
  return svg(id, height, input.title, desc, parts.join(''));
}

function svg(id: string, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>` +
    `<rect width="${WIDTH}" height="${height}" fill="${COLOR.background}"/>` +
    `<text x="${PAD}" y="26" font-size="15" font-weight="bold" fill="${COLOR.text}">${esc(fitText(title, WIDTH - 2 * PAD, 15))}</text>` +
    body +
    `</svg>`
  );
}

function emptyMessage(y: number, text: string | undefined): string {
  return `<text x="${PAD}" y="${y}" dominant-baseline="central" font-size="13" fill="${COLOR.text}">${esc(text ?? DEFAULT_EMPTY)}</text>`;
}

/** '2025-04-01' → '4/1' */
function shortDay(day: string): string {
  const [, m, d] = day.split('-');
  return m && d ? `${Number(m)}/${Number(d)}` : day;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number.isInteger(n) ? n : Math.round(n * 10) / 10;
  const [int = '', frac] = String(Math.abs(rounded)).split('.');
  const grouped = GROUPED.format(Number(int));
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Characters XML 1.0 forbids, and lone surrogates: dropped or replaced so the SVG always parses. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for element content and attribute values alike. */
export function esc(text: string): string {
  return escapeHtml(text.replace(XML_INVALID, '').replace(LONE_SURROGATE, '\ufffd'));
}

/** Wide (CJK, full-width) characters take about 1em, others about 0.6em. */
function charWidth(c: string, fontSize: number): number {
  const cp = c.codePointAt(0) ?? 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300;
  return (wide ? 1 : 0.6) * fontSize;
}

/** Cuts a label to the width available, with an ellipsis; the full label stays in the tooltip and desc. */
function fitText(text: string, width: number, fontSize: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    used += charWidth(chars[i]!, fontSize);
    if (used > width) return chars.slice(0, Math.max(0, i - 1)).join('') + '…';
  }
  return chars.join('');
}

/** A stable id from the content (FNV-1a), so two charts on one page do not share ids. */
function chartId(given: string | undefined, kind: string, title: string, content: string): string {
  if (given) return given.replace(/[^A-Za-z0-9_-]/g, '_');
  let h = 0x811c9dc5;
  for (const c of `${kind}\n${title}\n${content}`) {
    h ^= c.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${kind}-${h.toString(16)}`;
}

// ---------------------------------------------------------------------------------------------
// CSV

export type CsvKind = 'topics' | 'feedback' | 'unanswered' | 'handoff';
type Field = string | number | null;

/**
 * RFC 4180 CSV with a BOM (Excel in Japan otherwise reads UTF-8 as Shift_JIS) and CRLF line ends.
 * From `InsightsData`: the per-day rows, for pivoting. From `InsightsSummary`: the totals, the
 * grouped unanswered questions and the wait statistics.
 */
export function toCsv(source: InsightsData | InsightsSummary, kind: CsvKind): string {
  const table = 'byTopic' in source ? summaryTable(source, kind) : dataTable(source, kind);
  return '\ufeff' + table.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function dataTable(data: InsightsData, kind: CsvKind): Field[][] {
  switch (kind) {
    case 'topics':
      return [
        ['day', 'topic', 'locale', 'channel', 'count'],
        ...data.topics.map((r) => [r.day, r.topic, r.locale, r.channel, r.count]),
      ];
    case 'feedback':
      return [
        ['day', 'topic', 'helpful', 'not_helpful'],
        ...data.feedback.map((r) => [r.day, r.topic, r.helpful, r.notHelpful]),
      ];
    case 'unanswered':
      return [
        ['day', 'locale', 'text', 'count'],
        ...data.unanswered.map((r) => [r.day, r.locale, r.text, r.count]),
      ];
    case 'handoff':
      return [['day', 'outcome', 'wait_ms'], ...data.handoffWaits.map((r) => [r.day, r.outcome, r.ms])];
  }
}

function summaryTable(s: InsightsSummary, kind: CsvKind): Field[][] {
  switch (kind) {
    case 'topics':
      return [['topic', 'count'], ...s.byTopic.map((r) => [r.key, r.count])];
    case 'feedback':
      return [
        ['topic', 'helpful', 'not_helpful', 'helpful_rate'],
        ...s.helpfulness.map((r) => [
          r.topic,
          r.helpful,
          r.notHelpful,
          r.rate === null ? null : round(r.rate, 4),
        ]),
      ];
    case 'unanswered':
      return [
        ['group', 'group_count', 'representative', 'text', 'count', 'locales'],
        ...s.unansweredGroups.flatMap((g, i) =>
          g.members.map((m) => [i + 1, g.count, g.representative, m.text, m.count, g.locales.join(' ')]),
        ),
      ];
    case 'handoff':
      return [
        ['outcome', 'count', 'median_ms', 'p90_ms'],
        ['all', s.handoff.count, s.handoff.medianMs, s.handoff.p90Ms],
        ...HANDOFF_OUTCOMES.map((o) => {
          const w = s.handoff.byOutcome[o];
          return [o, w.count, w.medianMs, w.p90Ms];
        }),
      ];
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * One field: text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading
 * apostrophe; then quoted when it holds a comma, a quote or a line break. Numbers are ours and safe.
 */
export function csvField(value: Field): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
