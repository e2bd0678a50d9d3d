import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { contactIds, NOW, openingOf, read } from './util';

// Probes, a resident's first message: 我忘了个人编号卡的密码 ("I forgot my My Number card's PIN",
// the card and the PIN between 忘了 and 密码) got "which certificate?", while 个人编号卡密码忘了 got
// the PIN answer: the PIN words only matched their contiguous forms. The PIN answer is where to
// ask (the ward office, the card's page) and 区政支援室.
describe('a forgotten My Number card PIN, asked first', () => {
  const ROWS: ReadonlyArray<[Locale, string]> = [
    ['zh-Hans', '我忘了个人编号卡的密码'],
    ['zh-Hans', '我忘记了我的个人编号卡密码'],
    ['zh-Hans', '我不记得个人编号卡的密码了'],
    ['zh-Hant', '我忘了個人編號卡的密碼'],
    ['zh-Hant', '個人編號卡的密碼被鎖了'],
    ['ko', '마이넘버카드 비밀번호가 기억이 안 나요'],
    ['vi', 'tôi không nhớ mã PIN thẻ my number'],
  ];

  it.each(ROWS)('%s: "%s" → the PIN answer, not "which certificate?"', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'multicultural:myNumberHelp'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  // A caller asking for the card's PIN is a scam, not a forgotten PIN: the advice that no police
  // officer or bank asks for it (R: "which certificate?" in Chinese, the PIN answer in English).
  it.each([
    ['zh-Hans', '有人打电话问我个人编号卡的密码'],
    ['zh-Hant', '有人打電話問我個人編號卡的密碼'],
    ['en', 'someone called and asked for my my number card pin'],
  ] as Array<[Locale, string]>)('%s: "%s" → the scam advice, not the PIN answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('consumer');
    expect(read(turn)).toContain(openingOf(locale, 'consumer:scam.policeAdvice'));
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumberHelp'));
  });

  // Controls, which pass without the change too: PIN words about a bank card, or a card left at
  // home, are no forgotten My Number PIN.
  it.each([
    ['ja', '銀行の暗証番号を教えてと言われた'],
    ['zh-Hans', '我忘了银行卡密码'],
    ['zh-Hans', '我忘了带个人编号卡'],
  ] as Array<[Locale, string]>)('%s: "%s" → not the PIN answer', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(read(turn)).not.toContain(openingOf(locale, 'multicultural:myNumberHelp'));
  });
});

// Probes: サービスカウンターは土日あいてる？ got "I did not understand", and 土日に証明書とれる？
// "which certificate?". On weekends and holidays the service counters in Umeda, Namba and Tennoji
// issue 住民票 and 戸籍 (osaka-facts.md): that answer, with the machines and the request box.
describe('certificates on the weekend, asked first with no certificate named', () => {
  const ROWS: ReadonlyArray<[Locale, string]> = [
    ['ja', 'サービスカウンターは土日あいてる？'],
    ['ja', '土日に証明書とれる？'],
    ['en', 'are the service counters open on weekends?'],
    ['en', 'can I get a certificate on sunday?'],
    ['zh-Hans', '周末可以办证明吗？'],
    ['zh-Hans', '服务柜台周末开吗？'],
    ['zh-Hant', '週末可以辦證明嗎？'],
    ['ko', '주말에 증명서를 받을 수 있나요?'],
    ['ko', '서비스 카운터는 주말에도 열어요?'],
    ['vi', 'có thể lấy giấy chứng nhận vào cuối tuần không?'],
    ['vi', 'quầy dịch vụ có mở cửa cuối tuần không?'],
    ['pt-BR', 'posso tirar certidão no fim de semana?'],
    ['pt-BR', 'o balcão de atendimento abre no sábado?'],
    ['ne', 'praman patra sanibar ma paincha?'],
  ];

  it.each(ROWS)('%s: "%s" → the weekend counters', async (locale, text) => {
    const h = createHarness({ now: NOW, locale });
    const turn = await h.say(text);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf(locale, 'certificate:weekend'));
    expect(read(turn)).not.toContain(openingOf(locale, 'certificate:whichPrompt'));
    expect(contactIds(turn)).toEqual(['serviceCorners', 'konbiniService', 'requestBox']);
  });

  // Controls, which pass without the change too: a certificate named goes on to the card
  // question, and the desk for foreigners on Saturday is not the certificate counters.
  it('ja: 土日に住民票とれる？ → the card question for the 住民票', async () => {
    const h = createHarness({ now: NOW, locale: 'ja' });
    const turn = await h.say('土日に住民票とれる？');
    expect(read(turn)).toContain(openingOf('ja', 'certificate:cardPrompt'));
  });

  it('pt-BR: the desk for foreigners on Saturday → not the certificate counters', async () => {
    const h = createHarness({ now: NOW, locale: 'pt-BR' });
    const turn = await h.say('o balcão de atendimento para estrangeiros abre no sábado?');
    expect(turn.topic).not.toBe('certificate');
  });
});

