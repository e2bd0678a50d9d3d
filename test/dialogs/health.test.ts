import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { PerLocale } from './util';
import {
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectNotSays,
  expectSaysExactly,
  filled,
  ILLNESS_VARS,
  LOCALES,
  plain,
  start,
} from './util';

const kb = KnowledgeBase.load();
const phone = (id: string): string => kb.contact(id).phone ?? '';

/** A parent whose child has a fever, in each language: worrying, but not an emergency alarm. */
const FEVER: PerLocale<string> = {
  ja: '子どもが熱を出した',
  'ja-easy': 'こども が ねつ を だしました',
  en: 'My child has a fever',
};

describe.each(LOCALES)('a sick child in %s', (locale) => {
  it('"my child has a fever" gets the children\'s line #8000 and #7119, not crime-victim support', async () => {
    // Tuesday 10:00: the children's line answers from 19:00.
    const h = start(locale);
    const turn = await h.say(FEVER[locale]);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('health');
    expectSaysExactly(turn, locale, 'emergency:illness', ILLNESS_VARS);
    expectNotSays(turn, locale, 'victim:intro');
    expectNotSays(turn, locale, 'emergency:alert');
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
    const children = contact(turn, 'kodomo8000');
    expect(children.phone).toBe('#8000');
    expect(children.phone).toBe(phone('kodomo8000'));
    expect(children.status).toBe('closed');
    expect(plain(children.statusText ?? '')).toBe(filled(locale, 'card.closedNext', { when: '19:00' }));
    const nurses = contact(turn, 'kyukyu7119');
    expect(nurses.phone).toBe('#7119');
    expect(plain(nurses.statusText ?? '')).toBe(filled(locale, 'card.open24h'));
    expectFeedbackQuestion(turn, locale);
  });

  it('at night the #8000 card says it is open until 8:00 the next morning', async () => {
    const h = start(locale, '2026-11-24T21:00:00+09:00');
    const turn = await h.say(FEVER[locale]);
    const children = contact(turn, 'kodomo8000');
    expect(children.status).toBe('open');
    // "Open now (until … 8:00)", however the locale writes tomorrow's date.
    const [openLead] = filled(locale, 'card.open', { time: '\u0000' }).split('\u0000');
    expect(plain(children.statusText ?? '').startsWith(openLead ?? '')).toBe(true);
    expect(plain(children.statusText ?? '')).toMatch(/\b0?8:00\b/);
  });
});
