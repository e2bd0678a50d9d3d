import type { Locale } from '../../knowledge/types';
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

// "本籍が大阪市ではないんですが" at the card question got "I could not read that answer" and the
// question again; as a first message, "I did not understand" (本籍地は東京です: "which certificate?",
// "my registered domicile is not in Osaka": the foreign-residents menu). How to get a family register
// certificate from a domicile outside Osaka City is not on record: said so (it depends on that city
// or town), with the city's certificates page and the ward offices' support line.
describe('a registered domicile (本籍) outside Osaka City', () => {
  it.each<[Locale, string]>([
    ['ja', '本籍が大阪市ではないんですが'],
    ['ja', '本籍地は東京です'],
    ['ja', '戸籍は別の市にあります'],
    ['ja', '戸籍謄本がほしいけど本籍は東京です'],
    ['en', 'My registered domicile is not in Osaka'],
    ['en', 'my koseki is not in Osaka, can I get it here?'],
    ['ko', '본적이 오사카가 아니에요'],
  ])('%s first message: %s → not on record, the page and the desk', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    expect(turn.topic).toBe('certificate');
    says(turn, locale, 'certificate:domicileElsewhere');
    saysNot(turn, locale, 'certificate:cardPrompt');
    expect(turn.text).toContain('0000201856');
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  it.each<[Locale, string, string]>([
    ['ja', '戸籍謄本がほしい', '本籍が大阪市ではないんですが'],
    ['ja', '戸籍謄本がほしい', '本籍地は東京です'],
    ['en', 'I need a family register certificate', 'My registered domicile is not in Osaka'],
  ])(
    '%s at the card question of a 戸籍: %s → %s → that answer, not "could not read"',
    async (locale, ask, text) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(ask), locale, 'certificate:cardPrompt');
      const turn = await h.say(text);
      says(turn, locale, 'certificate:domicileElsewhere');
      saysNot(turn, locale, 'certificate:cardPrompt');
      expect(contactIds(turn)).toEqual(['wardSupport']);
      expect(turn.values).toEqual(FEEDBACK_CODES);
    },
  );

  it('ja at the card question of a 住民票: the line, then the card question again', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    says(await h.say('住民票がほしい'), 'ja', 'certificate:cardPrompt');
    const turn = await h.say('本籍地は東京です');
    says(turn, 'ja', 'certificate:domicileElsewhere');
    says(turn, 'ja', 'certificate:cardPrompt');
    says(await h.say('はい'), 'ja', 'certificate:konbini');
  });

  it.each<[Locale, string]>([
    ['ja', '本籍地の戸籍謄本がほしい'],
    ['ja', '本籍入りの住民票がほしい'],
    ['en', 'I need a family register certificate'],
  ])('%s: %s (本籍 in an ordinary request) → still the card question', async (locale, text) => {
    const turn = await createHarness({ now: NOW, locale }).say(text);
    says(turn, locale, 'certificate:cardPrompt');
    saysNot(turn, locale, 'certificate:domicileElsewhere');
  });

  it('ja: 本籍 elsewhere with a moving-in question is still the moving-in answer', async () => {
    const turn = await createHarness({ now: NOW, locale: 'ja' }).say(
      '本籍が大阪市ではないのですが転入届はどうすればいいですか',
    );
    expect(turn.topic).toBe('multicultural');
    saysNot(turn, 'ja', 'certificate:domicileElsewhere');
  });
});
