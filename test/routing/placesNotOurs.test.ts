import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale } from '../../knowledge/types';

// A weekend question read by the example model only (as the ward office on Saturday) gets "which
// office?" (mainDialog): the places of ours that were read so are named by a word rule (city hall,
// the service counters in Portuguese, "certificate" in romanized Nepali). The hospital on the
// weekend is the illness advice in every language, as in English; the consumer centre's hours with
// typos are the consumer centre's, not the ward office's.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('a place asked about on the weekend, named by a word rule', () => {
  it.each<[Locale, string, string]>([
    ['ja', '病院は土曜日もやってる？', 'health'],
    ['zh-Hans', '医院周六开门吗？', 'health'],
    ['zh-Hant', '醫院週六有開嗎？', 'health'],
    ['ko', '병원 토요일에 열어요?', 'health'],
    ['es', '¿el hospital abre el sábado?', 'health'],
    ['en', 'is city hall open on saturday?', 'certificate'],
    ['ja', '市役所は土曜日開いてる？', 'certificate'],
    ['pt-BR', 'o balcão de atendimento abre no sábado?', 'certificate'],
    ['ne', 'praman patra sanibar ma paincha?', 'certificate'],
  ])('%s: %s → %s', (locale, text, topic) => {
    expect(router.route(text, locale)).toMatchObject({ topic, byRule: true });
  });

  // Controls: another service's words in the same message still win.
  it.each<[Locale, string, string]>([
    ['ja', '土曜日に病院で通訳してもらえる？', 'multicultural'],
    ['ja', '市役所を名乗る人から土曜日に電話があった', 'consumer'],
  ])('control, %s: %s → %s', (locale, text, topic) => {
    expect(router.route(text, locale)).toMatchObject({ topic });
  });

  it('control, pt-BR: the desk for foreigners on Saturday → not the certificates', () => {
    const routed = router.route('o balcão de atendimento para estrangeiros abre no sábado?', 'pt-BR');
    expect(routed.topic).not.toBe('certificate');
  });
});

describe("the consumer centre's hours with typos", () => {
  it('en: wat time does the consumr center close → consumer', () => {
    expect(router.route('wat time does the consumr center close', 'en').topic).toBe('consumer');
  });
});
