import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Found by a blind probe: 病院は土曜日もやってる？ got "I did not understand" where "is the
// hospital open on saturday?" got the health answer.

const start = (locale: Locale) => createHarness({ now: NOW, locale });

describe('"is the hospital open on Saturday?" in any language: the illness advice, #7119 and #8000', () => {
  it.each([
    ['ja', '病院は土曜日もやってる？'],
    ['zh-Hans', '医院周六开门吗？'],
    ['zh-Hant', '醫院週六有開嗎？'],
    ['ko', '병원 토요일에 열어요?'],
    ['es', '¿el hospital abre el sábado?'],
    // Control: it got this already.
    ['en', 'is the hospital open on saturday?'],
  ] as const)('%s: "%s"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('health');
    expect(read(turn)).toContain(openingOf(locale, 'emergency:illness'));
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
  });
});
