import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import type { TestLocale } from './util';
import {
  ALERT_VARS,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectMenu,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  jaEn,
  NOW,
  read,
  start,
} from './util';

const kb = KnowledgeBase.load();
const fact = (id: string): number => kb.fact(id).value as number;

// The alarm fires on a phrase whatever else the message says, so a resident whose house burned
// down and who needs a new residence card got the 110/119 alert and then only the menu: the
// question was lost. Now a clear service question is answered after the alert; an emergency that
// asks nothing else, or whose topic only restates it (an attack, a collapse), still gets the alert
// alone.

const EMERGENCY_CONTACTS = ['police110', 'fire119', 'kyukyu7119'];

/** The alert comes first, whole, with its numbers; then the "if it is not an emergency" line. */
function expectAlertThenAnswer(turn: Turn, locale: TestLocale): string {
  expectHealthy(turn, locale);
  expectSaysExactly(turn, locale, 'emergency:alert', ALERT_VARS);
  expectSays(turn, locale, 'emergency:ifNot');
  expectNotSays(turn, locale, 'emergency:back');
  const text = read(turn);
  const alert = text.indexOf(filled(locale, 'emergency:alert', ALERT_VARS));
  const ifNot = text.indexOf(filled(locale, 'emergency:ifNot'));
  expect(alert).toBeGreaterThanOrEqual(0);
  expect(ifNot).toBeGreaterThan(alert);
  expect(contactIds(turn).slice(0, 3)).toEqual(EMERGENCY_CONTACTS);
  return text.slice(ifNot);
}

describe('a message that raises the alarm and asks for a service gets both', () => {
  it.each<[TestLocale, string]>([
    ['ja', '火事で在留カードが燃えてしまいました'],
    ['ja-easy', 'かじ で ざいりゅうカード が もえました'],
    ['en', 'my house burned down and my residence card was lost in the fire'],
  ])('%s: "%s" → the alert, then where to ask about the residence card', async (locale, text) => {
    const turn = await start(locale).say(text);
    const after = expectAlertThenAnswer(turn, locale);
    expect(turn.topic).toBe('multicultural');
    expect(after).toContain(
      filled(locale, 'multicultural:consult', {
        'facts.foreignDeskSince': jaEn('2019年7月1日', 'July 1, 2019')[locale],
        'facts.translationAppLanguages': fact('translationAppLanguages'),
        'facts.ofixLanguages': fact('ofixLanguages'),
      }),
    );
    expect(contactIds(turn)).toEqual([...EMERGENCY_CONTACTS, 'ihOsaka', 'ofix']);
    expectFeedbackQuestion(turn, locale);
  });

  it('en: "someone is hitting my door, is this a scam?" → the alert, then the scam check', async () => {
    const turn = await start('en').say('someone is hitting my door, is this a scam?');
    const after = expectAlertThenAnswer(turn, 'en');
    expect(turn.topic).toBe('consumer');
    expect(after).toContain(filled('en', 'consumer:scam.question'));
  });
});

describe('thoughts of dying get the crisis text and the alert alone, whatever else is said', () => {
  it.each<[string, string]>([
    ['ko', '죽고 싶어요'],
    ['ja', '仕事がつらくて死にたい'],
    ['en', 'I lost my job and I want to die'],
  ])('%s: "%s"', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('emergency');
    expect(read(turn)).toContain('119');
    expect(read(turn)).not.toContain(filled('en', 'emergency:ifNot'));
    expect(read(turn)).not.toContain(filled('ja', 'emergency:ifNot'));
    expect(contactIds(turn)).toEqual(EMERGENCY_CONTACTS);
  });
});

describe('an emergency that asks nothing else still gets the alert alone', () => {
  it.each<[TestLocale, string]>([
    ['ja', '助けて 夫に殴られている'],
    ['ja', '助けて'],
    ['en', 'there is a fire'],
    ['en', 'my dad collapsed and is not breathing'],
    ['ja', '家に知らない人がいる'],
  ])('%s: "%s" → the alert, then the menu', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('emergency');
    expectSaysExactly(turn, locale, 'emergency:alert', ALERT_VARS);
    expectNotSays(turn, locale, 'emergency:ifNot');
    expect(contactIds(turn)).toEqual(EMERGENCY_CONTACTS);
    expectMenu(turn, locale);
  });
});
