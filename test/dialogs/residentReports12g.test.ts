import type { Locale } from '../../knowledge/types';
import type { Turn } from '../helpers/harness';
import { createHarness } from '../helpers/harness';
import { contact, contactIds, NOW, says, saysNot } from './util';

const start = (locale: Locale) => createHarness({ now: NOW, locale });
type Harness = ReturnType<typeof start>;

async function walk(h: Harness, messages: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const message of messages) turns.push(await h.say(message));
  return turns;
}

// R10-18: a child's fever at night with "should I call an ambulance?" raised the alert (as it
// must) with 110, 119 and #7119, but without the children's night line (#8000), which the same
// worry without the ambulance word gets in the illness answer.
describe("a child's illness at night with an ambulance question: the alert and the children's line", () => {
  it.each<[Locale, string]>([
    ['ja', '子どもが夜中に熱出した。救急車呼ぶべき？'],
    ['vi', 'con tôi bị sốt cao lúc nửa đêm, có nên gọi xe cấp cứu không?'],
    ['en', 'My child has a high fever in the middle of the night, should I call an ambulance?'],
    ['zh-Hans', '孩子半夜发高烧，要叫救护车吗？'],
    ['ko', '아이가 한밤중에 열이 나요. 구급차 불러야 해요?'],
  ])('%s: %s', async (locale, message) => {
    const turn = await start(locale).say(message);
    expect(turn.topic).toBe('emergency');
    says(turn, locale, 'emergency:alert');
    expect(contactIds(turn)).toEqual(['police110', 'fire119', 'kyukyu7119', 'kodomo8000']);
    expect(contact(turn, 'kodomo8000').phone).toBe('#8000');
  });

  it('guard: the same worry without the ambulance word is the illness answer, no alarm (es)', async () => {
    const turn = await start('es').say('mi hijo tiene fiebre alta y es de noche, ¿a dónde llamo?');
    expect(turn.topic).toBe('health');
    expect(contactIds(turn)).toEqual(['kodomo8000', 'kyukyu7119']);
  });

  it('guard: a collapse, which names no illness the router reads, keeps the alert alone', async () => {
    const turn = await start('ja').say('父が倒れて息をしていない');
    expect(turn.topic).toBe('emergency');
    expect(contactIds(turn)).toEqual(['police110', 'fire119', 'kyukyu7119']);
  });
});

// R10-09: "I was robbed last week" → "I already told the police" → "is there any financial
// support?" showed the path's opening words three times; in Chinese the robbery and 已经报警了
// got "I did not understand".
describe('crime-victim path: told the police, then money', () => {
  it.each<[Locale, string, string, string]>([
    ['en', 'I was robbed last week', 'I already told the police', 'is there any financial support?'],
    ['zh-Hans', '我上周被人抢劫了', '已经报警了', '有没有经济上的帮助'],
    ['zh-Hant', '我上週被人搶劫了', '已經報警了', '有沒有經濟上的幫助'],
  ])('%s: %s → %s → %s', async (locale, robbed, told, money) => {
    const [first, second, third] = await walk(start(locale), [robbed, told, money]);
    expect(first!.topic).toBe('victim');
    says(first!, locale, 'victim:intro');
    // Told the police already: the desks besides the police, not the opening words again.
    saysNot(second!, locale, 'victim:intro');
    saysNot(second!, locale, 'fallback');
    expect(contactIds(second!)).toEqual(['victimDesk', 'advocacyCentre']);
    says(second!, locale, 'victim:more');
    // Money: what support exists (condolence money, grants), from the path.
    says(third!, locale, 'victim:support');
    saysNot(third!, locale, 'victim:intro');
    says(third!, locale, 'victim:more');
  });
});

describe('crime-victim path: asking for it again at its own menu', () => {
  it('pt-BR: robbed, then "quero ajuda para vítimas de crime" → what support exists, not the opening', async () => {
    const [first, again] = await walk(start('pt-BR'), [
      'Um homem me roubou na rua ontem, não estou ferido',
      'quero ajuda para vítimas de crime',
    ]);
    says(first!, 'pt-BR', 'victim:intro');
    says(again!, 'pt-BR', 'victim:support');
    saysNot(again!, 'pt-BR', 'victim:intro');
    says(again!, 'pt-BR', 'victim:more');
  });
});

