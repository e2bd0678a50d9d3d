import type { LocalDate } from './calendar';
import type { Weekday } from './calendar';
import { addDays, compareDates, daysBetween, makeDate, weekday } from './calendar';

/**
 * Reads a past date the way residents type it: 2026-11-20, 2026/11/20, 11/20, 11月20日,
 * 令和8年11月20日, R8.11.20, 今日 / きのう / おととい / today / yesterday / 3日前 / 3 days ago.
 * Without a year, the most recent such date not after today is meant (a contract is received in
 * the past), unless the text says 去年 / last year or 今年 / this year. Returns null when the text
 * is not a date we can read with certainty.
 */
const ERA_START: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988 };

const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  [/^(今日|きょう|本日|today|hôm nay|hoy|hoje|hari ini|ngayon|오늘|今天|วันนี้|आज)$/i, 0],
  [/^(昨日|きのう|yesterday|hôm qua|ayer|ontem|kemarin|kahapon|어제|昨天|เมื่อวาน|हिजो)$/i, -1],
  [
    /^(一昨日|おととい|おとつい|the day before yesterday|前天|그저께|그제|hôm kia|anteayer|anteontem|kemarin lusa|เมื่อวานซืน|अस्ति)$/i,
    -2,
  ],
  [
    /^(一週間前|1週間前|いっしゅうかんまえ|a week ago|one week ago|先週の今日|上周的今天|一周前|一週前|일주일 전|1주일 전|1 tuần trước|một tuần trước|hace una semana|há uma semana|uma semana atrás|seminggu yang lalu|seminggu lalu|isang linggo na ang nakalipas|หนึ่งสัปดาห์ก่อน|एक हप्ता अघि)$/i,
    -7,
  ],
  // Days to come are read too, so that the answer can say the day has not come yet.
  [/^(明日|あした|あす|tomorrow|ngày mai|mañana|amanhã|besok|bukas|내일|明天|พรุ่งนี้|भोलि)$/i, 1],
  [/^(明後日|あさって|the day after tomorrow|后天|後天|모레)$/i, 2],
];

/** "Last month" as residents write it before (or, in English, after) a day. */
const LAST_MONTH_WORDS =
  /先月|せんげつ|上个月|上個月|上月|지난달|지난 달|last month|tháng trước|el mes pasado|mes pasado|o mês passado|mês passado|bulan lalu|noong isang buwan|เดือนที่แล้ว|เดือนก่อน|गएको महिना/giu;

/** Month names of the languages that write them out in full (English, also abbreviated, below). */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    // Portuguese, Spanish, Tagalog, Indonesian.
    [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    [
      'enero',
      'pebrero',
      'marso',
      'abril',
      'mayo',
      'hunyo',
      'hulyo',
      'agosto',
      'setyembre',
      'oktubre',
      'nobyembre',
      'disyembre',
    ],
    [
      'januari',
      'februari',
      'maret',
      'april',
      'mei',
      'juni',
      'juli',
      'agustus',
      'september',
      'oktober',
      'november',
      'desember',
    ],
    // Nepali writes the Gregorian months in Devanagari.
    ['जनवरी', 'फेब्रुअरी', 'मार्च', 'अप्रिल', 'मे', 'जुन', 'जुलाई', 'अगस्ट', 'सेप्टेम्बर', 'अक्टोबर', 'नोभेम्बर', 'डिसेम्बर'],
    // Thai, in full and abbreviated (25 พฤศจิกายน, 25 พ.ย.).
    [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ],
    ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  ].flatMap((names) => names.map((name, i) => [name, i + 1] as const)),
);
// Longest first (มีนาคม before มี.ค.), with the dots of abbreviations taken literally.
const NAME = [...MONTH_NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./g, '\\.'))
  .join('|');
const monthOf = (name: string): number => MONTH_NAMES.get(name.toLowerCase()) ?? 0;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN = MONTHS.join('|');
const englishMonth = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;
/** As 2026年11月25日; a Thai Buddhist-era year (2569) as its Western year. */
const ymd = (y: string | undefined, m: number, d: string): string => {
  const year = y && Number(y) > 2400 ? String(Number(y) - 543) : y;
  return `${year ? `${year}年` : ''}${m}月${d}日`;
};

/**
 * Dates written the way other languages write them become the Japanese form the patterns read:
 * 25 de novembro (de 2025), Nobyembre 25, 25 Agustus, नोभेम्बर २५, 11월 25일, 25 tháng 11.
 */
