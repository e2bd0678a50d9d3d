import { createHarness } from '../helpers/harness';
import { expectMenu, expectNotSays, expectSays, filled, label, NOW, openingOf, read, start } from './util';

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
