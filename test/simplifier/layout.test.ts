import { measureEntry } from '../../simplifier/metrics';
import { loadRules } from '../../simplifier/rewrite';
import { renderRuby } from '../../simplifier/ruby';
import { Simplifier } from '../../simplifier/simplify';
import { tokenizer } from '../helpers/tokenizer';

// Lists and addresses: the guidelines' bullet lists (3 things or more) and addresses on their own
// line. Without the lexicon, so the expected texts show the layout and nothing else.
let simplifier: Simplifier;
const easy = (input: string): string => simplifier.simplify(input).text;
beforeAll(async () => {
  simplifier = new Simplifier(await tokenizer(), loadRules(), []);
});

describe('bullet lists', () => {
  it.each([
    [
      // Things to bring: the last one keeps など, the sentence says 次のもの.
      '相談の際は、契約書、広告、事業者とのやり取りの記録等をお手元にご用意ください。',
      '相談の際は、次のものをお手元に用意してください。\n・契約書\n・広告\n・事業者とのやり取りの記録など',
    ],
    [
      // People: 次の人.
      '犯人は、息子や孫、警察官、市役所の職員などになりすまします。',
      '犯人は、次の人になりすまします。\n・息子や孫\n・警察官\n・市役所の職員など',
    ],
    [
      // Examples of a noun (〜などの手続): 次のような.
      '転入の届出にあわせて、国民健康保険、国民年金、児童手当等の手続が必要です。',
      '転入の届出にあわせて、次のような手続が必要です。\n・国民健康保険\n・国民年金\n・児童手当',
    ],
    [
      // Reactions named as clauses, closed by といった.
      '被害の直後には、眠れない、食欲がない、事件を思い出すといった反応が現れることがあります。',
      '被害の直後には、次のような反応が現れることがあります。\n・眠れない\n・食欲がない\n・事件を思い出す',
    ],
    [
      // A counted whole: the number stays in the sentence, the items are its examples.
      '専門家が、法律、労働、医療、税金など15分野の相談に応じます。',
      '専門家が、次の15分野の相談に応じます。\n・法律\n・労働\n・医療\n・税金など',
    ],
  ])('%s', (input, output) => {
    expect(easy(input)).toBe(output);
  });

  it.each([
    // Two things are not a list.
    '窓口では、住民票の写しや戸籍証明書、印鑑登録証明書を交付しています。',
    // The list belongs to a noun after it (切手を貼った封筒): 次のもの would break the phrase.
    '請求書、本人確認書類の写し、手数料分の定額小為替、切手を貼った返信用封筒を同封してください。',
    // による + noun: the list is inside a phrase.
    '英語、中国語、韓国語、スペイン語による電話通訳を利用できます。',
    // ほか joins two lists ("besides"), so the items are not of one kind.
    '面接による相談のほか、警察署や裁判所、病院等への付添いを行っています。',
    // Inside brackets the commas are the bracket's own.
    '証明書（住民票、戸籍、印鑑登録証明書など）は窓口でもらえます。',
    // A heading or button label is not a sentence.
    '住民票、戸籍、印鑑登録、税の証明',
  ])('leaves %s without bullets', (input) => {
    expect(easy(input)).not.toMatch(/\n|次の/u);
  });

  it('keeps the numbers, dates and names of the items', () => {
    const text = easy(
      '2025年4月1日から、住民票の写し、戸籍証明書、課税証明書等を、手数料300円で交付します。',
    );
    expect(text).toContain('2025年4月1日');
    expect(text).toContain('300円');
    expect(text.split('\n').filter((l) => l.startsWith('・'))).toEqual([
      '・住民票の写し',
      '・戸籍証明書',
      '・課税証明書など',
    ]);
  });

  it('shows the list under the sentence that names it when the sentence is cut', () => {
    const text = easy(
      '証明書の請求をする場合は、請求書、本人確認書類の写し、定額小為替を同封し、市役所に郵送してください。',
    );
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('次のもの'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 4)).toEqual(['・請求書', '・本人確認書類の写し', '・定額小為替']);
  });
});

describe('web addresses', () => {
  it('moves an address in brackets to its own line and keeps the page name', () => {
    expect(
      easy(
        '詳しくは、大阪市ホームページ「コンビニ交付サービス」（https://www.city.osaka.lg.jp/a/b.html）をご覧ください。',
      ),
    ).toBe(
      '詳しくは、大阪市ホームページ「コンビニ交付サービス」を見てください。\nhttps://www.city.osaka.lg.jp/a/b.html',
    );
  });

  it('calls a bare address 次のページ', () => {
    expect(easy('https://www.city.osaka.lg.jp/ から申し込んでください。')).toBe(
      '次のページから申し込んでください。\nhttps://www.city.osaka.lg.jp/',
    );
  });

  it('leaves an address after a noun in place', () => {
    expect(easy('大阪市のサイト https://www.city.osaka.lg.jp/ で確認してください。')).toContain(
      'サイト https://www.city.osaka.lg.jp/ で',
    );
  });
});

