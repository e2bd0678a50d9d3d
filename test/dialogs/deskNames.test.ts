import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import type { Turn } from '../helpers/harness';
import { contactIds, NOW, says, saysNot } from './util';

// The foreign residents' desks by name, as the first message: the one-day information service
// for foreigners got the International House answer (en, ja-easy: "foreigners" weighed as much as
// the service's name) or only the foreign residents' menu (zh-Hans, es); International House by
// its Korean and Vietnamese names got the menu. Now the answer for the desk named, with its card.

async function first(locale: Locale, text: string): Promise<Turn> {
  return createHarness({ now: NOW, locale }).say(text);
}

describe('the one-day information service by name', () => {
  it.each<[Locale, string]>([
    ['en', 'one-day information service for foreigners'],
    ['ja-easy', 'がいこくじんの ための いちにち インフォメーションサービス'],
    ['zh-Hans', '我想了解外国人一日信息服务'],
    ['es', 'Quiero saber del servicio de información de un día para extranjeros'],
  ])('%s: %s → the one-day answer and its card', async (locale, text) => {
    const turn = await first(locale, text);
    says(turn, locale, 'multicultural:oneDay');
    saysNot(turn, locale, 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['oneDayService']);
  });
});

describe('International House by its local name', () => {
  it.each<[Locale, string]>([
    ['ko', '오사카 국제교류센터에서 상담하고 싶어요'],
    ['vi', 'Tôi muốn hỏi ở Trung tâm Giao lưu Quốc tế Osaka'],
  ])('%s: %s → the International House answer, with OFIX', async (locale, text) => {
    const turn = await first(locale, text);
    says(turn, locale, 'multicultural:consult');
    expect(contactIds(turn)).toEqual(['ihOsaka', 'ofix']);
  });
});
