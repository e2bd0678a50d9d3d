import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Found by a blind probe: "is the library open on sunday?" got the certificates' weekend answer
// (the service counters in Umeda, Namba, Tennoji; the convenience stores): the example model reads
// "open on Saturday?" as the ward office, which its examples of the question name. 病院は土曜日も
// やってる？ got "I did not understand" where "is the hospital open on saturday?" got the health
// answer; "wat time does the consumr center close" got "which certificate?".

const start = (locale: Locale) => createHarness({ now: NOW, locale });

describe('"open on the weekend?" about a place this chat does not cover: which office or service, with the menu', () => {
  it.each([
    ['en', 'is the library open on sunday?'],
    ['en', 'is the post office open on saturday?'],
    ['en', 'is the museum open on sunday?'],
    ['ja', '図書館は日曜日も開いてる？'],
    // It got "I did not understand" (the model found nothing): the notice says what is covered.
    ['ja', '郵便局は土曜日やってる？'],
    ['zh-Hans', '图书馆周日开吗？'],
    ['ko', '도서관 일요일에 열어요?'],
    ['es', '¿la biblioteca abre el domingo?'],
  ] as const)('%s: "%s"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(read(turn)).toContain(openingOf(locale, 'whichPlace'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:weekend'));
    expect(turn.values).toContain('menu:certificate');
  });

  // Controls, which pass without the change too: the weekend word alone, a certificate or the
  // city's office named (certificateFirstMessages has the service counters by name), and the desk
  // for foreigners.
  it.each([
    ['ja', '土曜日は？'],
    ['en', 'Saturday?'],
    ['ja', '住民票は土曜日も取れますか'],
    ['en', 'is city hall open on saturday?'],
  ] as const)('control, %s: "%s" → the certificates\' weekend answer', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf(locale, 'whichPlace'));
  });

  it("control, pt-BR: the desk for foreigners on Saturday → the foreign residents' menu", async () => {
    const turn = await start('pt-BR').say('o balcão de atendimento para estrangeiros abre no sábado?');
    expect(turn.topic).toBe('multicultural');
    expect(read(turn)).not.toContain(openingOf('pt-BR', 'whichPlace'));
  });
});

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

describe('the consumer centre\'s hours asked with typos: the consumer answers, not "which certificate?"', () => {
  it('en: "wat time does the consumr center close" → the consumer menu', async () => {
    const turn = await start('en').say('wat time does the consumr center close');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf('en', 'consumer:intro'));
    expect(read(turn)).not.toContain(openingOf('en', 'certificate:whichPrompt'));
  });

  it('control, en: "what time does the consumer center close" → the desks\' hours and cards', async () => {
    const turn = await start('en').say('what time does the consumer center close');
    expect(read(turn)).toContain(openingOf('en', 'deskHours'));
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
  });
});
