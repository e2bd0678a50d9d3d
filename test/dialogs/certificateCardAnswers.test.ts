import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, says, saysNot } from './util';

// A blind probe of long conversations: the My Number card question came again and again. Typed in
// keigo at the question (いいえ、持っておりません); "I don't know the PIN" in hiragana after the
// convenience store's answer; "what hours?" after an answer. "Can my mother get it for me?" went to
// job support (the mothers' corner), "can my wife go instead?" to "talk to a person"'s list. And a
// bill quoted at the consumer menu (「未払い料金があります」) got "whether it costs is not on record".

const start = (locale: Locale) => createHarness({ now: NOW, locale });

describe("the card question answered in the resident's words", () => {
  // The second was read already (control).
  it.each<[string]>([['いいえ、持っておりません'], ['いいえ、カードはないです']])(
    'ja: "%s" at the card question → the window, not the question again',
    async (answer) => {
      const h = start('ja');
      says(await h.say('住民票の写しを取得したいのですが'), 'ja', 'certificate:cardPrompt');
      const turn = await h.say(answer);
      says(turn, 'ja', 'certificate:window');
      saysNot(turn, 'ja', 'certificate:cardPrompt');
    },
  );

  it('ja: after the convenience store\'s answer, "あんしょうばんごうわかりません" → the window', async () => {
    const h = start('ja');
    await h.say('じゅうみんひょうがほしいんですけどこんびにでとれますか');
    says(await h.say('かーどはもってます'), 'ja', 'certificate:konbini');
    const turn = await h.say('あんしょうばんごうわかりません');
    says(turn, 'ja', 'certificate:window');
    saysNot(turn, 'ja', 'certificate:cardPrompt');
    saysNot(turn, 'ja', 'certificate:konbini');
  });

  it('en: "what hours?" after the convenience store\'s answer → hours, not the card question', async () => {
    const h = start('en');
    await h.say('I need a residence certificate (juminhyo)');
    says(await h.say('yes'), 'en', 'certificate:konbini');
    const turn = await h.say('what hours?');
    saysNot(turn, 'en', 'certificate:cardPrompt');
    expect(turn.text).toContain('6:30');
  });
});

describe("someone else going instead, after a certificate's answer", () => {
  it('en: "can my mother get it for me?", "can my wife go instead?" → what a proxy needs', async () => {
    const h = start('en');
    await h.say('how do I get a juminhyo?');
    says(await h.say('no'), 'en', 'certificate:window');
    for (const question of ['can my mother get it for me?', 'can my wife go instead?']) {
      const turn = await h.say(question);
      says(turn, 'en', 'certificate:proxy');
      expect(turn.topic).toBe('certificate');
      expect(contactIds(turn)).toEqual(['wardSupport']);
    }
  });
});

describe('a bill quoted at the consumer menu', () => {
  it('ja: 「未払い料金があります」って書いてある → no "whether it costs" line', async () => {
    const h = start('ja');
    says(await h.say('最近変なメールが来るんです'), 'ja', 'consumer:intro');
    const turn = await h.say('「未払い料金があります」って書いてある');
    saysNot(turn, 'ja', 'multicultural:feeUnknown');
    expect(turn.topic).toBe('consumer');
  });
});
