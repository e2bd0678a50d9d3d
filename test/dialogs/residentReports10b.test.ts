import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read, says, saysNot } from './util';

// Blind probe, round 10: on the crime-victim path "what can I do?" got the path's opening words
// again, not the overview of the support its first button gives (as "what support is there?" does).
describe('"what can I do?" on the victim path', () => {
  it.each<[Locale, string]>([
    ['en', 'what can I do?'],
    ['ja', '何ができますか'],
    ['es', '¿qué puedo hacer?'],
    ['pt-BR', 'o que posso fazer?'],
    ['zh-Hans', '我能做什么？'],
  ])('%s: "%s" at the menu → the overview of the support', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    await h.say('menu:victim');
    const turn = await h.say(text);
    expect(read(turn)).toContain(openingOf(locale, 'victim:support'));
    expect(read(turn)).not.toContain(openingOf(locale, 'victim:intro'));
  });

  it('en: told on entering, "I was attacked last week, what can I do?" → the opening words and the overview', async () => {
    const h = createHarness({ now: NOW, locale: 'en' });
    const turn = await h.say('I was attacked on the street last week, what can I do?');
    expect(turn.topic).toBe('victim');
    expect(read(turn)).toContain(openingOf('en', 'victim:intro'));
    expect(read(turn)).toContain(openingOf('en', 'victim:support'));
  });
});

// Blind probe, round 10: after the bicycle-helmet answer, "Còn con tôi thì sao?" ("and what about my
// child?") got the foreign-residents menu, where 孩子呢 (zh-Hans) gets that answer again as a
// follow-up. "…thì sao" (what about…), "còn con…" and the child asked after in other languages
// (子どもは？, 아이는요?, ¿Y mi hijo?, "and my kid?") are follow-up words too.
describe('"and my child?" right after an answer is about that answer', () => {
  it.each<[Locale, string, string]>([
    ['vi', 'Đi xe đạp có bắt buộc đội mũ bảo hiểm không?', 'Còn con tôi thì sao?'],
    ['ko', '자전거 헬멧 써야 돼요?', '아이는요?'],
    ['es', '¿Es obligatorio el casco en bicicleta?', '¿Y mi hijo?'],
    ['en', 'is a bicycle helmet required?', 'and my kid?'],
  ])('%s: after "%s", "%s" → the helmet answer again, not a menu', async (locale, first, child) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'safety:bicycleRules');
    const turn = await h.say(child);
    expect(turn.topic).toBe('safety');
    says(turn, locale, 'safety:bicycleRules');
    saysNot(turn, locale, 'multicultural:intro');
    saysNot(turn, locale, 'safety:intro');
  });

  it.each<[Locale, string, string]>([
    ['vi', 'Giấy 住民票 bao nhiêu tiền?', 'Còn con tôi thì sao?'],
    ['ja', '住民票の手数料はいくら？', '子どもの分は？'],
  ])(
    '%s: after the 住民票 fee ("%s"), "%s" → about the certificate, as 孩子呢 is',
    async (locale, first, child) => {
      const h = createHarness({ now: NOW, locale });
      says(await h.say(first), locale, 'certificate:fee');
      const turn = await h.say(child);
      expect(turn.topic).toBe('certificate');
      saysNot(turn, locale, 'multicultural:intro');
      saysNot(turn, locale, 'safety:intro');
    },
  );
});

// Blind probe, round 10: right after the one-day service's answer, "¿en español?" (is it in
// Spanish?) in Spanish changed the language to Spanish ("A partir de ahora le responderé en
// español") and gave the answer again; 한국어로 상담할 수 있어요? (can I consult in Korean?) got
// International House's desks. Both ask in which languages that service is held: their number is on
// record (12, Russian and Ukrainian among them), not which they are.
describe('"in my language?" right after the one-day service', () => {
  it.each<[Locale, string, string]>([
    ['es', '¿Hay un día de consulta gratuita para extranjeros?', '¿en español?'],
    ['ko', '외국인 무료 상담회가 있어요?', '한국어로 상담할 수 있어요?'],
    ['ko', '외국인 무료 상담회가 있어요?', '한국어도 돼요?'],
    ['en', 'one day consultation', 'in English?'],
  ])('%s: after "%s", "%s" → its languages, not a language change', async (locale, first, asked) => {
    const h = createHarness({ now: NOW, locale });
    says(await h.say(first), locale, 'multicultural:oneDay');
    const turn = await h.say(asked);
    says(turn, locale, 'multicultural:oneDayLanguages');
    saysNot(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:consult');
    saysNot(turn, locale, 'language.changed');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});

// Blind probe, round 10: 아까 상담회는 예약해야 돼요? ("the consultation meeting from before, do I
// need to book?") got International House's "whether you need an appointment is not on record" after
// its desks' answer, and the hand-off list once "was this helpful?" was answered. 아까/그/이 상담회
// name the one-day service (ko's menu calls it 외국인 상담회); asked with a detail after a
// foreign-residents answer, it gets that detail: free, and no reservation needed.
describe('아까 상담회 (the consultation meeting from before) and a detail', () => {
  it('ko: after the desks in Korean, "아까 상담회는 예약해야 돼요?" → the one-day service needs no reservation', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    says(await h.say('한국어로 상담할 수 있는 곳 있어요?'), 'ko', 'multicultural:consult');
    const turn = await h.say('아까 상담회는 예약해야 돼요?');
    expect(turn.topic).toBe('multicultural');
    says(turn, 'ko', 'multicultural:oneDayFree');
    saysNot(turn, 'ko', 'multicultural:deskAppointment');
    saysNot(turn, 'ko', 'multicultural:oneDay');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });

  it('ko: the one-day answer, "helpful", then "아까 상담회는 예약해야 돼요?" → no reservation, not the hand-off list', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    says(await h.say('외국인 무료 상담회가 있어요?'), 'ko', 'multicultural:oneDay');
    await h.say('fb:yes');
    const turn = await h.say('아까 상담회는 예약해야 돼요?');
    expect(turn.topic).toBe('multicultural');
    says(turn, 'ko', 'multicultural:oneDayFree');
    saysNot(turn, 'ko', 'multicultural:oneDay');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });

  it('ko: "그 상담회는 어디서 해요?" after the desks → where the one-day service is, not on record', async () => {
    const h = createHarness({ now: NOW, locale: 'ko' });
    says(await h.say('한국어로 상담할 수 있는 곳 있어요?'), 'ko', 'multicultural:consult');
    const turn = await h.say('그 상담회는 어디서 해요?');
    says(turn, 'ko', 'multicultural:oneDayWhen');
    saysNot(turn, 'ko', 'multicultural:deskWhere');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});
