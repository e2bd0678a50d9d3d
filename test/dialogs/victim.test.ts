import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Turn } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  choose,
  contact,
  contactIds,
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

const CHOICES = ['support', 'cityDesk', 'police', 'centre', 'stop'] as const;
const CODES = CHOICES.map((c) => `opt:${c}`);
const ORDINANCE_SINCE = jaEn('2020年4月1日', 'April 1, 2020');

/** How a resident says they were harmed by a crime, in each language. */
const TYPED: PerLocale<string> = {
  ja: '犯罪被害にあいました',
  'ja-easy': 'はんざい の ひがいしゃ です',
  en: 'I was a victim of a crime',
};
/** Asking for the police consultation line directly. */
const TYPED_POLICE: PerLocale<string> = {
  ja: '警察に相談したい',
  'ja-easy': '#9110',
  en: 'I want to talk to the police',
};
const STOP_WORD: PerLocale<string> = { ja: 'やめる', 'ja-easy': 'やめる', en: 'stop' };
/** Harassment at work, as residents write it: a consultation matter, not a job search. */
const HARASSMENT: PerLocale<string> = {
  ja: '職場でパワハラを受けています',
  'ja-easy': 'しごと で ぱわはら を うけて います',
  en: 'I am suffering harassment at work',
};

/** The questions in a turn: sentences ending in a question mark. */
function questions(turn: Turn): string[] {
  return read(turn).match(/[^。.!\n？?]*[？?]/gu) ?? [];
}

/**
 * Trauma-aware: the only question ever asked is whether to see more support, never what happened;
 * the same five ways out are always offered, "stop" among them; no rating is asked for.
 */
function expectCalmOffer(turn: Turn, locale: TestLocale, prompt: 'victim:intro' | 'victim:more'): void {
  expectHealthy(turn, locale);
  expectSays(turn, locale, prompt);
  expect(turn.values).toEqual(CODES);
  expect(turn.buttons).toEqual(CHOICES.map((c) => label(locale, `victim:choice.${c}`)));
  expectNotSays(turn, locale, 'feedback.question');
  const allowed = prompt === 'victim:more' ? [plain(filled(locale, 'victim:more'))] : [];
  const asked = questions(turn).map((q) => q.trim());
  for (const q of asked) expect(allowed).toContain(q);
  expect(asked).toEqual(allowed);
}

async function intro(h: Harness, locale: TestLocale): Promise<Turn> {
  const turn = await h.say('menu:victim');
  expect(turn.topic).toBe('victim');
  expectCalmOffer(turn, locale, 'victim:intro');
  return turn;
}

