import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, openingOf, read } from './util';

// Typing round 8 (R8-01, R8-08): right after the support centre's answer, "is it open on
// Saturday?" got "Which certificate do you need?". The text typed at "see other support?" was
// routed as a first message, and its weekday word matched the ward office's examples. It asks
// about that answer (which says: weekdays), so that answer comes again.
describe('a question about the victim path\'s answer, typed at "see other support?"', () => {
  it.each<[Locale, string]>([
    ['en', 'is it open on Saturday?'],
    ['en', 'what time?'],
    ['ja', '土曜日もやっていますか'],
    ['zh-Hans', '周六可以吗？'],
    ['ko', '주말에도 돼요?'],
  ])(
    '%s: "%s" after the support centre → the centre again, not the certificate menu',
    async (locale, text) => {
      const h = createHarness({ now: NOW, locale });
      await h.say('menu:victim');
      const answer = await h.say('opt:centre');
      expect(read(answer)).toContain(openingOf(locale, 'victim:centre'));
      const turn = await h.say(text);
      // Answered on the path (topic null) or routed back to it.
      expect([null, 'victim']).toContain(turn.topic);
      expect(read(turn)).toContain(openingOf(locale, 'victim:centre'));
      expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
      // Not the path's opening words again either: the resident is already on it.
      expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
    },
  );

  it('en: a new question with its own service words still leaves the path', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('menu:victim');
    await h.say('opt:centre');
    const turn = await h.say('Can I get a residence certificate (住民票) at a convenience store?');
    expect(turn.topic).toBe('certificate');
  });
});

// R8-02, R8-08: a weekday, "how much" or "where" word with no follow-up phrase around it
// (土曜日もできますか, 要多少錢？) was not taken for a question about the answer just given: the
// router guessed from examples (土曜日もできますか → the crime-victim path). The words of a
// question about an answer's details (questionWords.json) now count as follow-up words too.
describe('a detail question right after an answer, in the detail words alone', () => {
  it('ja: 土曜日もできますか after the 住民票 fee → the weekend ways, not the victim path', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    await h.say('opt:yes');
    const turn = await h.say('土曜日もできますか');
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf('ja', 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf('ja', 'victim:intro'));
  });

  // What is asked about the card (multi-turn probes: it got the card's answer again): the first card
  // is free; the ward office, where it is received, opens on the fourth Sunday for some procedures.
  it.each<[Locale, string, string]>([
    ['zh-Hant', '要多少錢？', 'multicultural:myNumberFree'],
    ['th', 'วันเสาร์ได้ไหม', 'multicultural:wardDays'],
  ])('%s: "%s" after the My Number card answer → %s', async (locale, text, key) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:multicultural');
    const answer = await h.say('opt:myNumber');
    expect(read(answer)).toContain(openingOf(locale, 'multicultural:myNumber'));
    const turn = await h.say(text);
    expect(turn.topic).toBe('multicultural');
    expect(read(turn)).toContain(openingOf(locale, key));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
  });
});

// R8-15: an elderly resident typing in half-width katakana, as on an old phone, got the fraud
// answer to the first message, then "I did not understand" for "they asked my PIN too", "I told
// them" and "what do I do": the example model read katakana as another script than the hiragana
// and kanji of its examples. The same lines in full-width kanji stayed with the fraud answer.
describe('a fraud conversation typed in half-width katakana', () => {
  it('ja: every line gets the fake-police answer, as the same lines in kanji do', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    for (const line of ['ｹｲｻﾂﾉ ﾋﾄｶﾞ ｶｰﾄﾞｦ ﾄﾘﾆｲｸﾄ ﾃﾞﾝﾜｶﾞｷﾀ', 'ｱﾝｼｮｳﾊﾞﾝｺﾞｳﾓ ｷｶﾚﾀ', 'ｵｼｴﾃｼﾏｯﾀ', 'ﾄﾞｳｼﾀﾗｲｲ']) {
      const turn = await h.say(line);
      expect(read(turn)).toContain(openingOf('ja', 'consumer:scam.policeAdvice'));
      expect(read(turn)).toContain('110');
      expect(read(turn)).not.toContain(openingOf('ja', 'fallback'));
      expect(read(turn)).not.toContain(openingOf('ja', 'certificate:whichPrompt'));
    }
  });
});

// R8-13: garbage or tax asked in Tagalog or Chinese got
// "see the city website or call the Citizens Bureau" (its general-affairs line, in Japanese).
// International House's Information Center and OFIX answer about daily life in those languages.
describe('a question this chat does not cover, in another language than Japanese', () => {
  it.each<[Locale, string]>([
    ['tl', 'Paano magtapon ng basura dito sa Osaka?'],
    ['zh-Hans', '垃圾怎么扔？'],
  ])('%s: "%s" → the multilingual desks first, then the bureau', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('fallback');
    expect(read(turn)).toContain(openingOf(locale, 'multicultural:consult'));
    expect(turn.contacts.map((c) => c.id)).toEqual(['ihOsaka', 'ofix', 'citizensBureau']);
    expect(turn.contacts[1]!.phone).toBe('06-6941-2297');
  });
});

// R8-14: "other question" after an answer opened "talk to a person" (no staff available) with the
// last topic's desks, in Tagalog, Nepali and easy Japanese: it asks for the menu.
describe('"other question" right after an answer', () => {
  it.each<[Locale, string]>([
    ['tl', 'ibang tanong'],
    ['ne', 'अर्को प्रश्न'],
    ['ja-easy', 'ほかの しつもん'],
    ['en', 'another question'],
    ['zh-Hans', '其他问题'],
  ])('%s: "%s" → the main menu, not the hand-off', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:multicultural');
    await h.say('opt:oneDay');
    const turn = await h.say(text);
    expect(turn.topic).not.toBe('handoff');
    expect(turn.contacts).toEqual([]);
    expect(turn.values).toEqual(expect.arrayContaining(['menu:certificate', 'menu:consumer', 'menu:victim']));
  });
});

