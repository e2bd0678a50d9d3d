import kanji from 'kanji';
import { toHiragana } from './kana';

/**
 * Kanji data from the npm `kanji` package (KANJIDIC readings, school grades). Its grade lists are
 * the pre-2020 学年別漢字配当表; the 2020 revision added 20 prefecture kanji to grade 4, patched here.
 * (The same revision also moved some kanji between grades 4–6; those moves are not patched yet.)
 */
const ADDED_2020_GRADE4 = [...'茨媛岡潟岐熊香佐埼崎滋鹿縄井沖栃奈梨阪阜'];

let gradeMap: Map<string, number> | undefined;

/** The school grade (1–6) a kanji is taught in, or 7 for other jōyō and rarer kanji. */
export function kanjiGrade(char: string): number {
  if (!gradeMap) {
    gradeMap = new Map();
    const lists: Array<[number, () => string[]]> = [
      [1, kanji.grade.g01],
      [2, kanji.grade.g02],
      [3, kanji.grade.g03],
      [4, kanji.grade.g04],
      [5, kanji.grade.g05],
      [6, kanji.grade.g06],
    ];
    for (const [grade, list] of lists) for (const k of list()) gradeMap.set(k, grade);
    for (const k of ADDED_2020_GRADE4) gradeMap.set(k, 4);
  }
  return gradeMap.get(char) ?? 7;
}

const onCache = new Map<string, string[]>();

/** On-readings in hiragana, without the okurigana dots KANJIDIC sometimes carries. */
export function onReadings(char: string): string[] {
  let readings = onCache.get(char);
  if (!readings) {
    // The kanji package returns null for characters KANJIDIC lacks (rare kanji, 々, variants).
    const known = kanji.readings(char) as { on?: string[] } | null;
    readings = (known?.on ?? []).map((r) => toHiragana(r.replace(/[.-]/g, '')));
    onCache.set(char, readings);
  }
  return readings;
}
