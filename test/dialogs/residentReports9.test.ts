import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, openingOf, read } from './util';

// Typing round 8, R8-03: 困っています got the job centre's answer, 手続きのことです the crime-victim
// path, "I need help" the victim path too: the example model guessed a service from two words.
// A request for help that names no service now gets "what is it about?" with the menu, examples,
// and the emergency numbers.
describe('a request for help that names no service', () => {
  it.each<[Locale, string]>([
    ['ja', '困っています'],
    ['ja', '手続きのことです'],
    ['ja', 'すみません、相談したいです'],
    ['ja-easy', 'こまって います'],
    ['en', 'I need help'],
    ['en', 'hi, I have a question'],
    ['zh-Hans', '我想咨询'],
    ['ko', '상담하고 싶어요'],
    ['es', 'necesito ayuda'],
    ['pt-BR', 'preciso de ajuda'],
    ['vi', 'Tôi cần tư vấn'],
    ['th', 'มีปัญหาครับ'],
  ])('%s: "%s" → what is it about, the menu, 110 and 119', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBeNull();
    expect(read(turn)).toContain(openingOf(locale, 'tellMore'));
    expect(read(turn)).toMatch(/110/u);
    expect(read(turn)).toMatch(/119/u);
    expect(read(turn)).toContain(openingOf(locale, 'menuPrompt'));
    for (const other of ['jobs:intro', 'victim:intro', 'multicultural:intro', 'handoff:intro'])
      expect(read(turn)).not.toContain(openingOf(locale, other));
  });

  it('ja: a request that names its service is answered, not asked about', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('詐欺の電話で困っています');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).not.toContain(openingOf('ja', 'tellMore'));
  });
});
