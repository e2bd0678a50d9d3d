import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Multi-turn probes: questions right after a certificate's answer left the topic. ほな区役所行かなあかんの？
// after the PIN answer got the town-safety menu; 今日行けますか the foreign-residents menu;
// 郵送で取り寄せできますか after the 戸籍 answer "which certificate?" again; かーどは もってません at the
// card question the card question again; いくら after the ward office's and the weekend counters'
// answer that answer again; 委任状いる？ and "what do I need?" after the proxy answer "I did not
// understand" or the whole answer again; "my card expired" after the convenience store's answer the
// foreign-residents menu.

type Row = readonly [Locale, string, string, string];

const start = (locale: Locale) => createHarness({ now: NOW, locale });
const WARD_OFFICE_CONTACTS = ['wardWindow', 'requestBox', 'wardSupport'];

describe('"so I have to go to the ward office?" after the PIN answer', () => {
  const rows: ReadonlyArray<readonly [Locale, string, string]> = [
    ['ja', 'マイナンバーカードの暗証番号を忘れました', 'ほな区役所行かなあかんの？'],
    ['en', 'I forgot my My Number card PIN', 'so I have to go to the ward office?'],
    ['zh-Hans', '个人编号卡密码忘了', '那我必须去区役所吗？'],
    ['ko', '마이넘버카드 비밀번호를 잊어버렸어요', '그럼 구청에 가야 하나요?'],
    ['vi', 'Tôi quên mã PIN thẻ My Number', 'vậy tôi phải đến văn phòng quận à?'],
    ['pt-BR', 'esqueci a senha do cartão My Number', 'então tenho que ir à prefeitura distrital?'],
  ];
  it.each(rows)('%s: "%s", then "%s" → where and when the ward office is open', async (locale, pin, go) => {
    const h = start(locale);
    const first = await h.say(pin);
    expect(read(first)).toContain(openingOf(locale, 'multicultural:myNumberHelp'));
    const turn = await h.say(go);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'certificate:wardOffice'));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumberHelp'));
    expect(contactIds(turn)).toEqual(WARD_OFFICE_CONTACTS);
  });
});

describe('"can I go today?" after a certificate answer', () => {
  const rows: Row[] = [
    ['ja', '住民票がほしい', 'はい', '今日行けますか'],
    ['en', 'I need a residence certificate', 'yes', 'can I go today?'],
    ['zh-Hans', '我要住民票', '有', '今天能去吗？'],
    ['ko', '주민표가 필요해요', '네', '오늘 가도 되나요?'],
    ['vi', 'tôi cần juminhyo', 'có', 'hôm nay đi được không?'],
    ['pt-BR', 'preciso do juminhyo', 'sim', 'posso ir hoje?'],
  ];
  it.each(rows)('%s: "%s", "%s", then "%s" → the ward office answer', async (locale, want, yes, today) => {
    const h = start(locale);
    await h.say(want);
    const answer = await h.say(yes);
    expect(read(answer)).toContain(openingOf(locale, 'certificate:konbini'));
    const turn = await h.say(today);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'certificate:wardOffice'));
    expect(contactIds(turn)).toEqual(WARD_OFFICE_CONTACTS);
  });
});

describe('"by mail?" after the 戸籍 answer or at its card question', () => {
  const rows: Row[] = [
    ['ja', '戸籍謄本がほしい', 'いいえ', '郵送で取り寄せできますか'],
    ['en', 'I need a family register certificate', 'no', 'can I get it by mail?'],
    ['zh-Hans', '我要户籍证明', '没有', '可以邮寄吗？'],
    ['ko', '호적 증명서가 필요해요', '없어요', '우편으로 받을 수 있나요?'],
    ['vi', 'tôi cần giấy chứng nhận hộ tịch koseki', 'không có', 'có thể gửi qua bưu điện không?'],
    ['pt-BR', 'preciso do koseki', 'não tenho', 'posso receber pelo correio?'],
  ];
  const expectMail = (locale: Locale, turn: Awaited<ReturnType<ReturnType<typeof start>['say']>>) => {
    expect(read(turn)).toContain(openingOf(locale, 'certificate:online'));
    expect(read(turn)).toContain(openingOf(locale, 'certificate:requestBox'));
    expect(read(turn)).toContain('0000201856');
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:cardPrompt'));
    expect(contactIds(turn)).toEqual(['requestBox', 'wardSupport']);
  };
  it.each(rows)('%s: "%s", "%s", then "%s" → by post, the page', async (locale, want, no, mail) => {
    const h = start(locale);
    await h.say(want);
    const answer = await h.say(no);
    expect(read(answer)).toContain(openingOf(locale, 'certificate:getCard'));
    expectMail(locale, await h.say(mail));
  });
  it.each(rows.map(([locale, want, , mail]) => [locale, want, mail] as const))(
    '%s: "%s", then "%s" at the card question → by post, then the card question again',
    async (locale, want, mail) => {
      const h = start(locale);
      const card = await h.say(want);
      const turn = await h.say(mail);
      expect(read(turn)).toContain(openingOf(locale, 'certificate:online'));
      expect(read(turn)).toContain(openingOf(locale, 'certificate:requestBox'));
      expect(read(turn)).toContain('0000201856');
      // Its buttons are still on the screen: "yes" or "no" there still answers it
      // (certificateBeforeCard.test.ts).
      expect(turn.values).toEqual(card.values);
    },
  );
});

