import type { Activity, CardAction, TurnContext } from 'botbuilder';
import { ActionTypes, ActivityTypes, CardFactory } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Clock } from '../bot/clock';
import type { Formatter, KnowledgeVars } from '../knowledge/format';
import type { OpenStatus } from '../knowledge/hours';
import { openStatus } from '../knowledge/hours';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { DaySelector, Hours } from '../knowledge/schema';
import type { Locale } from '../knowledge/types';
import { isJapanese, languageList } from '../knowledge/languages';
import { fold } from '../knowledge/routing/normalize';
import { fixedT } from '../locales';
import type { RubySegment } from '../simplifier/ruby';
import { fixCountReadings } from '../simplifier/furigana';
import { parseRubyMarkup, renderRuby, stripRubyMarkup } from '../simplifier/ruby';
import { getTurnInfo } from './turn';

export interface Choice {
  /** The button code (see actions.ts). */
  value: string;
  /** An i18n key ("ns:key") or, with `literal`, the label itself (language names). */
  label: string;
  literal?: boolean;
  vars?: Record<string, unknown>;
}

/** What a contact card shows, also handed to channels in channelData (LINE turns it into Flex). */
export interface ContactView {
  id: string;
  name: string;
  /** The name's ruby segments, when it has readings (easy Japanese): the widget draws <ruby>. */
  nameRuby?: RubySegment[];
  officialName: string;
  phone?: string;
  altPhone?: string;
  url?: string;
  status: 'open' | 'closed' | 'unknown' | 'none';
  statusText?: string;
  /**
   * The hours on record, whatever the time now ("Known hours: Sat, Sun, public holidays
   * 10:00–16:00"): "is it open on Saturday?" is answered by the card itself, also when the status
   * can only say "check the page". None for a service open day and night.
   */
  schedule?: string;
  languages?: string[];
  secondary: boolean;
}

export type Reply = Partial<Activity>;

/**
 * Turns i18n keys and knowledge ids into Bot Framework activities in the resident's language. The
 * only place that knows how easy Japanese is carried: text with readings in brackets (readable on
 * any channel), the ruby segments in channelData for channels that can show <ruby>, kana for speech.
 */
export class Presenter {
  private readonly varsCache = new Map<Locale, KnowledgeVars>();
  /**
   * Translated strings per locale (and labels, lines made from them), by key and values (see
   * memoKey): the same few hundred labels and lines are asked for in every turn, and i18next's
   * lookup plus interpolation over all the knowledge values was a tenth of a turn's time. Emptied
   * whenever resources change (easy Japanese arrives after start), and when MEMO_MAX is reached.
   */
  private readonly plain = new Map<Locale, Map<string, string>>();
  /** One Say per locale (it holds nothing of a turn's): asked for many times in every turn. */
  private readonly says = new Map<Locale, Say>();

  constructor(
    private readonly i18n: i18n,
    private readonly kb: KnowledgeBase,
    private readonly fmt: Formatter,
    private readonly clock: Clock,
  ) {
    const forget = (): void => {
      this.plain.clear();
      this.says.clear();
    };
    i18n.store.on('added', forget);
    i18n.store.on('removed', forget);
  }

  for(context: TurnContext): Say {
    return this.forLocale(getTurnInfo(context).locale);
  }

  forLocale(locale: Locale): Say {
    const known = this.says.get(locale);
    if (known) return known;
    let vars = this.varsCache.get(locale);
    if (!vars) {
      vars = this.fmt.vars(locale);
      this.varsCache.set(locale, vars);
    }
    let memo = this.plain.get(locale);
    if (!memo) this.plain.set(locale, (memo = new Map<string, string>()));
    const say = new Say(locale, this.i18n, vars, this.kb, this.fmt, this.clock, memo);
    this.says.set(locale, say);
    return say;
  }
}

/**
 * The memo key of t(key, vars): the key alone without values, the key and each value (with its
 * type) when every value is a string, number, boolean, null or undefined; undefined (no memo)
 * when a value is an object, whose translation is not worth a key of its own.
 */
function memoKey(key: string, vars: Record<string, unknown> | undefined): string | undefined {
  if (!vars) return key;
  let memo = key;
  // Names and strings JSON-encoded: no value can forge the separator and collide with another.
  for (const name of Object.keys(vars)) {
    const value = vars[name];
    memo += `\u0000${JSON.stringify(name)}`;
    if (typeof value === 'string') memo += JSON.stringify(value);
    else if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
      memo += `:${typeof value}:${String(value)}`;
    else return undefined;
  }
  return memo;
}

/** Strings kept per locale, at most: values (times, numbers) make keys, so the memo is bounded. */
const MEMO_MAX = 5000;

