import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContactView } from '../../dialogs/presenter';
import { LOCALES_DIR } from '../../locales';
import { stripRubyMarkup } from '../../simplifier/ruby';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';

/** A Tuesday; the Monday before (2026-11-23, Labour Thanksgiving Day) is a public holiday. */
export const NOW = '2026-11-24T10:00:00+09:00';

export const LOCALES = ['ja', 'ja-easy', 'en'] as const;
export type TestLocale = (typeof LOCALES)[number];
export type Harness = ReturnType<typeof createHarness>;
export type PerLocale<T> = Record<TestLocale, T>;

export function start(locale: TestLocale, now: string = NOW): Harness {
  return createHarness({ now, locale });
}

/** The same value in both Japanese locales (dates, yen), another in English. */
export function jaEn<T>(ja: T, en: T): PerLocale<T> {
  return { ja, 'ja-easy': ja, en };
}

/** When easy Japanese writes it differently: dates say 火曜日, not (火) (Formatter.date). */
export function jaEasyEn<T>(ja: T, jaEasy: T, en: T): PerLocale<T> {
  return { ja, 'ja-easy': jaEasy, en };
}

/** The eight main-menu buttons, in order. */
export const MENU_CODES = [
  'menu:certificate',
  'menu:consumer',
  'menu:multicultural',
  'menu:victim',
  'menu:safety',
  'menu:jobs',
  'menu:handoff',
  'menu:language',
];
export const FEEDBACK_CODES = ['fb:yes', 'fb:no', 'menu:handoff'];

/** The numbers the illness advice and the emergency alert show, written out: a test of what the resident reads. */
export const ILLNESS_VARS = {
  'phone.kyukyu7119': '#7119',
  'phone.kodomo8000': '#8000',
  'phone.fire119': '119',
};
export const ALERT_VARS = { 'phone.police110': '110', 'phone.fire119': '119' };

type Json = string | { [key: string]: Json };
const bundles = new Map<string, Json>();

function bundle(locale: string, ns: string): Json {
  const file = path.join(LOCALES_DIR, locale, `${ns}.json`);
  let data = bundles.get(file);
  if (data === undefined) {
    if (!existsSync(file))
      throw new Error(`locale file ${path.relative(process.cwd(), file)} does not exist`);
    data = JSON.parse(readFileSync(file, 'utf8')) as Json;
    bundles.set(file, data);
  }
  return data;
}

/** The string of an i18n key ("ns:a.b", or "a.b" in common) exactly as the locale JSON has it. */
export function raw(locale: TestLocale, key: string): string {
  const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: Json | undefined = bundle(locale, ns);
  for (const part of rest.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no string ${key} in locales/${locale}`);
  return node;
}

/**
 * The opening words (up to the first placeholder, at most 30 characters) of a string of any of the
 * 13 locales, for the tests that talk to the bot in a locale the helpers above do not type. Throws
 * when the string opens with a placeholder: its opening would match anything.
 */
export function openingOf(locale: string, key: string): string {
  const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: Json | undefined = bundle(locale, ns);
  for (const part of rest.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no string ${key} in locales/${locale}`);
  // Without reading markup: read() shows what the resident reads, readings removed.
  const opening = stripRubyMarkup(node).split('{{')[0]!.slice(0, 30);
  if (opening.length < 4) throw new Error(`${locale} ${key} opens with a placeholder`);
  return opening;
}

/** The turn says the answer of `key` (its opening words: openingOf), in any of the 13 locales. */
export function says(turn: Turn, locale: string, key: string): void {
  expect(read(turn)).toContain(openingOf(locale, key));
}

/** The turn does not say the answer of `key` (its opening words), in any of the 13 locales. */
export function saysNot(turn: Turn, locale: string, key: string): void {
  expect(read(turn)).not.toContain(openingOf(locale, key));
}

/** The crime-victim desks an answer about the desks lists: the city's, the advocacy centre, #9110. */
export const VICTIM_DESKS = ['victimDesk', 'advocacyCentre', 'police9110'];
/** The consumer desks: the city's consumer centre and the national hotline 188. */
export const CONSUMER_DESKS = ['consumerCentre', 'hotline188'];

/** Removes the readings easy Japanese shows in brackets: 区役所(くやくしょ) → 区役所. */
export function plain(text: string): string {
  return text.replace(/\(([\u3041-\u309f\u30fc]+)\)/gu, '');
}

/**
 * The locale string with its placeholders filled in by the test (the facts a resident must see)
 * and its reading markup removed. Throws when a placeholder is left, so the test states every value.
 */
