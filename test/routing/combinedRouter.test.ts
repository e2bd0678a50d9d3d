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

  it('is not led astray by a web address in the message', () => {
    const text = 'http://bit.ly/3xYz9AbCdEfGh このURLをクリックしたら料金を請求された';
    expect(router.route(text, 'ja').topic).toBe(
      router.route('このURLをクリックしたら料金を請求された', 'ja').topic,
    );
    expect(router.route(text, 'ja').topic).toBe('consumer');
  });
});
