import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, says, saysNot } from './util';

// A blind probe of long conversations: refused a flat "because I am a foreigner" (Tagalog) got the
// crime-victim menu, not the human-rights line; "when does my My Number card expire?" in Chinese,
// the foreign-residents menu, then "and my child's?" and "does it cost?" the town-safety menu; the
// one-day service asked as a "free consultation day" (ko, es) the menu.

const start = (locale: Locale) => createHarness({ now: NOW, locale });

describe('refused because one is a foreigner → the human-rights line', () => {
  it.each<[Locale, string]>([
    ['tl', 'Hindi ako pinapayagang umupa ng bahay dahil dayuhan ako'],
    ['ja', '外国人だからという理由で部屋を貸してくれない'],
    ['en', "the landlord refused me because i'm a foreigner"],
    ['zh-Hans', '因为我是外国人，房东拒绝租房给我'],
    ['ko', '외국인이라서 집주인이 거절했어요'],
  ])('%s: %s', async (locale, text) => {
    const turn = await start(locale).say(text);
    says(turn, locale, 'multicultural:humanRights');
    expect(contactIds(turn)).toEqual(['mojHumanRights']);
    saysNot(turn, locale, 'victim:intro');
  });

  it('en: "because I\'m a foreigner" with no refusal is no human-rights question (control)', async () => {
    const turn = await start('en').say("because i'm a foreigner, can i get a my number card?");
    saysNot(turn, 'en', 'multicultural:humanRights');
  });
});

describe('the My Number card asked in Chinese, then about it', () => {
  it('zh-Hans: expiry, "my child\'s?", "does it cost?", "where?" → the card\'s answers, not the safety menu', async () => {
    const h = start('zh-Hans');
    says(await h.say('我的个人编号卡什么时候到期'), 'zh-Hans', 'multicultural:myNumber');
    const child = await h.say('我孩子的呢');
    says(child, 'zh-Hans', 'multicultural:myNumber');
    saysNot(child, 'zh-Hans', 'safety:intro');
    says(await h.say('要花钱吗'), 'zh-Hans', 'multicultural:myNumberFree');
    const where = await h.say('在哪里领');
    expect(contactIds(where)).toContain('wardWindow');
    saysNot(where, 'zh-Hans', 'multicultural:intro');
  });
});

describe('the one-day service as a free consultation day', () => {
  it.each<[Locale, string]>([
    ['ko', '외국인을 위한 무료 상담회가 있어요?'],
    ['es', '¿Hay algún día de consulta gratis para extranjeros?'],
    ['zh-Hans', '有外国人免费咨询会吗？'],
  ])('%s: %s → the one-day service', async (locale, text) => {
    const turn = await start(locale).say(text);
    says(turn, locale, 'multicultural:oneDay');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});

describe('"what phone?" after the lost My Number card\'s answer', () => {
  it('pt-BR: "qual o telefone?" → that answer with its card and number, not the scam menu', async () => {
    const h = start('pt-BR');
    says(await h.say('perdi meu cartão my number'), 'pt-BR', 'multicultural:myNumberHelp');
    const turn = await h.say('qual o telefone?');
    expect(contactIds(turn)).toEqual(['wardSupport']);
    saysNot(turn, 'pt-BR', 'consumer:intro');
  });
});
