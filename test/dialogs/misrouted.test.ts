import type { TestLocale } from './util';
import {
  contactIds,
  expectFeedbackQuestion,
  expectHealthy,
  expectMenu,
  expectNotSays,
  expectSays,
  expectSaysExactly,
  ILLNESS_VARS,
  start,
} from './util';

// Messages a tester typed that reached the wrong answer: a lost wallet near an ATM got the
// refund-scam warning, a death threat the consumer menu, a fever crime-victim support, ごみ the job
// centre. What the resident reads now.

describe('an ATM is not a refund scam', () => {
  it.each<[TestLocale, string]>([
    ['ja', 'ATMの近くで財布を落としました'],
    ['ja-easy', 'ATM の ちかく で さいふ を おとしました'],
    ['en', 'I lost my wallet near the ATM'],
  ])(
    '%s: "%s" gets the lost-property answer (no #9110: it is not for lost items), not "this is a refund scam"',
    async (locale, text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expectHealthy(turn, locale);
      expect(turn.topic).toBe('safety');
      expectSaysExactly(turn, locale, 'safety:lostProperty');
      expect(contactIds(turn)).toEqual([]);
      expect(turn.text).not.toContain('9110');
      expectNotSays(turn, locale, 'consumer:scam.refundAdvice');
    },
  );

  it.each<[TestLocale, string]>([
    ['ja', 'ATM'],
    ['en', 'ATM'],
  ])('%s: "%s" alone is no scam warning', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expectNotSays(turn, locale, 'consumer:scam.refundAdvice');
  });

  it('"they told me to go to the ATM for a refund" still gets the warning', async () => {
    const turn = await start('ja').say('区役所から電話で、医療費が戻るからATMに行ってと言われた');
    expectSays(turn, 'ja', 'consumer:scam.refundAdvice');
  });
});

describe('a threat to kill is a crime against the resident', () => {
  it.each<[TestLocale, string]>([
    ['ja', '殺すぞと脅された'],
    ['ja', '元同僚から脅迫のメールが来る'],
    ['en', 'my neighbour threatened me last week'],
  ])('%s: "%s" gets crime-victim support, not the consumer menu', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('victim');
    expectSays(turn, locale, 'victim:intro');
    expectNotSays(turn, locale, 'consumer:intro');
  });
});

describe('feeling ill gets #7119 and #8000', () => {
  it.each<[TestLocale, string]>([
    ['ja', '子どもが熱'],
    ['ja', '孫が熱出してん'],
    ['ja', '具合が悪い'],
    ['ja', 'お腹が痛い'],
    ['ja', '熱が下がらへん'],
    ['ja', '頭が痛いけど病院開いてない'],
    ['ja', '熱中症が心配です'],
    ['ja-easy', 'おなか が いたい です'],
    ['ja-easy', 'こども の ねつ が さがりません'],
    ['en', 'my son has had a stomach ache since this morning'],
    ['en', 'I feel sick and no clinic is open'],
  ])('%s: "%s" → the illness answer', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('health');
    expectSaysExactly(turn, locale, 'emergency:illness', ILLNESS_VARS);
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
    expectFeedbackQuestion(turn, locale);
  });

  it.each(['仕事への情熱が出ない', '情熱を出して頑張りたい'])(
    'passion (情熱) is no fever: %s',
    async (text) => {
      const turn = await start('ja').say(text);
      expect(turn.topic).not.toBe('health');
    },
  );
});

describe('a city service the chat does not cover', () => {
  it.each<[TestLocale, string]>([
    ['ja', 'ゴミの出し方'],
    ['ja', 'ごみの日'],
    ['ja', '粗大ごみ'],
    ['ja', '保育所に入りたい'],
    ['ja', '保育園'],
    ['ja', '住民税'],
    ['ja', '避難所'],
    ['ja-easy', 'ごみ は いつ だします か'],
    ['en', 'when is the garbage collection day'],
  ])(
    '%s: "%s" gets where to look (the bureau and the city page), not another service',
    async (locale, text) => {
      const h = start(locale);
      const turn = await h.say(text);
      expectHealthy(turn, locale);
      expect(turn.topic).toBe('fallback');
      expectSays(turn, locale, 'fallback');
      if (locale === 'ja') {
        expectSays(turn, locale, 'fallbackCityServices');
        expect(contactIds(turn)).toEqual(['citizensBureau']);
      } else {
        // In another language (easy Japanese too): first the desks that answer in it (R8-13).
        expectSays(turn, locale, 'multicultural:consult');
        expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix', 'citizensBureau']);
      }
      expect(turn.contacts.at(-1)!.url).toBe('https://www.city.osaka.lg.jp/');
      expectMenu(turn, locale);
    },
  );
});

describe('scams said in other words', () => {
  it('a "son" who lost company money and needs ¥3 million now gets the transfer warning', async () => {
    const turn = await start('ja').say('息子から電話で、会社のお金をなくしたから300万円すぐ必要って言われた');
    expect(turn.topic).toBe('consumer');
    expectSays(turn, 'ja', 'consumer:scam.transferAdvice');
    expectNotSays(turn, 'ja', 'consumer:intro');
  });

  it('one-click fraud gets "do not pay" advice, not the menu', async () => {
    const turn = await start('ja').say('ワンクリック詐欺');
    expectSays(turn, 'ja', 'consumer:scam.otherAdvice');
    expectNotSays(turn, 'ja', 'consumer:intro');
  });

  it.each<[TestLocale, string]>([
    ['ja', 'あかん、騙されたかもしれん'],
    ['en', 'I think I got scammed'],
  ])('%s: "%s" starts the scam check at once', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectSays(turn, locale, 'consumer:scam.question');
    expect(turn.values).toEqual([
      'opt:refund',
      'opt:transfer',
      'opt:police',
      'opt:sale',
      'opt:visitor',
      'opt:subscription',
      'opt:link',
      'opt:other',
    ]);
    expectNotSays(turn, locale, 'consumer:intro');
  });
});

describe('a forgotten PIN written in kana', () => {
  it.each<[TestLocale, string]>([
    ['ja-easy', 'あんしょうばんごう わすれた'],
    ['ja-easy', 'ばんごう わすれました'],
    ['ja', 'マイナカードの暗証番号がわからない'],
    ['en', 'I forgot my PIN number'],
  ])('%s: "%s" gets what to do, not "which certificate?"', async (locale, text) => {
    const turn = await start(locale).say(text);
    expectHealthy(turn, locale);
    expect(turn.topic).toBe('certificate');
    expectSays(turn, locale, 'multicultural:myNumberHelp');
    expect(contactIds(turn)).toEqual(['wardSupport']);
    expectNotSays(turn, locale, 'certificate:whichPrompt');
    expectNotSays(turn, locale, 'consumer:scam.policeAdvice');
  });
});
