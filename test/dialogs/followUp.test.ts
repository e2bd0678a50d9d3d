import type { TestLocale } from './util';
import {
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  expectMenu,
  ILLNESS_VARS,
  piece,
  read,
  start,
  walk,
} from './util';

// A short question right after an answer is about that answer. A probe saw "what are the opening
// hours?" after the job centre get "which certificate?", "it's 2am, is anything open?" after the
// fever advice get the consumer menu, and "what should I do?" after the refund-scam warning get
// the menu for new foreign residents: the router guessed from the words alone.

describe('a follow-up question stays with the answer it follows', () => {
  it.each<[TestLocale, string]>([
    ['en', 'what are the opening hours?'],
    ['en', 'where is it?'],
    ['ja', '何時まで？'],
    ['ja-easy', 'どこ に ありますか'],
  ])('%s: the job centre, then "%s" → the job centre again', async (locale, text) => {
    const h = start(locale);
    await walk(h, ['menu:jobs']);
    const turn = await h.say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('jobs');
    expectSays(turn, locale, 'jobs:intro');
    expect(contactIds(turn)).toEqual(['jobsHiroba']);
    expectFeedbackQuestion(turn, locale);
  });

  it('en: a fever, then "it is 2am, is anything open?" → the night-time medical advice again', async () => {
    const h = start('en');
    await h.say('my child has a fever');
    const turn = await h.say('it is 2am, is anything open?');
    expect(turn.topic).toBe('health');
    expectSaysExactly(turn, 'en', 'emergency:illness', ILLNESS_VARS);
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
  });

  it('en: the refund-scam warning, then "what should I do?" → that warning\'s advice, not foreign residents', async () => {
    const h = start('en');
    await h.say('They said I can get a refund at the ATM');
    const turn = await h.say('what should I do?');
    expect(turn.topic).toBe('consumer');
    // The answer it follows was about a refund scam: its advice (what to do) again, not the menu.
    expectSays(turn, 'en', 'consumer:scam.refundAdvice');
    expectNotSays(turn, 'en', 'multicultural:intro');
  });

  it.each<[TestLocale, string, string]>([
    // The fee is the same whatever the card: answered at once (certificateDetails.test.ts).
    ['ja', '手数料は？', 'certificate:fee'],
    ['en', 'how much is it?', 'certificate:fee'],
    // After the window's answer ("no card"), the window's hours (certificateHours.test.ts).
    ['ja', '何時まで？', 'certificate:wardOffice'],
  ])(
    '%s: the 住民票 answer, then "%s" → still about 住民票, not "which certificate?"',
    async (locale, text, key) => {
      const h = start(locale);
      await h.say(locale === 'en' ? 'I need a residence certificate' : '住民票がほしい');
      await h.say('opt:no');
      const turn = await h.say(text);
      expect(turn.topic).toBe('certificate');
      expectNotSays(turn, locale, 'certificate:whichPrompt');
      expectSays(turn, locale, key);
    },
  );
});

describe('what is not a follow-up is routed as before', () => {
  it('en: "what should I do?" as the first message is not taken for a consumer question', async () => {
    const turn = await start('en').say('what should I do?');
    expect(turn.topic).not.toBe('consumer');
  });

  it('en: the job centre, then a new question with its own words → that service', async () => {
    const h = start('en');
    await walk(h, ['menu:jobs']);
    const turn = await h.say('how much is a juminhyo?');
    expect(turn.topic).toBe('certificate');
  });

  it('en: the job centre, then "what\'s the weather" → no service found, not the job centre', async () => {
    const h = start('en');
    await walk(h, ['menu:jobs']);
    const turn = await h.say("what's the weather");
    expectSays(turn, 'en', 'fallback');
    expectNotSays(turn, 'en', 'jobs:intro');
  });
});

describe('"that is all, thanks" after an answer', () => {
  it.each<[TestLocale, string]>([
    ['ja', 'もう大丈夫です、ありがとう'],
    ['ja', 'わかりました。ありがとうございます'],
    ['en', 'got it, thanks'],
  ])('%s: "%s" at "was this helpful?" is a thank-you (a yes), not a new question', async (locale, text) => {
    const h = start(locale);
    await walk(h, ['menu:jobs']);
    const turn = await h.say(text);
    expectSaysExactly(turn, locale, 'feedback.thanks');
    expectNotSays(turn, locale, 'fallback');
    expectNotSays(turn, locale, 'jobs:intro');
  });
});

