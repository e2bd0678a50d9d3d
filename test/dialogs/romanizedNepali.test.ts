import { createHarness } from '../helpers/harness';
import { NOW, openingOf, read } from './util';

// Romanized Nepali about the ward office: "ward office kaha cha?" (where is the ward office?) got
// "which certificate?", and "aaja khulcha?" (is it open today?) after the ward office's answer got
// "I did not understand". The ward office's answer (where, its hours, Friday evenings, the 4th
// Sunday) is the one the same questions get in Devanagari or English.
describe('romanized Nepali questions about the ward office', () => {
  const WARD_OFFICE = openingOf('ne', 'certificate:wardOffice');

  it.each([
    ['the Nepali channel', 'ne'],
    ['an unknown channel', undefined],
  ])(
    '%s: "kuyakusho kaha cha?" and then "aaja khulcha?" get the ward office, in Nepali',
    async (_, locale) => {
      const h = createHarness({ now: NOW, ...(locale ? { locale } : {}) });
      const where = await h.say('kuyakusho kaha cha?');
      expect(where.topic).toBe('certificate');
      expect(read(where)).toContain(WARD_OFFICE);
      expect(where.replies.every((r) => r.locale === 'ne')).toBe(true);

      const today = await h.say('aaja khulcha?');
      expect(today.topic).toBe('certificate');
      expect(read(today)).toContain(WARD_OFFICE);
      expect(read(today)).not.toContain(openingOf('ne', 'fallback'));
      expect(today.replies.every((r) => r.locale === 'ne')).toBe(true);
    },
  );

  it('"ward office kati baje khulcha" asked first gets the ward office', async () => {
    const h = createHarness({ now: NOW, locale: 'ne' });
    const turn = await h.say('ward office kati baje khulcha');
    expect(read(turn)).toContain(WARD_OFFICE);
  });

  it('after the ward office in Devanagari, "aaja khulcha?" is about it too', async () => {
    const h = createHarness({ now: NOW, locale: 'ne' });
    await h.say('वडा कार्यालय कहाँ छ?');
    const turn = await h.say('aaja khulcha?');
    expect(read(turn)).toContain(WARD_OFFICE);
  });

  it('a question that names something else is that question: "kuyakusho ma tennyu kasari garne"', async () => {
    const h = createHarness({ now: NOW, locale: 'ne' });
    const turn = await h.say('kuyakusho ma tennyu kasari garne');
    expect(read(turn)).not.toContain(WARD_OFFICE);
  });
});
