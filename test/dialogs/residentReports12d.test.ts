import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import type { TestLocale } from './util';
import { contactIds, MENU_CODES, NOW, piece, read, says, saysNot } from './util';

const start = (locale: Locale) => createHarness({ now: NOW, locale });

// A helper's probe: at the crime-victim path's menu, typing "police" (its button says "Talk to the
// police") raised the alert, as a lone cry must, and then dropped the path for the main menu. The
// alert still comes first; then the police button's answer and "see other support?", so the
// resident keeps the way to support they were choosing.
const VICTIM: Partial<Record<Locale, string>> = {
  ja: '犯罪被害にあいました',
  en: 'I was a victim of a crime',
  ko: '범죄 피해를 당했어요',
};

describe('a lone cry that names a button of the open question', () => {
  it.each<[Locale, string]>([
    ['en', 'police'],
    ['en', 'Police!'],
    ['ja', '警察'],
    ['ko', '경찰'],
  ])(
    '%s: the victim menu, then "%s" → the alert, then the police button and the path goes on',
    async (locale, cry) => {
      const h = start(locale);
      says(await h.say(VICTIM[locale]!), locale, 'victim:intro');
      const turn = await h.say(cry);
      says(turn, locale, 'emergency:alert');
      says(turn, locale, 'victim:police');
      says(turn, locale, 'victim:more');
      saysNot(turn, locale, 'emergency:back');
      expect(turn.values).toContain('opt:police');
      expect(turn.values).not.toEqual(MENU_CODES);
    },
  );

  it('en: "police" with no such button → the alert and the menu, as before', async () => {
    const turn = await start('en').say('police');
    says(turn, 'en', 'emergency:alert');
    says(turn, 'en', 'emergency:back');
    saysNot(turn, 'en', 'victim:police');
  });

  it('en: a cry that is not a lone word ("call the police, he is hitting me") still starts over', async () => {
    const h = start('en');
    await h.say(VICTIM.en!);
    const turn = await h.say('call the police, he is hitting me');
    says(turn, 'en', 'emergency:alert');
    saysNot(turn, 'en', 'victim:police');
  });
});

// R10-01 (a tester's role-play, severe): after もう死にたい the crisis text came, then "安全を確保できたら
// … メニューを表示します"; the next words, 誰にも言えない, got the crime-victim path's opening and its
// buttons, and "I have no one to talk to" the desks for foreign residents. Now "I am here" instead of
// "when you are safe", and words that name no service stay with the crisis: its words, the page
// with the support lines and 119, and the menu waits. A service asked for clearly is that service.
const CRISIS: Array<[Locale, string, string]> = [
  ['ja', 'もう死にたい', '誰にも言えない'],
  ['ja', 'もう死にたい', 'つかれた'],
  ['ja-easy', 'しにたい', 'だれにも いえない'],
  ['en', 'I want to kill myself', 'I have no one to talk to'],
  ['ko', '죽고 싶어요', '아무한테도 말 못 해요'],
  ['zh-Hans', '我想死', '没有人可以说'],
  ['es', 'quiero morir', 'no tengo con quién hablar'],
];

describe('after the crisis text, the next words that name no service stay with it', () => {
  it.each(CRISIS)('%s: "%s", then "%s"', async (locale, first, next) => {
    const h = start(locale);
    const alert = await h.say(first);
    says(alert, locale, 'emergency:crisis');
    says(alert, locale, 'emergency:crisisBack');
    saysNot(alert, locale, 'emergency:back');
    const turn = await h.say(next);
    expect(turn.topic).toBe('emergency');
    says(turn, locale, 'emergency:crisisStay');
    saysNot(turn, locale, 'victim:intro');
    saysNot(turn, locale, 'fallback');
    expect(contactIds(turn)).toEqual(['fire119']);
    expect(read(turn)).toContain('https://www.police.pref.osaka.lg.jp/sodan/higaisyashien/4/4940.html');
    expect(turn.values).toEqual(MENU_CODES);
  });

  it('ja: a service asked for clearly after the crisis text is that service', async () => {
    const h = start('ja');
    await h.say('もう死にたい');
    const turn = await h.say('コンビニで住民票を取りたい');
    expect(turn.topic).toBe('certificate');
    saysNot(turn, 'ja', 'emergency:crisisStay');
  });

  it('en: after another kind of alert, "when you are safe" as before, and no crisis words next', async () => {
    const h = start('en');
    const alert = await h.say('my house is on fire');
    says(alert, 'en', 'emergency:back');
    saysNot(alert, 'en', 'emergency:crisisBack');
    const turn = await h.say('I have no one to talk to');
    saysNot(turn, 'en', 'emergency:crisisStay');
  });
});

