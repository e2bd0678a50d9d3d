import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, expectSays, NOW, openingOf, read } from './util';

// Blind probe 11 (long conversations): scams told over several messages. After the fake-police
// advice, "they say they are coming to my house now" got "I did not understand" with no 110. The
// son-impersonation story: "his voice was a bit different, he said he had a cold" got the #7119 and
// #8000 health cards, and "I'm going to the bank now" the consumer menu, with no "stop". Hiragana
// Kansai (むすこのふり…わたしてしもた) got the menu, then "I did not understand". The same call in
// Portuguese or English got only the consumer menu, where Japanese gets the advice at once.

const HEALTH_CARDS = ['kodomo8000', 'kyukyu7119'];

/** A fake police officer's call, then "he is coming (for the card) now", in each language. */
const COMING: ReadonlyArray<[Locale, string, string]> = [
  ['ja', '警察官を名乗る人から電話が来ました', '今から家に来るそうです'],
  ['ja', '警察官を名乗る人から電話が来ました', '今から取りに来るって'],
  ['ja-easy', 'けいさつを なのる ひとから でんわが きました', 'いまから いえに くるそうです'],
  ['en', 'a man pretending to be police called me', "he's on his way"],
  ['en', 'a man pretending to be police called me', 'he is already at the door'],
  ['en', 'a man pretending to be police called me', 'they are coming now'],
  ['zh-Hans', '有人冒充警察打电话给我', '他说马上来我家拿卡'],
  ['zh-Hant', '有人冒充警察打電話給我', '他說馬上來我家拿卡'],
  ['ko', '경찰이라고 전화가 왔어요', '지금 집으로 온대요'],
  ['vi', 'có người giả danh cảnh sát gọi điện cho tôi', 'họ nói đang đến nhà tôi'],
  ['pt-BR', 'um homem fingindo ser policial me ligou', 'ele disse que está vindo aqui agora'],
  ['es', 'me llamó un falso policía', 'dice que viene a mi casa ahora'],
  ['id', 'ada yang mengaku polisi menelepon saya', 'katanya dia mau datang ke rumah sekarang'],
  ['tl', 'may tumawag na nagpapanggap na pulis', 'papunta na siya sa bahay ko'],
  ['ne', 'नक्कली प्रहरीले फोन गर्यो', 'उनी अहिले घरमा आउँदैछन्'],
  ['th', 'มีตำรวจปลอมโทรมา', 'เขาบอกว่ากำลังมาที่บ้าน'],
];