// Found by the fourth typing round: もう一回 got the "talk to a person" list, わかりません the fallback.
// Then the answer came again from its start: the card question, the menu it was chosen from.
describe('"once more" and "I don\'t understand" at "was this helpful?"', () => {
  it.each<[TestLocale, string, string]>([
    ['ja', '住民票がほしい', 'もう一回'],
    ['en', 'I need a residence certificate', 'again please'],
  ])('%s: %s, then "%s" → the same answer once more, not the card question', async (locale, ask, again) => {
    const h = start(locale);
    await h.say(ask);
    const answered = await h.say('opt:yes');
    expectSays(answered, locale, 'certificate:konbini');
    const turn = await h.say(again);
    expect(turn.topic).toBe('certificate');
    expectSays(turn, locale, 'certificate:konbini');
    expectNotSays(turn, locale, 'certificate:cardPrompt');
    expectNotSays(turn, locale, 'handoff:intro');
    expectFeedbackQuestion(turn, locale);
    // And once more after that: the same answer, not the question it skipped.
    const third = await h.say(again);
    expectSays(third, locale, 'certificate:konbini');
    expectNotSays(third, locale, 'certificate:cardPrompt');
  });

  it('en: a choice at a topic\'s menu is made again: "Moving in", then "again" → moving in, not the menu', async () => {
    const h = start('en');
    await h.say('menu:multicultural');
    expectSays(await h.say('opt:movingIn'), 'en', 'multicultural:movingIn');
    const turn = await h.say('again');
    expectSays(turn, 'en', 'multicultural:movingIn');
    expectNotSays(turn, 'en', 'multicultural:intro');
    expectFeedbackQuestion(turn, 'en');
  });

  it('ja: the scam check, the fake police → もう一回 gives that advice, not the two menus before it', async () => {
    const h = start('ja');
    await h.say('menu:consumer');
    await h.say('opt:scamCheck');
    expectSays(await h.say('opt:police'), 'ja', 'consumer:scam.policeAdvice');
    const turn = await h.say('もう一回');
    expectSays(turn, 'ja', 'consumer:scam.policeAdvice');
    expectNotSays(turn, 'ja', 'consumer:intro');
    expectNotSays(turn, 'ja', 'consumer:scam.question');
    expect(contactIds(turn)).toContain('police110');
  });

  it('ja: the cooling-off date typed at its question is used again, with the same last day', async () => {
    const h = start('ja');
    await h.say('訪問販売で契約した');
    const answered = await h.say('11月20日');
    expectSays(answered, 'ja', 'consumer:coolingOff.open');
    const turn = await h.say('もう一回');
    expectNotSays(turn, 'ja', 'consumer:coolingOff.datePrompt');
    expect(read(turn)).toContain(piece('ja', 'consumer:coolingOff.open'));
    // 20 Nov + 7 days: the last day shown is the same as in the first answer.
    expect(read(turn)).toContain('11月27日');
    expect(read(answered)).toContain('11月27日');
  });

  it('ja: "how much?" answered with the fee → もう一回 gives the fee again, not the card question', async () => {
    const h = start('ja');
    await h.say('住民票がほしい');
    await h.say('opt:no');
    const fee = await h.say('手数料はいくら？');
    expectSays(fee, 'ja', 'certificate:fee');
    const turn = await h.say('もう一回');
    expectSays(turn, 'ja', 'certificate:fee');
    expectNotSays(turn, 'ja', 'certificate:cardPrompt');
  });

  it('ja: わかりません after a Japanese answer → the same answer in easy Japanese', async () => {
    const h = start('ja');
    await h.say('住民票がほしい');
    await h.say('opt:yes');
    const turn = await h.say('わかりません');
    expect(turn.locale).toBe('ja-easy');
    expectSays(turn, 'ja-easy', 'language.changed');
    expectSays(turn, 'ja-easy', 'certificate:konbini');
    expectNotSays(turn, 'ja-easy', 'certificate:cardPrompt');
  });

  it('ja: English chosen at "was this helpful?" gives the answer in English as it was, without its questions', async () => {
    const h = start('ja');
    await h.say('menu:certificate');
    await h.say('opt:koseki');
    expectSays(await h.say('opt:no'), 'ja', 'certificate:window');
    const turn = await h.say('English');
    expect(turn.locale).toBe('en');
    expectSays(turn, 'en', 'certificate:window');
    expectSays(turn, 'en', 'certificate:getCard');
    expectNotSays(turn, 'en', 'certificate:whichPrompt');
    expectNotSays(turn, 'en', 'certificate:cardPrompt');
  });

  it('ja: わからない at a question with a "not sure" button is still that button', async () => {
    const h = start('ja');
    await h.say('住民票がほしい');
    const turn = await h.say('わからない');
    expect(turn.locale).toBe('ja');
    expectNotSays(turn, 'ja', 'certificate:cardPrompt');
  });

  it.each<[TestLocale, string]>([
    ['en', 'again'],
    ['ja', 'もう一回'],
  ])(
    '%s: "%s" as the first message, with no answer to give again → the menu, not a guessed topic',
    async (locale, text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expectMenu(turn, locale);
      expect(turn.topic ?? 'none').not.toBe('jobs');
      expectNotSays(turn, locale, 'jobs:intro');
      expectNotSays(turn, locale, 'handoff:intro');
    },
  );
});
