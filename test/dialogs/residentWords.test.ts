import { contactIds, expectLocale, expectNotSays, expectSaysExactly, label, start, walk } from './util';

// Words residents use that are not buttons: stopping in their own words, and saying they cannot
// read the language they are answered in.
describe('stopping in the crime-victim path, in the resident own words', () => {
  it.each(['やめたい', 'もういいです', 'やっぱりやめとくわ'])(
    '"%s" stops gently, no other topic',
    async (text) => {
      const h = start('ja');
      await walk(h, ['menu:victim']);
      const turn = await h.say(text);
      expectSaysExactly(turn, 'ja', 'victim:stopped');
      expect(turn.topic).not.toBe('consumer');
    },
  );

  it('"dừng lại" stops too', async () => {
    const h = start('ja');
    await h.say('English');
    await walk(h, ['menu:victim']);
    const turn = await h.say('dừng lại');
    expectSaysExactly(turn, 'en', 'victim:stopped');
  });
});

describe('"I do not understand Japanese", in the resident language', () => {
  it.each([
    ['Tôi không hiểu tiếng Nhật', 'vi'],
    ["I don't understand Japanese", 'en'],
    ['Não entendo japonês', 'pt-BR'],
    ['我看不懂日语', 'zh-Hans'],
  ] as const)('"%s" switches to %s', async (text, locale) => {
    const h = start('ja');
    const turn = await h.say(text);
    expectLocale(turn, locale as never);
  });
});

describe('a button number typed with no buttons to pick from', () => {
  it('opens no topic: the menu, where the number then picks the button', async () => {
    const h = start('ja');
    const first = await h.say('8');
    expect(first.topic).toBeNull();
    expect(first.values[0]).toBe('menu:certificate');
    const picked = await h.say('1');
    expect(picked.topic).toBe('certificate');
  });
});

describe('cooling-off with no document received yet', () => {
  it.each([
    ['ja', '書面をもらっていない'],
    ['ja', '契約書はまだもらってへん'],
    ['en', "I haven't received any papers"],
  ] as const)('%s "%s": the period has not started, not "cannot read the date"', async (locale, text) => {
    const h = start(locale);
    await walk(h, ['menu:consumer', 'opt:coolingOff', 'opt:doorToDoor']);
    const turn = await h.say(text);
    expectSaysExactly(turn, locale, 'consumer:coolingOff.notReceived');
    expectNotSays(turn, locale, 'consumer:coolingOff.dateRetry');
    expect(contactIds(turn)).toEqual(['consumerCentre', 'hotline188']);
  });

  it('said with the first question, it is answered at once', async () => {
    const h = start('ja');
    const types = await h.say('訪問販売で契約したけど書面をもらっていない。クーリングオフしたい');
    const turn = types.values.includes('opt:doorToDoor') ? await h.say('opt:doorToDoor') : types;
    expectSaysExactly(turn, 'ja', 'consumer:coolingOff.notReceived');
  });
});

describe('a menu label typed instead of tapped', () => {
  it.each(['ja', 'ja-easy', 'en'] as const)('in %s, opens that topic as the button would', async (locale) => {
    const h = start(locale);
    const first = await h.say(label(locale, 'menu.multicultural'));
    expect(first.topic).toBe('multicultural');
    // After another answer, where the menu is no longer open, too.
    await walk(h, ['menu:jobs']);
    const later = await h.say(label(locale, 'menu.multicultural'));
    expect(later.topic).toBe('multicultural');
  });
});
