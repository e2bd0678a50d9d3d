import type { Locale } from '../../knowledge/types';
import { createHarness } from '../helpers/harness';
import { NOW, says, saysNot } from './util';

// A blind probe (es): "I bought a bicycle, do I need insurance?", "and the helmet?", "are there
// fines?" got the town-safety menu three times. The insurance is mandatory in Osaka Prefecture
// (confirmed); the helmet duty and cyclists' fines are not on record, which their answer says.
describe('a bicycle, its insurance, the helmet, fines', () => {
  it.each<[Locale, string, string, string]>([
    ['es', 'compré una bicicleta, necesito seguro?', 'y el casco?', '¿hay multas?'],
    ['pt-BR', 'comprei uma bicicleta, preciso de seguro?', 'e o capacete?', 'tem multa?'],
  ])('%s: "%s", "%s", "%s"', async (locale, insurance, helmet, fines) => {
    const h = createHarness({ now: NOW, locale });
    const first = await h.say(insurance);
    says(first, locale, 'safety:bicycle');
    saysNot(first, locale, 'safety:intro');
    says(await h.say(helmet), locale, 'safety:bicycleRules');
    const last = await h.say(fines);
    says(last, locale, 'safety:bicycleRules');
    saysNot(last, locale, 'safety:intro');
  });
});
