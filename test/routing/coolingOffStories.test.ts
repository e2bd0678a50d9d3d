import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// A blind probe (probe11) told contracts in residents' own words: a pyramid-style business went to
// "Safety in town", a seller at the home (th) and a beauty salon's contract (zh-Hant, to job
// support) got no calculator, and "I already stamped the contract" a guess (the crime-victim menu
// right after the victim path).
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('contracts told in residents’ words reach the cooling-off calculator', () => {
  it.each<[Locale, string, string]>([
    [
      'en',
      'a friend got me into a business where I sell products and recruit people, I paid 300,000 yen',
      'sale',
    ],
    ['en', 'I think I joined a pyramid scheme', 'sale'],
    ['th', 'มีคนมาขายของที่บ้าน ฉันเซ็นสัญญาวันที่ 20', 'sale'],
    ['zh-Hant', '我在美容院簽了一年的合約', 'coolingOff'],
    ['zh-Hans', '我在美容院签了一年的合同', 'coolingOff'],
    ['ja', 'もう契約書にはんこ押してしもた', 'coolingOff'],
  ])('%s: %s → consumer / %s', (locale, text, intent) => {
    expect(router.route(text, locale)).toMatchObject({ topic: 'consumer', intent, byRule: true });
  });

  // Controls: a shop hiring, a salon's hours, a seal certificate are no contract to cancel.
  it.each<[Locale, string]>([
    ['en', 'our restaurant wants to recruit people'],
    ['zh-Hant', '美容院幾點開門'],
    ['ja', 'はんこの証明がほしい'],
  ])('%s: %s → not the calculator', (locale, text) => {
    const route = router.route(text, locale);
    expect(route.intent === 'sale' || route.intent === 'coolingOff').toBe(false);
  });
});
