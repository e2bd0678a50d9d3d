import { createHarness } from '../helpers/harness';
import { ALERT_VARS, contactIds, expectLocale, expectSaysExactly, ILLNESS_VARS, NOW } from './util';

// Japanese typed in romaji by residents without a Japanese keyboard was read as Tagalog or English
// and the bot answered, or offered to answer, in that language. Romaji is undecided: the
// conversation keeps its language, and one with no language yet starts in easy Japanese.
describe('Japanese in romaji does not switch the conversation to another language', () => {
  it.each(['byouin ni ikitai', 'watashi wa gaikokujin desu. byouin wa doko desu ka'])(
    'a first message "%s" with no channel language gets easy Japanese, even with Japanese the default',
    async (text) => {
      const h = createHarness({ now: NOW, env: { DEFAULT_LOCALE: 'ja' } });
      expectLocale(await h.say(text), 'ja-easy');
    },
  );

  it('"hoken shou ga nai" as a first message is answered in easy Japanese, not English', async () => {
    const h = createHarness({ now: NOW, env: { DEFAULT_LOCALE: 'ja' } });
    expectLocale(await h.say('hoken shou ga nai'), 'ja-easy');
  });

  it('a phone set to Japanese writing "byouin ni ikitai" is not offered Tagalog', async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say('byouin ni ikitai');
    // Every reply in Japanese: no offer of Filipino (a reply in Tagalog) before the answer.
    expectLocale(turn, 'ja');
  });

  it('an English conversation stays English after "byoin wa doko"', async () => {
    const h = createHarness({ now: NOW });
    expectLocale(await h.say('Where is the ward office?'), 'en');
    expectLocale(await h.say('byoin wa doko'), 'en');
  });
});

// With the language settled, "byouin ni ikitai" (I want to go to a hospital) got "I did not
// understand": the health answer's romaji phrases (byouin ni iki…, byouin wa doko, atama ga itai)
// now give it the answer 病院に行きたい gets, the emergency-advice line #7119 first.
describe('romaji health questions get the health answer', () => {
  it.each([
    'byouin ni ikitai',
    'watashi wa gaikokujin desu. byouin wa doko desu ka',
    'byoin wa doko',
    'kodomo ga byouki desu',
    'atama ga itai',
  ])('%s', async (text) => {
    const turn = await createHarness({ now: NOW }).say(text);
    expectLocale(turn, 'ja-easy');
    expect(turn.topic).toBe('health');
    expectSaysExactly(turn, 'ja-easy', 'emergency:illness', ILLNESS_VARS);
    expect(contactIds(turn)).toContain('kyukyu7119');
  });
});

// A call for the police or a badly hurt person in romaji got "I did not understand" (or English):
// they now raise the alarm as 警察を呼んで and 大けが do, in easy Japanese, with 110 and 119 first.
describe('romaji calls for help raise the alarm', () => {
  it.each([
    'keisatsu wo yonde',
    'keisatsu yonde kudasai!',
    'keisatsu',
    'ookega wo shita hito ga iru',
    'keganin ga iru',
  ])('%s', async (text) => {
    const turn = await createHarness({ now: NOW }).say(text);
    expect(turn.topic).toBe('emergency');
    expectLocale(turn, 'ja-easy');
    expectSaysExactly(turn, 'ja-easy', 'emergency:alert', ALERT_VARS);
    expect(contactIds(turn).slice(0, 2)).toEqual(['police110', 'fire119']);
  });

  it('"keisatsu wa doko desu ka" (where is the police?) is a question, not an alarm', async () => {
    const turn = await createHarness({ now: NOW }).say('keisatsu wa doko desu ka');
    expect(turn.topic).not.toBe('emergency');
  });
});
