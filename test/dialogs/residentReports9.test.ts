import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Typing round 8, R8-03: 困っています got the job centre's answer, 手続きのことです the crime-victim
// path, "I need help" the victim path too: the example model guessed a service from two words.
// A request for help that names no service now gets "what is it about?" with the menu, examples,
// and the emergency numbers.
describe('a request for help that names no service', () => {
  it.each<[Locale, string]>([
    ['ja', '困っています'],
    ['ja', '手続きのことです'],
    ['ja', 'すみません、相談したいです'],
    ['ja-easy', 'こまって います'],
    ['en', 'I need help'],
    ['en', 'hi, I have a question'],
    ['zh-Hans', '我想咨询'],
    ['ko', '상담하고 싶어요'],
    ['es', 'necesito ayuda'],
    ['pt-BR', 'preciso de ajuda'],
    ['vi', 'Tôi cần tư vấn'],
    ['th', 'มีปัญหาครับ'],
  ])('%s: "%s" → what is it about, the menu, 110 and 119', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBeNull();
    expect(read(turn)).toContain(openingOf(locale, 'tellMore'));
    expect(read(turn)).toMatch(/110/u);
    expect(read(turn)).toMatch(/119/u);
    expect(read(turn)).toContain(openingOf(locale, 'menuPrompt'));
    for (const other of ['jobs:intro', 'victim:intro', 'multicultural:intro', 'handoff:intro'])
      expect(read(turn)).not.toContain(openingOf(locale, other));
  });

  it('ja: a request that names its service is answered, not asked about', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('詐欺の電話で困っています');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).not.toContain(openingOf('ja', 'tellMore'));
  });
});

// R8-06: 시의 상담 창구, the "city desk" button retyped with a particle, got the foreign-residents
// menu; in easy Japanese しの そうだん まどぐち (the button's reading) got the menu again. A label
// retyped give or take a particle, or in its reading, is that button.
describe("a victim-path button retyped in the resident's own words", () => {
  it.each<[Locale, string, string]>([
    ['ko', '시의 상담 창구', 'victim:cityDesk'],
    ['ja-easy', 'しの そうだん まどぐち', 'victim:cityDesk'],
    ['ja', '支援センターは', 'victim:centre'],
    ['en', 'the support centre', 'victim:centre'],
  ])('%s: "%s" at the menu → that desk', async (locale, text, key) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:victim');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, key));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:intro'));
  });

  // The ends of R8-06: asked in words, on the path or to open it.
  it("ja: 支援センターの電話番号は？ on the path → the centre's card alone", async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:victim');
    await h.say('opt:cityDesk');
    const turn = await h.say('支援センターの電話番号は？');
    expect(read(turn)).toContain(openingOf('ja', 'victim:centre'));
    expect(contactIds(turn)).toEqual(['advocacyCentre']);
  });

  it('en: "is the support centre open now?" as a first message → the centre, after the opening words', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say('is the support centre open now?');
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf('en', 'victim:intro'));
    expect(read(turn)).toContain(openingOf('en', 'victim:centre'));
    expect(contactIds(turn)).toEqual(['advocacyCentre']);
  });

  it('ja: 警察には話したくない still gets "you need not decide", not the police desk it names', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:victim');
    const turn = await h.say('警察に相談したくない');
    expect(read(turn)).toContain(openingOf('ja', 'victim:noPolice'));
    expect(read(turn)).not.toContain(openingOf('ja', 'victim:police'));
  });
});

