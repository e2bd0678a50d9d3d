import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// The hospital on the weekend is the illness advice in every language, as in English.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('a place asked about on the weekend, named by a word rule', () => {
  it.each<[Locale, string, string]>([
    ['ja', '病院は土曜日もやってる？', 'health'],
    ['zh-Hans', '医院周六开门吗？', 'health'],
    ['zh-Hant', '醫院週六有開嗎？', 'health'],
    ['ko', '병원 토요일에 열어요?', 'health'],
    ['es', '¿el hospital abre el sábado?', 'health'],
  ])('%s: %s → %s', (locale, text, topic) => {
    expect(router.route(text, locale)).toMatchObject({ topic, byRule: true });
  });

  // Controls: another service's words in the same message still win.
  it.each<[Locale, string, string]>([['ja', '土曜日に病院で通訳してもらえる？', 'multicultural']])(
    'control, %s: %s → %s',
    (locale, text, topic) => {
      expect(router.route(text, locale)).toMatchObject({ topic });
    },
  );
});