// R10-02 (a tester's role-play, severe: the wrong language): "Quero mudar para inglês" got the job
// plaza (mudar read as changing jobs), and the resident's English next was answered in Portuguese.
// A request for a language with "I want", "I'd like", quero, gostaria, prefiero, gusto ko, saya mau,
// 하고 싶어요, 我想/我要, อยาก or がいい around the language's name now switches, as "Quiero cambiar a
// inglés" already did. Other sentences with those words are not requests.
describe('asking for a language in the words people use', () => {
  it.each<[Locale, string, Locale]>([
    ['pt-BR', 'Quero mudar para inglês', 'en'],
    ['pt-BR', 'gostaria de mudar para inglês', 'en'],
    ['pt-BR', 'prefiro inglês', 'en'],
    ['ja', 'I want to switch to English', 'en'],
    ['ja', "I'd like English", 'en'],
    ['pt-BR', 'Palitan sa English', 'en'],
    ['tl', 'gusto ko ng English', 'en'],
    ['id', 'saya mau bahasa Inggris', 'en'],
    ['es', 'prefiero inglés', 'en'],
    ['ja', '영어로 하고 싶어요', 'en'],
    ['ja', '我想用英语', 'en'],
    ['ja', '我要英文', 'en'],
    ['ja', 'อยากให้ตอบเป็นภาษาอังกฤษ', 'en'],
    ['en', '日本語がいい', 'ja'],
  ])('%s: "%s" → answers in %s from now on', async (locale, text, to) => {
    const turn = await start(locale).say(text);
    expect(turn.locale).toBe(to);
    says(turn, to, 'language.changed');
  });

  it.each<[Locale, string, string]>([
    ['pt-BR', 'quero mudar de emprego', 'jobs'],
    ['en', 'I want a job', 'jobs'],
  ])('%s: "%s" is no request for a language', async (locale, text, topic) => {
    const turn = await start(locale).say(text);
    expect(turn.locale).toBe(locale);
    expect(turn.topic).toBe(topic);
  });
});

// R10-19 (a tester's role-play): "Can I apply for a juminhyo here in this chat? I can send a photo
// of my ID" got the card question only; that this chat takes no applications, and that photos of
// cards or documents should not be sent, came later in the flow, after the photo might be sent.
describe('asking to apply in the chat or to send a photo of a card', () => {
  it.each<[Locale, string]>([
    ['en', 'Can I apply for a juminhyo here in this chat? I can send a photo of my ID'],
    ['ja', '住民票はここで申請できますか？在留カードの写真を送ります'],
    ['ko', '주민표를 여기서 신청할 수 있어요? 카드 사진을 보낼게요'],
    ['pt-BR', 'Posso enviar uma foto do meu cartão para pedir o juminhyo?'],
    ['vi', 'Tôi gửi ảnh thẻ cư trú để xin juminhyo được không?'],
  ])('%s: "%s" → first: no applications, no photos here', async (locale, text) => {
    const turn = await start(locale).say(text);
    says(turn, locale, 'noApplications');
    expect(read(turn).indexOf(plainStart(locale))).toBe(0);
  });

  it('en: a photo for the card itself is no such question', async () => {
    const turn = await start('en').say('Do I need a photo for the My Number card?');
    saysNot(turn, 'en', 'noApplications');
  });
});

/** The start of the noApplications line, as the resident reads it. */
function plainStart(locale: Locale): string {
  return piece(locale as TestLocale, 'noApplications').slice(0, 12);
}

// R10-28 (a tester's role-play): 😭😭 alone got "Please write your question in words". Crying or sad
// faces alone now ask whether the resident is all right, with 110 and 119; other emoji as before.
describe('sad faces without words', () => {
  it.each<[Locale, string]>([
    ['en', '😭😭'],
    ['ja', '😢'],
    ['ko', '💔'],
    ['es', '😞😞😞'],
  ])('%s: %s → "are you all right?" with 110 and 119, and the menu', async (locale, text) => {
    const turn = await start(locale).say(text);
    says(turn, locale, 'sadEmoji');
    saysNot(turn, locale, 'empty');
    expect(read(turn)).toContain('110');
    expect(read(turn)).toContain('119');
    expect(turn.values).toEqual(MENU_CODES);
  });

  it('en: 👍 alone is still asked for words', async () => {
    const turn = await start('en').say('👍');
    says(turn, 'en', 'empty');
    saysNot(turn, 'en', 'sadEmoji');
  });
});
