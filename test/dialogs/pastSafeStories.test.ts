import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// A resident tells of an attack or a break-in that is over, and says they are safe now (or that
// they got away): what they need is crime-victim support (犯罪被害者等支援), not "call 110 or 119
// now". Each of these got the emergency alert, "I did not understand" or another topic's answer
// (防犯, the consumer desk). Beside them, the same stories with the danger here now must still get
// the alert, also when a past word is in the message.

/** Past and safe now: each got the emergency alert (alarm) or another answer (elsewhere) before. */
const PAST_SAFE: ReadonlyArray<[Locale, string]> = [
  ['ja', '夫に殴られて、今は実家に逃げてる'], // alarm
  ['ja-easy', 'まえに おっとに たたかれました。いまは あんぜんです'], // 防犯 (safety)
  ['en', 'I was stabbed last year but I am safe now'], // alarm
  ['en', 'someone broke into my house last year, now we are safe'], // staff hand-off
  ['zh-Hans', '以前老公打我，现在安全了'], // alarm
  ['zh-Hans', '去年被丈夫打过，现在安全了'], // not understood
  ['zh-Hans', '去年家里被偷了'], // not understood
  ['zh-Hant', '以前老公打我，現在安全了'], // alarm
  ['zh-Hant', '去年被丈夫打過，現在安全了'], // not understood
  ['ko', '작년에 남편이 때렸는데 지금은 안전해요'], // 防犯 (safety)
  ['vi', 'năm ngoái chồng tôi đánh tôi, giờ đã an toàn rồi'], // alarm
  ['vi', 'trước đây chồng tôi hay đánh tôi, giờ đã an toàn'], // alarm
  ['pt-BR', 'minha casa foi assaltada no ano passado'], // not understood
  ['es', 'mi esposo me pegaba el año pasado, ahora estoy a salvo'], // not understood
  ['es', 'el año pasado entraron a robar en mi casa'], // not understood
  ['id', 'tahun lalu suami saya memukul saya, sekarang aman'], // alarm
  ['id', 'rumah saya kemalingan tahun lalu'], // not understood
  ['tl', 'Sinaktan ako ng asawa ko noong isang taon pero ngayon ligtas na ako'], // not understood
  ['tl', 'dati sinasaktan ako ng asawa ko, safe na ako ngayon'], // alarm
  ['ne', 'गत वर्ष श्रीमानले मलाई कुट्नुभयो, अहिले सुरक्षित छु'], // 防犯 (safety)
];

/** Past and safe now, already reaching victim support: kept there. */
const ALREADY_RIGHT: ReadonlyArray<[Locale, string]> = [
  ['en', 'my husband used to hit me but I am safe now'],
  ['ja', '去年、泥棒に入られました'],
  ['ko', '작년에 도둑이 들었어요'],
  ['pt-BR', 'meu marido me batia no ano passado, agora estou segura'],
  ['th', 'เมื่อปีที่แล้วสามีทำร้ายฉัน ตอนนี้ปลอดภัยแล้ว'],
];