describe('phone numbers in brackets', () => {
  it('become a short sentence of their own that names the place', () => {
    expect(easy('お問い合わせは、市民局区政支援室（電話06-6208-7621）までお願いいたします。')).toBe(
      'お問い合わせは、市民局区政支援室までお願いします。市民局区政支援室の電話番号は、06-6208-7621です。',
    );
  });

  it('stay where no name comes before them', () => {
    expect(
      easy('コンビニ交付サービスについてのお問い合わせは、こちら（電話06-6208-7621）までお願いいたします。'),
    ).toContain('（電話06-6208-7621）');
  });
});

describe('deadlines', () => {
  it('get a sentence of their own, with the same verb, in a long request', () => {
    expect(
      easy(
        '転入された方は、住所を定めた日から14日以内に、お住まいの区の区役所において転入の届出を行ってください。',
      ),
    ).toBe(
      '転入した方は、住んでいる区の区役所で転入の届出をしてください。住所を定めた日から14日以内にしてください。',
    );
  });

  it('and in a duty, which keeps its polite ending', () => {
    expect(easy('住居地を変更した方は、移転した日から14日以内に、在留カードを提出しなければならない。')).toBe(
      '住居地を変更した方は、在留カードを提出しなければなりません。移転した日から14日以内にしなければなりません。',
    );
  });

  it('and in a 〜する必要があります, with the verb before 必要 (not ある)', () => {
    expect(
      easy('出生の日から30日以内に、地方出入国在留管理官署で在留資格の取得申請をする必要があります。'),
    ).toBe(
      '地方出入国在留管理官署で在留資格の取得申請をする必要があります。出生の日から30日以内にする必要があります。',
    );
  });

  it.each([
    // Short enough already.
    '14日以内に、届出をしてください。',
  ])('stay in %s', (input) => {
    expect(easy(input)).not.toMatch(/。.*以内に/u);
  });
});

describe('time spans', () => {
  it('get a sentence of their own, with the last verb, in a long statement', () => {
    expect(
      easy(
        '大阪被害者支援アドボカシーセンターでは、月曜日から金曜日の午前10時から午後4時まで（祝日を除く）、電話による相談を受け付けております。',
      ),
    ).toBe(
      '大阪被害者支援アドボカシーセンターでは、電話による相談を受け付けています。月曜日から金曜日の午前10時から午後4時まで（祝日を除く）受け付けています。',
    );
  });

  it.each([
    // Short: stays.
    '午前9時から午後5時まで、相談を受け付けています。',
    // The verb needs its subject (〜が必要です has no verb of its own to carry the span).
    '毎月第4日曜日は、午前9時から午後5時30分まで、転入・転出の届出や証明書の交付等の手続には予約が必要です。',
    // Not a span (no から): まで alone is a place or a limit.
    'お住まいの区の区役所まで、転入・転出の届出や証明書の交付等、一部の窓口業務についてお問い合わせいただけます。',
  ])('stay in %s', (input) => {
    expect(easy(input)).not.toMatch(/。[^。]*まで[^。、]*ます。$/u);
  });
});

describe('lines', () => {
  it('keeps the line breaks of the input, with one blank line between paragraphs at most', () => {
    expect(easy('住民票は区役所でもらえます。\n・本人確認書類\n・印鑑\n\n\n\n次の段落でございます。')).toBe(
      '住民票は区役所でもらえます。\n・本人確認書類\n・印鑑\n\n次の段落です。',
    );
  });

  it('carries the line breaks into the ruby and every renderer', () => {
    const result = simplifier.simplify(
      '詳しくは、大阪市ホームページ（https://www.city.osaka.lg.jp/）をご覧ください。',
    );
    expect(renderRuby(result.ruby, 'plain')).toBe(result.text);
    expect(renderRuby(result.ruby, 'html')).toMatch(/ください。\nhttps:\/\/www\.city\.osaka\.lg\.jp\/$/u);
    expect(renderRuby(result.ruby, 'parens')).toContain('(み)てください。\nhttps://');
  });

  it('does not count bullets and address lines as sentences in the measures', () => {
    const m = measureEntry(simplifier, {
      id: 't',
      service: 'consumer',
      text: '相談の際は、契約書、広告、事業者とのやり取りの記録等をご用意ください。詳しくは、大阪市ホームページ（https://www.city.osaka.lg.jp/）をご覧ください。',
    });
    expect(m.sentences).toEqual([
      '相談の際は、次のものを用意してください。',
      '詳しくは、大阪市ホームページを見てください。',
    ]);
    expect(m.lines).toEqual([
      '・契約書',
      '・広告',
      '・事業者とのやり取りの記録など',
      'https://www.city.osaka.lg.jp/',
    ]);
    expect(m.lost).toEqual([]);
  });
});
