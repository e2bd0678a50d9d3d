import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { foldForMatching, RetrievalRouter } from '../../knowledge/routing/retrievalRouter';

const router = new RetrievalRouter({
  vi: {
    certificate: ['tôi muốn lấy phiếu cư trú', 'lấy giấy chứng nhận ở cửa hàng tiện lợi', 'juminhyo ở đâu'],
    consumer: ['có cuộc gọi lạ bảo ra ATM', 'bị lừa đảo qua điện thoại', 'muốn hủy hợp đồng'],
    fallback: ['thời tiết hôm nay thế nào', 'quán ramen ngon ở đâu', 'kết quả bóng đá'],
  },
  th: {
    certificate: ['อยากได้ใบทะเบียนบ้าน', 'ขอใบรับรองที่ร้านสะดวกซื้อ'],
    consumer: ['มีคนโทรมาให้ไปตู้เอทีเอ็ม', 'โดนหลอกทางโทรศัพท์'],
  },
});

describe('example-based router', () => {
  it.each([
    ['toi muon lay phieu cu tru', 'vi', 'certificate'], // no diacritics
    ['tôi bị lừa đảo', 'vi', 'consumer'],
    ['hôm nay thời tiết', 'vi', 'fallback'],
    ['อยากได้ใบรับรอง', 'th', 'certificate'], // Thai, no spaces: character n-grams
    ['โทรมาให้ไปเอทีเอ็ม', 'th', 'consumer'],
  ] as const)('%s (%s) → %s', (text, locale, topic) => {
    expect(router.route(text, locale).topic).toBe(topic);
  });

  it('explains itself with the nearest examples', () => {
    const result = router.route('lay giay chung nhan o cua hang tien loi', 'vi');
    expect(result.topic).toBe('certificate');
    expect(result.matched).toContain('lấy giấy chứng nhận ở cửa hàng tiện lợi');
    expect(result.confidence).toBeGreaterThan(0.2);
  });

  it('works without the locale hint, and says fallback for nothing it knows', () => {
    expect(router.route('tôi muốn lấy phiếu cư trú').topic).toBe('certificate');
    expect(router.route('zzzz qqqq').topic).toBe('fallback');
    expect(router.route('').topic).toBe('fallback');
    expect(router.route('😀😀').topic).toBe('fallback');
  });

  it('folds accents, width and punctuation but keeps Thai and Devanagari marks', () => {
    expect(foldForMatching('Ｔôi  MUỐN!!')).toBe('toi muon');
    expect(foldForMatching('ที่ร้าน')).toBe('ที่ร้าน');
    expect(foldForMatching('मद्दत')).toBe('मद्दत');
  });

  it('reads half-width and full-width katakana as the hiragana of the examples', () => {
    expect(foldForMatching('ｱﾝｼｮｳﾊﾞﾝｺﾞｳ')).toBe(foldForMatching('あんしょうばんごう'));
    expect(foldForMatching('コンビニ')).toBe(foldForMatching('こんびに'));
    expect(router.route('ｵｼｴﾃｼﾏｯﾀ', 'ja').topic).toBe(router.route('おしえてしまった', 'ja').topic);
  });

  it('keyword rules go first; the model covers what they do not', () => {
    const combined = new CombinedRouter(KeywordRouter.load(), router);
    const byRule = combined.route('住民票がほしい', 'ja');
    expect(byRule.topic).toBe('certificate');
    expect(combined.route('toi muon lay phieu cu tru', 'vi').topic).toBe('certificate');
  });
});
