/**
 * Verb conjugation driven by IPADIC's fields (conjugated_type / conjugated_form), so a rewrite can
 * put the easy verb in exactly the form the original had: おり(連用形)+ます → い+ます,
 * 取得し(連用形)+て → もらっ(連用タ接続)+て.
 */
type Row = { a: string; i: string; u: string; e: string; o: string; onbin: string };

const GODAN: Record<string, Row> = {
  カ: { a: 'か', i: 'き', u: 'く', e: 'け', o: 'こ', onbin: 'い' },
  ガ: { a: 'が', i: 'ぎ', u: 'ぐ', e: 'げ', o: 'ご', onbin: 'い' },
  サ: { a: 'さ', i: 'し', u: 'す', e: 'せ', o: 'そ', onbin: 'し' },
  タ: { a: 'た', i: 'ち', u: 'つ', e: 'て', o: 'と', onbin: 'っ' },
  ナ: { a: 'な', i: 'に', u: 'ぬ', e: 'ね', o: 'の', onbin: 'ん' },
  バ: { a: 'ば', i: 'び', u: 'ぶ', e: 'べ', o: 'ぼ', onbin: 'ん' },
  マ: { a: 'ま', i: 'み', u: 'む', e: 'め', o: 'も', onbin: 'ん' },
  ラ: { a: 'ら', i: 'り', u: 'る', e: 'れ', o: 'ろ', onbin: 'っ' },
  ワ: { a: 'わ', i: 'い', u: 'う', e: 'え', o: 'お', onbin: 'っ' },
};

export type IpadicForm = string;

export class ConjugationError extends Error {}

/** The form of `basic` (dictionary form, of IPADIC type `type`) that IPADIC calls `form`. */
export function conjugate(basic: string, type: string, form: IpadicForm): string {
  if (form === '基本形' || form === '体言接続') return basic;
  if (type.startsWith('サ変')) return suru(basic, form);
  if (type.startsWith('カ変')) return kuru(basic, form);
  if (type.startsWith('一段')) return ichidan(basic, form);
  const m = /^五段・(.)行/.exec(type);
  if (m) return godan(basic, type, m[1]!, form);
  throw new ConjugationError(`cannot conjugate ${basic} (${type})`);
}

function ichidan(basic: string, form: string): string {
  const stem = basic.slice(0, -1);
  if (form.startsWith('仮定')) return `${stem}れ`;
  if (form.startsWith('命令')) return `${stem}ろ`;
  if (form === '未然ウ接続') return `${stem}よ`;
  return stem; // 連用形, 連用タ接続, 未然形, 未然レル接続
}

function godan(basic: string, type: string, row: string, form: string): string {
  const r = Object.hasOwn(GODAN, row) ? GODAN[row] : undefined;
  if (!r) throw new ConjugationError(`unknown godan row ${row}`);
  const stem = basic.slice(0, -1);
  // Verbs of respect (くださる, なさる, いらっしゃる): ください(ます), なさい(ます).
  const special = type.includes('特殊');
  switch (form) {
    case '連用形':
      return special ? `${stem}い` : stem + r.i;
    case '連用タ接続':
      if (basic === '行く' || basic === 'いく') return `${stem}っ`;
      if (type.includes('ウ音便')) return `${stem}う`;
      return stem + r.onbin;
    case '未然形':
    case '未然レル接続':
      return stem + r.a;
    case '未然ウ接続':
      return stem + r.o;
    case '仮定形':
    case '仮定縮約１':
      return stem + r.e;
    default:
      if (form.startsWith('命令')) return special ? `${stem}い` : stem + r.e;
      throw new ConjugationError(`unknown form ${form}`);
  }
}

function suru(basic: string, form: string): string {
  const stem = basic.endsWith('する') ? basic.slice(0, -2) : basic.slice(0, -1);
  switch (form) {
    case '連用形':
    case '連用タ接続':
    case '未然形':
      return `${stem}し`;
    case '未然レル接続':
      return `${stem}さ`;
    case '未然ウ接続':
      return `${stem}しよ`;
    case '仮定形':
      return `${stem}すれ`;
    default:
      if (form.startsWith('命令')) return `${stem}しろ`;
      throw new ConjugationError(`unknown form ${form}`);
  }
}

function kuru(basic: string, form: string): string {
  const kanji = basic.startsWith('来');
  const stem = basic.slice(0, -2);
  switch (form) {
    case '連用形':
    case '連用タ接続':
      return stem + (kanji ? '来' : 'き');
    case '未然形':
    case '未然レル接続':
    case '未然ウ接続':
      return stem + (kanji ? '来' : 'こ');
    case '仮定形':
      return stem + (kanji ? '来れ' : 'くれ');
    default:
      if (form.startsWith('命令')) return stem + (kanji ? '来い' : 'こい');
      throw new ConjugationError(`unknown form ${form}`);
  }
}

/** The て form with its voicing: 書いて, 急いで, 読んで, 行って, して, 来て. */
export function teForm(basic: string, type: string): string {
  const stem = conjugate(basic, type, '連用タ接続');
  const voiced = /^五段・[ガナバマ]行/.test(type);
  return `${stem}${voiced ? 'で' : 'て'}`;
}
