import { romajiSpellings } from '../../knowledge/routing/language';
import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import {
  ALERT_VARS,
  contactIds,
  expectLocale,
  expectSaysExactly,
  ILLNESS_VARS,
  NOW,
  says,
  saysNot,
} from './util';

// "tomodachi ga kega wo shimashita" (my friend got hurt) got "I did not understand", and its
// Japanese form 友達がけがをしました a guess (the foreign-residents menu, or the crime-victim opening in
// easy Japanese): an injury told in Japanese or romaji now gets the advice on sudden illness and
// injury (#7119), as a sick child does. Told in the past, it is no alarm, in either form.
describe('an injury told in Japanese or romaji gets the illness and injury advice', () => {
  it.each<[string, string]>([
    ['tomodachi ga kega wo shimashita', 'ja-easy'],
    ['kodomo ga kega shita', 'ja-easy'],
    ['ともだち が けが を しました', 'ja-easy'],
    ['友達がけがをしました', 'ja'],
  ])('%s', async (text, locale) => {
    const turn = await createHarness({ now: NOW, ...(locale === 'ja' ? { locale } : {}) }).say(text);
    expect(turn.topic).toBe('health');
    expectLocale(turn, locale as 'ja' | 'ja-easy');
    expectSaysExactly(turn, locale as 'ja' | 'ja-easy', 'emergency:illness', ILLNESS_VARS);
    saysNot(turn, locale, 'emergency:alert');
    expect(contactIds(turn)).toContain('kyukyu7119');
  });

  it('the same answer in romaji as in Japanese, in a Japanese conversation', async () => {
    const romaji = await createHarness({ now: NOW, locale: 'ja' }).say('tomodachi ga kega wo shimashita');
    const japanese = await createHarness({ now: NOW, locale: 'ja' }).say('友達がけがをしました');
    expect(romaji.topic).toBe('health');
    expect(romaji.text).toBe(japanese.text);
  });
});

// Romaji typed with a macron or a circumflex for a long vowel (Byōin, some IMEs' Byôin) was not
// read as byouin: "I did not understand". Long vowels marked are now spelled out (ō as ou, then
// oo) wherever romaji is routed or checked for an emergency.
describe('romaji long vowels with a macron or circumflex', () => {
  it.each(['Byōin wa doko desu ka?', 'Byôin wa doko desu ka?', 'BYŌIN NI IKITAI'])('%s', async (text) => {
    const turn = await createHarness({ now: NOW }).say(text);
    expectLocale(turn, 'ja-easy');
    expect(turn.topic).toBe('health');
    expectSaysExactly(turn, 'ja-easy', 'emergency:illness', ILLNESS_VARS);
  });

  it.each(['Kyūkyūsha wo yonde kudasai', 'ōkega wo shita hito ga iru'])(
    '%s raises the alarm',
    async (text) => {
      const turn = await createHarness({ now: NOW }).say(text);
      expect(turn.topic).toBe('emergency');
      expectSaysExactly(turn, 'ja-easy', 'emergency:alert', ALERT_VARS);
      expect(contactIds(turn).slice(0, 2)).toEqual(['police110', 'fire119']);
    },
  );

  it('spells ō as ou and as oo, and leaves Vietnamese and Portuguese alone', () => {
    expect(romajiSpellings('Tōkyō ni ikitai desu')).toEqual([
      'Toukyou ni ikitai desu',
      'Tookyoo ni ikitai desu',
    ]);
    expect(romajiSpellings('kūkō wa doko desu ka')).toEqual([
      'kuukou wa doko desu ka',
      'kuukoo wa doko desu ka',
    ]);
    expect(romajiSpellings('Tôi muốn đi bệnh viện')).toEqual(['Tôi muốn đi bệnh viện']);
    expect(romajiSpellings('Você sabe onde fica o hospital?')).toEqual(['Você sabe onde fica o hospital?']);
  });
});

// A past attack told as over, then "he hits me again": the calm crime-victim opening, where the
// Japanese (先週夫に殴られました。今は安全です。でもまた殴られています) raises the alarm. An attack
// again or still now keeps the alarm in English, Korean and Tagalog too; the past told as over,
// alone, still gets the victim-support opening.
describe('a past attack, safe now, then attacked again', () => {
  it.each<[Locale, string]>([
    ['ja', '先週夫に殴られました。今は安全です。でもまた殴られています'],
    ['en', "He hit me last week, I'm safe now, but he hit me again"],
    ['en', "He hit me last week, I'm safe now, but he beats me again"],
    ['ko', '지난주에 남편이 때렸어요. 지금은 안전해요. 그런데 또 때려요'],
    ['ko', '지난주에 남편이 때렸어요. 지금은 안전해요. 그런데 다시 때려요'],
    ['tl', 'Sinaktan niya ako noong isang linggo, ligtas na ako, pero sinasaktan na naman niya ako'],
    ['tl', 'Sinaktan niya ako noong isang linggo, ligtas na ako, pero binubugbog niya ako ulit'],
  ])('%s: %s', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('emergency');
    says(turn, locale, 'emergency:alert');
    expect(contactIds(turn).slice(0, 2)).toEqual(['police110', 'fire119']);
  });

  it.each<[Locale, string]>([
    ['en', "He hit me last week, I'm safe now"],
    ['ko', '지난주에 남편이 때렸어요. 지금은 안전해요.'],
    ['tl', 'Sinaktan niya ako noong isang linggo, ligtas na ako'],
  ])('%s: %s (over) stays the victim-support opening', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('victim');
    says(turn, locale, 'victim:intro');
    saysNot(turn, locale, 'emergency:alert');
  });
});