describe('"I have no card" in other kana at the card question', () => {
  it.each(['かーどは もってません', 'カードもってへん', 'かーど もってない'])(
    'ja: "%s" → the answer without the card (it got the question again)',
    async (words) => {
      const h = start('ja');
      await h.say('住民票がほしい');
      const turn = await h.say(words);
      expect(read(turn)).toContain(openingOf('ja', 'certificate:getCard'));
      expect(read(turn)).not.toContain(openingOf('ja', 'certificate:cardPrompt'));
      expect(contactIds(turn)).toEqual(['requestBox', 'wardSupport']);
    },
  );

  it('vi: "có thể …?" (can I …?) at the card question is a question, not "yes" (có)', async () => {
    const h = start('vi');
    await h.say('tôi cần juminhyo');
    const turn = await h.say('có thể lấy vào thứ bảy không?');
    expect(read(turn)).toContain(openingOf('vi', 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf('vi', 'certificate:konbini'));
  });
});

describe('"how much?" after the ward office and the weekend counters', () => {
  const rows: Row[] = [
    ['ja', '区役所はどこ？', '土曜日は？', 'いくら'],
    ['ja', '区役所はどこ？', '土曜日は？', 'なんぼ？'],
    ['en', 'where is the ward office', 'is it open on weekends?', 'how much'],
    ['zh-Hans', '区役所在哪里', '周末呢？', '多少钱'],
    ['ko', '구청 어디예요', '주말은요?', '얼마예요?'],
    ['vi', 'văn phòng quận ở đâu', 'cuối tuần thì sao?', 'bao nhiêu tiền?'],
    ['pt-BR', 'onde fica a prefeitura distrital', 'e no fim de semana?', 'quanto custa?'],
  ];
  it.each(rows)('%s: "%s", "%s", then "%s" → the confirmed fees', async (locale, where, weekend, fee) => {
    const h = start(locale);
    await h.say(where);
    const counters = await h.say(weekend);
    expect(read(counters)).toContain(openingOf(locale, 'certificate:weekend'));
    const turn = await h.say(fee);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toMatch(/300/u);
    expect(read(turn)).toMatch(/450/u);
    expect(read(turn)).toContain(openingOf(locale, 'certificate:feeOthers'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:wardOffice'));
    expect(contactIds(turn)).toEqual([]);
  });
});

describe('asking for a parent, then "do I need a letter of proxy?" and "what do I need?"', () => {
  const rows: Row[] = [
    ['ja', '母の住民票をとりたい', '委任状いる？', '何が必要？'],
    [
      'en',
      "I want to get my mother's residence certificate",
      'do I need a letter of attorney?',
      'what do I need?',
    ],
    ['zh-Hans', '我想帮妈妈拿住民票', '要委托书吗？', '需要什么？'],
    ['ko', '어머니 대신 주민표를 받고 싶어요', '위임장 필요해요?', '뭐가 필요해요?'],
    ['vi', 'tôi muốn lấy juminhyo thay cho mẹ', 'cần giấy ủy quyền không?', 'cần gì?'],
    ['pt-BR', 'quero tirar o juminhyo em nome da minha mãe', 'precisa de procuração?', 'o que eu preciso?'],
  ];
  it.each(rows)(
    '%s: "%s", "%s", "%s" → what a proxy needs, each time',
    async (locale, mother, letter, need) => {
      const h = start(locale);
      const first = await h.say(mother);
      expect(read(first)).toContain(openingOf(locale, 'certificate:proxy'));
      expect(read(first)).toContain(openingOf(locale, 'certificate:window'));
      for (const question of [letter, need]) {
        const turn = await h.say(question);
        expect(turn.topic).toBe('certificate');
        expect(read(turn)).toContain(openingOf(locale, 'certificate:proxy'));
        expect(read(turn)).toContain('0000201856');
        expect(read(turn)).not.toContain(openingOf(locale, 'certificate:cardPrompt'));
        expect(contactIds(turn)).toEqual(['wardSupport']);
      }
    },
  );

  it('ja: "what do I need?" right after the proxy answer → what a proxy needs', async () => {
    const h = start('ja');
    await h.say('母の住民票をとりたい');
    const turn = await h.say('何が必要？');
    expect(read(turn)).toContain(openingOf('ja', 'certificate:proxy'));
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  it('en: "what do I need?" after the convenience-store answer → that answer again, not the card question', async () => {
    const h = start('en');
    await h.say('I need a residence certificate');
    await h.say('yes');
    const turn = await h.say('what do I need?');
    expect(read(turn)).toContain(openingOf('en', 'certificate:konbini'));
    expect(read(turn)).not.toContain(openingOf('en', 'certificate:proxy'));
    expect(read(turn)).not.toContain(openingOf('en', 'certificate:cardPrompt'));
    expect(contactIds(turn)).toEqual(['konbiniService']);
  });
});

describe('"my card expired" after the convenience store answer', () => {
  const rows: Row[] = [
    ['ja', 'コンビニで住民票とれる？', 'はい', 'カードの期限が切れてる'],
    ['en', 'can I get a residence certificate at a convenience store?', 'yes', 'my card expired'],
    ['zh-Hans', '便利店可以拿住民票吗', '有', '我的卡过期了'],
    ['ko', '편의점에서 주민표 받을 수 있어요?', '네', '카드가 만료됐어요'],
    ['vi', 'có thể lấy juminhyo ở cửa hàng tiện lợi không', 'có', 'thẻ của tôi hết hạn rồi'],
    ['pt-BR', 'posso tirar juminhyo na loja de conveniência?', 'sim', 'meu cartão venceu'],
  ];
  it.each(rows)(
    '%s: "%s", "%s", then "%s" → ask the ward office; the ways without the card',
    async (locale, konbini, yes, expired) => {
      const h = start(locale);
      await h.say(konbini);
      const answer = await h.say(yes);
      expect(read(answer)).toContain(openingOf(locale, 'certificate:konbini'));
      const turn = await h.say(expired);
      expect(turn.topic).toBe('certificate');
      expect(read(turn)).toContain(openingOf(locale, 'certificate:cardExpired'));
      expect(read(turn)).toContain(openingOf(locale, 'certificate:window'));
      expect(read(turn)).toContain(openingOf(locale, 'certificate:weekend'));
      expect(read(turn)).toContain('0000427409');
      expect(read(turn)).not.toContain(openingOf(locale, 'certificate:konbini'));
      expect(contactIds(turn)).toEqual(['wardSupport', 'requestBox']);
    },
  );

  it('ja: said at the card question → the same answer', async () => {
    const h = start('ja');
    await h.say('住民票がほしい');
    const turn = await h.say('カードの期限が切れてる');
    expect(read(turn)).toContain(openingOf('ja', 'certificate:cardExpired'));
    expect(read(turn)).not.toContain(openingOf('ja', 'certificate:cardPrompt'));
  });
});

describe('controls: a question surely about another service still leaves the certificate', () => {
  const after = async (locale: Locale) => {
    const h = start(locale);
    await h.say(locale === 'ja' ? '住民票がほしい' : 'I need a residence certificate');
    await h.say(locale === 'ja' ? 'はい' : 'yes');
    return h;
  };

  it('ja: the residence card expired → the foreign-residents answer, not the My Number card', async () => {
    const h = await after('ja');
    const turn = await h.say('在留カードの期限が切れた');
    expect(turn.topic).toBe('multicultural');
    expect(read(turn)).not.toContain(openingOf('ja', 'certificate:cardExpired'));
  });

  it('en: my residence card expired → not the My Number card answer', async () => {
    const h = await after('en');
    const turn = await h.say('my residence card expired');
    expect(turn.topic).toBe('multicultural');
    expect(read(turn)).not.toContain(openingOf('en', 'certificate:cardExpired'));
  });

  it('ja: a scam call today → the consumer service', async () => {
    const h = await after('ja');
    const turn = await h.say('今日、還付金があるという電話がかかってきた');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).not.toContain(openingOf('ja', 'certificate:wardOffice'));
  });

  it('en: a fake police call asking for my card → the consumer service, not the proxy answer', async () => {
    const h = await after('en');
    const turn = await h.say('someone pretending to be police called about my card');
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).not.toContain(openingOf('en', 'certificate:proxy'));
  });

  it('ja: "can I go today?" after a consumer answer is not the ward office answer', async () => {
    const h = start('ja');
    await h.say('訪問販売で契約してしまった');
    const turn = await h.say('今日行けますか');
    expect(read(turn)).not.toContain(openingOf('ja', 'certificate:wardOffice'));
  });
});
