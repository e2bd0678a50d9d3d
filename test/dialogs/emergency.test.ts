import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Turn } from '../helpers/harness';
import type { Harness, PerLocale, TestLocale } from './util';
import {
  contact,
  contactIds,
  expectHealthy,
  expectMenu,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  filled,
  jaEasyEn,
  jaEn,
  LOCALES,
  plain,
  read,
  start,
  walk,
  withoutLanguageOffer,
} from './util';

const kb = KnowledgeBase.load();
const phone = (id: string): string => kb.contact(id).phone ?? '';
const EMERGENCY_CONTACTS = ['police110', 'fire119', 'kyukyu7119'];

/** Danger happening now: the alert must come whatever the resident was doing. */
const DANGER: ReadonlyArray<{ text: string; suicide: boolean }> = [
  { text: '家が燃えてる', suicide: false },
  { text: '火事です', suicide: false },
  { text: '助けて 夫に殴られている', suicide: false },
  { text: '死にたい', suicide: true },
  { text: 'someone collapsed and is not breathing', suicide: false },
  { text: 'there is a fire', suicide: false },
  // A panicking resident repeats the cry: each alone raised the alarm, the string of them did not.
  { text: 'たすけて たすけて', suicide: false },
  { text: '119 119 119', suicide: false },
  { text: 'help help help', suicide: false },
];

/** Where the resident is when they write it, and a button of that question (stale afterwards). */
const WHERE: ReadonlyArray<{ where: string; path: string[]; stale?: string }> = [
  { where: 'at the main menu', path: ['menu'] },
  { where: 'in the middle of the scam check', path: ['menu:consumer', 'opt:scamCheck'], stale: 'opt:refund' },
  {
    where: 'at the cooling-off date question',
    path: ['menu:consumer', 'opt:coolingOff', 'opt:doorToDoor'],
    stale: 'opt:2026_11_24',
  },
];

/** Past events and questions: no alarm, the question is answered. */
const PAST: ReadonlyArray<{ text: string; topic: string }> = [
  { text: '去年、火事にあいました。証明書は？', topic: 'certificate' },
  { text: 'I was robbed last year', topic: 'victim' },
];

function expectAlert(turn: Turn, locale: TestLocale, suicide: boolean): void {
  expectHealthy(turn, locale);
  expect(turn.topic).toBe('emergency');
  expectSaysExactly(turn, locale, 'emergency:alert', {
    'phone.police110': phone('police110'),
    'phone.fire119': phone('fire119'),
  });
  expect(read(turn)).toContain('110');
  expect(read(turn)).toContain('119');
  expectSaysExactly(turn, locale, 'emergency:advice', { 'phone.kyukyu7119': phone('kyukyu7119') });
  // The crisis text names the police page of support lines: its address follows.
  const supportLines = 'https://www.police.pref.osaka.lg.jp/sodan/higaisyashien/4/4940.html';
  if (suicide) {
    expectSaysExactly(turn, locale, 'emergency:crisis', { 'phone.fire119': phone('fire119') });
    expect(read(turn)).toContain(supportLines);
    // The caring words come first.
    expect(
      read(turn).startsWith(filled(locale, 'emergency:crisis', { 'phone.fire119': phone('fire119') })),
    ).toBe(true);
  } else {
    expectNotSays(turn, locale, 'emergency:crisis');
    expect(read(turn)).not.toContain(supportLines);
  }
  // Interpretation at 119 is offered to those who do not read Japanese.
  if (locale === 'en')
    expectSaysExactly(turn, locale, 'emergency:interpretation', { 'phone.fire119': phone('fire119') });
  else expectNotSays(turn, locale, 'emergency:interpretation');

  expect(contactIds(turn)).toEqual(EMERGENCY_CONTACTS);
  expect(contact(turn, 'police110').phone).toBe('110');
  expect(contact(turn, 'fire119').phone).toBe('119');
  expect(contact(turn, 'kyukyu7119').phone).toBe(phone('kyukyu7119'));
  for (const id of EMERGENCY_CONTACTS) {
    expect(contact(turn, id).status).toBe('open');
    expect(plain(contact(turn, id).statusText ?? '')).toBe(filled(locale, 'card.open24h'));
  }
  // Then back to the menu, with a word for when the resident is safe; after the crisis text, a
  // word that the bot is here to listen (R10-01).
  expectSays(turn, locale, suicide ? 'emergency:crisisBack' : 'emergency:back');
  expectNotSays(turn, locale, suicide ? 'emergency:back' : 'emergency:crisisBack');
  expectMenu(turn, locale);
}

