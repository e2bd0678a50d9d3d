import { createHarness } from '../helpers/harness';
import {
  contactIds,
  expectMenu,
  expectNotSays,
  expectSays,
  filled,
  label,
  NOW,
  openingOf,
  piece,
  read,
  start,
} from './util';

// Found by a helper using the web widget as residents do (sixth round): "I was hit by someone"
// typed at an open question got that question again, the Vietnamese "I was hit by another
// person" the list of desks, and 人に殴られました the alert with no way on to victim support.

describe('being hit, said at an open question, leaves it for victim support', () => {
  it.each<[string, string]>([
    ['menu:certificate', 'I was hit by someone'],
    ['menu:consumer', 'I was hit by someone'],
    ['menu:multicultural', 'somebody hit me yesterday'],
  ])('en: at %s, "%s" → victim support, not the question again', async (opened, text) => {
    const h = start('en');
    await h.say(opened);
    const turn = await h.say(text);
    expect(turn.topic).toBe('victim');
    expectSays(turn, 'en', 'victim:intro');
    expectNotSays(turn, 'en', 'certificate:whichPrompt');
    expectNotSays(turn, 'en', 'consumer:intro');
  });

  it.each<[string, string]>([
    ['vi', 'Tôi bị người khác đánh'],
    ['vi', 'Hôm qua tôi bị người khác đánh'],
  ])('%s: "%s" → victim support, not the list of desks', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('victim');
    expect(turn.text).toContain(openingOf(locale, 'victim:intro'));
    expect(turn.text).not.toContain(openingOf(locale, 'handoff:intro'));
  });
});

describe('after the alert for being hit, the way to victim support is named', () => {
  it.each<['ja' | 'ja-easy', string]>([
    ['ja', '人に殴られました'],
    ['ja-easy', 'ひとに なぐられた'],
  ])(
    '%s: "%s" → 110/119 first, then the line that points to the victim-support button',
    async (locale, text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expect(turn.topic).toBe('emergency');
      expectSays(turn, locale, 'emergency:alert');
      const pointer = filled(locale, 'alsoAsked', { topic: label(locale, 'menu.victim') });
      expect(read(turn)).toContain(pointer);
      // The alert comes first, then the pointer, then the menu that carries the button.
      expect(read(turn).indexOf(pointer)).toBeGreaterThan(
        read(turn).indexOf(filled(locale, 'emergency:back')),
      );
      expectMenu(turn, locale);
    },
  );

  it('ja: a cry for help alone gets no such line (nothing said of a crime)', async () => {
    const h = start('ja');
    const turn = await h.say('助けて');
    expectSays(turn, 'ja', 'emergency:alert');
    expect(read(turn)).not.toContain(filled('ja', 'alsoAsked', { topic: label('ja', 'menu.victim') }));
  });
});

// Seventh round (crime victims, safety, life): words that stop or repeat in Tagalog and
// Vietnamese opened other services, "again" inside the victim path and after "talk to a person"
// lost the answer, and a DV disclosure in Japanese was read as job hunting.
describe('stop and once more, in the victim path and after "talk to a person"', () => {
  it.each<[string, string]>([
    ['tl', 'tigil'],
    ['tl', 'tama na'],
  ])('%s: "%s" stops, not the scam menu', async (locale, word) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:victim');
    const turn = await h.say(word);
    expect(turn.text).toContain(openingOf(locale, 'victim:stopped'));
    expect(turn.topic ?? 'none').not.toBe('consumer');
  });

  it('vi: "lại" after the moving-in answer gives it again, not job support', async () => {
    const h = createHarness({ now: NOW, locale: 'vi' });
    await h.say('menu:multicultural');
    const answer = await h.say('opt:movingIn');
    const turn = await h.say('lại');
    expect(turn.topic).not.toBe('jobs');
    expect(turn.text).toContain(openingOf('vi', 'multicultural:movingIn'));
    expect(answer.text).toContain(openingOf('vi', 'multicultural:movingIn'));
  });

  it.each<['ja' | 'en', string, string]>([
    ['ja', 'もう一回', 'ja'],
    ['ja', 'English', 'en'],
  ])(
    '%s: the support centre, then "%s" at "see other support?" → the centre again (%s)',
    async (locale, word, then) => {
      const h = start(locale);
      await h.say('menu:victim');
      expectSays(await h.say('opt:centre'), locale, 'victim:centre');
      const turn = await h.say(word);
      expectSays(turn, then as 'ja' | 'en', 'victim:centre');
      expect(contactIds(turn)).toContain('advocacyCentre');
      expectSays(turn, then as 'ja' | 'en', 'victim:more');
    },
  );

  it('en: "talk to a person", then "again" → the same contacts, not "that button no longer works"', async () => {
    const h = start('en');
    await h.say('menu:safety');
    const first = await h.say('menu:handoff');
    const turn = await h.say('again');
    expectNotSays(turn, 'en', 'unknownAction');
    expect(contactIds(turn)).toEqual(contactIds(first));
    expect(contactIds(turn).length).toBeGreaterThan(0);
    // And once more: still the list, for the same topic.
    expect(contactIds(await h.say('again'))).toEqual(contactIds(first));
  });
});

