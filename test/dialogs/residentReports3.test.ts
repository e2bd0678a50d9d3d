import { createHarness } from '../helpers/harness';
import { contactIds, expectNotSays, expectSays, NOW, openingOf, start } from './util';

// Found by a helper typing as residents do (third round): what the resident reads after a
// restart word at the date question, an Osaka-dialect answer at the My Number question, and
// "#7119 won't connect".

describe('a restart or cancel word at the cooling-off date question starts over', () => {
  it.each<[string, string]>([
    ['zh-Hans', '重新开始'],
    ['zh-Hant', '取消'],
    ['ko', '취소'],
    ['th', 'เริ่มใหม่'],
    ['id', 'batal'],
    ['tl', 'balik'],
    ['ne', 'सुरुदेखि'],
    ['es', 'volver al inicio'],
  ])('%s: "%s" → start over, not "could not read that date"', async (locale, word) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('クーリングオフ');
    const question = await h.say('opt:doorToDoor');
    expect(question.text).toContain(openingOf(locale, 'consumer:coolingOff.datePrompt'));
    const turn = await h.say(word);
    expect(turn.text).toContain(openingOf(locale, 'common:restart'));
    expect(turn.text).not.toContain(openingOf(locale, 'consumer:coolingOff.dateRetry'));
    expect(turn.topic).not.toBe('jobs');
  });
});

describe('Osaka dialect answers the My Number card question', () => {
  it.each<[string, string]>([
    ['せや', 'certificate:konbini'],
    ['カードはあるで', 'certificate:konbini'],
    ['ちゃうねん', 'certificate:window'],
    ['ちゃう', 'certificate:window'],
    ['わからへん', 'certificate:window'],
    ['知らん', 'certificate:window'],
  ])('住民票 → "%s" → %s, not the same question again', async (answer, key) => {
    const h = start('ja');
    const question = await h.say('住民票');
    expectSays(question, 'ja', 'certificate:cardPrompt');
    const turn = await h.say(answer);
    expectSays(turn, 'ja', key);
    expectNotSays(turn, 'ja', 'certificate:cardPrompt');
  });
});

describe('"#7119 won\'t connect" gets the #7119 card with its other number', () => {
  it.each<['ja' | 'en', string]>([
    ['ja', '#7119がつながらない'],
    ['ja', '救急安心センター'],
    ['en', "7119 won't connect"],
  ])('%s: %s', async (locale, text) => {
    const turn = await start(locale).say(text);
    expect(turn.topic).toBe('health');
    expect(contactIds(turn)).toContain('kyukyu7119');
    expect(turn.contacts.find((c) => c.id === 'kyukyu7119')?.altPhone).toBe('06-6582-7119');
    expectNotSays(turn, locale, 'victim:intro');
  });
});
