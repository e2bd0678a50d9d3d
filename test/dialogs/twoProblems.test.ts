import {
  expectFeedbackQuestion,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  FEEDBACK_CODES,
  label,
  press,
  start,
  walk,
} from './util';

// "I want a 住民票, and a scam call came too": the first problem is answered, and the second gets
// a button beside "was this helpful?" instead of being lost.
describe('two problems in one message', () => {
  it('ja: the scam first, then 証明書 is offered and leads to the certificate question', async () => {
    const h = start('ja');
    let turn = await h.say('住民票を取りたいのと、あと詐欺の電話もあった');
    expect(turn.topic).toBe('consumer');
    expectSays(turn, 'ja', 'consumer:intro');
    turn = await press(h, turn, 'opt:consult');
    expectSaysExactly(turn, 'ja', 'alsoAsked', { topic: label('ja', 'menu.certificate') });
    expect(turn.values).toEqual([...FEEDBACK_CODES, 'menu:certificate']);
    turn = await press(h, turn, 'menu:certificate');
    expect(turn.topic).toBe('certificate');
    expectSays(turn, 'ja', 'certificate:whichPrompt');
  });

  it.each(['ja', 'ja-easy'] as const)(
    '%s: a theft first; stopping it still offers the certificate, with its button alone',
    async (locale) => {
      const text = {
        ja: '財布を盗まれました。あと、住民票もほしい',
        'ja-easy': 'さいふを ぬすまれました。あと じゅうみんひょう も ほしい',
      }[locale];
      const h = start(locale);
      let turn = await h.say(text);
      expect(turn.topic).toBe('victim');
      turn = await press(h, turn, 'opt:stop');
      expectSays(turn, locale, 'victim:stopped');
      expectSaysExactly(turn, locale, 'alsoAsked', { topic: label(locale, 'menu.certificate') });
      expect(turn.values).toEqual(['menu:certificate']);
      turn = await press(h, turn, 'menu:certificate');
      expectSays(turn, locale, 'certificate:whichPrompt');
    },
  );

  it('en: the certificate first (named twice), then the theft is offered', async () => {
    const h = start('en');
    let turn = await h.say('My wallet was stolen. Also I need a residence certificate');
    expect(turn.topic).toBe('certificate');
    turn = await press(h, turn, 'opt:yes');
    expectSaysExactly(turn, 'en', 'alsoAsked', { topic: label('en', 'menu.victim') });
    expect(turn.values).toEqual([...FEEDBACK_CODES, 'menu:victim']);
  });

  it('one problem: the usual three buttons and no offer', async () => {
    const turn = await walk(start('ja'), ['menu:certificate', 'opt:juminhyo', 'opt:yes']);
    expectNotSays(turn, 'ja', 'alsoAsked');
    expectFeedbackQuestion(turn, 'ja');
  });
});
