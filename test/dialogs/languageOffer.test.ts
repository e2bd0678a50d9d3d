import { expectLocale, filled, plain, start } from './util';

// A phone or page set to one language, a message written in another: the channel's language
// still answers (DESIGN.md), but the resident is told once, in their own words, how to switch.
const VIETNAMESE = 'Tôi muốn hỏi về thẻ cư trú';
const OFFER_VI = plain(filled('vi' as never, 'languageOffer', { language: 'Tiếng Việt' }));

describe('offering the language the resident wrote in', () => {
  it('answers in the channel language, and first says in Vietnamese how to switch', async () => {
    const h = start('ja');
    const turn = await h.say(VIETNAMESE);
    expectLocale({ ...turn, replies: turn.replies.slice(1) }, 'ja');
    expect(turn.replies[0]?.locale).toBe('vi');
    expect(turn.replies[0]?.text).toBe(OFFER_VI);
    expect(OFFER_VI).toContain('Tiếng Việt');
    // The answer's buttons are still on the last message (LINE shows quick replies only there).
    expect(turn.replies[turn.replies.length - 1]?.locale).toBe('ja');
    expect(turn.buttons.length).toBeGreaterThan(0);

    // Writing the name as offered switches the language.
    const switched = await h.say('Tiếng Việt');
    expectLocale(switched, 'vi' as never);
  });

  it.each([
    ['romanized Nepali', 'mero passport harayo k garne', 'ne', 'नेपाली'],
    ['Vietnamese without accents', 'toi muon hoi ve the cu tru', 'vi', 'Tiếng Việt'],
  ])('offers the right language for %s', async (_, text, locale, name) => {
    const h = start('ja');
    const turn = await h.say(text);
    expect(turn.replies[0]?.locale).toBe(locale);
    expect(turn.replies[0]?.text).toBe(plain(filled(locale as never, 'languageOffer', { language: name })));
  });

  it('offers Nepali, not Vietnamese, for a short question in romanized Nepali ("is it open today?")', async () => {
    const h = start('ja');
    const turn = await h.say('aaja khulcha?');
    expect(turn.replies.some((r) => r.locale === 'vi')).toBe(false);
    expect(turn.replies[0]?.locale).toBe('ne');
    expect(turn.replies[0]?.text).toBe(plain(filled('ne' as never, 'languageOffer', { language: 'नेपाली' })));
    expectLocale({ ...turn, replies: turn.replies.slice(1) }, 'ja');
  });

  it('a traditional-Chinese channel is not offered simplified Chinese for a sentence written alike in both', async () => {
    const h = start('zh-Hant' as never);
    const turn = await h.say('我想要住民票');
    expect(turn.replies.every((r) => r.locale === 'zh-Hant')).toBe(true);
  });

  it('offers with a greeting too, and only once', async () => {
    const h = start('ja');
    const hello = await h.say('Xin chào');
    expect(hello.replies[0]?.locale).toBe('vi');
    expect(hello.replies[0]?.text).toBe(OFFER_VI);
    expectLocale({ ...hello, replies: hello.replies.slice(1) }, 'ja');
    const next = await h.say(VIETNAMESE);
    expect(next.text).not.toContain(OFFER_VI);
  });

  it('in an emergency, gives the alert in the resident language first, then the usual one', async () => {
    const h = start('ja');
    const turn = await h.say('Socorro, meu filho não respira');
    const first = turn.replies[0]!;
    expect(first.locale).toBe('pt-BR');
    expect(first.text).toContain(
      filled('pt-BR' as never, 'emergency:alert', { 'phone.police110': '110', 'phone.fire119': '119' }),
    );
    expect(first.text).toContain(plain(filled('pt-BR' as never, 'languageOffer', { language: 'Português' })));
    // The usual alert with its contact cards follows in the channel's language.
    expect(turn.topic).toBe('emergency');
    expect(turn.replies.slice(1).every((r) => r.locale === 'ja')).toBe(true);
    expect(turn.text).toContain(
      filled('ja', 'emergency:alert', { 'phone.police110': '110', 'phone.fire119': '119' }),
    );
  });

  it('says nothing more when the resident asks for the language itself', async () => {
    const h = start('ja');
    const turn = await h.say('Tiếng Việt');
    expect(turn.text).not.toContain(OFFER_VI);
    expectLocale(turn, 'vi' as never);
  });

  it('offers once per conversation', async () => {
    const h = start('ja');
    await h.say(VIETNAMESE);
    const again = await h.say('Tôi muốn hỏi về bảo hiểm y tế');
    expect(again.text).not.toContain(OFFER_VI);
    expectLocale(again, 'ja');
  });

  it.each([
    ['ja', 'コンビニで住民票を取りたい'],
    ['ja', 'こんびにで じゅうみんひょう ほしい'],
    ['ja-easy', '住民票がほしいです'],
    ['en', 'How do I get a residence certificate?'],
  ] as const)('says nothing more when the channel is %s and the message is "%s"', async (locale, text) => {
    const h = start(locale);
    const turn = await h.say(text);
    // Every reply in the channel's language: no offer in another one.
    expectLocale(turn, locale);
    expect(turn.replies.length).toBeGreaterThan(0);
  });

  it('says nothing once the resident has chosen a language', async () => {
    const h = start('ja');
    await h.say('English');
    const turn = await h.say(VIETNAMESE);
    expectLocale(turn, 'en');
    expect(turn.text).not.toContain(OFFER_VI);
  });
});