/**
 * openStatus per schedule for the current minute. Schedules are HH:MM, so every opening and
 * closing falls on a whole minute and the answer (with its until / nextOpen instants) is the
 * same all minute long; a turn shows several contacts, and each asked for it on every card.
 */
const statusThisMinute = new WeakMap<Hours, { minute: number; status: OpenStatus }>();
function openStatusNow(hours: Hours, now: Date): OpenStatus {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = statusThisMinute.get(hours);
  if (known?.minute === minute) return known.status;
  const status = openStatus(hours, now);
  statusThisMinute.set(hours, { minute, status });
  return status;
}

/** getFixedT builds a function per call; one per instance, locale and namespace is enough. */
const translators = new WeakMap<i18n, Map<string, ReturnType<typeof fixedT>>>();
function translator(instance: i18n, locale: Locale, ns: string): ReturnType<typeof fixedT> {
  let byKey = translators.get(instance);
  if (!byKey) translators.set(instance, (byKey = new Map<string, ReturnType<typeof fixedT>>()));
  const key = `${locale}\u0000${ns}`;
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = fixedT(instance, locale, ns as never)));
  return t;
}

export class Say {
  constructor(
    readonly locale: Locale,
    private readonly i18n: i18n,
    private readonly vars: KnowledgeVars,
    private readonly kb: KnowledgeBase,
    readonly fmt: Formatter,
    private readonly clock: Clock,
    private readonly memo: Map<string, string> = new Map(),
  ) {}

  /** The translated string, still carrying {漢字|かんじ} markup in easy Japanese. */
  t(key: string, vars?: Record<string, unknown>): string {
    const memo = memoKey(key, vars);
    if (memo !== undefined) {
      const known = this.memo.get(memo);
      if (known !== undefined) return known;
    }
    const fixed = !vars || Object.keys(vars).length === 0;
    const [ns, k] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    const translated = translator(
      this.i18n,
      this.locale,
      ns,
    )(k, fixed ? this.vars : { ...this.vars, ...vars });
    // Easy Japanese templates write 8{日|にち}: only with the number in is ようか known.
    const text = this.locale === 'ja-easy' ? fixCountReadings(translated) : translated;
    if (memo !== undefined) this.remember(memo, text);
    return text;
  }

  /** A plain label (no readings), for buttons and card titles. */
  label(key: string, vars: Record<string, unknown> = {}): string {
    return this.derived('\u0004', key, vars, (text) => stripRubyMarkup(text));
  }

  /** Running text outside a message bubble (card lines): readings in brackets, like messages. */
  line(key: string, vars: Record<string, unknown> = {}): string {
    return this.derived('\u0005', key, vars, (text) => renderRuby(parseRubyMarkup(text), 'parens'));
  }

  /** `make(t(key, vars))`, remembered like t itself (under its own prefix). */
  private derived(
    prefix: string,
    key: string,
    vars: Record<string, unknown>,
    make: (text: string) => string,
  ): string {
    const memo = memoKey(key, vars);
    if (memo === undefined) return make(this.t(key, vars));
    return this.memoized(prefix + memo, () => make(this.t(key, vars)));
  }

  /** The string kept under `memo`, else `make()`, kept there. */
  private memoized(memo: string, make: () => string): string {
    const known = this.memo.get(memo);
    if (known !== undefined) return known;
    const text = make();
    this.remember(memo, text);
    return text;
  }

  private remember(memo: string, text: string): void {
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(memo, text);
  }

  text(key: string, vars?: Record<string, unknown>, choices?: readonly Choice[]): Reply {
    return this.raw(this.t(key, vars), choices);
  }

  /** Several keys as one message: fewer bubbles, and LINE allows five per reply. */
  lines(keys: ReadonlyArray<string | [string, Record<string, unknown>]>, choices?: readonly Choice[]): Reply {
    const text = keys.map((k) => (typeof k === 'string' ? this.t(k) : this.t(k[0], k[1]))).join('\n');
    return this.raw(text, choices);
  }

  raw(markedText: string, choices?: readonly Choice[]): Reply {
    return this.segments(parseRubyMarkup(markedText), choices);
  }

  /** Text that is not ours (a staff member's words): shown as written, braces and all. */
  literal(text: string, choices?: readonly Choice[]): Reply {
    return this.segments([{ text }], choices);
  }

  private segments(segments: RubySegment[], choices?: readonly Choice[]): Reply {
    const hasReadings = segments.some((s) => s.reading);
    const reply: Reply = {
      type: ActivityTypes.Message,
      text: renderRuby(segments, 'parens'),
      speak: renderRuby(segments, 'kana'),
      locale: this.locale,
      channelData: hasReadings ? { ruby: segments } : {},
    };
    if (choices && choices.length > 0) {
      reply.suggestedActions = { to: [], actions: choices.map((c) => this.cardAction(c)) };
    }
    return reply;
  }

