import type { EmergencyKind } from '../../knowledge/routing/emergency';
import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Japanese: self-harm happening or announced now (an overdose already taken, a relative saying they
// will die, someone about to jump, a method ready with a farewell) and people trapped now (a car in
// the water, someone down a ditch or a manhole, buried, under a fallen house or shelf, locked in a
// car). Written the way residents type on a phone: without particles, in hiragana, in Osaka dialect.
// Beside them, everyday messages with the same words that must stay ordinary questions.

describe('ja: self-harm now — an overdose taken, a relative announcing it, a jump, a farewell', () => {
  it.each<[string, EmergencyKind]>([
    ['睡眠薬ぜんぶのんだ', 'suicide'],
    ['くすり ぜんぶ のんじゃった ごめんね', 'suicide'],
    ['眠剤30錠のんだ', 'suicide'],
    ['風邪薬一箱飲んだ 死ねるかな', 'suicide'],
    ['ODした、ごめんなさい', 'suicide'],
    ['兄が死ぬって言ってる 部屋に閉じこもってる', 'suicide'],
    ['彼氏が死ぬってラインしてきた', 'suicide'],
    ['夫がロープ持って出ていった 死ぬって', 'suicide'],
    ['駅のホームの端に立ってる人がいて飛び込みそう', 'suicide'],
    ['屋上の柵の外側に人が立ってる', 'suicide'],
    ['線路の上に人が寝てる', 'suicide'],
    ['今ホームにいる 電車が来たら終わりにする', 'suicide'],
    ['包丁を用意した さようなら', 'suicide'],
    ['踏切で電車待ってる もうつかれた', 'suicide'],
    ['彼女からさよならってメッセージ来て連絡つかない', 'suicide'],
    ['もう死んだる', 'suicide'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    '薬を全部飲み終わったけど咳が止まらない',
    '薬は全部飲んでくださいと言われました',
    'おくすり手帳をなくしました ごめんなさい',
    'ビールを全部飲んじゃった ごめんね',
    '包丁の捨て方を教えて',
    'ロープの捨て方 ごめんなさい初めてで',
    '忙しすぎて死ぬほど疲れた',
    '駅のホームで人身事故があって電車遅れた 遅延証明は',
    '飛び込み営業お断りのステッカー欲しい',
    '橋から飛び込むイベント',
    '屋上の看板が風で飛びそう',
    '電車が来るのは何分後？',
    'ありがとう さようなら',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('ja: trapped now — a car in the water, a ditch or a manhole, buried, pinned, locked in', () => {
  it.each<[string, EmergencyKind]>([
    ['車が川に落ちた ドア開かない', 'trapped'],
    ['車ごと用水路に落ちて水が入ってくる', 'trapped'],
    ['冠水した道で車が止まって、水が胸まで来てドアが開かない', 'trapped'],
    ['子どもがマンホールに落ちた', 'trapped'],
    ['父が側溝に落ちて上がれない', 'trapped'],
    ['おばあちゃんが用水路に落ちて自力で上がれへん', 'trapped'],
    ['じいちゃんが井戸に落ちた', 'trapped'],
    ['工事現場で土が崩れてきて人が埋まってる', 'trapped'],
    ['地震で家つぶれた 中におじいちゃんがいる', 'trapped'],
    ['裏山が崩れて家がぺしゃんこ、まだ中に母がいる', 'trapped'],
    ['機械に腕が挟まった', 'trapped'],
    ['トラックと壁の間に人が挟まった', 'trapped'],
    ['鍵がかかって車の中に子どもがいる', 'trapped'],
    ['赤ちゃんを車に乗せたままロックされた', 'trapped'],
    ['倉庫の中にいて外から鍵かけられて出れへん', 'trapped'],
    ['穴に落ちて足が抜けない', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    '子どもが保育園に落ちた',
    'スマホが側溝に落ちた 取れない',
    '猫が溝に落ちて上がれない',
    '側溝が土砂で埋まってるので掃除してほしい',
    '土曜日の予約が埋まった',
    '雪に埋もれた車を掘り出す道具',
    '家の中にいるけど暑い',
    '天気が崩れてきたので家の中にいる',
    '会社がつぶれて給料が出てこない',
    '父と母の間に挟まって大変',
    'カードがATMに挟まって出てこない',
    '足の疲れが抜けない',
    '車のドアが開かない 鍵をなくした',
    '物置の扉が開かない 修理は',
    'エアコンの水が車内に入ってくる',
    '子どもを車に乗せたまま買い物していいの？',
    '線路に落ちた傘を取ってほしい',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