// R10-10: "what are the hours?" after the desks' numbers got only "see other support?".
describe('crime-victim path: "what are the hours?" after the numbers', () => {
  it('en: the desks with their hours as far as on record', async () => {
    const [, hours] = await walk(start('en'), [
      'What is the phone number of the crime victim support center?',
      'what are the hours?',
    ]);
    says(hours!, 'en', 'common:deskHours');
    saysNot(hours!, 'en', 'victim:intro');
    expect(contactIds(hours!)).toEqual(['victimDesk', 'advocacyCentre', 'police9110']);
    expect(contact(hours!, 'advocacyCentre').schedule).toBeDefined();
    expect(contact(hours!, 'victimDesk').schedule).toBeUndefined();
    says(hours!, 'en', 'victim:more');
  });
});

// R10-11: moving in, in Filipino and easy Japanese, went to "did not understand", the consumer
// menu, the certificates or the job plaza; English, Vietnamese and Chinese got the 14-day answer.
describe('moving in: tl and ja-easy', () => {
  it('tl: register after moving → how many days → what to bring', async () => {
    const [first, days, bring] = await walk(start('tl'), [
      'Paano magparehistro pag lipat sa Osaka?',
      'ilang araw?',
      'ano ang dadalhin?',
    ]);
    expect(first!.topic).toBe('multicultural');
    says(first!, 'tl', 'multicultural:movingIn');
    expect(days!.topic).toBe('multicultural');
    says(days!, 'tl', 'multicultural:movingIn');
    expect(bring!.topic).toBe('multicultural');
    says(bring!, 'tl', 'multicultural:movingInBring');
  });

  it('tl: "Lumipat ako sa Osaka…" → how many days', async () => {
    const [first, days] = await walk(start('tl'), [
      'Lumipat ako sa Osaka galing Pilipinas. Ano ang kailangan kong gawin sa ward office?',
      'ilang araw?',
    ]);
    says(first!, 'tl', 'multicultural:movingIn');
    expect(days!.topic).toBe('multicultural');
    says(days!, 'tl', 'multicultural:movingIn');
  });

  it('ja-easy: すんでいる ところ を かえました → なんにち まで？', async () => {
    const [first, days] = await walk(start('ja-easy'), [
      'すんでいる　ところ　を　かえました',
      'なんにち　まで？',
    ]);
    expect(first!.topic).toBe('multicultural');
    says(first!, 'ja-easy', 'multicultural:movingIn');
    expect(days!.topic).toBe('multicultural');
    says(days!, 'ja-easy', 'multicultural:movingIn');
  });
});

// R10-12: follow-ups about the My Number card (a child's, how long it is valid, whether it costs)
// went to "did not understand", the town-safety or the consumer menu.
describe('My Number card follow-ups', () => {
  it.each<[Locale, string[], string[]]>([
    [
      'en',
      ['How long is my My Number card valid?', "I'm 15", 'Is it free to make one?'],
      ['multicultural:myNumber', 'multicultural:myNumber', 'multicultural:myNumberFree'],
    ],
    [
      'ja',
      ['マイナンバーカードの有効期限っていつまで？', '子どもの場合は？', '更新にお金かかる？'],
      ['multicultural:myNumber', 'multicultural:myNumber', 'multicultural:myNumberFree'],
    ],
    [
      'zh-Hans',
      ['我想申请个人编号卡', '多少钱', '有效期多久'],
      ['multicultural:myNumber', 'multicultural:myNumberFree', 'multicultural:myNumber'],
    ],
  ])('%s: %j', async (locale, messages, keys) => {
    const turns = await walk(start(locale), messages);
    turns.forEach((turn, i) => {
      expect(turn.topic).toBe('multicultural');
      says(turn, locale, keys[i]!);
      saysNot(turn, locale, 'fallback');
    });
  });
});
