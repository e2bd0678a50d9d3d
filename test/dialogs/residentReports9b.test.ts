import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Typing round 9, R9-07: after a stalker alert, 警察に言うほどじゃないかもしれないけど got the
// town-safety menu (客引き, bicycles), and "what can i do tomorrow? who do i talk to" after a man
// banging on the door got the emergency numbers and the foreign-residents desks. After violence or
// a break-in, what follows the alert is the crime-victim desks.
describe('after an alert about violence, the crime-victim desks follow', () => {
  it('ja: 警察に言うほどじゃないかも after a stalker alert → the victim path, not the safety menu', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    expect((await h.say('元彼にずっとつけられてる気がする')).topic).toBe('emergency');
    const turn = await h.say('警察に言うほどじゃないかもしれないけど');
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf('ja', 'victim:intro'));
    expect(read(turn)).not.toContain(openingOf('ja', 'safety:intro'));
  });

  it('en: "who do I talk to" after the door alert and "I called the police" → the victim desks first', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    expect((await h.say('the man is outside my door now. hes banging')).topic).toBe('emergency');
    expect((await h.say('i called the police. theyre coming')).topic).toBe('emergency');
    const turn = await h.say('what can i do tomorrow? who do i talk to');
    expect(turn.topic).toBe('handoff');
    expect(contactIds(turn).slice(0, 3)).toEqual(['victimDesk', 'advocacyCentre', 'police9110']);
  });

  it('en: after a fire, "who do I talk to" gets the emergency numbers, not the victim desks', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('the house is on fire');
    const turn = await h.say('who do i talk to');
    expect(turn.topic).toBe('handoff');
    expect(contactIds(turn).slice(0, 3)).toEqual(['police110', 'fire119', 'kyukyu7119']);
    expect(contactIds(turn)).not.toContain('victimDesk');
  });

  it('ja: a sure question after a violence alert is still that question', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('元彼にずっとつけられてる気がする');
    const turn = await h.say('住民票がほしい');
    expect(turn.topic).toBe('certificate');
  });
});

// R9-17: "What support is there" and どんな支援がありますか on the crime-victim path got the path's
// opening words again, not the overview of the support its first button gives.
describe('"what support is there?" in words on the victim path', () => {
  it.each<[Locale, string]>([
    ['en', 'What support is there'],
    ['ja', 'どんな支援がありますか'],
    ['ko', '어떤 지원이 있어요?'],
    ['es', '¿qué apoyo hay?'],
  ])('%s: "%s" at the menu → the overview', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:victim');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'victim:support'));
    expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
  });

  it('ja: "what support does the support centre give?" → that desk', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    await h.say('menu:victim');
    const turn = await h.say('支援センターではどんな支援がありますか');
    expect(read(turn)).toContain(openingOf('ja', 'victim:centre'));
  });

  it('ja: asked on entering ("is it free?") → the opening words, then that answer', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('犯罪被害にあいました。無料で相談できますか');
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf('ja', 'victim:intro'));
    expect(read(turn)).toContain(openingOf('ja', 'victim:free'));
  });

  it('en: "what support is there" after a consumer answer is not taken as a question about it', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    await h.say('menu:consumer');
    await h.say('opt:consult');
    const turn = await h.say('what support is there for crime victims');
    expect(turn.topic).toBe('victim');
  });
});

// R9-08: at the cooling-off sale-type question, 昨天 (yesterday) got the question again and the
// date was lost; after the answer, 那如果是上个月20号收到的呢 ("and if it came on the 20th of last
// month?") opened the crime-victim path.
describe('the day the document came, given early or changed after the answer', () => {
  it('ja: a date at the sale-type question is said back and kept; the sale type then gives the answer', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const first = await h.say('契約をやめたい');
    expect(read(first)).toContain(openingOf('ja', 'consumer:coolingOff.saleTypePrompt'));
    const early = await h.say('先月の20日');
    expect(read(early)).toContain('2026年10月20日');
    expect(read(early)).toContain(openingOf('ja', 'consumer:coolingOff.saleTypePrompt'));
    const answer = await h.say('1');
    // Door-to-door: 8 days from 20 October ended on 27 October.
    expect(read(answer)).toContain(openingOf('ja', 'consumer:coolingOff.understood'));
    expect(read(answer)).toContain('2026年10月20日');
    expect(read(answer)).toContain('2026年10月27日');
    expect(read(answer)).not.toContain(openingOf('ja', 'consumer:coolingOff.datePrompt'));
  });

  it('zh-Hans: another date right after the answer → the answer again for that date', async () => {
    const h = createHarness({ now: NOW, locale: 'zh-Hans' });
    await h.say('上门推销 我签了合同 想取消');
    // 23 November (yesterday): open until 30 November.
    const open = await h.say('昨天');
    expect(read(open)).toContain('2026年11月23日');
    expect(read(open)).toContain('2026年11月30日');
    const again = await h.say('那如果是上个月20号收到的呢');
    expect(again.topic).toBe('consumer');
    expect(read(again)).toContain('2026年10月20日');
    expect(read(again)).toContain('2026年10月27日');
    expect(read(again)).not.toContain(openingOf('zh-Hans', 'victim:intro'));
  });
});

// R9-09: "I paid ¥30,000 for a part-time job and got no job", in romanised Nepali, got the job
// centre, with a line in Tagalog offering Filipino (R9-18). Paying for a job that never comes is a
// scam: the "do not send money; if you already have, the police and your bank" answer.
describe('money paid for a job that never came', () => {
  it.each<[Locale, string]>([
    ['ne', 'arubaito ko lagi paisa tiryo tara kaam diyena, 3 man gayo'],
    ['ne', 'कामको लागि पैसा तिरें तर काम दिएन'],
    ['en', 'I paid 30000 yen for a part-time job but got no job'],
    ['ja', '副業の登録料を払ったのに仕事がもらえない'],
    ['vi', 'tôi trả tiền để được việc làm thêm nhưng không có việc'],
  ])('%s: "%s" → the money-sent answer, with 110, not the job centre', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.transferAdvice'));
    expect(contactIds(turn)).toContain('police110');
    expect(read(turn)).not.toContain(openingOf(locale, 'languageOffer'));
  });

  it('en: looking for a paid job is still a job search', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    expect((await h.say('I want a paid job')).topic).toBe('jobs');
  });

  it('id: "bisa cooling off ga" in an Indonesian conversation is not offered English', async () => {
    const h = createHarness({ now: NOW, locale: 'id' });
    const turn = await h.say('bisa cooling off ga');
    expect(read(turn)).not.toContain(openingOf('en', 'languageOffer'));
    expect(turn.topic).toBe('consumer');
  });
});
