import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Probes, a resident's first message: 我忘了个人编号卡的密码 ("I forgot my My Number card's PIN",
// the card and the PIN between 忘了 and 密码) got "which certificate?", while 个人编号卡密码忘了 got
// the PIN answer: the PIN words only matched their contiguous forms. The PIN answer is where to
// ask (the ward office, the card's page) and 区政支援室.
describe('a forgotten My Number card PIN, asked first', () => {
  const ROWS: ReadonlyArray<[Locale, string]> = [
    ['zh-Hans', '我忘了个人编号卡的密码'],
    ['zh-Hans', '我忘记了我的个人编号卡密码'],
    ['zh-Hans', '我不记得个人编号卡的密码了'],
    ['zh-Hant', '我忘了個人編號卡的密碼'],
    ['zh-Hant', '個人編號卡的密碼被鎖了'],
    ['ko', '마이넘버카드 비밀번호가 기억이 안 나요'],
    ['vi', 'tôi không nhớ mã PIN thẻ my number'],
  ];

  it.each(ROWS)('%s: "%s" → the PIN answer, not "which certificate?"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'multicultural:myNumberHelp'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  // A caller asking for the card's PIN is a scam, not a forgotten PIN: the advice that no police
  // officer or bank asks for it (R: "which certificate?" in Chinese, the PIN answer in English).
  it.each([
    ['zh-Hans', '有人打电话问我个人编号卡的密码'],
    ['zh-Hant', '有人打電話問我個人編號卡的密碼'],
    ['en', 'someone called and asked for my my number card pin'],
  ] as Array<[Locale, string]>)('%s: "%s" → the scam advice, not the PIN answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.policeAdvice'));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumberHelp'));
  });

  // Controls, which pass without the change too: PIN words about a bank card, or a card left at
  // home, are no forgotten My Number PIN.
  it.each([
    ['ja', '銀行の暗証番号を教えてと言われた'],
    ['zh-Hans', '我忘了银行卡密码'],
    ['zh-Hans', '我忘了带个人编号卡'],
  ] as Array<[Locale, string]>)('%s: "%s" → not the PIN answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumberHelp'));
  });
});
