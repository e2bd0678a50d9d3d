import { fold } from '../knowledge/routing/normalize';

/**
 * The resident's own words at "do you have the My Number card and know its PIN?": yes, no, or
 * "not sure" (the PIN forgotten), in the thirteen languages. Read by the card question itself
 * (ChoiceInput's typedAnswers), so "かーどは もってません" answers it the first time, and by the
 * certificate dialog for text handed back from it.
 */
export const CARD_ANSWERS = ['yes', 'no', 'notSure'] as const;
export type CardAnswer = (typeof CARD_ANSWERS)[number];

/**
 * "I have no My Number card" said in the first message: the card question would ask it again.
 * Japanese and English, where residents write it this way; other languages get the question.
 */
export const NO_CARD: readonly RegExp[] = [
  /(マイナンバーカード|マイナカード|まいなんばーかーど)(は|を|が|も)?(まだ|まだ、)?(持って|もって|作って|つくって)(い|お)?(ない|ません|へん)/u,
  /(マイナンバーカード|マイナカード|まいなんばーかーど)(は|が|も)?(まだ)?(ない|無い|ありません|なし)/u,
  /\b(don'?t|do not|didn'?t|never) (have|got|get|own)( a| my| any)? (my ?number|individual number) card/iu,
  /\b(no|without( a)?) (my ?number|individual number) card/iu,
];

/**
 * "I don't have one", typed at "do you have the My Number card?": the card needs no naming there,
 * so a plain "don't have" in any of the thirteen languages answers no (R8-11: マイナンバーカード ない,
 * ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ ﾓｯﾃﾅｲ, wala akong My Number card got the card's description), and so does the
 * button's own いいえ with words after it (いいえ、持っておりません got the question again). Japanese is read
 * on fold()ed text (kana as hiragana, no spaces), the rest in lower case.
 */
const NO_CARD_ANSWER_JA =
  /(もって|持って|つくって|作って)(い|おり|お)?(ない|ません|へん)|かーど(は|が|も)?(まだ)?(ない|無い|なし|ありません)|^(まだ)?(ない|無い|なし|ありません)(です)?$|^いいえ/u;
const NO_CARD_ANSWER: readonly RegExp[] = [
  /\b(don'?t|do not|didn'?t|haven'?t|never)( yet)? (have|got|own|made)\b/u,
  /\b(no|without( a| the)?) card\b/u,
  /\bwala (pa )?(po )?(akong|ako)\b/u,
  /không có|chưa có/u,
  // 有没有 ("is there…?") asks; it does not say "I have none".
  /(?<!有)没有|(?<!有)沒有|还没办|還沒辦/u,
  /없어요|없습니다|없어|안 만들/u,
  /não tenho|nao tenho/u,
  /no tengo/u,
  /tidak punya|belum punya|nggak punya|gak punya/u,
  /ไม่มี/u,
  /छैन/u,
];

/**
 * "I have the card but forgot the PIN", typed at the card question: "not sure", whose answer is
 * the window (R9-10: 마이넘버카드는 있는데 비밀번호를 몰라요 got "which certificate?").
 */
const PIN_UNKNOWN_JA =
  /(暗証番号|あんしょうばんごう|ぴん|pin)(が|を|は|も)?(わから|分から|わかりません|分かりません|わかんな|忘れ|わすれ|しら|知ら|覚えて(い)?な|おぼえて(い)?な)/u;
const PIN_UNKNOWN: readonly RegExp[] = [
  /\b(forgot|forget|forgotten|don'?t know|do not know|don'?t remember|lost)( my| the)? (pin|password|code)\b/u,
  /비밀번호(를|는|가)? ?(몰라|모르|잊)/u,
  /(quên|không nhớ|ko nhớ|không biết) (mật khẩu|mã pin|pin|mã số)/u,
  /(忘了|忘记|忘記|不知道|不记得|不記得)(密码|密碼|pin)/u,
  /(esqueci|não sei|nao sei|não lembro)( a| o| da| do)? (senha|pin)/u,
  /(olvidé|olvide|no sé|no se|no recuerdo)( el| la| mi)? (pin|contraseña|clave)/u,
  /(lupa|tidak tahu|nggak tahu|gak tahu) (pin|kata sandi)/u,
  /(nakalimutan|hindi ko alam)( ko)?( ang)? (pin|password)/u,
  /ลืมรหัส|จำรหัสไม่ได้/u,
  /पिन बिर्स|पासवर्ड बिर्स/u,
];

/**
 * "Yes, I have the card (and the PIN)", typed at the card question with the card named, which the
 * router reads as a question about the card (R9-10: マイナカードは持ってる, "yes i have my number card
 * and pin", có ạ, em có thẻ my number got the card's description). Read after "no card" and "PIN
 * unknown", so a negation never lands here.
 */
const HAS_CARD_JA =
  /(持って|もって)(る|いる|います|ます|おります)|(かーど|カード)(は|が|も)?(ある|あります)|^はい/u;
/** The end of a word, also after a letter outside ASCII (có, sí), where \\b does not hold. */
const END = String.raw`(?=[\s,.!?、。]|$)`;
const HAS_CARD: readonly RegExp[] = [
  new RegExp(
    String.raw`^(yes|yeah|yep)${END}|\bi (do )?have (a |the |my )?(card|my ?number)|\bi'?ve got (a |the |my )?(card|my ?number)`,
    'u',
  ),
  // "Có thể …?" asks "can I …?" (có thể gửi qua bưu điện không?): no yes.
  new RegExp(String.raw`^(?!có thể)(có|vâng|dạ có|dạ)${END}|có thẻ`, 'u'),
  /^(是的|是|对|對)|我有(个人编号卡|個人編號卡|卡)|卡我有/u,
  new RegExp(String.raw`^(네|예)${END}|카드(는|가|도)? ?있`, 'u'),
  new RegExp(String.raw`^sim${END}|tenho (o |a |um )?(cartão|cartao|my number)`, 'u'),
  new RegExp(String.raw`^(sí|si)${END}|tengo (la |el |una )?(tarjeta|my number)`, 'u'),
  new RegExp(String.raw`^(ya|iya)${END}|punya (kartu|my number)|kartu(nya)? ada`, 'u'),
  new RegExp(String.raw`^(oo|opo)${END}|(meron|mayroon)( po)?( akong| ako ng)? (card|my number)`, 'u'),
  /^ใช่|มีบัตร/u,
  new RegExp(String.raw`^हो${END}|कार्ड छ`, 'u'),
];

/** What text typed at the card question answers, when the buttons' words are not used. */
export function cardAnswerIn(text: string): CardAnswer | undefined {
  if (saysNoCard(text)) return 'no';
  const lower = text.normalize('NFKC').toLowerCase();
  const folded = fold(text);
  if (PIN_UNKNOWN_JA.test(folded) || PIN_UNKNOWN.some((p) => p.test(lower))) return 'notSure';
  if (HAS_CARD_JA.test(folded) || HAS_CARD.some((p) => p.test(lower))) return 'yes';
  return undefined;
}

/** Whether text typed at the card question says the resident has no card. */
function saysNoCard(text: string): boolean {
  if (NO_CARD_ANSWER_JA.test(fold(text))) return true;
  const lower = text.normalize('NFKC').toLowerCase();
  return NO_CARD.some((p) => p.test(lower)) || NO_CARD_ANSWER.some((p) => p.test(lower));
}