describe('a scam story told over several messages', () => {
  it.each(COMING)('%s: "%s", then "%s" → call 110 now, its card first', async (locale, call, coming) => {
    const h = createHarness({ now: NOW, locale });
    const first = await h.say(call);
    expect(read(first)).toContain(openingOf(locale, 'consumer:scam.policeAdvice'));

    const turn = await h.say(coming);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.callPolice'));
    expect(contactIds(turn)[0]).toBe('police110');
  });

  it('ja: the fake officer and the card, over three messages → the advice twice, then 110 now', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('警察官を名乗る人から電話が来ました');
    const card = await h.say('あなたの口座が犯罪に使われているのでキャッシュカードを預かると言われました');
    expect(read(card)).toContain(openingOf('ja', 'consumer:scam.policeAdvice'));
    const turn = await h.say('今から家に来るそうです');
    expect(read(turn)).toContain(openingOf('ja', 'consumer:scam.callPolice'));
    expect(read(turn)).not.toContain(openingOf('ja', 'fallback'));
    expect(contactIds(turn)).toContain('police110');
  });

  it('ja: the "son" who lost company money, had a cold, and the bank → the advice to stop, not health', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('さっき息子から電話があって');
    const money = await h.say('会社のお金をなくしたから今日中に300万いるって');
    expect(read(money)).toContain(openingOf('ja', 'consumer:scam.transferAdvice'));

    const cold = await h.say('声がちょっと違う気がしたけど風邪ひいたって言ってた');
    expect(cold.topic).toBe('consumer');
    expect(read(cold)).toContain(openingOf('ja', 'consumer:scam.transferAdvice'));
    expect(contactIds(cold)).toContain('police110');
    for (const id of HEALTH_CARDS) expect(contactIds(cold)).not.toContain(id);

    const bank = await h.say('これから銀行に行こうと思うんやけど');
    expect(bank.topic).toBe('consumer');
    expect(read(bank)).toContain(openingOf('ja', 'consumer:scam.transferAdvice'));
    expect(read(bank)).not.toContain(openingOf('ja', 'consumer:intro'));
    expect(contactIds(bank)).toContain('police110');
  });

  it('ja: hiragana Kansai, money handed to a fake son → the advice for money gone, then again for どないしよ', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const first = await h.say('むすこのふりしたでんわきたんやけどおかねわたしてしもた');
    expect(read(first)).toContain(openingOf('ja', 'consumer:scam.sentAdvice'));
    expect(contactIds(first)[0]).toBe('police110');

    const what = await h.say('どないしよ');
    expect(what.topic).toBe('consumer');
    expect(read(what)).toContain(openingOf('ja', 'consumer:scam.sentAdvice'));
    expect(read(what)).not.toContain(openingOf('ja', 'fallback'));
    expect(contactIds(what)[0]).toBe('police110');
  });

  it('pt-BR: the "son" asking for money urgently, then "the voice was different" → the advice to stop, twice', async () => {
    const h = createHarness({ now: NOW, locale: 'pt-BR' });
    const first = await h.say('recebi uma ligação do meu filho pedindo dinheiro urgente');
    expect(read(first)).toContain(openingOf('pt-BR', 'consumer:scam.transferAdvice'));
    expect(read(first)).not.toContain(openingOf('pt-BR', 'consumer:intro'));
    expect(contactIds(first)[0]).toBe('police110');

    const voice = await h.say('a voz era diferente');
    expect(read(voice)).toContain(openingOf('pt-BR', 'consumer:scam.transferAdvice'));
  });

  it('en: "he said he is a police officer and my account is involved in a crime" → the fake-police advice at once', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say(
      'someone called saying he is a police officer and my bank account is involved in a crime',
    );
    expect(read(turn)).toContain(openingOf('en', 'consumer:scam.policeAdvice'));
    expect(read(turn)).not.toContain(openingOf('en', 'consumer:intro'));
    expect(contactIds(turn)[0]).toBe('police110');
  });

  it('ja: an 18-year-old after the advice asks "can I cancel because I am a minor?" → the age of adulthood', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('18歳です。SNSで見た副業の情報商材を買ってしまいました');
    const turn = await h.say('未成年だから取り消せますか');
    expect(turn.topic).toBe('consumer');
    expectSays(turn, 'ja', 'consumer:young');
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
  });
});

describe('what stays as it was', () => {
  it('ja: a cold with a fever, as a first message or right after the scam advice → the health cards', async () => {
    const first = createHarness({ now: NOW, locale: 'ja' });
    const alone = await first.say('風邪をひいて熱がある');
    expect(alone.topic).toBe('health');
    expect(contactIds(alone)).toEqual(expect.arrayContaining(HEALTH_CARDS));

    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('さっき息子から電話があって');
    const after = await h.say('風邪をひいて熱がある');
    expect(after.topic).toBe('health');
    expect(contactIds(after)).toEqual(expect.arrayContaining(HEALTH_CARDS));
  });

  it('ja: a certificate named right after the scam advice → the certificate', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('警察官を名乗る人から電話が来ました');
    const turn = await h.say('住民票がほしい');
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:scam.callPolice'));
  });

  it('ja: after the cooling-off answer (no police first), "coming to my house" is no call for 110', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:consumer');
    await h.say('opt:coolingOff');
    await h.say('opt:doorToDoor');
    await h.say('11/20');
    const turn = await h.say('今から家に来るそうです');
    expect(read(turn)).not.toContain(openingOf('ja', 'consumer:scam.callPolice'));
  });
});