  /** A moment in the resident's language, relative to today ("today 9:00", "Mon 1 Dec 9:00"). */
  when(instant: Date): string {
    return this.fmt.when(instant, this.clock.now(), this.locale);
  }

  choicesOnly(promptKey: string, choices: readonly Choice[], vars?: Record<string, unknown>): Reply {
    return this.text(promptKey, vars, choices);
  }

  choiceLabel(choice: Choice): string {
    return choice.literal ? choice.label : this.label(choice.label, choice.vars);
  }

  /** fold(choiceLabel(choice)): the label as a typed answer is compared with it, remembered. */
  foldedLabel(choice: Choice): string {
    if (!choice.literal)
      return this.derived('\u0006', choice.label, choice.vars ?? {}, (t) => fold(stripRubyMarkup(t)));
    return this.memoized(`\u0007${choice.label}`, () => fold(choice.label));
  }

  /**
   * The label's readings folded, where it has ruby ({市|し}の{相談|そうだん}{窓口|まどぐち} →
   * しのそうだんまどぐち): an easy-Japanese reader types the words as they read them. Empty when
   * the label has none.
   */
  foldedReading(choice: Choice): string {
    if (choice.literal) return '';
    return this.derived('\u0008', choice.label, choice.vars ?? {}, (t) =>
      t.includes('{') ? fold(renderRuby(parseRubyMarkup(t), 'kana')) : '',
    );
  }

  /** The ways a typed answer may write the label: folded, and its folded reading if it has one. */
  foldedForms(choice: Choice): string[] {
    const reading = this.foldedReading(choice);
    return reading ? [this.foldedLabel(choice), reading] : [this.foldedLabel(choice)];
  }

  /** "More information: <official page>". */
  page(sourceId: string): Reply {
    return this.text('moreInfo', { url: this.kb.pageUrl(sourceId) });
  }

  /** The contact's page in the reader's language: its other-languages version outside Japanese. */
  private pageFor(contact: { page?: string; pageOtherLanguages?: string }): string {
    return (!isJapanese(this.locale) && contact.pageOtherLanguages) || contact.page!;
  }