describe.each(LOCALES)('crime-victim support in %s', (locale) => {
  it('says the resident need not tell what happened, and asks nothing about it', async () => {
    const h = start(locale);
    const turn = await intro(h, locale);
    // With 110 and 119 for danger now: "my friend was hit" in four languages reached this screen
    // with no number on it (fifth typing round).
    expectSaysExactly(turn, locale, 'victim:intro', { 'phone.police110': '110', 'phone.fire119': '119' });
    expect(questions(turn)).toEqual([]);
    expect(turn.contacts).toEqual([]);
  });

  it('"what support exists": the ordinance since 2020-04-01 and the official page, then "more?"', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'victim:choice.support', 'opt:support');
    expectSaysExactly(turn, locale, 'victim:support', {
      'facts.victimOrdinanceSince': ORDINANCE_SINCE[locale],
    });
    expectSaysExactly(turn, locale, 'moreInfo', { url: kb.pageUrl('victim-support') });
    expectCalmOffer(turn, locale, 'victim:more');
  });

  it('"city support desk": open since 2007, its card without an unconfirmed phone number, then "more?"', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'victim:choice.cityDesk', 'opt:cityDesk');
    expectSaysExactly(turn, locale, 'victim:cityDesk', { 'facts.victimDeskSince': 2007 });
    expect(contactIds(turn)).toEqual(['victimDesk']);
    const desk = contact(turn, 'victimDesk');
    expect(desk.phone).toBeUndefined();
    expect(desk.status).toBe('unknown');
    expect(plain(desk.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
    expectCalmOffer(turn, locale, 'victim:more');
  });

  it('"talk to the police": 110 in danger, #9110 otherwise, both as cards, then "more?"', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'victim:choice.police', 'opt:police');
    expectSaysExactly(turn, locale, 'victim:police', {
      'phone.police110': phone('police110'),
      'phone.police9110': phone('police9110'),
    });
    expect(read(turn)).toContain('110');
    expect(read(turn)).toContain('#9110');
    expect(contactIds(turn)).toEqual(['police110', 'police9110']);
    expect(contact(turn, 'police110').phone).toBe(phone('police110'));
    expect(contact(turn, 'police9110').phone).toBe(phone('police9110'));
    expectCalmOffer(turn, locale, 'victim:more');
  });

  it('"support centre": the advocacy centre, open on a weekday morning until 16:00, then "more?"', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'victim:choice.centre', 'opt:centre');
    expectSaysExactly(turn, locale, 'victim:centre');
    expect(contactIds(turn)).toEqual(['advocacyCentre']);
    const centre = contact(turn, 'advocacyCentre');
    expect(centre.phone).toBeUndefined();
    expect(centre.status).toBe('open');
    expect(plain(centre.statusText ?? '')).toBe(filled(locale, 'card.open', { time: '16:00' }));
    expectCalmOffer(turn, locale, 'victim:more');
  });

  it('"stop" at once ends gently, with no rating asked for', async () => {
    const h = start(locale);
    const turn = await choose(h, await intro(h, locale), locale, 'victim:choice.stop', 'opt:stop');
    expectHealthy(turn, locale);
    expectSaysExactly(turn, locale, 'victim:stopped');
    expectNotSays(turn, locale, 'feedback.question');
    expectNotSays(turn, locale, 'victim:more');
    expect(turn.contacts).toEqual([]);
    expect(turn.values).not.toContain('opt:support');
  });

  it('the "more?" loop offers every kind of support in turn, and "stop" ends it gently', async () => {
    const h = start(locale);
    let turn = await intro(h, locale);
    const keys = ['victim:support', 'victim:cityDesk', 'victim:police', 'victim:centre'];
    for (const [i, choice] of (['support', 'cityDesk', 'police', 'centre'] as const).entries()) {
      turn = await choose(h, turn, locale, `victim:choice.${choice}`, `opt:${choice}`);
      expectSays(turn, locale, keys[i] ?? '');
      expectCalmOffer(turn, locale, 'victim:more');
    }
    // Asking for the same support again works too.
    turn = await choose(h, turn, locale, 'victim:choice.police', 'opt:police');
    expectSays(turn, locale, 'victim:police');
    expectCalmOffer(turn, locale, 'victim:more');

    const end = await choose(h, turn, locale, 'victim:choice.stop', 'opt:stop');
    expectSaysExactly(end, locale, 'victim:stopped');
    expectNotSays(end, locale, 'victim:more');
    expectNotSays(end, locale, 'feedback.question');
  });

  it('the number of the "stop" button ends gently too', async () => {
    const h = start(locale);
    await intro(h, locale);
    const turn = await h.say(String(CHOICES.indexOf('stop') + 1));
    expectSaysExactly(turn, locale, 'victim:stopped');
  });

  it('a plain "no" at "see other support?" ends gently, as the stop button does', async () => {
    const h = start(locale);
    const more = await choose(h, await intro(h, locale), locale, 'victim:choice.centre');
    expectSays(more, locale, 'victim:more');
    const turn = await h.say({ ja: 'いいえ', 'ja-easy': 'いいえ', en: 'no' }[locale]);
    expectSaysExactly(turn, locale, 'victim:stopped');
    expectNotSays(turn, locale, 'victim:more');
    expect(turn.buttons).toEqual([]);
  });

  it('typing "stop" ends the conversation without another question', async () => {
    const h = start(locale);
    await choose(h, await intro(h, locale), locale, 'victim:choice.support');
    const turn = await h.say(STOP_WORD[locale]);
    expectLocale(turn, locale);
    expect(turn.buttons).toEqual([]);
    expect(questions(turn)).toEqual([]);
    expectNotSays(turn, locale, 'victim:more');
  });

  it('a resident who says they were a victim gets the calm offer, not a question about it', async () => {
    const h = start(locale);
    const turn = await h.say(TYPED[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('victim');
    expectCalmOffer(turn, locale, 'victim:intro');
    expect(questions(turn)).toEqual([]);
  });

  it('harassment at work (パワハラ) gets the calm offer of consultation, not the job search answer', async () => {
    const h = start(locale);
    const turn = await h.say(HARASSMENT[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('victim');
    expectNotSays(turn, locale, 'jobs:intro');
    expectCalmOffer(turn, locale, 'victim:intro');
  });

  it('asking for the police consultation line answers it at once, then offers more support', async () => {
    const h = start(locale);
    const turn = await h.say(TYPED_POLICE[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('victim');
    expectNotSays(turn, locale, 'victim:intro');
    expectSaysExactly(turn, locale, 'victim:police', {
      'phone.police110': phone('police110'),
      'phone.police9110': phone('police9110'),
    });
    expect(contactIds(turn)).toEqual(['police110', 'police9110']);
    expectCalmOffer(turn, locale, 'victim:more');
  });
});