// R8-05: right after the emergency answer, "what do I say on the phone?" opened the crime-victim
// path (the example model read a stolen phone). Words the router only guesses at, right after the
// alert, get the alert again: the numbers and "say where you are". A sure question is answered.
describe('right after the emergency answer', () => {
  it.each<[Locale, string, string]>([
    ['en', 'my neighbor collapsed and is not breathing', 'what do I say on the phone?'],
    ['ja', '火事です', '何を言えばいいですか'],
  ])('%s: "%s", then "%s" → the numbers and how to call again', async (locale, alarm, text) => {
    const h = createHarness({ now: NOW, locale });
    const first = await h.say(alarm);
    expect(first.topic).toBe('emergency');
    const turn = await h.say(text);
    expect(turn.topic).toBe('emergency');
    expect(read(turn)).toContain(openingOf(locale, 'emergency:alert'));
    expect(contactIds(turn)).toEqual(['police110', 'fire119', 'kyukyu7119']);
    expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
  });

  it("en: outside Japanese the repeat names the fire department's interpretation", async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('my neighbor collapsed and is not breathing');
    const turn = await h.say('what do I say on the phone?');
    expect(read(turn)).toContain(openingOf('en', 'emergency:interpretation'));
  });

  it('ja: a sure question right after the alert is answered, and only one repeat comes', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('火事です');
    const sure = await h.say('住民票がほしい');
    expect(sure.topic).toBe('certificate');
    expect(read(sure)).not.toContain(openingOf('ja', 'emergency:alert'));
    const h2 = createHarness({ now: NOW, locale: 'ja' });
    await h2.say('火事です');
    await h2.say('何を言えばいいですか');
    // The alert is not repeated for every unclear line after it.
    const third = await h2.say('何を言えばいいですか');
    expect(third.topic).not.toBe('emergency');
  });

  it.each<[Locale, string, string]>([
    ['ja', '人に殴られました', '支援はありますか'],
    ['en', 'I was attacked by a man', 'what help can I get?'],
  ])(
    '%s: after "%s", "%s" opens the victim path the alert pointed to, with no second alert',
    async (locale, alarm, text) => {
      const h = createHarness({ now: NOW, locale });
      const first = await h.say(alarm);
      expect(first.topic).toBe('emergency');
      const turn = await h.say(text);
      expect(turn.topic).toBe('victim');
      expect(read(turn)).toContain(openingOf(locale, 'victim:intro'));
      expect(read(turn)).not.toContain(openingOf(locale, 'emergency:alert'));
    },
  );
});

// R8-09: "is it open on Saturday?", "until what time?" about the consumer desks got the cards or
// the menu again, and the 188 card said only "see the page" on a weekday though its weekend hours
// are on record. Each card now states the hours on record, whatever the time.
describe('contact cards state the hours on record', () => {
  it('en, on a Tuesday: 188 shows its known weekend hours, the centre its weekdays', async () => {
    const h = createHarness({ now: '2026-12-01T09:25:00+09:00', locale: 'en' });
    await h.say('menu:consumer');
    const consult = await h.say('opt:consult');
    const hotline = consult.contacts.find((c) => c.id === 'hotline188');
    expect(hotline?.schedule).toBe(
      'Known hours: Sat, Sun, public holidays 10:00–16:00 (not at the year-end). For other times, please check the official page.',
    );
    await h.say('menu:victim');
    const centre = (await h.say('opt:centre')).contacts.find((c) => c.id === 'advocacyCentre');
    expect(centre?.schedule).toBe(
      'Hours: Weekdays 10:00–16:00 (not on public holidays, not at the year-end).',
    );
  });

  it('ja: the after-hours box shows every opening, weekdays as a range; 110 shows none', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('区役所はどこ？');
    const box = turn.contacts.find((c) => c.id === 'requestBox');
    expect(box?.schedule).toBe(
      '受付時間：月～木 17:30～21:00、金 19:00～21:00、土日・祝日 09:00～21:00（年末年始は公式ページで確認）。',
    );
    const window = turn.contacts.find((c) => c.id === 'wardWindow');
    expect(window?.schedule).toContain('第4日曜日 09:00～17:30（一部の手続き）');
    const alarm = await h.say('火事です');
    expect(alarm.contacts.find((c) => c.id === 'police110')?.schedule).toBeUndefined();
  });

  it('ja: 土日もやってますか after the consumer desks → the cards again, with 188 on weekends', async () => {
    const h = createHarness({ now: '2026-12-01T09:25:00+09:00', locale: 'ja' });
    await h.say('menu:consumer');
    await h.say('opt:consult');
    const turn = await h.say('土日もやってますか');
    expect(turn.contacts.find((c) => c.id === 'hotline188')?.schedule).toContain('土日・祝日 10:00～16:00');
  });
});

