import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Blind probe 11 (#1, #2, #6): danger now said indirectly got no 110. "They may still be in front
// of my house", "he is outside my house now" (tl), "someone is knocking on my door now, I'm
// scared" (ko), "he is still here, I'm scared" (pt-BR, after a tout followed her): the who (at my
// door, knocking, still here) and the now (今も, ngayon, 지금, a fear word) in any order.
describe('danger now, said indirectly, raises the alarm', () => {
  it.each<[string, string]>([
    ['ja', '今も家の前にいるかもしれない'],
    ['ja', 'まだ家の前にいる'],
    ['ja', '誰かがずっとドアをドンドンしてる'],
    ['ja-easy', 'いま いえ の まえ に いる こわい'],
    ['tl', 'Nasa labas siya ng bahay ko ngayon'],
    ['tl', 'May kumakatok sa pinto ko ngayon, natatakot ako'],
    ['tl', 'Nandito pa rin siya, natatakot ako'],
    ['ko', '지금 누가 문을 두드리고 있어요 무서워요'],
    ['ko', '그 사람이 지금 집 앞에 있어요'],
    ['ko', '아직 여기 있어요 무서워요'],
    ['pt-BR', 'ele ainda está aqui, estou com medo'],
    ['en', 'he is outside my house now'],
    ['en', 'someone is knocking on my door and I am scared'],
    ['en', "he's still here and I'm scared"],
    ['es', 'él está afuera de mi casa ahora'],
    ['es', 'alguien está tocando mi puerta ahora, tengo miedo'],
    ['es', 'todavía está aquí, tengo miedo'],
    ['zh-Hans', '现在有人在敲我家的门，我很害怕'],
    ['zh-Hans', '他还在这里，我很害怕'],
    ['zh-Hant', '現在有人在敲我家的門，我很害怕'],
    ['zh-Hant', '他還在這裡，我很害怕'],
    ['vi', 'anh ta đang ở ngoài nhà tôi bây giờ'],
    ['vi', 'có người đang gõ cửa nhà tôi, tôi sợ quá'],
    ['vi', 'anh ta vẫn còn ở đây, tôi sợ'],
    ['id', 'dia ada di luar rumah saya sekarang'],
    ['id', 'ada orang mengetuk pintu saya sekarang, saya takut'],
    ['id', 'dia masih di sini, saya takut'],
    ['th', 'เขาอยู่หน้าบ้านฉันตอนนี้'],
    ['th', 'มีคนเคาะประตูบ้านฉันตอนนี้ ฉันกลัว'],
    ['th', 'เขายังอยู่ที่นี่ ฉันกลัว'],
    ['ne', 'ऊ अहिले मेरो घर बाहिर छ'],
    ['ne', 'अहिले कसैले मेरो ढोका ढकढक्याइरहेको छ, मलाई डर लाग्यो'],
    ['ne', 'ऊ अझै यहाँ छ, मलाई डर लाग्यो'],
  ])('%s: "%s" → violence', (_locale, text) => {
    expect(detector.detect(text)?.kind).toBe('violence');
  });

  // The same words in the past, as a general question, or about an ordinary thing: no alarm.
  it.each<[string, string]>([
    ['ja', '先週、家の前にいた'],
    ['ja', '夜道を歩くのは安全ですか'],
    ['ja', '母はまだ日本にいる'],
    ['en', 'he was outside my house last week'],
    ['en', 'is it safe to walk at night?'],
    ['en', 'someone knocked on my door yesterday'],
    ['en', 'my mother is still here in Japan'],
    ['en', 'can I park my bike outside my house now?'],
    ['tl', 'Nasa labas siya ng bahay ko noong isang linggo'],
    ['tl', 'Naghintay siya sa labas ng bahay ko noong isang linggo'],
    ['ko', '지난주에 집 앞에 있었어요'],
    ['ko', '밤에 걸어도 안전해요?'],
    ['pt-BR', 'ele estava na frente da minha casa semana passada'],
    ['pt-BR', 'é seguro andar à noite?'],
    ['pt-BR', 'meu pai ainda está aqui no Japão'],
    ['es', 'estuvo afuera de mi casa la semana pasada'],
    ['zh-Hans', '他上周在我家门外'],
    ['zh-Hans', '晚上走路安全吗'],
    ['zh-Hans', '他还在这里工作吗'],
    // Someone, or the resident, at home now with nothing to fear (found at the merge: each alarmed).
    ['en', 'my friend is outside my house now, can we go to the ward office together?'],
    ['ja', '今家の前にいるんですが、区役所はどこですか'],
    ['pt-BR', 'posso deixar a bicicleta fora da minha casa agora?'],
    ['es', '¿puedo dejar la bicicleta fuera de mi casa ahora?'],
    ['es', 'mi bici todavía está fuera de mi casa'],
  ])('%s: "%s" is no emergency', (_locale, text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
