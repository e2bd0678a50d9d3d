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

const CHOICES = ['touting', 'bicycle', 'crime'] as const;
type Choice = (typeof CHOICES)[number];
const TOUTING_FASTER_SINCE = jaEn('2021年4月1日', 'April 1, 2021');
/** The fine of facts.toutingFineMax (50000 yen) as each language writes money. */
const TOUTING_FINE = jaEn('5万円', '¥50,000');
const BICYCLE_INSURANCE_SINCE = jaEn('2016年7月1日', 'July 1, 2016');

/** What residents type about each subject: the answer comes without the question. */
const TYPED: Record<Choice, PerLocale<string>> = {
  touting: { ja: '客引きについて知りたい', 'ja-easy': 'きゃくひき が こわい', en: 'touts in Namba' },
  bicycle: {
    ja: '自転車保険は必要ですか',
    'ja-easy': 'じてんしゃ の ルール',
    en: 'do I need bicycle insurance',
  },
  crime: { ja: '防犯について', 'ja-easy': 'ぼうはん を しりたい', en: 'crime prevention tips' },
};

async function ask(h: Harness, locale: TestLocale, choice: Choice): Promise<Turn> {
  const intro = await h.say('menu:safety');
  expectHealthy(intro, locale);
  expect(intro.topic).toBe('safety');
  expectSays(intro, locale, 'safety:intro');
  expect(intro.values).toEqual(CHOICES.map((c) => `opt:${c}`));
  expect(intro.buttons).toEqual(CHOICES.map((c) => label(locale, `safety:choice.${c}`)));
  const turn = await choose(h, intro, locale, `safety:choice.${choice}`, `opt:${choice}`);
  expectHealthy(turn, locale);
  expectFeedbackQuestion(turn, locale);
  return turn;
}

describe.each(LOCALES)('safety in town in %s', (locale) => {
  it('touting: the ban, the faster procedure since 2021-04-01, the fine of 50,000 yen, the ordinance page', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'touting');
    expect(kb.fact('toutingFineMax').value).toBe(50000);
    expectSaysExactly(turn, locale, 'safety:touting', {
      'facts.toutingFasterSince': TOUTING_FASTER_SINCE[locale],
      'facts.toutingFineMax': TOUTING_FINE[locale],
    });
    expect(read(turn)).toContain(TOUTING_FINE[locale]);
    // The fine is from a secondary source: the answer links the official page.
    expectSaysExactly(turn, locale, 'moreInfo', { url: kb.pageUrl('touting') });
    expect(turn.contacts).toEqual([]);
  });

  it('bicycle: insurance is compulsory since 2016-07-01; no page is linked because none is on record', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'bicycle');
    expectSaysExactly(turn, locale, 'safety:bicycle', {
      'facts.bicycleInsuranceSince': BICYCLE_INSURANCE_SINCE[locale],
    });
    expectNotSays(turn, locale, 'moreInfo');
    expect(read(turn)).not.toMatch(/https?:\/\//);
    expect(turn.contacts).toEqual([]);
  });

  it('crime prevention: 110 for a crime now, #9110 for advice, the #9110 card without invented hours', async () => {
    const h = start(locale);
    const turn = await ask(h, locale, 'crime');
    expectSaysExactly(turn, locale, 'safety:crime', {
      'phone.police110': phone('police110'),
      'phone.police9110': phone('police9110'),
    });
    expect(read(turn)).toContain('#9110');
    expect(contactIds(turn)).toEqual(['police9110']);
    const police = contact(turn, 'police9110');
    expect(police.phone).toBe(phone('police9110'));
    expect(police.status).toBe('unknown');
    expect(plain(police.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
  });

  it.each(CHOICES)('a typed question about %s is answered without the question', async (choice) => {
    const h = start(locale);
    const turn = await h.say(TYPED[choice][locale]);
    expectLocale(turn, locale);
    expect(turn.topic).toBe('safety');
    expectNotSays(turn, locale, 'safety:intro');
    expectSays(turn, locale, `safety:${choice}`);
    expectFeedbackQuestion(turn, locale);
  });
});
