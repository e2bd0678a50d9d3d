import { CommandRecognizer } from '../../knowledge/routing/commands';
import { detectLocale, localeFromChannel, resolveLocale } from '../../knowledge/routing/language';
import type { Locale } from '../../knowledge/types';

const commands = CommandRecognizer.load();
const available: Locale[] = ['ja', 'ja-easy', 'en'];

describe('commands are whole messages in any language', () => {
  it.each([
    ['help', { kind: 'help' }],
    ['ヘルプ', { kind: 'help' }],
    ['？', { kind: 'help' }],
    ['メニュー', { kind: 'restart' }],
    ['ﾒﾆｭｰ', { kind: 'restart' }],
    ['Start over!', { kind: 'restart' }],
    ['やめる', { kind: 'stop' }],
    ['こんにちは', { kind: 'greet' }],
    // Greeted back in kind: こんばんは is not answered with こんにちは.
    ['こんばんは', { kind: 'greet', time: 'evening' }],
    ['おはようございます', { kind: 'greet', time: 'morning' }],
    ['Good morning!', { kind: 'greet', time: 'morning' }],
    // A bare yes or no: an answer, never a topic of its own.
    ['はい', { kind: 'answer', yes: true }],
    ['いいえ。', { kind: 'answer', yes: false }],
    ['Yes', { kind: 'answer', yes: true }],
    ['ありがとうございました！', { kind: 'thanks' }],
    ['Thank you', { kind: 'thanks' }],
    ['Cảm ơn', { kind: 'thanks' }],
    ['谢谢', { kind: 'thanks' }],
    ['English', { kind: 'setLanguage', locale: 'en' }],
    ['日本語', { kind: 'setLanguage', locale: 'ja' }],
    ['やさしいにほんご', { kind: 'setLanguage', locale: 'ja-easy' }],
    ['Tiếng Việt', { kind: 'setLanguage', locale: 'vi' }],
    ['नेपाली', { kind: 'setLanguage', locale: 'ne' }],
    // "Back to the menu" and thanks, as residents write them in their languages.
    ['voltar ao menu', { kind: 'restart' }],
    ['Volver', { kind: 'restart' }],
    ['quay lại', { kind: 'restart' }],
    ['뒤로 가기', { kind: 'restart' }],
    ['返回菜单', { kind: 'restart' }],
    ['back to menu', { kind: 'restart' }],
    ['thank you so much', { kind: 'thanks' }],
    ['muito obrigada pela ajuda', { kind: 'thanks' }],
    ['谢谢你的帮助', { kind: 'thanks' }],
    ['정말 감사합니다', { kind: 'thanks' }],
    ['धेरै धन्यवाद', { kind: 'thanks' }],
    // Asked for in a sentence, as people do at a counter.
    ['英語でお願いします', { kind: 'setLanguage', locale: 'en' }],
    ['ベトナム語にしてください', { kind: 'setLanguage', locale: 'vi' }],
    ['やさしい日本語にして', { kind: 'setLanguage', locale: 'ja-easy' }],
    ['ひらがなで', { kind: 'setLanguage', locale: 'ja-easy' }],
    ['漢字が読めない', { kind: 'setLanguage', locale: 'ja-easy' }],
    ['言語を変えたい', { kind: 'language' }],
  ])('%s', (text, expected) => {
    expect(commands.recognize(text)).toEqual(expected);
  });

  it.each([
    'I need help with my certificate',
    'メニューの住民票',
    '英語で住民票の取り方を教えて',
    'a'.repeat(500),
  ])('a question that contains a command word is not a command: %s', (text) => {
    expect(commands.recognize(text)).toBeNull();
  });
});

describe('language', () => {
  it.each<[string, Locale | null]>([
    ['住民票はどこでもらえますか', 'ja'],
    ['じゅうみんひょう が ほしい です', 'ja-easy'],
    ['How do I get a residence certificate?', 'en'],
    ['certificate', 'en'],
    ['ok', null],
    ['住民票', null], // kanji alone could be Chinese: keep the conversation's language
    ['你好', null],
    ['😀', null],
  ])('detects %s as %s', (text, expected) => {
    expect(detectLocale(text, available)).toBe(expected);
  });

  it.each<[string | undefined, Locale | null]>([
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['ja-easy', 'ja-easy'],
    ['fr-FR', null],
    ['vi-VN', null], // not available yet: falls through to detection
    [undefined, null],
  ])('maps the channel locale %s to %s', (tag, expected) => {
    expect(localeFromChannel(tag, available)).toBe(expected);
  });

  it('resolves in the documented order', () => {
    const r = (inputs: Parameters<typeof resolveLocale>[0]) => resolveLocale(inputs, available, 'ja-easy');
    expect(r({ explicit: 'en', channel: 'ja-JP', text: '住民票', previous: 'ja' })).toBe('en');
    expect(r({ channel: 'ja-JP', text: 'How do I get it?', previous: 'en' })).toBe('ja');
    expect(r({ text: 'How do I get it?', previous: 'ja' })).toBe('en');
    expect(r({ text: 'ok', previous: 'ja' })).toBe('ja');
    expect(r({ text: 'ok' })).toBe('ja-easy');
  });
});

describe('a request for a language with words around its name (fourth typing round)', () => {
  it.each<[string, string]>([
    ['in English please', 'en'],
    ['in Japanese please', 'ja'],
    ['영어로 해 주세요', 'en'],
    ['用英语', 'en'],
    ['em inglês, por favor', 'en'],
    ['bằng tiếng Anh', 'en'],
    ['sa Ingles po', 'en'],
    ['dalam bahasa Inggris', 'en'],
    ['ภาษาอังกฤษได้ไหม', 'en'],
    ['अंग्रेजीमा', 'en'],
    ['中文可以吗', 'zh-Hans'],
  ])('%s → %s', (text, locale) => {
    expect(commands.recognize(text)).toEqual({ kind: 'setLanguage', locale });
  });

  it.each([
    'I need a residence certificate in English',
    'please',
    'can you',
    '日本でお願いします',
    'Japanese food',
    "I don't speak English well but I need help",
  ])('%s is no language request', (text) => {
    expect(commands.recognize(text)?.kind).not.toBe('setLanguage');
  });
});

describe('よろしく is a greeting (ﾖﾛｼｸ got the job-support answer)', () => {
  it.each(['よろしく', 'ﾖﾛｼｸ', 'よろしくお願いします'])('%s', (text) => {
    expect(commands.recognize(text)?.kind).toBe('greet');
  });

  it('a request that ends with it is still the request', () => {
    expect(commands.recognize('住民票よろしくお願いします')).toBeNull();
  });
});