// Typing round 9 (a blind helper, 48 conversations): the severe findings with one clear cause.
describe('typing round 9', () => {
  // R9-01, R9-02: a pushy seller back at the door, and a man following every day, in the words an
  // elderly resident types, got the job centre and the contract menu. Both are the alert now; a
  // parcel at the door and a child tagging along are not.
  it.each<[Locale, string]>([
    ['ja', 'いままたドアの前にきてる 怖い'],
    ['ja-easy', 'しらない おとこの ひとが まいにち ついてくる'],
    ['ja', '知らない男の人が毎日ついてくる'],
  ])('%s: "%s" → the emergency answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('emergency');
    expect(contactIds(turn)).toContain('police110');
  });

  it.each(['宅配の人がドアの前に来てる', '子どもが毎日ついてくる'])('ja: "%s" is no alarm', async (text) => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say(text);
    expect(turn.topic).not.toBe('emergency');
  });

  // R9-04: "I gave my card to a man who said he was from the bank", in hiragana with spaces, got
  // the consumer menu and then "I did not understand".
  it('ja-easy: a card handed to a fake bank clerk → the police-never-ask answer with 110', async () => {
    const h = createHarness({ now: NOW, locale: 'ja-easy' });
    const turn = await h.say('ぎんこうの ひと だと いった ひとに カード わたした');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf('ja-easy', 'consumer:scam.policeAdvice'));
    expect(contactIds(turn)[0]).toBe('police110');
  });

  // R9-05: the whole refund-scam story in Chinese got the menu twice; its short form was answered.
  it('zh-Hans: the refund-scam story → "never go to the ATM"', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hans' });
    const turn = await h.say('刚才区役所打电话来说医疗费可以退钱，让我现在去ATM操作');
    expect(read(turn)).toContain(openingOf('zh-Hans', 'consumer:scam.refundAdvice'));
  });

  // R9-06: 相談窓口, the consumer menu's own button, typed at its "which kind of sale?" question
  // was read as the crime-victim desk; then "188って無料？" got "the support centre is free".
  it('ja: 相談窓口 typed at the sale-type question → the consumer desks, and 188 stays 188', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('クーリングオフできる？');
    const desks = await h.say('相談窓口');
    expect(read(desks)).toContain(openingOf('ja', 'consumer:consult'));
    expect(read(desks)).not.toContain(openingOf('ja', 'victim:intro'));
    expect(contactIds(desks)).toEqual(['consumerCentre', 'hotline188']);
    const v = createHarness({ now: NOW, locale: 'ja' });
    await v.say('menu:victim');
    await v.say('opt:centre');
    const free = await v.say('188って無料？');
    expect(read(free)).not.toContain(openingOf('ja', 'victim:free'));
    expect(contactIds(free)).toContain('hotline188');
  });

  // R9-17: 어떤 지원이 있나요 for the button 어떤 지원이 있는지 repeated the opening words.
  it('ko: a button label with its ending changed is that button', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    await h.say('menu:victim');
    const turn = await h.say('어떤 지원이 있나요');
    expect(read(turn)).toContain(openingOf('ko', 'victim:support'));
  });

  // R9-21: more vague openings, and greetings with a polite ending.
  it.each<[Locale, string, string]>([
    ['ja', 'こまってるんやけど', 'tellMore'],
    ['ja', 'ちょっと聞いてもいい？', 'tellMore'],
    ['id', 'permisi mau tanya', 'tellMore'],
    ['th', 'สวัสดีค่ะ', 'greeting'],
  ])('%s: "%s" → %s, not a guessed service', async (locale, text, key) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBeNull();
    expect(read(turn)).toContain(openingOf(locale, key));
  });
});

