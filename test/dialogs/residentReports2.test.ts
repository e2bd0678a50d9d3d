import { createHarness } from '../helpers/harness';
import type { TestLocale } from './util';
import { expectNotSays, expectSays, openingOf, start } from './util';

// Found by a helper typing as residents do (second round): a door-to-door sale told "mail order has
// no cooling-off" because the message said 解約 (cancel), and きのうの きのう read as yesterday, which
// moves the last day to cancel one day too late.

describe('"cancel" after a door-to-door or phone sale is never told there is no cooling-off', () => {
  it.each<[TestLocale, string]>([
    ['ja-easy', 'いえに きた ひとから ふとんを かった。かいやく したい'],
    ['ja', '家に来た業者から浄水器を買ったけど解約したい'],
    ['en', "a salesman came to my house and I signed, but I can't cancel?"],
  ])('%s: "%s" asks about the sale, not "mail order has no cooling-off"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('consumer');
    expectNotSays(turn, locale, 'consumer:coolingOff.none');
    expectNotSays(turn, locale, 'consumer:scam.subscriptionAdvice');
  });

  it.each<[string, string]>([
    ['zh-Hant', '上門推銷買了淨水器，想解約'],
    ['zh-Hans', '上门推销买了净水器，想取消合同'],
    ['ko', '방문판매로 정수기를 샀어요 계약 해지하고 싶어요'],
    ['es', 'vino un vendedor a domicilio y quiero cancelar el contrato'],
  ])('%s: "%s" goes to the contract date of a door-to-door sale', async (locale, text) => {
    const turn = await createHarness({ now: '2026-11-24T10:00:00+09:00', locale }).say(text);
    expect(turn.topic).toBe('consumer');
    expect(turn.text).not.toContain(openingOf(locale, 'consumer:coolingOff.none'));
    expect(turn.text).not.toContain(openingOf(locale, 'consumer:scam.subscriptionAdvice'));
    expect(turn.text).toContain(openingOf(locale, 'consumer:coolingOff.datePrompt'));
  });

  it.each<[TestLocale, string]>([
    ['ja', 'サブスクを解約したい'],
    ['ja', '定期購入を解約したい'],
    ['en', 'I want to cancel the subscription'],
  ])('%s: "%s" (mail order) still hears that there is no cooling-off', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.text).toMatch(
      /クーリング・オフはありません|クーリング・オフは ありません|has no cooling-off/u,
    );
  });
});

describe('a day counted from another at the cooling-off date question', () => {
  it('きのうの きのう is the day before yesterday: the last day is one day earlier than for きのう', async () => {
    // Today is Tuesday 24 November 2026: papers received on Sunday the 22nd, 8 days → Sunday the 29th.
    const h = start('ja');
    await h.say('クーリングオフ');
    await h.say('opt:doorToDoor');
    const turn = await h.say('きのうの きのう');
    expect(turn.text).toContain('2026年11月22日');
    expect(turn.text).toContain('2026年11月29日');
    expectNotSays(turn, 'ja', 'consumer:coolingOff.dateRetry');
  });

  it('昨日の前の日に in a sentence is asked again, not read as yesterday', async () => {
    const h = start('ja');
    await h.say('クーリングオフ');
    await h.say('opt:doorToDoor');
    const turn = await h.say('昨日の前の日に書面をもらいました');
    expectSays(turn, 'ja', 'consumer:coolingOff.dateRetry');
    expect(turn.text).not.toContain('2026年11月23日');
  });
});

describe('"last Friday" at the cooling-off date question in the residents’ languages', () => {
  it.each<[string, string]>([
    ['vi', 'thứ sáu tuần trước'],
    ['id', 'Jumat minggu lalu'],
    ['zh-Hans', '上周五'],
    ['ko', '지난주 금요일'],
  ])(
    '%s: "%s" is 20 November (Tuesday the 24th today), not the crime-victim screen',
    async (locale, text) => {
      const h = createHarness({ now: '2026-11-24T10:00:00+09:00', locale });
      await h.say('クーリングオフ');
      await h.say('opt:doorToDoor');
      const turn = await h.say(text);
      expect(turn.text).toContain(openingOf(locale, 'consumer:coolingOff.understood'));
      expect(turn.text).not.toContain(openingOf(locale, 'victim:intro'));
      expect(turn.text).not.toContain(openingOf(locale, 'consumer:coolingOff.dateRetry'));
      // The understood date and the last day (27 November) are both named.
      expect(turn.text).toMatch(/20/u);
      expect(turn.text).toMatch(/27/u);
    },
  );
});

describe('the 119 card links the fire department page in a language the resident reads', () => {
  const EASY_JAPANESE_PAGE = /\/enjoy\/y_ja\//u;
  const ENGLISH_PAGE = /\/enjoy\/en\//u;

  it.each<[string, string, RegExp]>([
    ['ja', '火事です', EASY_JAPANESE_PAGE],
    ['ja-easy', 'かじ です', EASY_JAPANESE_PAGE],
    ['en', 'fire! my house is burning', ENGLISH_PAGE],
    ['es', 'socorro, hay un incendio', ENGLISH_PAGE],
    ['vi', 'cháy nhà rồi', ENGLISH_PAGE],
  ])('%s: "%s"', async (locale, text, page) => {
    const turn = await createHarness({ now: '2026-11-24T10:00:00+09:00', locale }).say(text);
    const fire = turn.contacts.find((c) => c.id === 'fire119');
    expect(fire?.phone).toBe('119');
    expect(fire?.url).toMatch(page);
  });
});