describe.each(LOCALES)('emergencies in %s', (locale) => {
  describe.each(WHERE)('$where', ({ path, stale }) => {
    it.each(DANGER)(
      '"$text" interrupts with 110 and 119, and the question is gone',
      async ({ text, suicide }) => {
        const h = start(locale);
        const before = await walk(h, path);
        // Written in another language than the channel's: that language's alert and offer come first.
        const turn = withoutLanguageOffer(await h.say(text));
        expectAlert(turn, locale, suicide);
        if (stale === undefined) return;
        // The interrupted dialog was cleared: its buttons no longer answer anything.
        expect(before.values).toContain(stale);
        const after = await h.say(stale);
        expectSays(after, locale, 'unknownAction');
        expectMenu(after, locale);
      },
    );
  });

  it.each(PAST)('"$text" speaks of the past: no alert, the question is answered', async ({ text, topic }) => {
    const h = start(locale);
    // Written in another language than the channel's: the answer may follow an offer to switch.
    const turn = withoutLanguageOffer(await h.say(text));
    expectHealthy(turn, locale);
    expect(turn.topic).toBe(topic);
    expectNotSays(turn, locale, 'emergency:alert');
    expectNotSays(turn, locale, 'emergency:crisis');
    expect(contactIds(turn)).not.toContain('fire119');
  });

  it.each(['🚑', '🆘️!!', '🔥🔥🔥', ' 🚓 🚨 ', '👮🏽'])(
    '"%s" alone is an emergency told without words: the alert, not "write in words"',
    async (text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expectAlert(turn, locale, false);
      expectNotSays(turn, locale, 'empty');
    },
  );

  it.each(['😀🙏🏽', '🔥👍', '👍'])('"%s" is not an emergency: the usual "write in words"', async (text) => {
    const h = start(locale);
    const turn = await h.say(text);
    expectSays(turn, locale, 'empty');
    expectNotSays(turn, locale, 'emergency:alert');
  });

  it('a past event typed at the date question does not raise the alarm', async () => {
    const h = start(locale);
    await walk(h, ['menu:consumer', 'opt:coolingOff', 'opt:doorToDoor']);
    const turn = await h.say(PAST[0]?.text ?? '');
    expect(turn.topic).not.toBe('emergency');
    expectNotSays(turn, locale, 'emergency:alert');
  });
});

/** Opening hours in the contact cards follow the fake clock: Japan time, holidays, year-end closure. */
type HoursRow = {
  when: string;
  now: string;
  path: string[];
  id: string;
  status: 'open' | 'closed';
  key: 'card.open' | 'card.closedNext' | 'card.open24h';
  vars: PerLocale<Record<string, string>>;
};