// R9-10: the card question answered in words that name the card (マイナカードは持ってる, "yes i have
// my number card and pin") was read as a question about the card, and the convenience-store answer
// never came; "I have the card but not the PIN" got "which certificate?"; 有没有会说中文的人 ("is
// anyone here who speaks Chinese?") was read as "I have none" (没有).
describe('the My Number card question answered in words', () => {
  it.each<[Locale, string]>([
    ['ja', 'マイナカードは持ってる'],
    ['en', 'yes i have my number card and pin'],
    ['vi', 'có ạ, em có thẻ my number và nhớ mật khẩu'],
  ])('%s: "%s" → the convenience store', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'certificate:konbini'));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumber'));
  });

  it('ko: the card but not its PIN → the ward office window, not "which certificate?"', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    const turn = await h.say('마이넘버카드는 있는데 비밀번호를 몰라요');
    expect(read(turn)).toContain(openingOf('ko', 'certificate:window'));
    expect(read(turn)).not.toContain(openingOf('ko', 'certificate:whichPrompt'));
    expect(read(turn)).not.toContain(openingOf('ko', 'certificate:konbini'));
  });

  it('zh-Hans: 有没有会说中文的人 at the card question asks for the desks in Chinese, not "no card"', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hans' });
    await h.say('menu:certificate');
    await h.say('opt:juminhyo');
    const turn = await h.say('有没有会说中文的人');
    expect(read(turn)).not.toContain(openingOf('zh-Hans', 'certificate:getCard'));
    expect(contactIds(turn)).toContain('ihOsaka');
  });
});

// R9-15: "is there someone who speaks my language?" in the resident's words got the foreign
// residents' menu again and again; the answer (International House, OFIX) was one tap away.
describe('"does anyone speak my language?"', () => {
  it.each<[Locale, string]>([
    ['vi', 'có ai nói tiếng việt không ạ'],
    ['tl', 'may tagalog po ba'],
    ['es', 'hablan español en el kuyakusho?'],
    ['id', 'ada yang bisa bahasa indonesia?'],
    ['ko', '한국어 할 수 있는 사람 있어요?'],
  ])('%s: "%s" → ask in my language: International House and OFIX', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'multicultural:consult'));
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});

// R9-03: after the fake-police answer, "he is coming in 20 minutes, what do I do" (without the
// accent of qué) got the foreign residents' menu. "What do I do" words right after an answer are
// about it.
describe('"what do I do now?" right after the fake-police answer', () => {
  it.each<[Locale, string, string]>([
    [
      'es',
      'me pidió mi tarjeta del banco y el pin, y dijo que viene un policía a recogerla',
      'viene en 20 minutos que hago',
    ],
    ['vi', 'có người tự xưng là cảnh sát đòi thẻ ngân hàng của tôi', 'bây giờ phải làm gì'],
  ])('%s: the answer again, with 110', async (locale, story, text) => {
    const h = createHarness({ now: NOW, locale });
    const first = await h.say(story);
    expect(read(first)).toContain(openingOf(locale, 'consumer:scam.policeAdvice'));
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.policeAdvice'));
    expect(contactIds(turn)).toContain('police110');
  });
});

// R9-20: right after the emergency answer, "110した", "the police are coming" got the town-safety
// or consumer menu, read from the word "police". Help is on its way: a calm word and the menu.
describe('help called, right after the emergency answer', () => {
  it.each<[Locale, string, string]>([
    ['ja', '火事です', '119した'],
    ['en', 'a man is outside my door and trying to get in', 'i called the police. theyre coming'],
    ['ja-easy', 'しらない おとこの ひとが まいにち ついてくる', 'けいさつ きた'],
    ['tl', 'may sunog sa building namin', 'nakalabas na kami. ano po gagawin ko ngayon'],
  ])('%s: "%s", then "%s" → you did the right thing, and the menu', async (locale, alarm, text) => {
    const h = createHarness({ now: NOW, locale });
    expect((await h.say(alarm)).topic).toBe('emergency');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'emergency:called'));
    expect(read(turn)).toContain(openingOf(locale, 'menuPrompt'));
    for (const other of ['safety:intro', 'consumer:intro', 'multicultural:intro'])
      expect(read(turn)).not.toContain(openingOf(locale, other));
  });
});

