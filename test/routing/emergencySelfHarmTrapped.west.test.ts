import type { EmergencyKind } from '../../knowledge/routing/emergency';
import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Self-harm said as a method at hand, a place or a farewell (an overdose already taken, a rope,
// a bridge, a train, someone else announcing it) and people trapped (a car in water, a manhole or a
// ditch, a worker buried by soil, a house crushed with someone inside, a leg under a shelf or a hand
// in a machine, locked in a freezer or a warehouse), in English, Spanish, Brazilian Portuguese,
// Indonesian and Tagalog as residents type them; beside them the everyday messages with the same
// words (jokes, a lost phone, a pet, a contract, "what if", the news) that must stay questions.

describe('English: self-harm and someone trapped now', () => {
  it.each<[string, EmergencyKind]>([
    ['the rope is ready. goodbye everyone', 'suicide'],
    ['im on the bridge now, sorry', 'suicide'],
    ['waiting for the train to come, sorry', 'suicide'],
    ['i swallowed all my meds, tell my mom i love her', 'suicide'],
    ['my brother has a rope and says he is going to die', 'suicide'],
    ['my friend says shes going to kill herself', 'suicide'],
    ['someone on the ledge of the building about to jump', 'suicide'],
    ['i cant take it anymore, the pills are in my hand', 'suicide'],
    ['our car fell in the river and the doors wont open', 'trapped'],
    ['car sinking in the river, my kids are in the back', 'trapped'],
    ['someone fell into a manhole and cant climb out', 'trapped'],
    ['a worker got buried by dirt at the construction site', 'trapped'],
    ['the house got crushed by the landslide, my grandmother is inside', 'trapped'],
    ['stuck in the walk-in freezer, door wont open from inside', 'trapped'],
    ['my hand got caught in the machine at the factory', 'trapped'],
    ['kid fell down a well', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'sorry, where is the bridge to the castle',
    'my roof is leaking sorry to bother, who do i call',
    'where can i dispose of old medicine pills',
    'I want to jump rope at the park, is it allowed',
    'my card is stuck in the machine at the station',
    'car stuck in traffic, gonna be late',
    'i watched a movie where the car fell into the river',
    'a worker was buried by a landslide in the news',
    'is there a hotline for suicide prevention',
    'hypothetically if i got stuck in an elevator who do i call',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('Spanish: self-harm and someone trapped now', () => {
  it.each<[string, EmergencyKind]>([
    ['tengo el cuchillo listo. lo siento', 'suicide'],
    ['estoy en el puente, perdónenme', 'suicide'],
    ['me tome todas las pastillas, perdon', 'suicide'],
    ['mi hija dice que se va a matar', 'suicide'],
    ['hay un señor parado en la baranda del puente, parece que va a saltar', 'suicide'],
    ['esperando que pase el tren. perdon mama', 'suicide'],
    ['me voy a aventar del puente', 'suicide'],
    ['mi novio amenaza con tirarse del edificio', 'suicide'],
    ['el carro cayo al rio y no se abren las puertas', 'trapped'],
    ['un señor se cayó a una alcantarilla y no puede salir', 'trapped'],
    ['el deslave aplastó la casa, mi abuela está adentro', 'trapped'],
    ['tengo la pierna atrapada debajo de un estante, no me puedo mover', 'trapped'],
    ['la mano de mi compañero quedó atorada en la máquina', 'trapped'],
    ['nos perdimos en la montaña, ya está oscuro y mi amigo está herido', 'trapped'],
    ['me cai a un pozo, ayuda', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'lo siento, dónde está el puente de Tenjin',
    'dónde tiro pastillas vencidas, lo siento no sé',
    'mi gato se quedó atrapado en el árbol',
    'mi tarjeta se atascó en la máquina',
    'se me cayó el celular a la alcantarilla',
    'qué hacer si alguien se cae a un pozo',
    'vi en las noticias que un carro cayó al río',
    'hay una línea de prevención del suicidio en español?',
    'mi hijo tiene 5 años, puedo dejarlo dentro del carro un rato?',
    'el número de ambulancia es el 119 verdad? solo para saber',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('Brazilian Portuguese (also without accents, "to", "ta", "vc"): self-harm and someone trapped now', () => {
  it.each<[string, EmergencyKind]>([
    ['to na ponte agora, desculpa mae', 'suicide'],
    ['tomei a cartela toda de rivotril, adeus', 'suicide'],
    ['meu irmao ta com uma corda e diz que quer morrer', 'suicide'],
    ['minha amiga mandou mensagem de despedida e nao atende', 'suicide'],
    ['tem uma moça em cima do viaduto, parece que vai pular', 'suicide'],
    ['esperando o trem passar. amo vcs', 'suicide'],
    ['nao aguento mais, corda pronta', 'suicide'],
    ['vou pular do predio hoje', 'suicide'],
    ['um senhor caiu num bueiro e nao consegue sair', 'trapped'],
    ['meu colega caiu na vala da obra e a terra cobriu ele ate o peito', 'trapped'],
    ['deslizamento de terra esmagou a casa, minha avo ta la dentro', 'trapped'],
    ['minha perna ta presa debaixo da estante que caiu', 'trapped'],
    ['to presa na camara fria do trabalho, a porta nao abre', 'trapped'],
    ['a mao dele ficou presa na maquina da fabrica', 'trapped'],
    ['o onibus caiu no canal e ta afundando', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'desculpa, onde fica a ponte de tenjin',
    'onde jogo fora remedios vencidos?',
    'meu cartao ficou preso na maquina',
    'vi no jornal que um carro caiu no rio',
    'to no fundo do poço, n consigo sair dessa depressao. tem psicologo?',
    'meu amigo vai pular carnaval no rio',
    'vamos pular corda no parque, pode?',
    'meu celular caiu no bueiro, o que faço',
    'o que devo fazer se tiver um incêndio em casa? só pra saber',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('Indonesian (also informal "gak", "ga", "udah"): self-harm and someone trapped now', () => {
  it.each<[string, EmergencyKind]>([
    ['tali udah siap. maafin aku ma', 'suicide'],
    ['aku lagi di jembatan sekarang, maaf ya semuanya', 'suicide'],
    ['adik saya bawa tali dan bilang mau mati', 'suicide'],
    ['ada cewek berdiri di pinggir jembatan kayaknya mau loncat', 'suicide'],
    ['lagi nunggu kereta lewat. maafin aku', 'suicide'],
    ['aku udah ga kuat, pisau udah di tangan, dadah', 'suicide'],
    ['temen aku ngirim pesan perpisahan, gak bisa dihubungi', 'suicide'],
    ['saya mau loncat dari gedung ini', 'suicide'],
    ['mobil masuk sungai, air masuk terus, pintu ga bisa dibuka', 'trapped'],
    ['anak saya jatuh ke got dan gak bisa keluar', 'trapped'],
    ['kaki saya ketindih rak yang jatuh, gak bisa gerak', 'trapped'],
    ['tangan temen saya ketarik mesin di pabrik', 'trapped'],
    ['bayi saya kekunci di dalam mobil, kuncinya di dalam', 'trapped'],
    ['kami tersesat di gunung, udah gelap, teman saya keseleo', 'trapped'],
    ['bapak tua kecebur ke sungai ga bisa naik', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'maaf, jembatan ke kantor kecamatan di mana ya',
    'buang obat kadaluarsa di mana',
    'kucing saya kejebak di atap',
    'hp saya jatuh ke got, gimana ngambilnya',
    'kalau ada orang jatuh ke sumur harus bagaimana',
    'ada layanan pencegahan bunuh diri gak?',
    'saya ketiban rezeki, dapat hadiah',
    'lompat tali di taman boleh gak',
    'bagasi saya kekunci di stasiun, lokernya rusak',
    'akun saya kekunci, gimana cara buka',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});

describe('Tagalog and Taglish: self-harm and someone trapped now', () => {
  it.each<[string, EmergencyKind]>([
    ['nasa tulay ako ngayon, patawarin nyo ako', 'suicide'],
    ['ready na yung lubid. paalam sa inyo', 'suicide'],
    ['ininom ko lahat ng gamot ko, sorry ma', 'suicide'],
    ['kuya ko may hawak na lubid, sabi nya gusto na nyang mamatay', 'suicide'],
    ['may babae sa gilid ng tulay, mukhang tatalon', 'suicide'],
    ['hawak ko na yung kutsilyo, pasensya na sa lahat', 'suicide'],
    ['nasa riles ako, hinihintay ko yung tren. sorry', 'suicide'],
    ['magpapasagasa na lang ako sa tren', 'suicide'],
    ['nahulog sa ilog yung kotse, pumapasok ang tubig, di mabuksan ang pinto', 'trapped'],
    ['yung anak ko nahulog sa kanal hindi makaahon', 'trapped'],
    ['gumuho ang lupa sa bahay ni lola, nasa loob pa siya', 'trapped'],
    ['na-lock ako sa loob ng freezer sa trabaho', 'trapped'],
    ['yung baby ko naka-lock sa loob ng kotse, nasa loob ang susi', 'trapped'],
    ['naligaw kami sa bundok, madilim na, napilay yung kasama ko', 'trapped'],
    ['nahulog sa manhole yung lolo, hindi makaakyat', 'trapped'],
  ])('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'pasensya na, saan yung tulay papuntang city hall',
    'saan pwede itapon ang lumang gamot, pasensya na',
    'yung pusa ko stuck sa bubong',
    'nahulog yung cellphone ko sa manhole',
    'paano kung may nahulog sa balon, sino tatawagan',
    'napanood ko sa balita may kotse nahulog sa ilog',
    'nakulong yung kapatid ko sa presinto, paano dumalaw',
    'tatalon kami sa pool bukas, bukas ba ang public pool',
    'na-stuck yung kotse ko sa putik, may towing ba',
    'stuck ako sa traffic, late ako',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
