import type { HeroCard } from 'botbuilder';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Turn } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  choose,
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectLocale,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  jaEn,
  label,
  LOCALES,
  plain,
  read,
  start,
} from './util';

const kb = KnowledgeBase.load();
const phone = (id: string): string => kb.contact(id).phone ?? '';
/** A number from facts.json, as the resident reads it. */
const fact = (id: string): number => kb.fact(id).value as number;

const CHOICES = ['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'] as const;
const FOREIGN_DESK_SINCE = jaEn('2019年7月1日', 'July 1, 2019');

/** What a resident asking about the residence card types (the router's residenceCard intent). */
const ASK_RESIDENCE_CARD: PerLocale<string> = {
  ja: '在留カードについて相談したい',
  'ja-easy': 'ざいりゅう カード の こと',
  en: 'question about my residence card',
};

/** A resident who lost the card. */
const LOST_MY_NUMBER_CARD: PerLocale<string> = {
  ja: 'マイナンバーカードをなくしました',
  'ja-easy': 'まいなんばーかーどを なくしました',
  en: 'I lost my My Number card',
};

async function intro(h: Harness, locale: TestLocale): Promise<Turn> {
  const turn = await h.say('menu:multicultural');
  expectHealthy(turn, locale);
  expect(turn.topic).toBe('multicultural');
  expectSays(turn, locale, 'multicultural:intro');
  return turn;
}

async function ask(h: Harness, locale: TestLocale, choice: (typeof CHOICES)[number]): Promise<Turn> {
  const turn = await choose(
    h,
    await intro(h, locale),
    locale,
    `multicultural:choice.${choice}`,
    `opt:${choice}`,
  );
  expectHealthy(turn, locale);
  expectNotSays(turn, locale, 'multicultural:intro');
  expectFeedbackQuestion(turn, locale);
  return turn;
}

describe.each(LOCALES)('life in Osaka for foreign residents in %s', (locale) => {
  it('offers five subjects', async () => {
    const h = start(locale);
    const turn = await intro(h, locale);
    expect(turn.values).toEqual(CHOICES.map((c) => `opt:${c}`));
    expect(turn.buttons).toEqual(CHOICES.map((c) => label(locale, `multicultural:choice.${c}`)));
  });

  it('asking in my language: International House and OFIX, OFIX in 11 languages, no unconfirmed phone', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'consult');
    expectSaysExactly(turn, locale, 'multicultural:consult', {
      'facts.foreignDeskSince': FOREIGN_DESK_SINCE[locale],
      'facts.translationAppLanguages': fact('translationAppLanguages'),
      'facts.ofixLanguages': fact('ofixLanguages'),
    });
    expect(read(turn)).toContain(FOREIGN_DESK_SINCE[locale]);
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
    // International House's number is not confirmed: no number is shown for it.
    expect(contact(turn, 'ihOsaka').phone).toBeUndefined();
    const ofix = contact(turn, 'ofix');
    expect(ofix.phone).toBe(phone('ofix'));
    expect(ofix.phone).toBe('06-6941-2297');
    expect(ofix.languages).toHaveLength(fact('ofixLanguages'));
    // OFIX's number comes from a secondary source: the card says to check the official page.
    expect(ofix.secondary).toBe(true);
    expect(ofix.status).toBe('unknown');
    expect(plain(ofix.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
  });

  it('moving in: register within 14 days, with the official page', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'movingIn');
    expect(fact('movingInDays')).toBe(14);
    expectSaysExactly(turn, locale, 'multicultural:movingIn', { 'facts.movingInDays': 14 });
    expectSaysExactly(turn, locale, 'moreInfo', { url: kb.pageUrl('moving-in') });
    expect(turn.contacts).toEqual([]);
  });

  it('My Number card: valid to the 10th birthday, the 5th under 18, with the official page', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'myNumber');
    expectSaysExactly(turn, locale, 'multicultural:myNumber', {
      'facts.myNumberValidityBirthdays': fact('myNumberValidityBirthdays'),
      'facts.myNumberValidityBirthdaysMinor': fact('myNumberValidityBirthdaysMinor'),
      'facts.majorityAge': fact('majorityAge'),
    });
    expectSaysExactly(turn, locale, 'moreInfo', { url: kb.pageUrl('my-number-card') });
  });

  it('the one-day consultation: 12 languages, 15 fields, no date invented', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'oneDay');
    expectSaysExactly(turn, locale, 'multicultural:oneDay', {
      'facts.oneDayLanguages': fact('oneDayLanguages'),
      'facts.oneDayFields': fact('oneDayFields'),
    });
    expect(contactIds(turn)).toEqual(['oneDayService']);
    const service = contact(turn, 'oneDayService');
    expect(service.phone).toBeUndefined();
    expect(service.status).toBe('none');
    expect(service.statusText).toBeUndefined();
  });

  it('the one-day service card shows its name and page with no empty line', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'oneDay');
    const cards = turn.replies.flatMap((r) => r.attachments ?? []).map((a) => a.content as HeroCard);
    expect(cards.map((c) => plain(c.title))).toEqual([label(locale, 'contacts:oneDayService')]);
    // In easy Japanese the name carries its readings, as the messages do.
    if (locale === 'ja-easy') expect(cards[0]!.title).toMatch(/\p{Script=Han}+\(\p{Script=Hiragana}+\)/u);
    else expect(cards[0]!.title).toBe(label(locale, 'contacts:oneDayService'));
    for (const card of cards) {
      // What a card shows, line by line: Web Chat draws an empty text as a blank line.
      const lines = [card.title, card.subtitle, card.text]
        .filter((l): l is string => l !== undefined)
        .flatMap((l) => l.split('\n'));
      expect(lines).not.toContain('');
      expect(card.buttons?.map((b) => String(b.value))).toEqual([kb.pageUrl('one-day-consultation')]);
    }
  });

  it('human rights: the Ministry of Justice line, its number, open on a weekday morning', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'humanRights');
    expectSaysExactly(turn, locale, 'multicultural:humanRights');
    expect(contactIds(turn)).toEqual(['mojHumanRights']);
    const line = contact(turn, 'mojHumanRights');
    expect(line.phone).toBe(phone('mojHumanRights'));
    expect(line.phone).toBe('0570-090911');
    expect(line.status).toBe('open');
    expect(plain(line.statusText ?? '')).toBe(filled(locale, 'card.open', { time: '17:00' }));
  });

  it('a lost My Number card: where to ask first (the ward office), not what the card is', async () => {
    const h = start(locale);
    const turn = await h.say(LOST_MY_NUMBER_CARD[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('multicultural');
    expectSays(turn, locale, 'multicultural:myNumberHelp');
    expectNotSays(turn, locale, 'multicultural:myNumber');
    expect(contactIds(turn)).toEqual(['wardSupport']);
    expectSaysExactly(turn, locale, 'moreInfo', { url: kb.pageUrl('my-number-card') });
  });

  it('a question about the residence card goes straight to where to ask in my language', async () => {
    const h = start(locale);
    const turn = await h.say(ASK_RESIDENCE_CARD[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('multicultural');
    expectNotSays(turn, locale, 'multicultural:intro');
    expectSays(turn, locale, 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});
