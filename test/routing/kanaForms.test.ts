import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { loadKanaForms } from '../../knowledge/routing/kanaForms';
import { computeKanaForms } from '../../knowledge/routing/kanaFormsBuild';
import { KeywordRouter, readKeywords } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';
import { loadTokenizer } from '../../simplifier/tokenizer';

const keywords = readKeywords();

describe('kana forms of the Japanese keywords', () => {
  it('kanaForms.json is in step with keywords.json (else: npm run routing:kana)', async () => {
    const forms = computeKanaForms(keywords, await loadTokenizer());
    expect(loadKanaForms()).toEqual(forms);
  });

  it('reads a word cut before its ending as the verb it begins', () => {
    const forms = loadKanaForms();
    expect(forms['警察を名乗']).toBe('けいさつをなの');
    expect(forms['カードを取りに']).toBe('かーどをとりに');
    expect(forms['息子が事故を起こ']).toBe('むすこがじこをおこ');
    // One kanji cut from an ending that is no verb (に行: いく? ぎょう?) is not guessed.
    expect(forms['atmに行']).toBeUndefined();
    expect(Object.values(forms).filter((kana) => /[\p{Script=Han}々]/u.test(kana))).toEqual([]);
  });

  it('reads a whole word or a suffix as it stands, not as a verb its last kanji begins', () => {
    const forms = loadKanaForms();
    // 法る (のっとる), 熱る (ほてる), 語る, 便る, 留る, 作る: once read so, never typed so.
    expect(forms['悪質商法']).toBe('あくしつしょうほう');
    expect(forms['発熱']).toBe('はつねつ');
    expect(forms['多言語']).toBe('たげんご');
    expect(forms['定期便']).toBe('ていきびん');
    expect(forms['在留']).toBe('ざいりゅう');
    expect(forms['atmで操作']).toBe('atmでそうさ');
  });
});

// Found by a helper typing as elders do (fourth round): the fake-police and "your son" scams,
// written without kanji, got the generic menu, the victim screen or "did not understand".
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());
const withoutKana = new CombinedRouter(new KeywordRouter(keywords), RetrievalRouter.load());

describe('scams written without kanji get the scam advice, as written with kanji', () => {
  it.each<[Locale, string, string]>([
    ['ja', 'さっきけいさつをなのるひとからでんわがあってキャッシュカードをとりにくるといわれた', 'police'],
    ['ja', 'ぎんこうのひとがきゃっしゅかーどをとりにくるそうです', 'police'],
    ['ja', 'ｹｲｻﾂ ｦ ﾅﾉﾙ ﾃﾞﾝﾜ ｶｰﾄﾞ ﾄﾘﾆｸﾙ', 'police'],
    ['ja-easy', 'けいさつ を なのる ひと から でんわ。カード を とりに くる と いった', 'police'],
    ['ja', 'けいさつのものですがあなたのきゃっしゅかーどがはんざいにつかわれているといわれました', 'police'],
    ['ja', '警察の者ですがあなたのキャッシュカードが犯罪に使われていると言われました', 'police'],
    ['ja', '警察からLINEで逮捕状を見せられた', 'police'],
    ['ja', 'むすこがじこをおこしたとでんわがきてかねがいるといわれた', 'transfer'],
    ['ja-easy', 'むすこ から おかね が いる と でんわ', 'transfer'],
  ])('%s: %s → consumer / %s', (locale, text, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent });
  });

  it('the kana forms are what makes the first of them work', () => {
    const text = 'さっきけいさつをなのるひとからでんわがあってキャッシュカードをとりにくるといわれた';
    expect(withoutKana.route(text, 'ja').intent).not.toBe('police');
  });

  it.each<[string, string]>([
    ['息子が交通事故にあいました', 'victim'],
    ['犯罪の被害にあいました', 'victim'],
    ['じゅうみんひょうがほしい', 'certificate'],
  ])('%s stays %s', (text, topic) => {
    expect(router.route(text, 'ja').topic).toBe(topic);
  });
});
