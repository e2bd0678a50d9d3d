import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, openingOf, read } from './util';

// Blind probe, round 10: on the crime-victim path "what can I do?" got the path's opening words
// again, not the overview of the support its first button gives (as "what support is there?" does).
describe('"what can I do?" on the victim path', () => {
  it.each<[Locale, string]>([
    ['en', 'what can I do?'],
    ['ja', '何ができますか'],
    ['es', '¿qué puedo hacer?'],
    ['pt-BR', 'o que posso fazer?'],
    ['zh-Hans', '我能做什么？'],
  ])('%s: "%s" at the menu → the overview of the support', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:victim');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'victim:support'));
    expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
  });

  it('en: told on entering, "I was attacked last week, what can I do?" → the opening words and the overview', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say('I was attacked on the street last week, what can I do?');
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf('en', 'victim:intro'));
    expect(read(turn)).toContain(openingOf('en', 'victim:support'));
  });
});