// R9-11: "can I get it at the konbini? until when?" with no certificate named got "which
// certificate?" again and again. What the machines issue and their hours come first now.
describe('the convenience store asked about before a certificate is chosen', () => {
  it('ja: コンビニでとれる？何時まで at "which certificate?" → the machines, their hours, then the question', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:certificate');
    const turn = await h.say('コンビニでとれる？何時まで');
    expect(read(turn)).toContain(openingOf('ja', 'certificate:wardKonbini'));
    expect(read(turn)).toContain('6:30');
    expect(contactIds(turn)).toEqual(['konbiniService']);
    expect(read(turn)).toContain(openingOf('ja', 'certificate:whichPrompt'));
  });

  it('pt-BR: "quanto custa na konbini" → the fees\' page line as well', async () => {
    const h = createHarness({ now: NOW, locale: 'pt-BR' });
    const turn = await h.say('quanto custa na konbini');
    expect(read(turn)).toContain(openingOf('pt-BR', 'certificate:feeOthers'));
    expect(read(turn)).toContain(openingOf('pt-BR', 'certificate:wardKonbini'));
  });
});

// R9-16: a newcomer's first words in Spanish and Nepali got the menu, and "how many days do I have
// to register?" the consumer menu. The English and easy-Japanese lines got the 14-day answer.
describe('moving in, in the words of a newcomer', () => {
  it.each<[Locale, string]>([
    ['es', 'hola acabo de llegar a osaka desde peru que tengo que hacer'],
    ['es', 'cuantos dias tengo para registrarme'],
    ['ne', 'म भर्खर ओसाकामा सरेँ टोक्योबाट'],
  ])('%s: "%s" → the moving-in answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'multicultural:movingIn'));
  });
});

// R9-24, R9-25: a resident asked whether 06-6773-6533 (a number from no official source) is the
// city's multilingual hotline and got the menu, the number left standing; a number sent alone got
// the advice about links. A number the bot does not know is said to be unconfirmed, at once.
describe('a phone number the bot does not know', () => {
  it('tl: "is 06-6773-6533 right?" → not confirmed, do not call back, then the desks in my language', async () => {
    const h = createHarness({ now: NOW, locale: 'tl' });
    const turn = await h.say('may multilingual hotline po ba ang Osaka? yung 06-6773-6533 po ba tama?');
    expect(read(turn)).toContain(openingOf('tl', 'unknownNumber'));
    // The resident's number is not repeated: replies are kept in a hand-off's history as they are.
    expect(read(turn)).not.toContain('6773');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });

  it('ja: a number alone → not confirmed, and the menu (not the advice about links)', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('09012345678');
    expect(read(turn)).toContain(openingOf('ja', 'unknownNumber'));
    expect(read(turn)).toContain(openingOf('ja', 'menuPrompt'));
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:scam.linkAdvice'));
  });

  it('en: a number the bot knows (OFIX, in full-width digits too) is not questioned', async () => {
    for (const text of [
      'is 06-6941-2297 the right number for OFIX?',
      '０６－６６１４－０９９９は消費者センターですか',
    ]) {
      const h = createHarness({ now: NOW, locale: 'en' });
      const turn = await h.say(text);
      expect(read(turn)).not.toContain(openingOf('en', 'unknownNumber'));
    }
  });
});

// R9-13: after "talk to a person" gave the consumer desks, なんじまで やってはるの got the consumer
// menu. It asks about those desks: the list again, with the hours on the cards.
describe('"until when?" right after the contact list', () => {
  it('ja: the consumer desks again, 188 with its known weekend hours', async () => {
    const h = createHarness({ now: '2026-12-01T09:25:00+09:00', locale: 'ja' });
    await h.say('むすこを名乗る電話がきて お金がいるといわれた');
    const list = await h.say('どこに電話すればいいの');
    expect(list.topic).toBe('handoff');
    const turn = await h.say('なんじまで やってはるの');
    expect(turn.topic).toBe('handoff');
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:intro'));
    expect(turn.contacts.find((c) => c.id === 'hotline188')?.schedule).toContain('10:00～16:00');
  });
});
