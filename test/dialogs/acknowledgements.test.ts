import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, says, saysNot } from './util';

// Right after the scam advice, any short message no rule routes elsewhere gets that advice again
// (a story told over several messages: どないしよ, "I'm going to the bank now"). "わかりました",
// "got it" there are no more story: they acknowledge the answer, as "thank you" does.
describe('"understood" after an answer', () => {
  it.each<[Locale, string, string, string]>([
    [
      'ja',
      '息子を名乗る人からお金を振り込んでと電話があった',
      'わかりました',
      'consumer:scam.transferAdvice',
    ],
    ['en', 'my son called and asked me to send money urgently', 'got it', 'consumer:scam.transferAdvice'],
    ['ko', '아들이라고 하면서 돈을 보내 달라는 전화가 왔어요', '알겠습니다', 'consumer:scam.transferAdvice'],
  ])('%s: (%s) "%s" → thanks for the answer, not the advice again', async (locale, story, ack, advice) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(story), locale, advice);
    const turn = await h.say(ack);
    saysNot(turn, locale, advice);
    says(turn, locale, 'feedback.thanks');
  });
});