// Probe: "bao nhiêu?" right after the ward office's answer got that answer again. Alone it means
// "how much?" or "how many?" (days, for cooling-off): as the whole message right after a
// certificate's answer it is the fee; "bao nhiêu ngày?" is not.
describe('Vietnamese "bao nhiêu?" right after a certificate answer', () => {
  it('after the ward office → the confirmed window fees, not the ward office again', async () => {
    const h = createHarness({ now: NOW, locale: 'vi' });
    await h.say('văn phòng quận mở cửa khi nào?');
    const turn = await h.say('bao nhiêu?');
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf('vi', 'certificate:feeOthers'));
    expect(read(turn)).toContain('300');
    expect(read(turn)).toContain('450');
    expect(read(turn)).not.toContain(openingOf('vi', 'certificate:wardOffice'));
  });

  it('after the 住民票 answer, "Bao nhiêu ạ?" → its window fee', async () => {
    const h = createHarness({ now: NOW, locale: 'vi' });
    await h.say('tôi muốn lấy phiếu cư trú');
    await h.say('không');
    const turn = await h.say('Bao nhiêu ạ?');
    expect(read(turn)).toContain(openingOf('vi', 'certificate:fee'));
    expect(read(turn)).toContain('300');
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  // Control, which passes without the change too: "how many days?" is no fee question.
  it('"bao nhiêu ngày?" after the ward office → not the fees', async () => {
    const h = createHarness({ now: NOW, locale: 'vi' });
    await h.say('văn phòng quận mở cửa khi nào?');
    const turn = await h.say('bao nhiêu ngày?');
    expect(read(turn)).not.toContain(openingOf('vi', 'certificate:feeOthers'));
  });
});

// Probes: romanized Nepali after the 住民票 answer — "kati paisa lagcha?" (how much does it cost?)
// got the card question again, "sanibar ma paincha?" (can I get it on Saturday?) the
// foreign-residents menu, "kaha cha?" (where is it?) the card question: the question words had
// Nepali in Devanagari only.
describe('romanized Nepali questions right after the 住民票 answer', () => {
  const after = async (question: string) => {
    const h = createHarness({ now: NOW, locale: 'ne' });
    await h.say('juminhyo chahiyo');
    await h.say('chaina');
    return h.say(question);
  };

  it.each(['kati paisa lagcha?', 'paisa lagcha?', 'kati paisa?'])('"%s" → its window fee', async (q) => {
    const turn = await after(q);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf('ne', 'certificate:fee'));
    expect(read(turn)).toContain('300');
    expect(read(turn)).not.toContain(openingOf('ne', 'certificate:cardPrompt'));
    expect(contactIds(turn)).toEqual(['wardSupport']);
  });

  it.each(['sanibar ma paincha?', 'aaitabar khulcha?', 'chutti ko din ma paincha?'])(
    '"%s" → the weekend counters',
    async (q) => {
      const turn = await after(q);
      expect(turn.topic).toBe('certificate');
      expect(read(turn)).toContain(openingOf('ne', 'certificate:weekend'));
      expect(contactIds(turn)).toEqual(['serviceCorners', 'konbiniService', 'requestBox']);
    },
  );

  it.each(['kaha cha?', 'kaha ho?'])('"%s" → where the ward office is', async (q) => {
    const turn = await after(q);
    expect(turn.topic).toBe('certificate');
    expect(read(turn)).toContain(openingOf('ne', 'certificate:wardOffice'));
    expect(read(turn)).not.toContain(openingOf('ne', 'certificate:cardPrompt'));
    expect(contactIds(turn)).toEqual(['wardWindow', 'requestBox', 'wardSupport']);
  });
});