/** The danger here now, with a past word or a safe word beside it: the alert. */
const DANGER_NOW: ReadonlyArray<[Locale, string]> = [
  // Got no alert before (the past word stood the alarm down).
  ['en', 'he hit me last year and he is here now'],
  ['en', 'my ex beat me last year and now he is at my door'],
  ['ja', '去年から殴られ続けている'],
  ['ja', '去年殴られた元夫が今家の前にいる'],
  ['ja', '以前夫に殴られて今は実家に逃げてるけど、今夫が家の前にいる'],
  ['tl', 'sinaktan ako ng asawa ko noong isang taon at nandito siya ngayon'],
  ['zh-Hans', '去年被打过，现在他又在打我'],
  ['zh-Hant', '去年被打過，現在他又在打我'],
  ['pt-BR', 'ele me bateu no ano passado e agora está aqui de novo'],
  ['pt-BR', 'meu marido me batia no ano passado, agora estou segura, mas ele está aqui de novo'],
  ['ko', '예전에 남편에게 맞았는데 지금은 괜찮아요. 그런데 지금 집 앞에 있어요'],
  // Alerted before, and must go on alerting: a safe word beside a danger now.
  ['tl', 'dati sinasaktan ako ng asawa ko, safe na ako pero nandito siya ngayon'],
  ['zh-Hans', '以前老公打我，现在安全了，但是他又来了'],
  ['vi', 'năm ngoái chồng tôi đánh tôi, giờ đã an toàn nhưng anh ta lại đang đánh tôi'],
  ['id', 'tahun lalu suami saya memukul saya, sekarang aman tapi dia ada di sini'],
  ['es', 'me pegó el año pasado y ahora me está pegando otra vez'],
  ['th', 'ปีที่แล้วสามีทำร้ายฉัน ตอนนี้เขากำลังทำร้ายฉันอีก'],
  ['ne', 'गत वर्ष श्रीमानले कुट्नुभयो, अहिले फेरि कुटिरहनुभएको छ'],
  ['ja', '夫が包丁を持って追いかけてくる、実家に逃げてる途中'],
  ['en', "my husband is hitting me, I'm safe now in the bathroom"],
  // A safe word and a past word, and a sign of danger now: these words alarm whatever else is said.
  ['en', 'last year he stabbed me, I am safe now but he just texted he is coming to kill me'],
  ['ja', '去年殴られて今は安全だったけど、今元夫がドアの前にいる'],
  ['zh-Hans', '以前被打，现在安全了，但是他拿着刀在门外'],
  ['vi', 'năm ngoái bị đánh, giờ đã an toàn nhưng anh ta đang cầm dao ngoài cửa'],
  // Safe and past, then hit again today or now: the last words say it is happening (the Tagalog
  // and Chinese ones alerted before the stand-down, and lost the alert with it).
  ['tl', 'dati sinasaktan ako, ligtas na ako, pero sinasaktan niya ako ngayon'],
  ['zh-Hans', '以前老公打我，现在安全了，可是今天老公打我'],
  ['zh-Hant', '以前老公打我，現在安全了，可是今天老公打我'],
  ['ko', '작년에 남편이 때렸는데 지금은 괜찮아요 그런데 오늘 또 때렸어요'],
  ['ja', '以前夫に殴られていた。今は安全。でも今日また殴られた'],
];

async function expectVictimSupport(locale: Locale, text: string): Promise<void> {
  const h = createHarness({ now: NOW, locale });
  const turn = await h.say(text);
  expect(turn.topic).toBe('victim');
  expect(read(turn)).toContain(openingOf(locale, 'victim:intro'));
  expect(turn.values).toEqual(expect.arrayContaining(['opt:support', 'opt:cityDesk', 'opt:police']));
  expect(read(turn)).not.toContain(openingOf(locale, 'emergency:alert'));
  expect(contactIds(turn)).not.toContain('fire119');
}

describe('a past attack or break-in, the resident safe now: victim support, no emergency alert', () => {
  it.each(PAST_SAFE)('%s: "%s"', expectVictimSupport);
  it.each(ALREADY_RIGHT)('%s: "%s" (already right)', expectVictimSupport);
});

describe('the danger here now, beside a past or safe word: the emergency alert', () => {
  it.each(DANGER_NOW)('%s: "%s"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('emergency');
    expect(read(turn)).toContain(openingOf(locale, 'emergency:alert'));
    expect(contactIds(turn)).toEqual(['police110', 'fire119', 'kyukyu7119']);
  });
});

// Arguable, and kept an alarm: 我被跟踪了 says neither past nor safe, and the fear is now. The alert
// stays, and then points to victim support as 人に殴られました does (it showed only the menu).
describe('followed and afraid, with no past or safe word: the alert, then victim support', () => {
  it.each<[Locale, string]>([
    ['zh-Hans', '我被跟踪了好害怕'],
    ['zh-Hant', '我被跟蹤了好害怕'],
  ])('%s: "%s"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('emergency');
    expect(read(turn)).toContain(openingOf(locale, 'emergency:alert'));
    expect(read(turn)).toContain(openingOf(locale, 'alsoAsked'));
  });
});
