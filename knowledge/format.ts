import type { LocalDate } from './calendar';
import { parseIsoDate } from './calendar';
import type { Fact, Hours } from './schema';
import type { KnowledgeBase } from './knowledgeBase';
import { isJapanese } from './languages';
import type { Locale } from './types';

/**
 * Numbers, dates, money and hours as each locale writes them. Values come only from the knowledge
 * base: locale strings hold placeholders, never digits, so a translation cannot change a number.
 */
const INTL_LOCALE: Record<Locale, string> = {
  ja: 'ja-JP',
  'ja-easy': 'ja-JP',
  en: 'en-US',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  ko: 'ko-KR',
  vi: 'vi-VN',
  tl: 'fil-PH',
  // Western digits: the same digits as on the resident's documents, receipts and the phone keypad.
  ne: 'ne-NP-u-nu-latn',
  'pt-BR': 'pt-BR',
  es: 'es-ES',
  id: 'id-ID',
  th: 'th-TH-u-ca-gregory-nu-latn',
};

/**
 * Intl formatters are costly to build (a profile of the LINE benchmark showed them among the top
 * costs of a turn) and immutable: one per locale and style, built on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return f;
}
function yenFormat(locale: Locale): Intl.NumberFormat {
  const key = `${locale}|yen`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'JPY' })),
    );
  return f;
}

export class Formatter {
  constructor(private readonly kb: KnowledgeBase) {}

  date(date: LocalDate, locale: Locale): string {
    // Easy Japanese: 2026年12月1日 火曜日. "(火)" would read as a furigana bracket in LINE's
    // 住民票(じゅうみんひょう) style, and 火曜日 is the word learners know.
    if (locale === 'ja-easy') return `${this.pastDate(date, locale)} ${weekdayName(date)}`;
    return dateFormat(locale, 'date', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(new Date(Date.UTC(date.y, date.m - 1, date.d)));
  }

  /** A date without the weekday: for "since 1 June 2022". */
  pastDate(date: LocalDate, locale: Locale): string {
    return dateFormat(locale, 'pastDate', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(new Date(Date.UTC(date.y, date.m - 1, date.d)));
  }

  /** An instant as a time in Japan, with the day when it is not today. */
  when(instant: Date, now: Date, locale: Locale): string {
    const sameDay = dayKey(instant) === dayKey(now);
    if (locale === 'ja-easy' && !sameDay) {
      // 11月25日 水曜日 9:00 rather than 11/25(水) 9:00 (see date()).
      const [y, m, d] = dayKey(instant).split('-').map(Number) as [number, number, number];
      const day = `${m}月${d}日 ${weekdayName({ y, m, d })}`;
      return `${day} ${this.when(instant, instant, locale)}`;
    }
    return (
      dateFormat(locale, sameDay ? 'time' : 'dayTime', {
        timeZone: 'Asia/Tokyo',
        ...(sameDay ? {} : { weekday: 'short', month: 'numeric', day: 'numeric' }),
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(instant)
        // With h23, English and Korean write 06:30 where every other answer (and the card's own
        // "6:30–23:00") writes 6:30.
        .replace(/(^|\D)0(\d:\d\d)/gu, '$1$2')
    );
  }

  yen(amount: number, locale: Locale): string {
    if (isJapanese(locale)) {
      // 50000 → 5万円: how Japanese pages write round amounts.
      if (amount >= 10000 && amount % 10000 === 0) return `${amount / 10000}万円`;
      return `${amount.toLocaleString('ja-JP')}円`;
    }
    return yenFormat(locale).format(amount);
  }

  clock(hhmm: string): string {
    // 06:30 → 6:30; 24:00 stays as the end of the day.
    return hhmm.replace(/^0(\d)/, '$1');
  }

  /** A one-line summary of simple opening hours ("6:30–23:00"), for rules that apply every day. */
  hoursRange(hours: Hours): string {
    return hours.rules.map((r) => `${this.clock(r.from)}–${this.clock(r.to)}`).join(', ');
  }

  fact(fact: Fact, locale: Locale): string {
    const value = fact.value;
    if (value === null) throw new Error(`fact ${fact.id} is unconfirmed and cannot be stated`);
    switch (fact.type) {
      case 'yen':
        return this.yen(Number(value), locale);
      case 'date': {
        const date = parseIsoDate(String(value));
        if (!date) throw new Error(`fact ${fact.id} is not a date`);
        return this.pastDate(date, locale);
      }
      case 'time':
        return this.clock(String(value));
      case 'ordinal':
        // "the 4th Sunday": English needs the suffix; the other locales write the word around it.
        return locale === 'en' ? englishOrdinal(Number(value)) : String(value);
      case 'number':
      case 'year':
        return String(value);
    }
  }

  /**
   * Interpolation values for i18next: {{facts.x}}, {{phone.contactId}}, {{hours.contactId}}.
   * Unconfirmed facts are absent, so a string that tried to state one would show its placeholder
   * and fail the locale tests.
   */
  vars(locale: Locale): KnowledgeVars {
    const facts: Record<string, string> = {};
    for (const fact of this.kb.statedFacts()) facts[fact.id] = this.fact(fact, locale);
    const phone: Record<string, string> = {};
    const hours: Record<string, string> = {};
    for (const contact of this.kb.data.contacts) {
      if (contact.phone) phone[contact.id] = contact.phone;
      if (contact.hours) hours[contact.id] = this.hoursRange(contact.hours);
    }
    return { facts, phone, hours };
  }
}

export interface KnowledgeVars {
  facts: Record<string, string>;
  phone: Record<string, string>;
  hours: Record<string, string>;
}

function dayKey(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
export function englishOrdinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[englishOrdinals.select(n)] ?? 'th'}`;
}

/** In the {漢字|かんじ} markup of easy Japanese: the value goes into a ja-easy template. */
const WEEKDAY_NAMES = [
  '{日曜日|にちようび}',
  '{月曜日|げつようび}',
  '{火曜日|かようび}',
  '{水曜日|すいようび}',
  '{木曜日|もくようび}',
  '{金曜日|きんようび}',
  '{土曜日|どようび}',
] as const;
function weekdayName(date: LocalDate): string {
  return WEEKDAY_NAMES[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()]!;
}