export function filled(locale: TestLocale, key: string, vars: Record<string, string | number> = {}): string {
  const text = stripRubyMarkup(raw(locale, key)).replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
  if (/\{\{/.test(text))
    throw new Error(
      `${key} in ${locale} needs values for ${(text.match(/\{\{[^}]+\}\}/g) ?? []).join(', ')}`,
    );
  return text;
}

/** The longest literal run of a locale string (between placeholders): a word only that answer has. */
export function piece(locale: TestLocale, key: string): string {
  const parts = stripRubyMarkup(raw(locale, key))
    .split(/\{\{[^}]+\}\}/)
    .map((p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The button label of a key in that locale (labels never show readings). */
export function label(locale: TestLocale, key: string, vars: Record<string, string | number> = {}): string {
  return filled(locale, key, vars);
}

/** What the resident reads, readings removed. */
export function read(turn: Turn): string {
  return plain(turn.text);
}

/** The turn contains the answer of `key` (its longest fixed part) in the given locale. */
export function expectSays(turn: Turn, locale: TestLocale, key: string): void {
  expect(read(turn)).toContain(plain(piece(locale, key)));
}

export function expectNotSays(turn: Turn, locale: TestLocale, key: string): void {
  expect(read(turn)).not.toContain(plain(piece(locale, key)));
}

/** The turn contains the whole sentence of `key` with these values. */
export function expectSaysExactly(
  turn: Turn,
  locale: TestLocale,
  key: string,
  vars: Record<string, string | number> = {},
): void {
  expect(read(turn)).toContain(plain(filled(locale, key, vars)));
}

/** Answered in `locale`: the turn's locale and every reply activity's locale. */
export function expectLocale(turn: Turn, locale: TestLocale): void {
  expect(turn.locale).toBe(locale);
  for (const reply of turn.replies) expect(reply.locale).toBe(locale);
}

/** A healthy answer: something to read, no apology for an internal error, in the right language. */
/**
 * The turn without the one-time offer of the language the message was written in (a reply in
 * another locale than the turn's, first): what the resident reads as the answer.
 */
export function withoutLanguageOffer(turn: Turn): Turn {
  const offers = turn.replies.filter((r) => r.locale !== turn.locale);
  expect(offers.length).toBeLessThanOrEqual(1);
  if (offers.length) expect(turn.replies[0]).toBe(offers[0]);
  const replies = turn.replies.filter((r) => r.locale === turn.locale);
  return {
    ...turn,
    replies,
    text: replies
      .map((r) => r.text ?? '')
      .filter(Boolean)
      .join('\n'),
  };
}

export function expectHealthy(turn: Turn, locale: TestLocale): void {
  expect(turn.replies.length).toBeGreaterThan(0);
  expect(turn.text.trim().length).toBeGreaterThan(0);
  expectNotSays(turn, locale, 'errorTurn');
  expectLocale(turn, locale);
}

export function expectMenu(turn: Turn, locale: TestLocale): void {
  expectSays(turn, locale, 'menuPrompt');
  expect(turn.values).toEqual(MENU_CODES);
  expect(turn.buttons).toHaveLength(8);
  expect(turn.buttons[0]).toBe(label(locale, 'menu.certificate'));
}

export function expectFeedbackQuestion(turn: Turn, locale: TestLocale): void {
  expectSays(turn, locale, 'feedback.question');
  expect(turn.values).toEqual(FEEDBACK_CODES);
}

/** Taps the button whose label is `key` in that locale's JSON; checks it carries `code` when given. */
export async function choose(
  h: Harness,
  turn: Turn,
  locale: TestLocale,
  key: string,
  code?: string,
): Promise<Turn> {
  const text = label(locale, key);
  const index = turn.buttons.indexOf(text);
  if (index < 0) throw new Error(`no button "${text}" (${key}) in [${turn.buttons.join(', ')}]`);
  if (code !== undefined) expect(turn.values[index]).toBe(code);
  return h.tap(turn, text);
}

/** Presses the button that sends `code` (for labels with numbers in them). */
export async function press(h: Harness, turn: Turn, code: string): Promise<Turn> {
  const index = turn.values.indexOf(code);
  if (index < 0) throw new Error(`no button ${code} in [${turn.values.join(', ')}]`);
  return h.send({ type: 'message', text: code });
}

export function contactIds(turn: Turn): string[] {
  return turn.contacts.map((c) => c.id);
}

export function contact(turn: Turn, id: string): ContactView {
  const found = turn.contacts.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id} in [${contactIds(turn).join(', ')}]`);
  return found;
}

/** Walks a path of button codes from a fresh menu tap, asserting each is offered. */
export async function walk(h: Harness, codes: readonly string[]): Promise<Turn> {
  let turn = await h.say(codes[0] ?? '');
  for (const code of codes.slice(1)) turn = await press(h, turn, code);
  return turn;
}