describe('domestic violence said in Japanese', () => {
  it('ja: 夫から暴力を受けています → the alert, then the pointer to victim support (not job support)', async () => {
    const h = start('ja');
    const turn = await h.say('夫から暴力を受けています');
    expectSays(turn, 'ja', 'emergency:alert');
    expect(read(turn)).toContain(filled('ja', 'alsoAsked', { topic: label('ja', 'menu.victim') }));
    expectNotSays(turn, 'ja', 'jobs:intro');
  });
});

// Seventh round: on the victim path, "is it free?" got the scam menu, "can I stay anonymous?" the
// foreign-residents menu, "I don't want to talk to the police" the police numbers or the scam
// desks, and "what number?" after an answer only the question again.
describe('what victims ask in words on the victim path is answered there', () => {
  it.each<['ja' | 'en' | 'ja-easy', string, string, string[]]>([
    ['ja', '無料ですか', 'victim:free', ['advocacyCentre', 'victimDesk']],
    ['ja', '匿名でも大丈夫ですか', 'victim:anonymous', ['victimDesk', 'advocacyCentre']],
    ['ja', '警察には話したくないです', 'victim:noPolice', ['victimDesk', 'advocacyCentre']],
    ['en', 'is it free?', 'victim:free', ['advocacyCentre', 'victimDesk']],
    ['en', 'can I go anonymously?', 'victim:anonymous', ['victimDesk', 'advocacyCentre']],
    ['en', "I don't want to talk to the police", 'victim:noPolice', ['victimDesk', 'advocacyCentre']],
    ['ja-easy', 'けいさつには いいたくない', 'victim:noPolice', ['victimDesk', 'advocacyCentre']],
  ])('%s: after an answer, "%s" → %s, and the path goes on', async (locale, text, key, contacts) => {
    const h = start(locale);
    await h.say('menu:victim');
    await h.say('opt:support');
    const turn = await h.say(text);
    expectSays(turn, locale, key);
    expect(contactIds(turn)).toEqual(contacts);
    expectSays(turn, locale, 'victim:more');
    expectNotSays(turn, locale, 'consumer:intro');
    expectNotSays(turn, locale, 'multicultural:intro');
  });

  it('ja: "not the police" also says 110 for danger now', async () => {
    const h = start('ja');
    await h.say('menu:victim');
    const turn = await h.say('警察には話したくないです');
    expect(read(turn)).toContain(filled('ja', 'victim:noPolice', { 'phone.police110': '110' }));
  });

  it.each<['ja' | 'en', string]>([
    ['ja', 'それは何番ですか'],
    ['en', 'what number?'],
  ])('%s: "%s" after an answer → this path\'s numbers, still on the path', async (locale, text) => {
    const h = start(locale);
    await h.say('menu:victim');
    await h.say('opt:support');
    const turn = await h.say(text);
    expect(contactIds(turn)).toEqual(['victimDesk', 'advocacyCentre', 'police9110', 'police110']);
    expectSays(turn, locale, 'victim:more');
  });

  it.each<[string, string]>([
    ['zh-Hans', '我不想报警'],
    ['pt-BR', 'Fui assaltado, mas não quero falar com a polícia'],
    ['ko', '경찰에는 말하고 싶지 않아요'],
  ])(
    '%s: "%s" as the first message → the victim path\'s opening, then the answer without the police',
    async (locale, text) => {
      const h = createHarness({ now: NOW, locale });
      const turn = await h.say(text);
      expect(turn.topic).toBe('victim');
      expect(turn.text).toContain(openingOf(locale, 'victim:intro'));
      expect(turn.text).toContain(openingOf(locale, 'victim:noPolice'));
      expect(contactIds(turn)).toEqual(['victimDesk', 'advocacyCentre']);
    },
  );

  it('en: words the victim menu does not know get its menu again, not the fee answer ("feel" is not "fee")', async () => {
    const h = start('en');
    await h.say('menu:victim');
    const once = await h.say('I feel so tired');
    expectSays(once, 'en', 'victim:intro');
    expectNotSays(once, 'en', 'victim:free');
  });
});

