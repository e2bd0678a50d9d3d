/**
 * Lists untranslated and stale strings per locale (stale: the Japanese source changed after the
 * translation was reviewed). Exit 1 when there are any.
 *   npm run -s locales:check
 *   npm run -s locales:check -- --stamp vi                       all of vi reviewed against today's Japanese
 *   npm run -s locales:check -- --stamp vi consumer:intro ...   only these keys
 */
import { availableLocales, loadResources } from '../locales';
import { checkLocale, loadHashes, saveHashes, stamp } from '../locales/staleness';

const args = process.argv.slice(2);
const resources = loadResources();
const i18nCode = (l: string): string => l.toLowerCase();

if (args[0] === '--stamp') {
  const [, locale, ...keys] = args;
  if (!locale || !availableLocales().includes(locale as never)) {
    console.error(`--stamp needs a locale: ${availableLocales().join(', ')}`);
    process.exit(2);
  }
  saveHashes(stamp(resources, i18nCode(locale), loadHashes(), keys));
  console.log(`recorded ${keys.length || 'all'} ${locale} strings as reviewed against the current Japanese`);
} else {
  let problems = 0;
  for (const locale of availableLocales().filter((l) => l !== 'ja')) {
    const r = checkLocale(resources, i18nCode(locale), loadHashes());
    // Easy Japanese without a reviewed string is written by the simplifier at start-up.
    const generated = locale === 'ja-easy';
    const count = (generated ? 0 : r.untranslated.length) + r.stale.length + r.orphaned.length;
    problems += count;
    const missing = generated
      ? `${r.untranslated.length} generated`
      : `${r.untranslated.length} untranslated`;
    console.log(
      `${locale.padEnd(8)} ${count === 0 && !r.untranslated.length ? 'ok' : `${missing}, ${r.stale.length} stale, ${r.orphaned.length} orphaned`}`,
    );
    for (const k of r.untranslated) console.log(`  ${generated ? 'generated   ' : 'untranslated'} ${k}`);
    for (const k of r.stale) console.log(`  stale        ${k}`);
    for (const k of r.orphaned) console.log(`  orphaned     ${k}`);
  }
  process.exit(problems ? 1 : 0);
}