const HUMAN_RIGHTS = ['menu:multicultural', 'opt:humanRights'];
const HOURS: HoursRow[] = [
  {
    when: 'Tuesday 10:00: the human-rights line (weekdays 9–17) is open until 17:00',
    now: '2026-11-24T10:00:00+09:00',
    path: HUMAN_RIGHTS,
    id: 'mojHumanRights',
    status: 'open',
    key: 'card.open',
    vars: jaEn({ time: '17:00' }, { time: '17:00' }),
  },
  {
    when: 'Tuesday 8:59: closed, opens at 9:00 today',
    now: '2026-11-24T08:59:00+09:00',
    path: HUMAN_RIGHTS,
    id: 'mojHumanRights',
    status: 'closed',
    key: 'card.closedNext',
    vars: jaEn({ when: '9:00' }, { when: '9:00' }),
  },
  {
    when: 'Tuesday 21:00: closed at night, opens Wednesday 11/25 at 9:00',
    now: '2026-11-24T21:00:00+09:00',
    path: HUMAN_RIGHTS,
    id: 'mojHumanRights',
    status: 'closed',
    key: 'card.closedNext',
    vars: jaEasyEn(
      { when: '11/25(水) 9:00' },
      { when: '11月25日 水曜日 9:00' },
      { when: 'Wed, 11/25, 9:00' },
    ),
  },
  {
    when: 'Monday 2026-11-23 (勤労感謝の日) 10:00: closed on the holiday, opens Tuesday 9:00',
    now: '2026-11-23T10:00:00+09:00',
    path: HUMAN_RIGHTS,
    id: 'mojHumanRights',
    status: 'closed',
    key: 'card.closedNext',
    vars: jaEasyEn(
      { when: '11/24(火) 9:00' },
      { when: '11月24日 火曜日 9:00' },
      { when: 'Tue, 11/24, 9:00' },
    ),
  },
  {
    when: 'Tuesday 2026-12-29 10:00: closed for the year end, opens Monday 2027-01-04 9:00',
    now: '2026-12-29T10:00:00+09:00',
    path: HUMAN_RIGHTS,
    id: 'mojHumanRights',
    status: 'closed',
    key: 'card.closedNext',
    vars: jaEasyEn({ when: '1/4(月) 9:00' }, { when: '1月4日 月曜日 9:00' }, { when: 'Mon, 1/4, 9:00' }),
  },
  {
    when: 'Monday 2026-11-23 (holiday) 11:00: the victim-support centre (weekdays 10–16) opens Tuesday 10:00',
    now: '2026-11-23T11:00:00+09:00',
    path: ['menu:victim', 'opt:centre'],
    id: 'advocacyCentre',
    status: 'closed',
    key: 'card.closedNext',
    vars: jaEasyEn(
      { when: '11/24(火) 10:00' },
      { when: '11月24日 火曜日 10:00' },
      { when: 'Tue, 11/24, 10:00' },
    ),
  },
  {
    when: 'Saturday 2027-01-02 03:00 in the year-end closure: the police card is open day and night',
    now: '2027-01-02T03:00:00+09:00',
    path: ['menu:victim', 'opt:police'],
    id: 'police110',
    status: 'open',
    key: 'card.open24h',
    vars: jaEn({}, {}),
  },
];

describe.each(LOCALES)('open or closed now, in %s', (locale) => {
  it.each(HOURS)('$when', async (row) => {
    const h: Harness = start(locale, row.now);
    const turn = await walk(h, row.path);
    const card = contact(turn, row.id);
    expect(card.status).toBe(row.status);
    expect(plain(card.statusText ?? '')).toBe(filled(locale, row.key, row.vars[locale]));
  });

  it('the same card turns from open to closed when the clock passes 17:00', async () => {
    const h = start(locale, '2026-11-24T16:59:00+09:00');
    const open = await walk(h, HUMAN_RIGHTS);
    expect(contact(open, 'mojHumanRights').status).toBe('open');
    h.clock.set(new Date('2026-11-24T17:00:00+09:00'));
    const closed = await walk(h, HUMAN_RIGHTS);
    const card = contact(closed, 'mojHumanRights');
    expect(card.status).toBe('closed');
    expect(plain(card.statusText ?? '')).toBe(
      filled(
        locale,
        'card.closedNext',
        jaEasyEn({ when: '11/25(水) 9:00' }, { when: '11月25日 水曜日 9:00' }, { when: 'Wed, 11/25, 9:00' })[
          locale
        ],
      ),
    );
  });
});

describe('right after an alert, "what number do I call?" is still about the emergency', () => {
  it.each([
    ['en', 'someone is following me', 'what number do I call?'],
    ['ja', '知らない人につけられている', 'どこに電話すればいいですか'],
  ] as const)('%s: %s, then %s → 110 and 119 first', async (locale, alarm, question) => {
    const h = start(locale);
    expect(contactIds(await h.say(alarm))).toEqual(EMERGENCY_CONTACTS);
    const turn = await h.say(question);
    expect(contactIds(turn).slice(0, 2)).toEqual(['police110', 'fire119']);
  });

  it('the same question with no alert before it gets the usual desks', async () => {
    const turn = await start('en').say('what number do I call?');
    expect(contactIds(turn)).not.toContain('police110');
  });
});