// Seventh round: a scam victim asking to be listened to got only the scam advice.
describe('a scam victim who asks to be listened to is also offered victim support', () => {
  it.each<['ja' | 'en', string]>([
    ['ja', '投資詐欺にあって、気持ちがつらいです。話を聞いてほしい'],
    ['en', 'I lost money to a scam and I need emotional support'],
  ])('%s: "%s" → the scam answer, and the victim-support button', async (locale, text) => {
    const h = start(locale);
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(filled(locale, 'alsoAsked', { topic: label(locale, 'menu.victim') }));
    expect(turn.buttons).toContain(label(locale, 'menu.victim'));
  });
});

// Seventh round: "I lost my residence card" got the general "ask in your language" text, which
// read as if the question had not been heard.
describe('a residence card lost or to renew', () => {
  it.each<['ja' | 'en', string]>([
    ['en', 'I lost my residence card'],
    ['ja', '在留カードをなくしました'],
  ])('%s: "%s" → said plainly that the procedure is not known here, then the desks', async (locale, text) => {
    const h = start(locale);
    const turn = await h.say(text);
    expectSays(turn, locale, 'multicultural:residenceCard');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
    // The line comes before the desks' answer it introduces.
    expect(read(turn).indexOf(piece(locale, 'multicultural:residenceCard'))).toBeLessThan(
      read(turn).indexOf(piece(locale, 'multicultural:consult')),
    );
  });

  it('en: a question about moving in gets no such line', async () => {
    const h = start('en');
    const turn = await h.say('menu:multicultural');
    expectNotSays(await h.say('opt:consult'), 'en', 'multicultural:residenceCard');
    expectSays(turn, 'en', 'multicultural:intro');
  });
});

// Rounds 4 and 7: helmet and 青切符 questions got the bicycle-insurance answer, which answers
// neither. The helmet duty is only secondary and the tickets unconfirmed: neither is stated.
describe("helmets and cyclists' traffic tickets", () => {
  it.each<['ja' | 'en' | 'ja-easy', string]>([
    ['ja', 'ヘルメットは義務ですか'],
    ['ja', '自転車の青切符はいつから？'],
    ['en', 'do I need a helmet on my bike?'],
    ['ja-easy', 'へるめっとは かぶらないと だめですか'],
  ])(
    '%s: "%s" → not confirmed here, ask the police (#9110); not the insurance answer',
    async (locale, text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expect(turn.topic).toBe('safety');
      expectSays(turn, locale, 'safety:bicycleRules');
      expectNotSays(turn, locale, 'safety:bicycle');
      expect(contactIds(turn)).toEqual(['police9110']);
      // Nothing unconfirmed is stated: no date of the tickets, no year of the helmet duty.
      expect(read(turn)).not.toMatch(/2023|2026|4月1日|April 1/);
    },
  );

  it('ja: insurance asked about still gets the insurance answer', async () => {
    const h = start('ja');
    expectSays(await h.say('自転車保険は入らないといけませんか'), 'ja', 'safety:bicycle');
  });
});
