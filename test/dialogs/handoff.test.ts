import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { MenuTopic } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import type { PerLocale, TestLocale } from './util';
import {
  choose,
  contact,
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectMenu,
  expectNotSays,
  expectSaysExactly,
  filled,
  label,
  LOCALES,
  plain,
  press,
  read,
  start,
  walk,
} from './util';

const kb = KnowledgeBase.load();
const phone = (id: string): string => kb.contact(id).phone ?? '';
const emergencyNumbers = { 'phone.police110': phone('police110'), 'phone.fire119': phone('fire119') };

/** What a resident types to reach a person, in each language. */
const TALK_TO_A_PERSON: PerLocale<string> = {
  ja: '担当者と話したい',
  'ja-easy': 'ひと と はなしたい',
  en: 'talk to a person',
};

/** In English the multilingual desks come before the city's Japanese line; not in Japanese. */
const desks = (locale: TestLocale): string[] => (locale === 'en' ? ['ihOsaka', 'ofix'] : []);
const bureauFor = (locale: TestLocale): string[] => [...desks(locale), 'citizensBureau'];

/** The contacts "talk to a person" shows after a topic: the topic's own first, then the city's. */
function contactsAfter(topic: MenuTopic, locale: TestLocale): string[] {
  return [...new Set([...kb.topic(topic).contacts, ...bureauFor(locale)])];
}

/** Every handoff says there is no live chat and how to reach 110 / 119 at any time. */
function expectHandoff(turn: Turn, locale: TestLocale, ids: readonly string[]): void {
  expectHealthy(turn, locale);
  expect(turn.topic).toBe('handoff');
  expectSaysExactly(turn, locale, 'handoff:noLiveChat');
  expectSaysExactly(turn, locale, 'handoff:alwaysEmergency', emergencyNumbers);
  expect(read(turn)).toContain(phone('police110'));
  expect(read(turn)).toContain(phone('fire119'));
  expect(contactIds(turn)).toEqual(ids);
  for (const id of ids) expect(contact(turn, id).phone).toBe(kb.contact(id).phone);
  // The city's own number, whose hours are not confirmed: no "open"/"closed" is guessed.
  const bureau = contact(turn, 'citizensBureau');
  expect(bureau.phone).toBe('06-6208-7311');
  expect(bureau.status).toBe('unknown');
  expect(plain(bureau.statusText ?? '')).toBe(filled(locale, 'card.unknown'));
  expectFeedbackQuestion(turn, locale);
}

/** A path to an answer of each menu topic (the "was this helpful?" question follows it). */
const ANSWERS: ReadonlyArray<[MenuTopic, string[]]> = [
  ['certificate', ['menu:certificate', 'opt:other']],
  ['consumer', ['menu:consumer', 'opt:consult']],
  ['multicultural', ['menu:multicultural', 'opt:humanRights']],
  ['safety', ['menu:safety', 'opt:crime']],
  ['jobs', ['menu:jobs']],
];

