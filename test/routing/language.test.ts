import { detectLocale, resolveLocale } from '../../knowledge/routing/language';
import type { Locale } from '../../knowledge/types';
import { ALL_LOCALES } from '../../knowledge/types';

const all = [...ALL_LOCALES];

describe('language detection with all thirteen locales available', () => {
  it.each<[string, Locale | null]>([
    // Scripts decide.
    ['안녕하세요 주민표를 받고 싶어요', 'ko'],
    ['สวัสดีค่ะ', 'th'],
    ['नमस्ते, मलाई मद्दत चाहिन्छ', 'ne'],
    ['住民票はどこでもらえますか', 'ja'],
    ['じゅうみんひょう が ほしい です', 'ja-easy'],
    // Chinese: simplified and traditional told apart; kanji alone stays undecided.
    ['我想办理居民证明', 'zh-Hans'],
    ['请问怎么申请', 'zh-Hans'],
    ['請問怎麼申請', 'zh-Hant'],
    ['我想辦理居民證明', 'zh-Hant'],
    ['市役所 電話番号', 'ja'],
    ['住民票', null],
    ['你好', 'zh-Hans'], // 你 is Chinese grammar: simplified when the script cannot tell
    // A Japanese loanword in katakana inside a Chinese sentence (no hiragana, so no Japanese
    // particles): still Chinese. Kanji and katakana alone stay Japanese.
    ['我想在コンビニ打印住民票', 'zh-Hans'],
    ['我的マイナンバーカード丢了', 'zh-Hans'],
    ['住民票 コンビニ', 'ja'],
    ['在留カード 更新', 'ja'],
    ['コンビニで住民票', 'ja'],
    // Latin-script languages, sentences and short messages.
    ['How do I get a residence certificate?', 'en'],
    ['Xin chào, tôi muốn hỏi về thẻ cư trú', 'vi'],
    ['cảm ơn', 'vi'],
    ['Magandang umaga po, paano kumuha ng sertipiko', 'tl'],
    ['salamat po', 'tl'],
    ['Olá, preciso de um atestado de residência', 'pt-BR'],
    ['obrigado', 'pt-BR'],
    ['Hola, necesito ayuda con un contrato', 'es'],
    ['gracias', 'es'],
    ['Halo saya mau tanya tentang kartu', 'id'],
    ['terima kasih', 'id'],
    ['Tiếng Việt', 'vi'],
    ['Español', 'es'],
    ['Português', 'pt-BR'],
    ['Bahasa Indonesia', 'id'],
    // Short sentences tinyld is unsure of: the language's common words decide.
    ['Socorro! Meu marido está me batendo', 'pt-BR'],
    ['Fui agredido ontem na rua', 'pt-BR'],
    ['Fuego en mi casa', 'es'],
    ['I lost my residence card', 'en'],
    // Vietnamese without its accents, as many type it on a Japanese phone.
    ['toi muon hoi ve the cu tru', 'vi'],
    ['lam the nao de dang ky', 'vi'],
    ['bao nhieu tien', 'vi'],
    // Romanized Nepali, which the n-gram model reads as Vietnamese.
    ['malai residence card kasari banauna sakchu', 'ne'],
    ['mero passport harayo k garne', 'ne'],
    ['hajur ko office kaha cha', 'ne'],
    // Everyday questions in romanized Nepali, with one or two common words the model called
    // Vietnamese ("is it open today?", "where is the ward office?").
    ['aaja khulcha?', 'ne'],
    ['ward office kaha cha?', 'ne'],
    ['malai madat chahiyo', 'ne'],
    ['mero card harayo', 'ne'],
    ['bholi khulcha?', 'ne'],
    ['office kati baje khulcha', 'ne'],
    ['kina bandha cha', 'ne'],
    ['sahayog chahiyo', 'ne'],
    ['mahila ko lagi kaam', 'ne'], // not Tagalog for its "ko"
    // One Nepali word in English is English ("in Nepali, please").
    ['Can I get the form in Nepali please', 'en'],
    // Vietnamese still, with accents or without (then with one of its common words).
    ['cha toi bi benh', 'vi'],
    ['the my number het han gia han the nao', 'vi'],
    ['có nhân viên không', 'vi'],
    ['nóng quá', 'vi'],
    // Two or more common words of a language and none of the model's pick: the words win.
    ['so 188 la so gi vay', 'vi'],
    ['ninakawan ako last year at takot pa rin ako', 'tl'],
    ['na-holdap ako at kailangan ko ng counseling', 'tl'],
    ['cooling off itu apa', 'id'],
    // Tagalog, Indonesian and English as before.
    ['saan po ang ward office', 'tl'],
    ['kailan po bukas ang city hall', 'tl'],
    ['kantor buka jam berapa', 'id'],
    ['dimana saya bisa ambil kartu', 'id'],
    ['Where is the ward office?', 'en'],
    ['Is it open today?', 'en'],
    // Japanese in romaji: no language of ours, undecided.
    ['juminhyo wa doko de moraemasu ka', null],
    // Chinese grammar with characters both scripts share.
    ['我被人打了', 'zh-Hans'],
    ['有人正在打我', 'zh-Hans'],
    // Too little to tell: keep the conversation's language.
    ['ok', null],
    ['help', null],
    ['cha', null], // Nepali "is" or Vietnamese "father": one short word, no accent
    ['ke ho', null],
    ['menu', null],
    ['😀', null],
  ])('%s → %s', (text, expected) => {
    expect(detectLocale(text, all)).toBe(expected);
  });

  it('never answers with a locale that is not available', () => {
    const available: Locale[] = ['ja', 'ja-easy', 'en'];
    for (const text of [
      'Xin chào, tôi muốn hỏi',
      '请问怎么申请',
      '안녕하세요',
      'Hola, necesito ayuda con un contrato',
    ]) {
      expect(detectLocale(text, available)).toBeNull();
    }
  });

  it('a short unclear message keeps the conversation in its language', () => {
    expect(resolveLocale({ text: 'ok', previous: 'vi' }, all, 'ja-easy')).toBe('vi');
    expect(resolveLocale({ text: '住民票', previous: 'zh-Hant' }, all, 'ja-easy')).toBe('zh-Hant');
    expect(resolveLocale({ text: 'gracias', previous: 'en' }, all, 'ja-easy')).toBe('es');
    // Chinese the scripts share stays traditional in a traditional-Chinese conversation.
    expect(resolveLocale({ text: '我被人打了', previous: 'zh-Hant' }, all, 'ja-easy')).toBe('zh-Hant');
    expect(resolveLocale({ text: '我被人打了' }, all, 'ja-easy')).toBe('zh-Hans');
  });
});
