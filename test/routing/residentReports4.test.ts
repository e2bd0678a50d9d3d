import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { detectLocale } from '../../knowledge/routing/language';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';
import { ALL_LOCALES } from '../../knowledge/types';

// Found by a helper typing as residents do (fourth round).
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('a link or a number the resident received, sent with little else, gets the scam advice', () => {
  it.each<[Locale, string]>([
    ['ja', 'https://amazon-co-jp.security-check.xyz/login'],
    ['en', 'https://bit.ly/3xYz9Ab'],
    ['ja', ' www.sagawa-delivery-check.com '],
  ])('%s: %s → consumer / link', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'link' });
  });

  it.each<[Locale, string]>([
    ['ja', '0120-123-456 この番号から電話がありました'],
    ['en', 'Is this number a scam? 03-1234-5678'],
  ])('%s: %s → consumer', (locale, text) => {
    expect(router.route(text, locale).topic).toBe('consumer');
  });

  it('a link with a question keeps the question: the address is not read', () => {
    const text = 'https://www.city.osaka.lg.jp/ コンビニで住民票は取れますか';
    expect(router.route(text, 'ja').topic).toBe('certificate');
  });

  // Sixth round: the city's own page, the one the bot had just linked to, got "do not open it,
  // call your bank". A look-alike that only starts with the city's name is still a link to check.
  it.each<[Locale, string]>([
    ['ja', 'https://www.city.osaka.lg.jp/shimin/page/0000201856.html'],
    ['en', 'https://www.police.pref.osaka.jp/04shikumi/110/index.html'],
    ['vi', 'www.moj.go.jp/isa/'],
  ])("%s: a public body's own page (%s) is not a suspicious link", (locale, text) => {
    expect(router.route(text, locale).intent).not.toBe('link');
  });

  it.each<[Locale, string]>([
    ['ja', 'https://city.osaka.lg.jp.security-check.xyz/login'],
    ['ja', 'https://www.city.osaka.lg.jp/ https://evil-osaka.xyz/pay'],
    ['en', 'https://osaka-lg-jp.com/tax-refund'],
  ])('%s: %s, not only public pages → consumer / link', (locale, text) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent: 'link' });
  });

  it('an e-mail address alone is not taken for a link', () => {
    expect(router.route('test@example.com', 'ja').intent).not.toBe('link');
  });
});

describe('the language of a message is not read from its addresses or its repetitions', () => {
  it('a link alone names no language (it offered English)', () => {
    expect(detectLocale('https://amazon-co-jp.security-check.xyz/login', ALL_LOCALES)).toBeNull();
  });

  it('600 × Hello and an English sentence is English (it offered Spanish)', () => {
    const text = `${'Hello '.repeat(600)}I need a residence certificate`;
    expect(detectLocale(text, ALL_LOCALES)).toBe('en');
  });
});

describe('the police, named without a scam', () => {
  it.each<[Locale, string, string, string]>([
    // The real police may call: a call alone is the scam check (which asks), not "this is a scam".
    ['ja', '警察から電話がありました', 'consumer', 'scamCheck'],
    ['ja', 'けいさつからでんわがありました', 'consumer', 'scamCheck'],
    ['ja', '警察を名乗る人から電話があった', 'consumer', 'police'],
    // "Should I call the police?" is the police consultation answer (110 / #9110), not the safety menu.
    ['ja', 'けいさつにでんわしたほうがいいですか', 'victim', 'police'],
    ['ko', '경찰에 신고해야 하나요?', 'victim', 'police'],
  ])('%s: %s → %s / %s', (locale, text, topic, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic, intent });
  });
});