describe.each(LOCALES)('talk to a person in %s', (locale) => {
  it('from the menu: the Citizens Bureau, no live chat, 110 and 119 at any time', async () => {
    const h = start(locale);
    const menu = await h.say('menu');
    const turn = await choose(h, menu, locale, 'menu.handoff', 'menu:handoff');
    expectSaysExactly(turn, locale, 'handoff:intro');
    expectNotSays(turn, locale, 'handoff:forTopic');
    expectHandoff(turn, locale, bureauFor(locale));
  });

  it('pressing "talk to a person" again gives a plain answer, the contacts and the menu, not the same question', async () => {
    const h = start(locale);
    const first = await h.say('menu:handoff');
    expectHandoff(first, locale, bureauFor(locale));
    expect(first.values).toContain('menu:handoff');
    let turn = await press(h, first, 'menu:handoff');
    // The same press twice and three times: never the first answer and its question again.
    for (let n = 0; n < 2; n++) {
      expectHealthy(turn, locale);
      expect(turn.topic).toBe('handoff');
      expectSaysExactly(turn, locale, 'handoff:again');
      expectSaysExactly(turn, locale, 'handoff:noLiveChat');
      expectNotSays(turn, locale, 'handoff:intro');
      expect(contactIds(turn)).toEqual(bureauFor(locale));
      expect(contact(turn, 'citizensBureau').phone).toBe('06-6208-7311');
      expectNotSays(turn, locale, 'feedback.question');
      expectMenu(turn, locale);
      turn = await press(h, turn, 'menu:handoff');
    }
  });

  it("asked again after a topic's answer, the topic's contacts still come first", async () => {
    const h = start(locale);
    const answer = await walk(h, ['menu:consumer', 'opt:consult']);
    const first = await press(h, answer, 'menu:handoff');
    expect(contactIds(first)).toEqual(contactsAfter('consumer', locale));
    const again = await h.say(TALK_TO_A_PERSON[locale]);
    expectSaysExactly(again, locale, 'handoff:again');
    expect(contactIds(again)).toEqual(contactsAfter('consumer', locale));
    expectMenu(again, locale);
  });

  it('typed as the first message', async () => {
    const h = start(locale);
    const turn = await h.say(TALK_TO_A_PERSON[locale]);
    expectSaysExactly(turn, locale, 'handoff:intro');
    expectHandoff(turn, locale, bureauFor(locale));
  });

  it.each(ANSWERS)(
    'after a %s answer, the "talk to a person" button offers that topic\'s contacts first',
    async (topic, path) => {
      const h = start(locale);
      const answer = await walk(h, path);
      expectFeedbackQuestion(answer, locale);
      expect(answer.buttons[2]).toBe(label(locale, 'menu.handoff'));
      const turn = await press(h, answer, 'menu:handoff');
      expectSaysExactly(turn, locale, 'handoff:forTopic', { topic: label(locale, `menu.${topic}`) });
      expectNotSays(turn, locale, 'handoff:intro');
      expectHandoff(turn, locale, contactsAfter(topic, locale));
    },
  );

  it('after a consumer answer, typing "talk to a person" offers the consumer centre and 188', async () => {
    const h = start(locale);
    await walk(h, ['menu:consumer', 'opt:young']);
    const turn = await h.say(TALK_TO_A_PERSON[locale]);
    expectSaysExactly(turn, locale, 'handoff:forTopic', { topic: label(locale, 'menu.consumer') });
    expectHandoff(turn, locale, ['consumerCentre', 'hotline188', ...bureauFor(locale)]);
    expect(contact(turn, 'hotline188').phone).toBe('188');
  });

  it('the human-rights line shows as open on a weekday morning in the handoff too', async () => {
    const h = start(locale);
    const answer = await walk(h, ['menu:multicultural', 'opt:humanRights']);
    const turn = await press(h, answer, 'menu:handoff');
    const line = contact(turn, 'mojHumanRights');
    expect(line.status).toBe('open');
    expect(plain(line.statusText ?? '')).toBe(filled(locale, 'card.open', { time: '17:00' }));
  });

  // MainDialog.afterTopic (dialogs/mainDialog.ts) passes on only `result.answered` as lastTopic;
  // a topic left through a reroute (typing "talk to a person" at one of its questions) is
  // forgotten, so HandoffDialog gets no topic and shows only the Citizens Bureau. The victim topic
  // never "answers" (no feedback question), so its contacts can never be reached this way.
  it.each([
    ['at the consumer question', ['menu:consumer'], 'consumer'],
    ['in the victim "more?" loop', ['menu:victim', 'opt:cityDesk'], 'victim'],
  ] as const)("asking for a person %s offers that topic's contacts", async (_where, path, topic) => {
    const h = start(locale);
    await walk(h, path);
    const turn = await h.say(TALK_TO_A_PERSON[locale]);
    expect(turn.topic).toBe('handoff');
    expectSaysExactly(turn, locale, 'handoff:forTopic', { topic: label(locale, `menu.${topic}`) });
    expect(contactIds(turn)).toEqual(contactsAfter(topic, locale));
  });
});
