import { createHarness } from '../helpers/harness';
import { contactIds, FEEDBACK_CODES, NOW, says, saysNot } from './util';

// Right after the scam advice, a message that is only when it happened (きのうのよる, "last night",
// 3日前, 어제 밤에, hôm qua) got the whole long advice again (a short message no rule routes
// elsewhere is more of the story); 3일 전 even got "talk to a person". Now a short thanks and the
// one thing to do if money or a card has gone, and "was this helpful?" again.
const SON = {
  ja: '息子を名乗る人からお金を振り込んでと電話があった',
  en: 'my son called and asked me to send money urgently',
  ko: '아들이라고 하면서 돈을 보내 달라는 전화가 왔어요',
  vi: 'có người gọi điện tự xưng là cảnh sát và hỏi mã PIN thẻ ngân hàng',
  es: 'me llamó alguien diciendo que era mi hijo y me pidió que le enviara dinero',
} as const;
const ADVICE = {
  ja: 'consumer:scam.transferAdvice',
  en: 'consumer:scam.transferAdvice',
  ko: 'consumer:scam.transferAdvice',
  vi: 'consumer:scam.policeAdvice',
  es: 'consumer:scam.transferAdvice',
} as const;

describe('a time alone right after the scam advice → a short thanks, not the advice again', () => {
  it.each<[keyof typeof SON, string]>([
    ['ja', 'きのうのよる'],
    ['ja', '昨日の夜'],
    ['ja', '3日前'],
    ['ja', 'おとといの夕方です'],
    ['en', 'last night'],
    ['en', 'this morning'],
    ['en', '3 days ago'],
    ['ko', '어제 밤에'],
    ['ko', '3일 전'],
    ['vi', 'hôm qua'],
    ['vi', 'tối qua'],
    ['es', 'anoche'],
  ])('%s: "%s"', async (locale, when) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(SON[locale]), locale, ADVICE[locale]);
    const turn = await h.say(when);
    expect(turn.topic).toBe('consumer');
    says(turn, locale, 'consumer:scam.storyTime');
    saysNot(turn, locale, ADVICE[locale]);
    expect(turn.text).toContain('110');
    expect(contactIds(turn)).toEqual([]);
    expect(turn.values).toEqual(FEEDBACK_CODES);
  });

  it('ja: more of the story with a time in it still gets the advice to stop', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say(SON.ja), 'ja', ADVICE.ja);
    const turn = await h.say('昨日の夜、銀行に行きました');
    saysNot(turn, 'ja', 'consumer:scam.storyTime');
  });

  it.each<[keyof typeof SON]>([['ja'], ['en']])(
    '%s: a new scam story as a first message still gets the advice',
    async (locale) => {
      const turn = await createHarness({ now: NOW, locale }).say(SON[locale]);
      says(turn, locale, ADVICE[locale]);
      saysNot(turn, locale, 'consumer:scam.storyTime');
      expect(contactIds(turn)).toContain('police110');
    },
  );

  it('en: "tomorrow" alone is no past time: not the thanks', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    says(await h.say(SON.en), 'en', ADVICE.en);
    saysNot(await h.say('tomorrow'), 'en', 'consumer:scam.storyTime');
  });
});