const LOCAL_FORMS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  // Devanagari digits first, so that the forms below read them.
  [/[०-९]/gu, (c) => String(c.charCodeAt(0) - 0x966)],
  // 十一月二十日, 三日前, 三天前: kanji numerals before 月, 日 and 天 (not 一昨日, whose 一 is before 昨).
  [/两(?=天)/gu, () => '2'],
  [/[〇一二三四五六七八九十]{1,3}(?=[月日天])/gu, (k) => String(kanjiNumber(k) ?? k)],
  [
    new RegExp(`(?<!\\d)(\\d{1,2}) de (${NAME})(?: de (\\d{4}))?`, 'giu'),
    (_m, d, name, y) => ymd(y, monthOf(name), d),
  ],
  [
    new RegExp(`(?<!\\p{L})(${NAME}) (\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,? (\\d{4}))?`, 'giu'),
    (_m, name, d, y) => ymd(y, monthOf(name), d),
  ],
  [
    new RegExp(`(?<!\\d)(\\d{1,2}) (${NAME})(?: (\\d{4}))?`, 'giu'),
    (_m, d, name, y) => ymd(y, monthOf(name), d),
  ],
  // English: Nov 20, November 20th, 2026 · 20 Nov, 20th of November 2026 (after the names above,
  // so that marzo or setembro is never read as Mar or Sep).
  [
    new RegExp(
      `(?<![A-Za-z])(${EN})[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?! ?(?:days?|weeks?|months?|years?|times?|hours?)\\b)(?:,? (\\d{4}))?`,
      'giu',
    ),
    (_m, name, d, y) => ymd(y, englishMonth(name), d),
  ],
  [
    new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${EN})[a-z]*\\.?(?:,? (\\d{4}))?(?![A-Za-z])`,
      'giu',
    ),
    (_m, d, name, y) => ymd(y, englishMonth(name), d),
  ],
  [/(?:(\d{4})년 ?)?(\d{1,2})월 ?(\d{1,2})일/gu, (_m, y, m, d) => ymd(y, Number(m), d)],
  // "Today is day 5" (今日で5日目, 今天是第5天, 오늘로 5일째): the document came 4 days ago, as the
  // period counts its first day as day 1. Before the forms below read 今日 or 5日 alone.
  [/(?:今日|きょう|本日)(?:で|が|は)? ?(\d{1,2}) ?日目/gu, (_m, n) => `${Math.max(0, Number(n) - 1)}日前`],
  [/今天(?:是)? ?第 ?(\d{1,2}) ?天/gu, (_m, n) => `${Math.max(0, Number(n) - 1)}日前`],
  [/오늘(?:로|이|은)? ?(\d{1,2}) ?일째/gu, (_m, n) => `${Math.max(0, Number(n) - 1)}日前`],
  [
    /today is (?:the )?(?:day (\d{1,2})|(\d{1,2})(?:st|nd|rd|th) day)/giu,
    (_m, a, b) => `${Math.max(0, Number(a ?? b) - 1)}日前`,
  ],
  // Korean 20일 alone is the 20th too (not 3일 전, three days ago).
  [/(?<=\d)일(?! ?전)/gu, () => '日'],
  // Chinese 20号 / 20號 is the 20th (20日), also after a month (10月20号).
  [/(?<=\d)[号號]/gu, () => '日'],
  // "The 20th of last month" in the residents' languages: one word, 先月, before the day.
  [LAST_MONTH_WORDS, () => '先月'],
  [/(\d{1,2})(?:st|nd|rd|th)? of 先月/giu, (_m, d) => `先月${d}日`],
  [/(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/giu, (_m, d, m, y) => ymd(y, Number(m), d)],
  // A day of the month alone, as other languages write "the 20th" (after the forms above have
  // turned a day with its month into 11月20日, hence not before 月): el día 20, no dia 20, ngày 20,
  // tanggal 20, ika-20, วันที่ 20, २० गते.
  [/(?<!\p{L})(?:el |o |no )?d[íi]a (\d{1,2})(?![\d月])/giu, (_m, d) => `${d}日`],
  [/(?<!\p{L})(?:vào |vao )?ng[àa]y (\d{1,2})(?![\d月])/giu, (_m, d) => `${d}日`],
  [/(?<!\p{L})(?:pada )?(?:tanggal|tgl\.?) ?(\d{1,2})(?![\d月])/giu, (_m, d) => `${d}日`],
  [/(?<!\p{L})(?:noong |nung )?ika-? ?(\d{1,2})(?![\d月])/giu, (_m, d) => `${d}日`],
  [/(?:เมื่อ)?วันที่ ?(\d{1,2})(?![\d月])/gu, (_m, d) => `${d}日`],
  [/(?<!\d)(\d{1,2}) ?(?:गते|gate\b)/giu, (_m, d) => `${d}日`],
];

function normalise(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, to] of LOCAL_FORMS) out = out.replace(pattern, (...args: string[]) => to(...args));
  return out
    .trim()
    .replace(/(?<![。．.\s])[。．.\s]+$/u, '') // from the run's start only: linear time
    .replace(/\s+/gu, ' ')
    .replace(/です$|でした$|にもらいました$|にもろた$|に受け取りました$/u, '');
}

export interface DateReading {
  /**
   * 5/11 is 5 November: residents writing Portuguese, Spanish, Vietnamese, Indonesian or Thai put
   * the day first (see DAY_FIRST_LOCALES). Otherwise, as in Japan, the month comes first.
   */
  dayFirst?: boolean;
}

export function parseDateInput(input: string, today: LocalDate, reading: DateReading = {}): LocalDate | null {
  const text = normalise(input);
  if (text.length === 0 || text.length > MAX_SENTENCE) return null;
  const date =
    (text.length <= 40 ? parseWhole(text, today, reading) : null) ?? findOnlyDate(text, today, reading);
  // 「去年の11月25日」: the year the resident names wins over "the most recent such date".
  const yearOffset = LAST_YEAR.test(text) ? -1 : THIS_YEAR.test(text) ? 0 : null;
  if (date && yearOffset !== null && !NAMED_YEAR.test(text))
    return makeDate(today.y + yearOffset, date.m, date.d);
  return date;
}

const LAST_YEAR =
  /去年|昨年|\blast year\b|작년|지난해|năm ngoái|năm trước|el año pasado|o ano passado|no ano passado|tahun lalu|noong isang taon|ปีที่แล้ว|ปีก่อน/iu;
const THIS_YEAR = /今年|本年|\bthis year\b|올해|금년|năm nay|este año|este ano|tahun ini|ngayong taon|ปีนี้/iu;
/** A year written out (2025年, 令和7年, R7.): nothing to infer. */
const NAMED_YEAR = /\d{4}|令和|平成|(?<![A-Za-z])[RrHh]\.? ?\d{1,2}[年./-]/u;

/** Longer than this is not an answer to "when?"; it is not searched. */
const MAX_SENTENCE = 200;

/**
 * A date inside a sentence (「11月20日に契約しました」, "I got it on Nov 20"): read when the sentence
 * names exactly one date. Two different dates (契約は20日、書面は22日) are not guessed between.
 * The most specific forms are read first and blanked out, so 2026年11月20日 is not read again as
 * 11月20日.
 */
function findOnlyDate(text: string, today: LocalDate, reading: DateReading): LocalDate | null {
  // 「昨日の前の日に契約」: a day counted from another is read only as the whole answer (parseWhole);
  // in a sentence the words below would each be read alone, a day off.
  if (COUNTED_FROM.test(text)) return null;
  let rest = text;
  const found = new Map<string, LocalDate>();
  for (const pattern of IN_SENTENCE) {
    rest = rest.replace(pattern, (match: string) => {
      const date = parseWhole(match.trim(), today, reading);
      if (date) found.set(`${date.y}-${date.m}-${date.d}`, date);
      return ' '.repeat(match.length);
    });
  }
  // 「先週の火曜日に書類が届いた」: a weekday, once the other forms are blanked out.
  const named = weekdayInSentence(rest);
  const weekdayDay = named && weekdayDate(named, today);
  if (weekdayDay) found.set(`${weekdayDay.y}-${weekdayDay.m}-${weekdayDay.d}`, weekdayDay);
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** "3 days ago" in the residents' languages: the number is group 1 or 2. */
const DAYS_AGO =
  /^(?:(\d{1,3}) ?(?:日前|days? ago|天前|일 전|ngày trước|hari (?:yang )?lalu|dias atr[áa]s|araw na ang nakalipas|วันก่อน|วันที่แล้ว|दिन अघि|din agadi)|(?:hace|há|ha) (\d{1,3}) d[íi]as?)$/iu;

/** A year above this is of the Buddhist era, as Thai residents write it (2569 = 2026). */
const BUDDHIST_ERA_FROM = 2400;

const COUNTED_FROM =
  /(今日|きょう|昨日|きのう|一昨日|おととい|おとつい|\d日) ?の ?(前|まえ|次|つぎ|翌|昨日|きのう|おととい|おとつい)/u;

// Each finds one form parseWhole reads. Digits must not run on (no date inside 06-6614-0999).
const IN_SENTENCE: readonly RegExp[] = [
  /(?:令和|平成|(?<![A-Za-z])[RrHh])\.? ?(?:\d{1,2}|元)[年./-]\d{1,2}[月./-]\d{1,2}日?/gu,
  /(?<!\d)\d{4}[年./-]\d{1,2}[月./-]\d{1,2}日?(?!\d)/gu,
  // 20/11/2026 in a sentence: a four-digit year only (1-2-33 is an address).
  /(?<![\d/.-])\d{1,2}[./-]\d{1,2}[./-]\d{4}(?![\d/.-])/gu,
  /先月 ?(?:の ?)?(?:的 ?)?\d{1,2}日/gu,
  /(?<!\d)\d{1,2}月\d{1,2}日?(?!\d)/gu,
  /(?<![\d/.-])\d{1,2}\/\d{1,2}(?![\d/]|回|円|%|人|件|個|枚)/gu, // not 12/5回払い
  /(?<!\d)\d{1,3} ?(?:日前|days? ago\b)/giu,
  // A day alone (20日に契約, "on the 20th"), once the forms with a month are blanked out; not a
  // count of days (8日以内, 3日間, 1日中, 5日目) nor a deadline to come (20日まで, 3日後).
  /(?<![\d月/.-])\d{1,2}日(?![前目間中後\d]|以内|以上|まで|ほど|くらい|ぐらい|ごと|おき|分|程)/gu,
  /(?<![\p{L}\d])(?:on )?the \d{1,2}(?:st|nd|rd|th)\b(?! (?:day|week|month|year|time|floor|hour)s?\b)/giu,
  /一昨日|おととい|おとつい|the day before yesterday|前天|그저께/giu,
  /今日|きょう|本日|\btoday\b|昨日|きのう|\byesterday\b|오늘|어제|今天|昨天|วันนี้|เมื่อวาน/giu,
];

function parseWhole(text: string, today: LocalDate, reading: DateReading): LocalDate | null {
  for (const [pattern, offset] of RELATIVE) if (pattern.test(text)) return addDays(today, offset);

  // おとといの前の日, 昨日の翌日, きのうの きのう (the day before yesterday): a day counted from another.
  const counted = /^(.+?) ?の ?(前の日|前日|まえのひ|昨日|きのう|次の日|翌日|つぎのひ)$/u.exec(text);
  if (counted) {
    const base = parseWhole(counted[1]!, today, reading);
    return base && addDays(base, /前|まえ|昨日|きのう/u.test(counted[2]!) ? -1 : 1);
  }

  const ago = DAYS_AGO.exec(text);
  if (ago) return addDays(today, -Number(ago[1] ?? ago[2]));

  const era = /^(令和|平成|[RrHh])\.? ?(\d{1,2}|元)[年./-](\d{1,2})[月./-](\d{1,2})日?$/u.exec(text);
  if (era) {
    const base = ERA_START[era[1]!.toLowerCase()] ?? ERA_START[era[1]!];
    const year = era[2] === '元' ? 1 : Number(era[2]);
    return base === undefined ? null : makeDate(base + year, Number(era[3]), Number(era[4]));
  }

  const full = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/u.exec(text);
  if (full) return makeDate(Number(full[1]), Number(full[2]), Number(full[3]));

  // 20/11/2026, 20-11-26, 11/20/2026 (in the order the resident's language writes it), and a Thai
  // Buddhist-era year (2569 = 2026).
  const withYear = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/u.exec(text);
  if (withYear) {
    let [a, b] = [Number(withYear[1]), Number(withYear[2])];
    if (reading.dayFirst) [a, b] = [b, a];
    if (a > 12 && b <= 12) [a, b] = [b, a];
    const y = Number(withYear[3]);
    return makeDate(y < 100 ? 2000 + y : y > BUDDHIST_ERA_FROM ? y - 543 : y, a, b);
  }

  const monthDay = /^(\d{1,2})[月/](\d{1,2})日?$/u.exec(text);
  if (monthDay) {
    const slash = !text.includes('月');
    let m = Number(monthDay[1]);
    let d = Number(monthDay[2]);
    if (slash && reading.dayFirst) [m, d] = [d, m];
    // 20/11 can only be day/month (and 11/20 only month/day); the answer echoes the date it
    // understood either way.
    if (slash && m > 12 && d <= 12) [m, d] = [d, m];
    return mostRecent(m, d, today);
  }

  // 先月20日, 上个月20号, "the 20th of last month": that day of the month before this one.
  const lastMonth = /^先月 ?(?:の ?)?(?:的 ?)?(\d{1,2})日$/u.exec(text);
  if (lastMonth) {
    const m0 = today.m - 2;
    return makeDate(today.y + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1, Number(lastMonth[1]));
  }

  // 20日, "the 20th": the most recent 20th, this month's or last month's.
  const day = /^(?:on )?(?:the )?(\d{1,2})(?:日|st|nd|rd|th)$/iu.exec(text);
  if (day) return mostRecentDay(Number(day[1]), today);

  // 金曜日, "last Friday", 先週の金曜日, 上周五, 지난주 금요일: the most recent such day before today;
  // "last week" means the week (Monday to Sunday) before this one.
  const named = weekdayAnswer(text);
  return named && weekdayDate(named, today);
}

/** The most recent such weekday before today; with "last week", in the week before this one. */
function weekdayDate(named: { day: number; lastWeek: boolean }, today: LocalDate): LocalDate {
  const back = (((weekdayIndex(today) - named.day) % 7) + 7) % 7 || 7;
  const date = addDays(today, -back);
  const thisMonday = addDays(today, -((weekdayIndex(today) + 6) % 7));
  return named.lastWeek && compareDates(date, thisMonday) >= 0 ? addDays(date, -7) : date;
}

/**
 * How residents name a weekday as the whole answer, in the project's languages: the day's names
 * (Sunday first), the words for "last week", and the words that may stand around them (on, last,
 * の, 에, vào, el, na, pada, วัน…). One language's "week" can be another form's Sunday (minggu,
 * linggo, อาทิตย์), so "last week" is taken out of the text before a day is looked for.
 */
const WEEKDAY_FORMS: ReadonlyArray<{ days: string[][]; lastWeek: string[]; around: string[] }> = [
  {
    days: ['日', '月', '火', '水', '木', '金', '土'].map((k) => [`${k}曜日`, `${k}曜`]),
    lastWeek: ['先週'],
    around: ['の', 'に'],
  },
  {
    days: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d) => [d]),
    lastWeek: ['last week'],
    around: ['this past', 'last', 'on'],
  },
  {
    // Chinese, simplified and traditional: 星期五, 周五 / 週五, 礼拜五 / 禮拜五.
    days: ['日', '一', '二', '三', '四', '五', '六'].map((n, i) => [
      ...['星期', '周', '週', '礼拜', '禮拜'].map((w) => `${w}${n}`),
      ...(i === 0 ? ['星期天', '礼拜天', '禮拜天'] : []),
    ]),
    lastWeek: ['上个星期', '上個星期', '上星期', '上周', '上週', '上个礼拜', '上個禮拜', '上礼拜', '上禮拜'],
    around: ['的', '是', '在'],
  },
  {
    days: ['일', '월', '화', '수', '목', '금', '토'].map((k) => [`${k}요일`]),
    lastWeek: ['지난주', '지난 주'],
    around: ['지난', '이었어요', '였어요', '이요', '에요', '에', '요'],
  },
  {
    days: [
      ['chủ nhật', 'chu nhat'],
      ['thứ hai', 'thu hai', 'thứ 2', 'thu 2'],
      ['thứ ba', 'thu ba', 'thứ 3', 'thu 3'],
      ['thứ tư', 'thu tu', 'thứ 4', 'thu 4'],
      ['thứ năm', 'thu nam', 'thứ 5', 'thu 5'],
      ['thứ sáu', 'thu sau', 'thứ 6', 'thu 6'],
      ['thứ bảy', 'thu bay', 'thứ 7', 'thu 7'],
    ],
    lastWeek: ['tuần trước', 'tuan truoc'],
    around: ['vào', 'vao', 'hôm', 'hom', 'ngày', 'ngay', 'rồi', 'roi'],
  },
  {
    // Spanish and Portuguese.
    days: [
      ['domingo'],
      ['lunes', 'segunda-feira', 'segunda feira', 'segunda'],
      ['martes', 'terça-feira', 'terca-feira', 'terça feira', 'terca feira', 'terça', 'terca'],
      ['miércoles', 'miercoles', 'quarta-feira', 'quarta feira', 'quarta'],
      ['jueves', 'quinta-feira', 'quinta feira', 'quinta'],
      ['viernes', 'sexta-feira', 'sexta feira', 'sexta'],
      ['sábado', 'sabado'],
    ],
    lastWeek: ['la semana pasada', 'semana pasada', 'semana passada'],
    around: [
      'pasado',
      'passado',
      'passada',
      'última',
      'ultima',
      'último',
      'ultimo',
      'el',
      'na',
      'no',
      'de',
      'en',
    ],
  },
  {
    // Indonesian (minggu is also "week") and Tagalog (linggo is also "week").
    days: [
      ['minggu', 'linggo'],
      ['senin', 'lunes'],
      ['selasa', 'martes'],
      ['rabu', 'miyerkules'],
      ['kamis', 'huwebes'],
      ["jum'at", 'jumat', 'biyernes'],
      ['sabtu', 'sabado'],
    ],
    lastWeek: [
      'minggu lalu',
      'minggu kemarin',
      'noong isang linggo',
      'nung isang linggo',
      'nakaraang linggo',
    ],
    around: ['hari', 'pada', 'lalu', 'kemarin', 'noong', 'nung', 'nakaraang', 'araw ng', 'sa', 'po'],
  },
  {
    days: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'].map((d) =>
      d === 'พฤหัสบดี' ? [`วัน${d}`, 'วันพฤหัส', d, 'พฤหัส'] : [`วัน${d}`, d],
    ),
    lastWeek: ['สัปดาห์ที่แล้ว', 'สัปดาห์ก่อน', 'อาทิตย์ที่แล้ว', 'อาทิตย์ก่อน'],
    around: ['ที่แล้ว', 'เมื่อ', 'ครับ', 'ค่ะ', 'คะ'],
  },
  {
    days: [
      ['आइतबार', 'aaitabar', 'aitabar', 'aaitbar', 'aitbar'],
      ['सोमबार', 'sombar', 'sombaar'],
      ['मंगलबार', 'mangalbar', 'mangalbaar'],
      ['बुधबार', 'budhabar', 'budhbar'],
      ['बिहीबार', 'bihibar', 'bihibaar'],
      ['शुक्रबार', 'sukrabar', 'shukrabar', 'sukrabaar', 'shukrabaar'],
      ['शनिबार', 'sanibar', 'shanibar', 'sanibaar', 'shanibaar'],
    ],
    lastWeek: ['गएको हप्ता', 'अघिल्लो हप्ता', 'gayeko hapta', 'aghillo hapta'],
    around: ['गएको', 'को', 'मा', 'gayeko', 'ko', 'ma'],
  },
];

/** Letters of words that run on (a day name inside a longer word is not that day). */
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Every occurrence of `word` in `text`; a word in Latin letters only where it stands as a word of
 * its own (lunes is not inside "lunesta"). Other scripts attach particles (금요일에, शुक्रबारमा).
 */
function findWord(text: string, word: string): number[] {
  const at: number[] = [];
  let i = text.indexOf(word);
  if (i < 0) return at; // most words, most texts: no script test needed
  const bounded = /\p{Script=Latin}/u.test(word);
  for (; i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if (!bounded || ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after)))) at.push(i);
  }
  return at;
}

const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Blanks out every standalone occurrence of each of `words` (longest first, so sorted once). */
function blank(text: string, words: readonly string[]): { text: string; found: boolean } {
  let out = text;
  let found = false;
  for (const word of words)
    for (const i of findWord(out, word)) {
      out = out.slice(0, i) + ' '.repeat(word.length) + out.slice(i + word.length);
      found = true;
    }
  return { text: out, found };
}

const CHINESE_LAST_WEEK_DAY = /上(个|個)?(星期|周|週|礼拜|禮拜)(?=[一二三四五六日天])/gu;
const ALL_LAST_WEEK = longestFirst(WEEKDAY_FORMS.flatMap((f) => f.lastWeek));
const ALL_AROUND = longestFirst(WEEKDAY_FORMS.flatMap((f) => f.around));
/** Each language's day names, each day's longest first. */
const DAY_NAMES = WEEKDAY_FORMS.map((f) => f.days.map(longestFirst));

/**
 * The weekday a whole answer names (Sunday 0), and whether it says "last week"; null when the text
 * names no day, two different days, or says anything more than a weekday.
 */
function weekdayAnswer(input: string): { day: number; lastWeek: boolean } | null {
  // 上周五 is 上周 (last week) + 周五 (Friday): the week word is written once for both.
  const text0 = input.toLowerCase().replace(CHINESE_LAST_WEEK_DAY, '上$1$2 $2');
  const lastWeek = blank(text0, ALL_LAST_WEEK);
  let text = lastWeek.text;
  let day: number | null = null;
  for (const days of DAY_NAMES)
    for (const [index, names] of days.entries()) {
      const b = blank(text, names);
      if (!b.found) continue;
      if (day !== null && day !== index) return null;
      day = index;
      text = b.text;
    }
  if (day === null) return null;
  const rest = blank(text, ALL_AROUND).text.replace(/[\s、。,.!?！？]+/gu, '');
  return rest === '' ? { day, lastWeek: lastWeek.found } : null;
}

/**
 * Words that say a weekday in a sentence is a day gone by: "last week" (ALL_LAST_WEEK, also
 * looked for) and "last", a past verb, 了, 았/었, đã, sudah, แล้ว… Without one, "monday morning" or
 * "come on Friday" may be a day to come, and is not read.
 */
const PAST_IN_SENTENCE =
  /(?:た|だ|ました|でした)(?:[よわねのんかな]|けど|けれど|から|んです|のです)*[。、！!？?\s]*$|た[。、,]|\b(?:last|this past|got|received|signed|came|arrived|bought|paid|was|were|did|gave|sent|delivered)\b|了|的$|지난|았|었|했|đã|rồi|hôm|pasad[oa]|passad[oa]|últim[oa]|ultim[oa]|recib[ií]|firm[eé]|compr[eé]|lleg[oó]|recebi|assinei|comprei|chegou|sudah|lalu|kemarin|noong|nung|nakaraang|natanggap|pumirma|แล้ว|เมื่อ|गएको|अघिल्लो|पाएँ|gayeko/iu;

/**
 * A day to come or every week (来週の月曜, next Monday, 每周一, mỗi thứ hai…): no date of the past.
 * Portuguese segunda/quarta/quinta/sexta are also "second…sixth" and minggu, linggo and อาทิตย์
 * also "week": in a sentence such a word alone is not read as a day.
 */
const NOT_A_PAST_DAY =
  /毎|来週|今週|再来週|次の|\b(?:every|next|this week|coming)\b|每|下(?:个|個)?(?:星期|周|週|礼拜|禮拜)|这(?:个)?(?:星期|周)|這(?:個)?(?:星期|週)|本[周週]|매주|다음|이번|mỗi|hàng tuần|tuần (?:sau|tới|này)|cada|tod[oa]s l[oa]s|tod[oa]s [oa]s|próxim|proxim|que vien|que vem|esta semana|setiap|tiap|depan|minggu ini|tuwing|susunod|ngayong|darating|ทุก|หน้า|นี้|हरेक|अर्को|आउँदो|यो हप्ता/iu;
const AMBIGUOUS_IN_SENTENCE = new Set(['minggu', 'linggo', 'อาทิตย์', 'segunda', 'quarta', 'quinta', 'sexta']);
const SENTENCE_DAY_NAMES = DAY_NAMES.map((days) =>
  days.map((names) => names.filter((name) => !AMBIGUOUS_IN_SENTENCE.has(name))),
);

/**
 * The weekday a sentence names (「書類は先週の火曜日にもらいました」), when it names one day only and
 * says it is past; null otherwise. 一周一次 ("once a week") holds no 周一: a 周 or 週 after a
 * numeral counts weeks.
 */
function weekdayInSentence(input: string): { day: number; lastWeek: boolean } | null {
  const text0 = input.toLowerCase().replace(CHINESE_LAST_WEEK_DAY, '上$1$2 $2');
  if (NOT_A_PAST_DAY.test(text0)) return null;
  const lastWeek = blank(text0, ALL_LAST_WEEK);
  if (!lastWeek.found && !PAST_IN_SENTENCE.test(lastWeek.text)) return null;
  let day: number | null = null;
  for (const days of SENTENCE_DAY_NAMES)
    for (const [index, names] of days.entries()) {
      const at = names.flatMap((name) =>
        findWord(lastWeek.text, name).filter(
          (i) =>
            !/^[周週]/u.test(name) || !/[\d一二两兩三四五六七八九十几幾每]/u.test(lastWeek.text[i - 1] ?? ''),
        ),
      );
      if (at.length === 0) continue;
      if (day !== null && day !== index) return null;
      day = index;
    }
  return day === null ? null : { day, lastWeek: lastWeek.found };
}

const WEEKDAY_INDEX: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const weekdayIndex = (date: LocalDate): number => WEEKDAY_INDEX[weekday(date)];

/**
 * The most recent `d` of a month, not after today: this month's, else the month before's. A day
 * just ahead in this month is this month's, as mostRecent reads 12月1日: the answer then says it
 * has not come yet, rather than reading a slip as last month's.
 */
function mostRecentDay(d: number, today: LocalDate): LocalDate | null {
  if (d < 1 || d > 31) return null;
  const thisMonth = makeDate(today.y, today.m, d);
  if (thisMonth && compareDates(thisMonth, today) > 0 && daysBetween(today, thisMonth) <= NEAR_FUTURE_DAYS)
    return thisMonth;
  for (let back = 0; back < 3; back++) {
    const m0 = today.m - 1 - back;
    const date = makeDate(today.y + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1, d);
    if (date && compareDates(date, today) <= 0) return date;
  }
  return null;
}

/** 二十 → 20, 十一 → 11, 三 → 3 (up to 99); null for anything else. */
function kanjiNumber(k: string): number | null {
  const digit = (c: string | undefined): number => '〇一二三四五六七八九'.indexOf(c ?? '');
  if (!k.includes('十')) return k.length === 1 && digit(k) >= 0 ? digit(k) : null;
  const [tens, ones] = k.split('十') as [string, string];
  const t = tens === '' ? 1 : digit(tens);
  const o = ones === '' ? 0 : digit(ones);
  return t < 0 || o < 0 || tens.length > 1 || ones.length > 1 ? null : t * 10 + o;
}

/** A date without a year at most this many days ahead is this year's: a slip, not last year's. */
const NEAR_FUTURE_DAYS = 14;

function mostRecent(m: number, d: number, today: LocalDate): LocalDate | null {
  const thisYear = makeDate(today.y, m, d);
  if (thisYear && compareDates(thisYear, today) <= 0) return thisYear;
  // 12月1日 typed on 30 November means this year's (the answer says it has not come yet), not
  // 1 December a year ago, whose period would be long over.
  if (thisYear && daysBetween(today, thisYear) <= NEAR_FUTURE_DAYS) return thisYear;
  // 29 February of a year that has none is not a date we can guess.
  return makeDate(today.y - 1, m, d);
}

/** Locales whose writers put the day before the month in 5/11. */
const DAY_FIRST_LOCALES: ReadonlySet<string> = new Set(['pt-BR', 'es', 'vi', 'id', 'th']);

/** How a resident writing in `locale` means 5/11. */
export function dateReadingFor(locale: string): DateReading {
  return { dayFirst: DAY_FIRST_LOCALES.has(locale) };
}

/** Today as the example of how to type a date, in the order the resident writes it (24/11 or 11/24). */
export function dateExample(today: LocalDate, locale: string): string {
  return DAY_FIRST_LOCALES.has(locale) ? `${today.d}/${today.m}` : `${today.m}/${today.d}`;
}

/**
 * "I have not received it (yet)": the answer to "on what day did you receive…?" when there is no
 * such day. In the languages of the date forms above; checked before giving up on a date.
 */
const NOT_YET =
  /もらって(?:い)?ない|もろてない|もらってへん|受け取って(?:い)?ない|届いて(?:い)?ない|(?:書面|契約書|紙)(?:は|が)?(?:まだ(?:です|ない|もらって)|ない|無い|ありません)|^まだ(?:です)?[。!！]?$|not (?:yet )?received|haven'?t (?:got|gotten|received)|did ?n[o']t (?:get|receive)|no (?:contract|document|paper)s?\b|^not yet\b|chưa nhận|không nhận được|não recebi|^ainda não[.!]?$|no (?:lo )?he recibido|^todavía no[.!]?$|还没收到|没有收到|沒有收到|還沒收到|못 받았|받지 않았|belum (?:menerima|terima|dapat)|hindi ko pa natatanggap|ยังไม่ได้รับ|पाएको छैन/iu;

export function saysNotReceived(text: string): boolean {
  return NOT_YET.test(text.normalize('NFKC'));
}