// R8-10: a question typed while "do you have the My Number card?" was open (いくらですか,
// ｲｸﾗﾃﾞｽｶ) got that question again, and once more "which certificate?". R8-11: "I don't have
// one" typed there got the card's description instead of the way without it (the window, ¥300).
// Then the fee answered and ended with the card's buttons still on the screen ("はい" was read as
// "helpful"): now the fee, then the card question once more.
describe('typed at the My Number card question', () => {
  it.each<[Locale, string]>([
    ['ja', 'いくらですか'],
    ['ja', 'ｲｸﾗﾃﾞｽｶ'],
    ['en', 'how much?'],
  ])('%s: "%s" → the 住民票 fee (¥300) first, then the card question', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:certificate');
    const asked = await h.say('opt:juminhyo');
    expect(read(asked)).toContain(openingOf(locale, 'certificate:cardPrompt'));
    const turn = await h.say(text);
    const prompt = read(turn).indexOf(openingOf(locale, 'certificate:cardPrompt'));
    expect(read(turn).indexOf('300')).toBeGreaterThanOrEqual(0);
    expect(prompt).toBeGreaterThan(read(turn).indexOf('300'));
    expect(read(turn).indexOf(openingOf(locale, 'certificate:cardPrompt'), prompt + 1)).toBe(-1);
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
  });

  it.each<[Locale, string]>([
    ['ja', 'ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ ﾓｯﾃﾅｲ'],
    ['ja-easy', 'マイナンバーカード ない'],
    ['en', "I don't have マイナンバーカード yet"],
    ['tl', 'wala akong My Number card'],
    ['vi', 'Tôi không có thẻ My Number'],
    ['zh-Hans', '我没有个人编号卡'],
  ])('%s: "%s" → the way without the card (the window), as the "no" button', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    const turn = await h.say(text);
    const byButton = createHarness({ now: NOW, locale });
    await byButton.say('menu:certificate');
    await byButton.say('opt:juminhyo');
    const no = await byButton.say('opt:no');
    expect(read(turn)).toBe(read(no));
    // Easy Japanese's strings carry {漢字|reading} markup; the reply shows the text without it.
    const opening = (key: string) => openingOf(locale, key).replace(/\{([^|}]+)\|[^}]+\}/gu, '$1');
    expect(read(turn)).toContain(opening('certificate:window'));
    expect(read(turn)).not.toContain(opening('multicultural:myNumber'));
  });
});

describe('a question no answer holds, typed at the My Number card question', () => {
  it('zh-Hant: "幾點到幾點？" → the card question again, then "yes" still answers it', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hant' });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    const again = await h.say('幾點到幾點？');
    expect(read(again)).toContain(openingOf('zh-Hant', 'certificate:cardPrompt'));
    expect(read(again)).not.toContain(openingOf('zh-Hant', 'fallback'));
    const answer = await h.say('opt:yes');
    expect(read(answer)).toContain(openingOf('zh-Hant', 'certificate:konbini'));
  });
});

// R8-04: "a stranger keeps following me" in easy Japanese got the scam and contract menu, with
// no word of 110. Being followed is the crime-victim path, whose first words say: in danger now,
// call 110 (or the emergency block, where the detector hears a present danger).
describe('someone following the resident', () => {
  it.each<[Locale, string]>([
    ['ja-easy', 'しらない ひとが ずっと あとを ついてきます'],
    ['en', 'someone is following me'],
    ['tl', 'may sumusunod sa akin gabi-gabi'],
    ['es', 'un hombre me está siguiendo'],
  ])('%s: "%s" → the victim path or the emergency block, with 110', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(['victim', 'emergency']).toContain(turn.topic);
    expect(read(turn)).toContain('110');
    expect(read(turn)).not.toContain(openingOf(locale, 'consumer:intro').slice(0, 12));
  });
});

// R8-24: ありがとう さようなら got "I did not understand" with the bureau's card; ありがとう alone
// and さようなら alone were understood. Thanks and a goodbye together end the conversation kindly.
describe('thanks and goodbye together', () => {
  it.each<[Locale, string]>([
    ['ja', 'ありがとう さようなら'],
    ['en', 'thanks, goodbye'],
    ['vi', 'cảm ơn tạm biệt'],
  ])('%s: "%s" → the goodbye, not "I did not understand"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'stopped'));
    expect(read(turn)).not.toContain(openingOf(locale, 'fallback'));
    expect(turn.contacts).toEqual([]);
  });
});

// R8-07: "someone keeps calling me saying I owe money for a website … they will sue me" (架空請求)
// got the consumer menu again and again, and beside a lost residence card it was dropped. A
// demand to pay or be sued is the "don't send money, talk to the consumer centre" answer.
describe('pay or be sued (架空請求)', () => {
  it.each<[Locale, string]>([
    ['ja', 'お金を払えと言われました。裁判になると'],
    ['en', 'they said they will sue me tomorrow'],
  ])('%s: "%s" → the answer to a demand for money, not the menu', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.transferAdvice'));
    expect(read(turn)).not.toContain(openingOf(locale, 'consumer:intro'));
  });

  it('en: with a lost residence card in the same message, both are offered', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say(
      'I lost my residence card and also someone keeps calling me saying I owe money for a website',
    );
    expect(read(turn)).toContain(openingOf('en', 'consumer:scam.transferAdvice'));
    expect(turn.values).toContain('menu:multicultural');
  });
});
