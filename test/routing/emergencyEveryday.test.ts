import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Everyday questions with a frightening word in them must not raise the 110/119 alarm, and the
// same word in a real emergency still must.
describe('the emergency detector and everyday words', () => {
  it.each([
    '燃えるゴミの日はいつ？',
    '燃えないごみの出し方',
    'もえるごみ は なんようび',
    'きょねん いえ が かじ で もえました',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });

  it.each(['ゴミが燃えてる', 'いえ が もえてる', '火事です'])('"%s" still is', (text) => {
    expect(detector.detect(text)?.kind).toBe('fire');
  });
});

describe('death threats', () => {
  it.each(['今殺すぞと言われて家の前にいる', '殺されそう', '夫に殺すぞって言われて怖い'])(
    '"%s" now is an emergency',
    (text) => {
      expect(detector.detect(text)?.kind).toBe('violence');
    },
  );

  it.each(['殺すぞと脅された', '昨日、殺すぞと言われました', '去年、殺すぞと言われたことがある'])(
    '"%s", told afterwards, goes to victim support instead',
    (text) => {
      expect(detector.detect(text)).toBeNull();
    },
  );
});

// From a probe with resident-style messages: people in an emergency ask what to do, say where it
// happens (家の前に) or since when (昨日から); the words for a past or a general question must not
// stand those down.
describe('a real emergency with "what do I do", a place or "since yesterday" in it', () => {
  it.each<[string, string]>([
    ['父が倒れました。どうしたらいいですか', 'medical'],
    ['母が胸が苦しいと言ってます。どうすればいいですか', 'medical'],
    ['子どもがけいれんを起こしています、どうしたら', 'medical'],
    ['祖父が餅をのどに詰まらせました！どうすれば', 'medical'],
    ['家の前に人が倒れています', 'medical'],
    ['昨日から父のろれつが回らない', 'medical'],
    ['最近引っ越したアパートで、今すごくガス臭いです', 'fire'],
    ['隣の部屋から怒鳴り声と物が壊れる音がずっとしてる', 'violence'],
    ['my dad has chest pains, what can we do?', 'medical'],
    ['baby swallowed a battery, what first aid?', 'medical'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    '火事になったらどうしたらいいか',
    '地震で家が倒れたらどうすれば',
    '前に家が火事になったけど、そのあとの手続きは？',
  ])('"%s" (what if, or long ago) is still no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

// The same probe: phrases that are an emergency in most messages and an everyday matter in these.
// Each phrase now names the words that make it something else, and only that phrase stands down.
describe('an alarming phrase in an everyday question', () => {
  it.each([
    '息子の仕事探しを助けてください',
    '手続きがよくわからないので助けてほしいです',
    '足が悪くてあまり動けないので、娘に住民票を取ってきてもらうことはできますか',
    '電話に出られない時間が多いのですが、折り返しはもらえますか',
    '救急車を呼ぶとお金はかかりますか',
    '近所で不審者が出たって聞いた、子どもが心配',
    "i'm locked in a 2 year phone contract and want out",
    "I can't get out of my gym subscription, they keep charging me",
    "I'm trying to get in touch with the ward office",
    'my company collapsed and i lost my job',
    'I hurt myself at work, where can I see a doctor at night?',
    "I fainted yesterday but I'm ok now, should I see a doctor",
    'how much does an ambulance cost in japan?',
    "debt collectors keep chasing me for money i don't owe",
    '我被骗了，要不要报警？',
    '叫救护车要钱吗',
    'thang lua dao chay roi, em phai lam sao',
    'em dang danh tien de ve nuoc, co viec lam them khong',
    'gọi xe cấp cứu có mất tiền không',
    'estou sufocando com as dívidas, caí num golpe',
    'fiquei trancado fora de casa, perdi a chave',
    'quanto custa chamar a ambulância?',
    'naipit ako sa traffic, late ako sa appointment sa ward office',
    'hindi gumagalaw yung online application ko',
    'estoy atrapado en un contrato de gimnasio, no me dejan cancelar',
    'la página no reacciona cuando pongo el PIN de mi My Number',
    'ma online thagi ma fasyo, paisa gayo',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });

  it.each<[string, string]>([
    ['助けて 夫に殴られている', 'violence'],
    ['倒れて動けない', 'medical'],
    ['エレベーターに閉じ込められて出られない', 'trapped'],
    ['家にだれかいる', 'breakIn'],
    ['a man is chasing me', 'violence'],
    ["I'm trapped in my car", 'trapped'],
    ['call the police', 'violence'],
    ['call an ambulance now', 'medical'],
    ['someone collapsed', 'medical'],
    ['I want to hurt myself', 'suicide'],
    ['快报警', 'violence'],
    ['estoy atrapado en el ascensor', 'trapped'],
    ['naipit sa elevator', 'trapped'],
    ['panggil ambulan sekarang', 'medical'],
  ])('"%s" still is (%s)', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });
});
