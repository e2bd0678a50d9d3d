/**
 * npm run routing:kana — writes knowledge/routing/kanaForms.json, the kana reading of every
 * Japanese keyword with kanji (see knowledge/routing/kanaForms.ts). Run it after editing
 * keywords.json; a test fails while the file is out of step.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_KANA_FORMS_FILE } from '../knowledge/routing/kanaForms';
import { computeKanaForms } from '../knowledge/routing/kanaFormsBuild';
import { readKeywords } from '../knowledge/routing/keywordRouter';
import { loadTokenizer } from '../simplifier/tokenizer';

void (async () => {
  const keywords = readKeywords();
  const forms = computeKanaForms(keywords, await loadTokenizer());
  writeFileSync(DEFAULT_KANA_FORMS_FILE, `${JSON.stringify(forms, null, 2)}\n`);
  console.log(`${Object.keys(forms).length} kana forms → ${DEFAULT_KANA_FORMS_FILE}`);
})();
