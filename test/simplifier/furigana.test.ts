import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Furigana } from '../../simplifier/furigana';
import { kanjiNumberValue, readNumberText } from '../../simplifier/numbers';
import { parseRubyMarkup, renderRuby } from '../../simplifier/ruby';
import { tokenizer } from '../helpers/tokenizer';

let furigana: Furigana;
beforeAll(async () => {
  furigana = new Furigana(await tokenizer());
});
const read = (text: string) => renderRuby(furigana.annotate(text).segments, 'kana');
const parens = (text: string) => renderRuby(furigana.annotate(text).segments, 'parens');

describe('readings (kuromoji pitfalls)', () => {
  it.each([
    ['区役所に行った', 'くやくしょにいった'],
    ['説明会を行った', 'せつめいかいをおこなった'],
    ['4月1日', 'しがつついたち'],
    ['1日に3回', 'いちにちにさんかい'],
    ['2人で来ました', 'ふたりできました'],
    ['1人', 'ひとり'],
    ['3人', 'さんにん'],
    ['二十歳', 'はたち'],
    ['20歳', 'はたち'],
    ['日本', 'にほん'],
    ['お持ちの方', 'おもちのかた'],
    ['こちらの方が近い', 'こちらのほうがちかい'],
    ['6時30分', 'ろくじさんじゅっぷん'],
    ['8分', 'はっぷん'],
    ['9時', 'くじ'],
    ['7月20日', 'しちがつはつか'],
    ['3本', 'さんぼん'],
    ['6階', 'ろっかい'],
    ['300円', 'さんびゃくえん'],
    ['2024年', 'にせんにじゅうよねん'],
    ['3か月', 'さんかげつ'],
    ['浪速区', 'なにわく'],
    ['今日', 'きょう'],
    ['マイナンバーカード', 'マイナンバーカード'],
    // dates: ついたち after a month or after 毎月/来月…, いちにち elsewhere
    ['毎月1日', 'まいつきついたち'],
    ['四月一日', 'しがつついたち'],
    ['1日中', 'いちにちじゅう'],
    ['19日', 'じゅうくにち'],
    // kanji numerals, 何 and digits with commas or 万 take the same counter rules
    ['三十分', 'さんじゅっぷん'],
    ['十分', 'じゅうぶん'],
    ['一本', 'いっぽん'],
    ['二十日', 'はつか'],
    ['二三日', 'にさんにち'],
    ['何本', 'なんぼん'],
    ['何階', 'なんがい'],
    ['1,200円', 'せんにひゃくえん'],
    ['10万人', 'じゅうまんにん'],
    ['1冊', 'いっさつ'],
    // 方 after ない and other auxiliaries; 来られる is こられる, not きたられる
    ['話せない方', 'はなせないかた'],
    ['行かない方がいい', 'いかないほうがいい'],
    ['来られた方', 'こられたかた'],
    ['令和8年', 'れいわはちねん'],
    ['午前中', 'ごぜんちゅう'],
  ])('%s → %s', (text, kana) => {
    expect(read(text)).toBe(kana);
  });

  it('puts readings over the kanji only, one ruby per compound', () => {
    expect(parens('住民票の写しを取り消す')).toBe('住民票(じゅうみんひょう)の写(うつ)しを取(と)り消(け)す');
  });

  it('leaves katakana and unknown words without ruby', () => {
    const r = furigana.annotate('マイナンバーカード');
    expect(r.segments.every((s) => !s.reading)).toBe(true);
  });

  it('reads numbers', () => {
    expect(readNumberText('2026')).toBe('にせんにじゅうろく');
    expect(readNumberText('10000')).toBe('いちまん');
    expect(readNumberText('1,800')).toBe('せんはっぴゃく');
    expect(readNumberText('abc')).toBeNull();
  });

  it('reads kanji numerals', () => {
    expect(kanjiNumberValue('二十四')).toBe('24');
    expect(kanjiNumberValue('三百')).toBe('300');
    expect(kanjiNumberValue('一万五千')).toBe('15000');
    expect(kanjiNumberValue('二〇二六')).toBe('2026');
    expect(kanjiNumberValue('二三')).toBeNull(); // a range, "two or three"
    expect(kanjiNumberValue('百合')).toBeNull();
  });

  it('keeps the digits of long numbers plain, with ruby on kanji only', () => {
    expect(parens('1,200円')).toBe('1,200円(えん)');
    expect(parens('1万円')).toBe('1万円(いちまんえん)');
    expect(parens('約10万')).toBe('約(やく)10万(じゅうまん)');
    expect(parens('障がい者')).toBe('障(しょう)がい者(しゃ)');
  });
});

describe('ruby markup and renderers', () => {
  it('renders html with escaping, parens for LINE, kana for speech', () => {
    const segs = parseRubyMarkup('{区役所|くやくしょ}に<b>来て</b>');
    expect(renderRuby(segs, 'html')).toBe('<ruby>区役所<rt>くやくしょ</rt></ruby>に&lt;b&gt;来て&lt;/b&gt;');
    expect(renderRuby(segs, 'parens')).toBe('区役所(くやくしょ)に<b>来て</b>');
    expect(renderRuby(segs, 'kana')).toBe('くやくしょに<b>来て</b>');
    expect(renderRuby(segs, 'plain')).toBe('区役所に<b>来て</b>');
  });
});

const fixture = path.join(__dirname, '..', 'fixtures', 'simplifier', 'readings.json');

describe('reading accuracy on the word list', () => {
  it('is at least 99 %', () => {
    const words = JSON.parse(readFileSync(fixture, 'utf8')) as Array<{ text: string; reading: string }>;
    const toHira = (s: string) =>
      s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    const wrong = words
      .filter((w) => toHira(read(w.text)) !== w.reading)
      .map((w) => `${w.text}: ${toHira(read(w.text))} ≠ ${w.reading}`);
    expect(words.length).toBeGreaterThanOrEqual(300);
    const accuracy = 1 - wrong.length / words.length;
    if (accuracy < 0.99) console.error(wrong.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.99);
  });
});
