import type { Resource } from 'i18next';
import { availableLocales, loadResources } from '../../locales';
import { checkLocale, loadHashes, stamp } from '../../locales/staleness';

const code = (l: string) => l.toLowerCase();

describe('translations against the Japanese source', () => {
  const resources = loadResources();
  const hashes = loadHashes();

  it.each(availableLocales().filter((l) => l !== 'ja'))(
    '%s has nothing untranslated, stale or orphaned',
    (locale) => {
      const report = checkLocale(resources, code(locale), hashes);
      // Easy Japanese may leave strings to the simplifier; every other locale must translate all.
      if (locale === 'ja-easy') report.untranslated = [];
      expect(report).toEqual({ locale: code(locale), untranslated: [], stale: [], orphaned: [] });
    },
  );

  it('a change to the Japanese makes the translation stale until it is stamped again', () => {
    const changed = structuredClone(resources) as Resource & { ja: { common: Record<string, string> } };
    changed.ja.common.greeting = 'こんにちは。新しいあいさつです。';
    delete (changed.en as { common: Record<string, string> }).common.restart;
    (changed.en as { common: Record<string, string> }).common.gone = 'no longer in Japanese';

    const report = checkLocale(changed, 'en', hashes);
    expect(report.stale).toEqual(['common:greeting']);
    expect(report.untranslated).toEqual(['common:restart']);
    expect(report.orphaned).toEqual(['common:gone']);

    const restamped = stamp(changed, 'en', hashes, ['common:greeting']);
    expect(checkLocale(changed, 'en', restamped).stale).toEqual([]);
    // The record of the other locales is untouched.
    expect(restamped['ja-easy']).toEqual(hashes['ja-easy']);
  });
});
