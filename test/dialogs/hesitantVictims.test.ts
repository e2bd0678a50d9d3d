import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Blind probe 11 (#1, #2, #6, #7, #25): victims who hesitate, and danger now said indirectly. The
// hesitant words got "I did not understand", the scam menu or job support; the danger now got the
// scam menu, the fallback or the victim menu without the 110 card.

/** A conversation in one locale: each message's turn, in order. */
async function talk(locale: Locale, messages: readonly string[]) {
  const h = createHarness({ now: NOW, locale });
  const turns = [];
  for (const text of messages) turns.push(await h.say(text));
  return turns;
}

describe('danger now, said indirectly, gets the emergency answer with the 110 card', () => {
  it.each<[Locale, string[]]>([
    [
      'ja',
      [
        'これって相談していいのかわからないんですけど',
        '誰にも知られたくないです',
        '今も家の前にいるかもしれない',
      ],
    ],
    [
      'tl',
      [
        'Hindi ko alam kung krimen ito',
        'Natatakot ako',
        'Ayokong malaman ng iba',
        'Nasa labas siya ng bahay ko ngayon',
      ],
    ],
    ['ko', ['지금 누가 문을 두드리고 있어요 무서워요']],
    [
      'pt-BR',
      [
        'um homem na rua em Namba ficou me seguindo oferecendo bar',
        'isso é permitido?',
        'ele ainda está aqui, estou com medo',
      ],
    ],
  ])('%s: the last of %j', async (locale, messages) => {
    const last = (await talk(locale, messages)).at(-1)!;
    expect(last.topic).toBe('emergency');
    expect(contactIds(last)).toContain('police110');
    expect(read(last)).toContain(openingOf(locale, 'emergency:alert'));
  });
});

describe('a hesitant victim reaches the crime-victim path, never the scam menu or job support', () => {
  it.each<[Locale, string]>([
    ['ja', '誰にも知られたくないです'],
    ['en', "I don't know if this counts as a crime"],
    ['en', 'someone I know hurt me last month'],
    ['en', "I don't want my family to know"],
    ['zh-Hans', '我不知道这算不算'],
    ['zh-Hans', '我不想让别人知道'],
    ['es', 'no sé si esto es un delito'],
    ['tl', 'Hindi ko alam kung krimen ito'],
    ['tl', 'Ayokong malaman ng iba'],
  ])('%s: "%s" → victim:intro', async (locale, text) => {
    const [turn] = await talk(locale, [text]);
    expect(turn!.topic).toBe('victim');
    expect(read(turn!)).toContain(openingOf(locale, 'victim:intro'));
    expect(read(turn!)).not.toContain(openingOf(locale, 'consumer:intro'));
  });

  // "I don't know if this counts", "if I may ask about this", with no crime named: they got job
  // support (zh, id, th) or the scam menu (tl); the victim path's examples now include them.
  it.each<[Locale, string]>([
    ['zh-Hant', '我不知道這算不算'],
    ['id', 'saya tidak tahu apakah ini boleh dikonsultasikan'],
    ['th', 'ไม่รู้ว่าเรื่องนี้ปรึกษาได้ไหม'],
    ['tl', 'Hindi ko alam kung pwede ko itong itanong'],
  ])('%s: "%s" is neither job support nor the scam menu', async (locale, text) => {
    const [turn] = await talk(locale, [text]);
    expect(['jobs', 'consumer']).not.toContain(turn!.topic);
    expect(read(turn!)).not.toContain(openingOf(locale, 'consumer:intro'));
  });

  // "I don't know if I may consult about this" names no crime: it may get the menu, but not the
  // scam menu (a control: it was the menu before too).
  it('ja: これって相談していいのかわからない alone is not the scam menu', async () => {
    const [turn] = await talk('ja', ['これって相談していいのかわからないんですけど']);
    expect(turn!.topic).not.toBe('consumer');
    expect(read(turn!)).not.toContain(openingOf('ja', 'consumer:intro'));
  });
});

describe('"I\'m scared" right after the victim path or the emergency answer stays with victim support', () => {
  it.each<[Locale, string[]]>([
    [
      'ja',
      [
        'これって相談していいのかわからないんですけど',
        '誰にも知られたくないです',
        '今も家の前にいるかもしれない',
        'こわい',
      ],
    ],
    ['tl', ['Hindi ko alam kung krimen ito', 'Natatakot ako']],
  ])('%s: the last of %j', async (locale, messages) => {
    const last = (await talk(locale, messages)).at(-1)!;
    expect(read(last)).toContain(openingOf(locale, 'victim:intro'));
    expect(read(last)).not.toContain(openingOf(locale, 'consumer:intro'));
  });

  // Controls: right before this change already (zh "我很害怕" after the alert, "I'm scared" by its
  // word rule); kept so the new words do not take them away.
  it.each<[Locale, string[]]>([
    ['zh-Hans', ['我不知道这算不算', '有人一直跟着我回家', '我不想让别人知道', '我很害怕']],
    ['en', ["I don't know if this counts as a crime", "I'm scared"]],
  ])('control, %s: the last of %j', async (locale, messages) => {
    const last = (await talk(locale, messages)).at(-1)!;
    expect(read(last)).toContain(openingOf(locale, 'victim:intro'));
    expect(read(last)).not.toContain(openingOf(locale, 'consumer:intro'));
  });

  it('en: "is it free?" after the hesitant victim\'s turns is the victim path\'s answer, not the scam menu', async () => {
    const last = (
      await talk('en', [
        "I don't know if this counts as a crime",
        'someone I know hurt me last month',
        "I don't want my family to know",
        'is it free?',
      ])
    ).at(-1)!;
    expect(read(last)).toContain(openingOf('en', 'victim:free'));
    expect(read(last)).not.toContain(openingOf('en', 'consumer:intro'));
  });
});
