import type { PerLocale } from './util';
import {
  choose,
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectLocale,
  expectMenu,
  expectSays,
  expectSaysExactly,
  filled,
  LOCALES,
  plain,
  start,
} from './util';

/** What a resident looking for work types, in each language. */
const TYPED: PerLocale<string> = {
  ja: '仕事を探しています',
  'ja-easy': 'しごと を さがしたい',
  en: 'I am looking for a job',
};

describe.each(LOCALES)('job support in %s', (locale) => {
  it('the Job Information Plaza, flagged as possibly out of date, with its card and no unconfirmed number', async () => {
    const h = start(locale);
    const menu = await h.say('menu');
    const turn = await choose(h, menu, locale, 'menu.jobs', 'menu:jobs');
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('jobs');
    expectSaysExactly(turn, locale, 'jobs:intro');
    expect(contactIds(turn)).toEqual(['jobsHiroba']);
    const plaza = contact(turn, 'jobsHiroba');
    expect(plaza.name).toBe(filled(locale, 'contacts:jobsHiroba'));
    expect(plaza.phone).toBeUndefined();
    expect(plaza.status).toBe('unknown');
    expect(plain(plaza.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
    expectFeedbackQuestion(turn, locale);
  });

  it('a typed "I am looking for work" gets the same answer', async () => {
    const h = start(locale);
    const turn = await h.say(TYPED[locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('jobs');
    expectSays(turn, locale, 'jobs:intro');
    expect(contactIds(turn)).toEqual(['jobsHiroba']);
  });

  it('"helpful" after the answer thanks the resident and shows the menu again', async () => {
    const h = start(locale);
    const answer = await h.say('menu:jobs');
    const turn = await choose(h, answer, locale, 'feedback.yes', 'fb:yes');
    expectSays(turn, locale, 'feedback.thanks');
    expectMenu(turn, locale);
  });
});
