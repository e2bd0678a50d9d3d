import { detectLocale, looksLikeRomaji, resolveLocale } from '../../knowledge/routing/language';
import type { Locale } from '../../knowledge/types';
import { ALL_LOCALES } from '../../knowledge/types';

const all = [...ALL_LOCALES];

// Japanese typed in Latin letters by residents without a Japanese keyboard was read as Tagalog
// ("byouin ni ikitai") or English ("hoken shou ga nai"), and the bot switched to that language.
// Romaji is none of our languages: undecided, so the conversation keeps its language, and a
// conversation that has none yet starts in easy Japanese.
const ROMAJI = [
  'watashi wa gaikokujin desu. byouin wa doko desu ka', // was Tagalog
  'byouin ni ikitai', // was Tagalog
  'hoken shou ga nai', // was English
  'kodomo ga byouki desu', // was Tagalog
  'byoin wa doko', // was Tagalog
  'juuminhyou ga hoshii desu',
  'zairyuu kaado wo nakushimashita',
  'kuyakusho wa nanji made desu ka',
  'sumimasen, eigo ga wakarimasen',
  'gomi no dashikata wo oshiete kudasai',
  'kenkou hoken ni hairitai desu',
  'mainanbaa kaado no shinsei wa dou sureba ii desu ka',
  'yachin ga haraenai',
  'Byōin wa doko desu ka?',
];

describe('Japanese in romaji', () => {
  it.each(ROMAJI)('%s: romaji, no language of ours', (text) => {
    expect(looksLikeRomaji(text)).toBe(true);
    expect(detectLocale(text, all)).toBeNull();
  });

  it.each(ROMAJI)('%s: a new conversation starts in easy Japanese, whatever the default', (text) => {
    expect(resolveLocale({ text }, all, 'ja')).toBe('ja-easy');
    expect(resolveLocale({ text }, all, 'en')).toBe('ja-easy');
  });

  it.each<[Locale]>([['en'], ['tl'], ['vi'], ['ja']])(
    'a conversation in %s keeps its language',
    (previous) => {
      for (const text of ROMAJI) expect(resolveLocale({ text, previous }, all, 'ja-easy')).toBe(previous);
    },
  );

  it("the channel's language still comes first", () => {
    expect(resolveLocale({ text: 'byouin ni ikitai', channel: 'en-US' }, all, 'ja-easy')).toBe('en');
    expect(resolveLocale({ text: 'byouin ni ikitai', channel: 'tl' }, all, 'ja-easy')).toBe('tl');
  });

  it('without easy Japanese available, the default', () => {
    expect(resolveLocale({ text: 'byouin ni ikitai' }, ['ja', 'en'], 'en')).toBe('en');
  });
});

// Sentences of our Latin-script languages that share short words with romaji (ka, na, no, de, ga,
// ano, mo, made, sore, dare) or keep a Japanese word (kuyakusho, zairyu, hoken): their language.
describe('other languages stay theirs', () => {
  it.each<[string, Locale]>([
    ['saan ang ospital na malapit dito', 'tl'],
    ['wala na po akong pera, ano ang gagawin ko', 'tl'],
    ['saan ang kuyakusho dito', 'tl'],
    ['nawala ko ang zairyu card ko, ano ang gagawin ko', 'tl'],
    ['pupunta ako sa byouin bukas, sasama ka ba', 'tl'],
    ['ano ang oras ng kuyakusho ngayon', 'tl'],
    ['saya mau ke rumah sakit tapi tidak tahu jalan', 'id'],
    ['kartu zairyu saya hilang ga tahu mau ke mana', 'id'],
    ['hoken saya sudah habis, ga bisa ke dokter', 'id'],
    ['saya tinggal di pantai, ada banjir', 'id'],
    ['donde esta el hospital mas cercano', 'es'],
    ['el kuyakusho no abre hoy, donde voy', 'es'],
    ['necesito ir al hospital con mi hija', 'es'],
    ['nao tenho seguro de saude, o que faco', 'pt-BR'],
    ['meu zairyu card nao chegou ainda', 'pt-BR'],
    ['o kuyakusho fica onde', 'pt-BR'],
    ['toi muon di benh vien nhung khong biet duong', 'vi'],
    ['toi muon lam lai zairyu kaado', 'vi'],
    ['toi muon khieu nai ve hang xom', 'vi'],
    ['toi bi tai nan giao thong', 'vi'],
    ['where is the kuyakusho', 'en'],
    ['my hoken card expired, what do I do', 'en'],
    ['I dare not go to the hospital alone', 'en'],
    ['my throat is sore, where is a clinic', 'en'],
    ['kuyakusho kaha cha', 'ne'],
    ['mero zairyu card harayo', 'ne'],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeRomaji(text)).toBe(false);
    expect(detectLocale(text, all)).toBe(expected);
  });
});
