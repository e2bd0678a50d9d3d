import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Elders often write without kanji (けいさつをなのるひとから…, voice input, a phone without a
 * Japanese keyboard), and a rule written 警察を名乗 never met them. Every Japanese keyword and
 * exception word with kanji gets its reading as a second pattern of the same rule. The readings
 * come from the simplifier's furigana engine, once, into kanaForms.json (npm run routing:kana,
 * kanaFormsBuild.ts), so that routing never loads the tokenizer; a test keeps the file in step
 * with keywords.json.
 */
export const DEFAULT_KANA_FORMS_FILE = path.join(__dirname, 'kanaForms.json');

export type KanaForms = Record<string, string>;

export function loadKanaForms(file: string = DEFAULT_KANA_FORMS_FILE): KanaForms {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KanaForms) : {};
}
