import { CombinedRouter } from '../../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../../knowledge/routing/retrievalRouter';

const router = new CombinedRouter(KeywordRouter.load(), RetrievalRouter.load());

describe('the combined router on what residents really send', () => {
  // A story that names no service, as a resident tells it before asking.
  const story = 'きのうは朝から雨で、孫と一緒に散歩に行けませんでした。'.repeat(20);

  it('reads the question at the end of a long story', () => {
    expect(story.length).toBeGreaterThan(500);
    expect(router.route(`${story}コンビニで住民票は取れますか？`, 'ja').topic).toBe('certificate');
  });

  it('still reads a question at the start of a long message first', () => {
    expect(router.route(`コンビニで住民票は取れますか？${story}`, 'ja').topic).toBe('certificate');
  });

  // A life told first ("my daughter is busy with her work") looked like job hunting, and the
  // refund-scam question at the end of the message was never read.
  const life =
    'I am 78 years old and I live alone since my husband passed away. My daughter lives in Tokyo and she is very busy with her work and her children, so I do not want to trouble her. '.repeat(
      3,
    );

  it('reads the question at the end when the story before it looks like another service', () => {
    expect(life.length).toBeGreaterThan(500);
    const text = `${life}Yesterday a man called from the city office and said I can get a refund of medical fees at the ATM today. Should I go?`;
    expect(router.route(text, 'en')).toMatchObject({ topic: 'consumer', intent: 'refund' });
  });

  it('keeps a question asked first when the story after it only mentions another service', () => {
    // Both parts name a service as surely (a rule of weight 3 each): the one that asks wins.
    const text = `A man called about a refund at the ATM. What should I do? ${life}`;
    expect(router.route(text, 'en')).toMatchObject({ topic: 'consumer', intent: 'refund' });
    expect(
      router.route(`Can I get a residence certificate at a convenience store? ${life}`, 'en').topic,
    ).toBe('certificate');
  });

  it('offers the other part of a long message when it names another service by a rule', () => {
    const text = `コンビニで住民票は取れますか？${story}それと、警察を名乗る人からキャッシュカードを渡すように言われました。`;
    const route = router.route(text, 'ja');
    expect(route.also?.topic).toBe(route.topic === 'certificate' ? 'consumer' : 'certificate');
    // A story that names no service offers nothing.
    expect(router.route(`${story}コンビニで住民票は取れますか？`, 'ja').also).toBeUndefined();
  });

  it('is not led astray by a web address in the message', () => {
    const text = 'http://bit.ly/3xYz9AbCdEfGh このURLをクリックしたら料金を請求された';
    expect(router.route(text, 'ja').topic).toBe(
      router.route('このURLをクリックしたら料金を請求された', 'ja').topic,
    );
    expect(router.route(text, 'ja').topic).toBe('consumer');
  });
});