  contactView(id: string): ContactView {
    const contact = this.kb.contact(id);
    const now = this.clock.now();
    let status: ContactView['status'] = 'none';
    let statusText: string | undefined;
    if (contact.hours) {
      const s = openStatusNow(contact.hours, now);
      status = s.state;
      if (s.state === 'open') {
        const allDay = s.until.getTime() - now.getTime() > 24 * 3600_000;
        statusText = allDay
          ? this.line('card.open24h')
          : this.line('card.open', { time: this.fmt.when(s.until, now, this.locale) });
      } else if (s.nextOpen) {
        const when = this.fmt.when(s.nextOpen, now, this.locale);
        statusText = this.line(s.state === 'closed' ? 'card.closedNext' : 'card.unknownNext', { when });
      } else if (s.state === 'closed' || contact.hours.complete || contact.hours.rules.every(isAllDay)) {
        statusText = this.line(s.state === 'closed' ? 'card.closed' : 'card.unknown');
      }
      // else: an incomplete schedule, unknown now with no known opening ahead (188 on a weekday):
      // its schedule line says the known hours and "for other times, see the page", once.
    } else if (contact.unconfirmed.some((u) => u.includes('hours'))) {
      status = 'unknown';
      statusText = this.line('card.unknown');
    }
    const schedule = contact.hours ? this.memoized(`\u0009${id}`, () => this.schedule(contact.hours!)) : '';
    const marked = this.t(`contacts:${id}`);
    const name = parseRubyMarkup(marked);
    return {
      id,
      name: stripRubyMarkup(marked),
      ...(name.some((s) => s.reading) ? { nameRuby: name } : {}),
      officialName: contact.officialName,
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.altPhone ? { altPhone: contact.altPhone } : {}),
      ...(contact.page ? { url: this.kb.pageUrl(this.pageFor(contact)) } : {}),
      status,
      ...(statusText ? { statusText } : {}),
      ...(schedule ? { schedule } : {}),
      ...(contact.languages ? { languages: contact.languages } : {}),
      secondary: contact.status === 'secondary',
    };
  }

  /** The hours on record as a card line, readings in brackets; '' for a service open day and night. */
  private schedule(hours: Hours): string {
    const rules = hours.rules.filter((r) => !isAllDay(r));
    if (rules.length === 0) return '';
    const spans = rules.map(
      (r) =>
        this.t('card.span', { days: this.dayNames(r.days), from: r.from, to: r.to }) +
        (r.only ? this.t(`card.only.${r.only}`) : ''),
    );
    const notes = [
      ...hours.closed.map((d) => this.t(`card.except.${d}`)),
      ...hours.uncertain.map((d) => this.t(`card.uncertainOn.${d}`)),
    ];
    const schedule =
      spans.join(this.t('card.ruleJoin')) +
      (notes.length > 0 ? this.t('card.notOn', { list: notes.join(this.t('card.dayJoin')) }) : '');
    const text = this.t(hours.complete ? 'card.hours' : 'card.hoursKnown', { schedule });
    return renderRuby(parseRubyMarkup(text), 'parens');
  }

  /** Day selectors by name; three or more weekdays in a row as a range (Mon–Thu). */
  private dayNames(days: readonly DaySelector[]): string {
    const names: string[] = [];
    for (let i = 0; i < days.length; i++) {
      const at = WEEKDAYS.indexOf(days[i] as (typeof WEEKDAYS)[number]);
      let end = i;
      while (
        at >= 0 &&
        end + 1 < days.length &&
        WEEKDAYS.indexOf(days[end + 1] as (typeof WEEKDAYS)[number]) === at + (end + 1 - i)
      )
        end++;
      if (end - i >= 2) {
        names.push(
          this.t('card.range', {
            first: this.t(`card.days.${days[i]}`),
            last: this.t(`card.days.${days[end]}`),
          }),
        );
        i = end;
      } else names.push(this.t(`card.days.${days[i]}`));
    }
    return names.join(this.t('card.dayJoin'));
  }

  /** Contact cards: a Hero card each (any channel), the structured views in channelData. */
  contacts(ids: readonly string[]): Reply {
    const views = ids.map((id) => this.contactView(id));
    const attachments = views.map((v) => {
      const lines = [
        v.phone ? `☎ ${[v.phone, v.altPhone].filter(Boolean).join(' / ')}` : undefined,
        v.statusText,
        v.schedule,
        v.languages
          ? this.line('card.languages', { list: languageList(v.languages, this.locale) })
          : undefined,
        v.secondary ? this.line('card.secondary') : undefined,
      ].filter((l): l is string => Boolean(l));
      const buttons: CardAction[] = [];
      if (v.phone) {
        buttons.push({
          type: ActionTypes.Call,
          title: this.label('card.call', { number: v.phone }),
          value: telUri(v.phone),
          ...this.labelRuby('card.call', { number: v.phone }),
        });
      }
      if (v.url)
        buttons.push({
          type: ActionTypes.OpenUrl,
          title: this.label('card.website'),
          value: v.url,
          ...this.labelRuby('card.website'),
        });
      // No text at all when there is nothing to say: Web Chat shows an empty text as a blank line.
      // The title carries its readings in brackets, like the message text (LINE, Web Chat); the
      // widget draws nameRuby from channelData instead.
      const title = v.nameRuby ? renderRuby(v.nameRuby, 'parens') : v.name;
      return CardFactory.heroCard(title, undefined, buttons, {
        subtitle: sameName(v.name, v.officialName) ? undefined : v.officialName,
        ...(lines.length > 0 ? { text: lines.join('\n') } : {}),
      });
    });
    return {
      type: ActivityTypes.Message,
      locale: this.locale,
      attachmentLayout: 'list',
      attachments,
      channelData: { contacts: views },
    };
  }

  private cardAction(choice: Choice): CardAction {
    const title = this.choiceLabel(choice);
    const action: CardAction = { type: ActionTypes.PostBack, title, value: choice.value, displayText: title };
    return choice.literal ? action : { ...action, ...this.labelRuby(choice.label, choice.vars) };
  }

  /**
   * An easy-Japanese label's readings, as the channelData of its button, for channels that can
   * show <ruby> (the widget); the title stays plain for the rest (LINE quick replies allow 20
   * characters). Nothing in other languages, or for a label without kanji.
   */
  private labelRuby(key: string, vars?: Record<string, unknown>): { channelData?: { ruby: RubySegment[] } } {
    if (this.locale !== 'ja-easy') return {};
    const segments = parseRubyMarkup(this.t(key, vars));
    return segments.some((s) => s.reading) ? { channelData: { ruby: segments } } : {};
  }
}

/** tel: URIs need "#" escaped: "#7119" would otherwise be read as a fragment. */
/** A rule for every hour of every day (110, 119): a schedule line would say nothing. */
const isAllDay = (rule: Hours['rules'][number]): boolean =>
  rule.days.includes('daily') && rule.from === '00:00' && rule.to === '24:00';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function telUri(phone: string): string {
  return `tel:${phone.replace(/#/g, '%23').replace(/-/g, '')}`;
}

/** 大阪府外国人情報コーナー（OFIX） and 大阪府外国人情報コーナー (OFIX) are one name: no subtitle. */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return fold(a) === fold(b);
}
