import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { MENU_CODES, NOW, says, saysNot } from './util';

const start = (locale: Locale) => createHarness({ now: NOW, locale });

// A helper's probe: at the crime-victim path's menu, typing "police" (its button says "Talk to the
// police") raised the alert, as a lone cry must, and then dropped the path for the main menu. The
// alert still comes first; then the police button's answer and "see other support?", so the
// resident keeps the way to support they were choosing.
const VICTIM: Partial<Record<Locale, string>> = {
  ja: '犯罪被害にあいました',
  en: 'I was a victim of a crime',
  ko: '범죄 피해를 당했어요',
};

describe('a lone cry that names a button of the open question', () => {
  it.each<[Locale, string]>([
    ['en', 'police'],
    ['en', 'Police!'],
    ['ja', '警察'],
    ['ko', '경찰'],
  ])(
    '%s: the victim menu, then "%s" → the alert, then the police button and the path goes on',
    async (locale, cry) => {
      const h = start(locale);
      says(await h.say(VICTIM[locale]!), locale, 'victim:intro');
      const turn = await h.say(cry);
      says(turn, locale, 'emergency:alert');
      says(turn, locale, 'victim:police');
      says(turn, locale, 'victim:more');
      saysNot(turn, locale, 'emergency:back');
      expect(turn.values).toContain('opt:police');
      expect(turn.values).not.toEqual(MENU_CODES);
    },
  );

  it('en: "police" with no such button → the alert and the menu, as before', async () => {
    const turn = await start('en').say('police');
    says(turn, 'en', 'emergency:alert');
    says(turn, 'en', 'emergency:back');
    saysNot(turn, 'en', 'victim:police');
  });

  it('en: a cry that is not a lone word ("call the police, he is hitting me") still starts over', async () => {
    const h = start('en');
    await h.say(VICTIM.en!);
    const turn = await h.say('call the police, he is hitting me');
    says(turn, 'en', 'emergency:alert');
    saysNot(turn, 'en', 'victim:police');
  });
});
