import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, read, says, saysNot } from './util';

// A blind probe (round 10): "on Saturday?" typed at the My Number card question got the weekend
// answer and the conversation ended there — the card question's buttons still on the screen, and
// the "いいえ" that followed was taken as "not helpful" (カードないわ: the foreign-residents menu).
// "What do I bring?" was never answered: at the card question the card question again or the
// foreign-residents menu, after the window's answer the whole answer again. A first message that
// names a certificate and asks about Saturday got the card question alone.

const start = (locale: Locale) => createHarness({ now: NOW, locale });
const CARD_BUTTONS = ['opt:yes', 'opt:no', 'opt:notSure'];

describe('at the card question: the answer, then the card question again', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', '住民票ほしい', '土曜もやってる？', 'いいえ'],
    ['zh-Hans', '我想开住民票', '周六可以吗？', '没有卡'],
    ['en', 'I need a residence certificate', 'are you open on saturday?', 'no'],
  ])(
    '%s: "%s", "%s" → the weekend counters; then "%s" answers the card question',
    async (locale, want, saturday, no) => {
      const h = start(locale);
      const card = await h.say(want);
      expect(card.values).toEqual(CARD_BUTTONS);
      const weekend = await h.say(saturday);
      says(weekend, locale, 'certificate:weekend');
      expect(weekend.values).toEqual(CARD_BUTTONS);
      const answer = await h.say(no);
      says(answer, locale, 'certificate:window');
      expect(answer.topic).not.toBe('multicultural');
    },
  );

  it.each<[Locale, string, string]>([
    ['ja', '住民票がほしいです', '何を持っていけばいいですか'],
    ['en', 'hi um i want to get my koseki copy how do i do that', 'what do i need to bring'],
    ['ko', '주민표가 필요해요', '뭘 가져가야 해요?'],
  ])(
    '%s: "%s", "%s" → what to bring is not on record, the card question again',
    async (locale, want, bring) => {
      const h = start(locale);
      await h.say(want);
      const turn = await h.say(bring);
      says(turn, locale, 'multicultural:bringUnknown');
      says(turn, locale, 'certificate:wardKonbini');
      expect(read(turn)).toContain('0000201856');
      expect(turn.values).toEqual(CARD_BUTTONS);
      saysNot(turn, locale, 'multicultural:intro');
    },
  );
});

describe('"what do I bring?" right after the window answer', () => {
  it.each<[Locale, string, string, string]>([
    ['ja', '戸籍謄本がほしい', 'カードない', '何持っていったらええの？'],
    ['en', 'residence certificate please', 'no', 'what do i need to bring'],
  ])(
    '%s: "%s", "%s", "%s" → not on record, the page; not the whole answer again',
    async (locale, want, no, bring) => {
      const h = start(locale);
      await h.say(want);
      says(await h.say(no), locale, 'certificate:window');
      const turn = await h.say(bring);
      expect(turn.topic).toBe('certificate');
      says(turn, locale, 'multicultural:bringUnknown');
      saysNot(turn, locale, 'certificate:window');
    },
  );

  it('control, ja: for a mother, "what do I bring?" → what a proxy needs, not "not on record"', async () => {
    const h = start('ja');
    await h.say('母の住民票がほしい');
    const turn = await h.say('何を持っていけばいい？');
    says(turn, 'ja', 'certificate:proxy');
    saysNot(turn, 'ja', 'multicultural:bringUnknown');
  });
});

describe('a first message naming a certificate and asking about Saturday: that, then the card question', () => {
  it.each<[Locale, string]>([
    ['ja', '住民票は土曜日ももらえますか'],
    ['ja-easy', 'じゅうみんひょう は どようび も もらえますか'],
  ])('%s: "%s"', async (locale, text) => {
    const turn = await start(locale).say(text);
    says(turn, locale, 'certificate:weekend');
    expect(turn.values).toEqual(CARD_BUTTONS);
  });
});

describe('at "which certificate?"', () => {
  it('ja: "what do I bring?" → not on record, then the question once more', async () => {
    const h = start('ja');
    await h.say('証明書がほしい');
    const turn = await h.say('何を持っていけばいい？');
    says(turn, 'ja', 'multicultural:bringUnknown');
    says(turn, 'ja', 'certificate:whichPrompt');
  });
});
