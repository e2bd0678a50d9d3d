import fc from 'fast-check';
import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KEYWORD_LOCALES, KeywordRouter, readKeywords } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';
import type { Locale, TopicId } from '../../knowledge/types';
import { MENU_TOPICS } from '../../knowledge/types';

// Two problems in one message: the first is answered, the second is named so it can be offered.
const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('a second service named in the same message', () => {
  it.each<[Locale, string, TopicId, TopicId]>([
    // A scam tied with a procedure comes first.
    ['ja', '住民票を取りたいのと、あと詐欺の電話もあった', 'consumer', 'certificate'],
    ['ja', '自転車を盗まれました。あと、住民票もほしい', 'safety', 'certificate'],
    ['en', 'I need a residence certificate, and also I got a scam call yesterday', 'certificate', 'consumer'],
    ['zh-Hans', '我想要住民票，还有我接到了诈骗电话', 'consumer', 'certificate'],
    // Fifth typing round: the scam was never offered in Portuguese and Spanish.
    ['pt-BR', 'Preciso do juminhyo e também recebi uma ligação de golpe', 'consumer', 'certificate'],
    [
      'es',
      'Necesito un certificado de residencia y además me llamaron para estafarme',
      'certificate',
      'consumer',
    ],
  ])('%s: %s → %s, then %s', (locale, text, topic, also) => {
    const route = router.route(text, locale);
    expect(route.topic).toBe(topic);
    expect(route.also?.topic).toBe(also);
  });

  it.each<[Locale, string]>([
    ['ja', '住民票がほしい'],
    ['ja', '警察を名乗る人から電話があった'],
    ['en', 'I need a residence certificate'],
    // 区役所 alone names no service: the caller posed as the ward office.
    ['ja', '区役所を名乗る人から還付金の電話があった'],
    // アパート is no part-time job (パート).
    ['ja', '外国人やからって理由でアパート断られた。人権の相談ってどこでできるん？'],
  ])('%s: %s names one service', (locale, text) => {
    expect(router.route(text, locale).also).toBeUndefined();
  });

  it('a stolen bicycle is one problem for victim support and town safety: the job is the second', () => {
    expect(router.route('自転車を盗まれたし、仕事も探してる', 'ja')).toMatchObject({
      topic: 'safety',
      intent: 'bicycleTheft',
      also: { topic: 'jobs' },
    });
    expect(
      router.route('My bike got stolen twice this year. How can I stop it happening again?', 'en').also,
    ).toBeUndefined();
  });

  it('a scam call tied with a procedure comes first; the procedure is offered after it', () => {
    const route = router.route('還付金の電話があった。区役所は何時まで？', 'ja');
    expect(route).toMatchObject({ topic: 'consumer', intent: 'refund', also: { topic: 'certificate' } });
  });
});

describe('an apartment is no part-time job', () => {
  it.each<[string, TopicId]>([
    ['アパートを借りたい', 'fallback'],
    ['アパートを探してるんやけど', 'fallback'],
    ['パートの仕事を探しています', 'jobs'],
  ])('%s → %s', (text, topic) => {
    expect(router.route(text, 'ja').topic).toBe(topic);
  });
});

describe('the second service, on any mix of keywords', () => {
  const file = readKeywords();
  const keywords = file.rules.flatMap((r) => KEYWORD_LOCALES.flatMap((l) => r[l] ?? []));
  const rules = new KeywordRouter(file);

  it('is another menu service than the answer, and only after a menu service', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keywords), { minLength: 1, maxLength: 4 }), (parts) => {
        const route = rules.route(parts.join(' '), 'en');
        if (!route.also) return;
        expect(route.also.topic).not.toBe(route.topic);
        expect(MENU_TOPICS).toContain(route.also.topic);
        expect(MENU_TOPICS).toContain(route.topic);
      }),
      { numRuns: 500 },
    );
  });

  it('is named by words of its own: one keyword alone never gives two services', () => {
    for (const keyword of keywords) expect(rules.route(keyword, 'en').also).toBeUndefined();
  });
});
