import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, expectLocale, expectSays, NOW, says } from './util';

// Romaji Japanese is undecided since 632d9b8, so "eigo de onegaishimasu" (in English, please) kept
// easy Japanese: the romaji names of languages and the words around them now ask for the switch, as
// 英語でお願いします does.
describe('a language asked for in romaji', () => {
  it.each(['eigo de onegaishimasu', 'eigo de hanashite kudasai', 'eigo onegai'])(
    '%s switches to English',
    async (text) => {
      const turn = await createHarness({ now: NOW, locale: 'ja' }).say(text);
      expectLocale(turn, 'en');
      expectSays(turn, 'en', 'language.changed');
    },
  );
});

// Asking for the consultation desks for foreign residents, or for advice in one's own language,
// got the foreign-residents menu (ko) or the town-safety menu (es): these words now name the
// desks where residents can consult in their language (International House, OFIX).
describe('the consultation desks for foreign residents, asked for in words', () => {
  it.each<[Locale, string]>([
    ['ko', '외국인 상담 창구를 알려주세요'],
    ['es', 'quiero consultar en mi idioma'],
    ['pt-BR', 'quero consultar no meu idioma'],
    ['vi', 'tôi muốn tư vấn bằng tiếng mẹ đẻ'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('multicultural');
    expect(turn.locale).toBe(locale);
    says(turn, locale, 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});
