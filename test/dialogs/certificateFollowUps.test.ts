import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Multi-turn probes: かーどは もってません (カードは持ってません in other kana) at "do you have the My
// Number card?" got the question again.

const start = (locale: Locale) => createHarness({ now: NOW, locale });

describe('"I have no card" in other kana at the card question', () => {
  it.each(['かーどは もってません', 'カードもってへん', 'かーど もってない'])(
    'ja: "%s" → the answer without the card (it got the question again)',
    async (words) => {
      const h = start('ja');
      await h.say('住民票がほしい');
      const turn = await h.say(words);
      expect(read(turn)).toContain(openingOf('ja', 'certificate:getCard'));
      expect(read(turn)).not.toContain(openingOf('ja', 'certificate:cardPrompt'));
      expect(contactIds(turn)).toEqual(['requestBox', 'wardSupport']);
    },
  );

  it('vi: "có thể …?" (can I …?) at the card question is a question, not "yes" (có)', async () => {
    const h = start('vi');
    await h.say('tôi cần juminhyo');
    const turn = await h.say('có thể lấy vào thứ bảy không?');
    expect(read(turn)).toContain(openingOf('vi', 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf('vi', 'certificate:konbini'));
  });
});
