/**
 * Official Japanese in, やさしい日本語 out.
 *   echo "区役所にお越しください。" | npm run -s simplify
 *   npm run -s simplify -- --format html < page.txt
 *   npm run -s simplify -- --json < sentences.txt     one JSON object per input line
 * Options: --format parens|html|kana|plain|markup (default parens; markup = ja-easy locale form), --wakachi, --grade N (readings only
 * above school grade N), --no-western-years, --brackets (official terms explained in brackets, not in
 * a sentence of their own).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../simplifier/lexicon';
import { loadRules } from '../simplifier/rewrite';
import type { RubyFormat } from '../simplifier/ruby';
import { renderRuby } from '../simplifier/ruby';
import type { SimplifyOptions } from '../simplifier/simplify';
import { Simplifier } from '../simplifier/simplify';
import { loadTokenizer } from '../simplifier/tokenizer';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    format: { type: 'string', default: 'parens' },
    wakachi: { type: 'boolean', default: false },
    grade: { type: 'string' },
    'no-western-years': { type: 'boolean', default: false },
    brackets: { type: 'boolean', default: false },
  },
});
const FORMATS: RubyFormat[] = ['parens', 'html', 'kana', 'plain', 'markup'];
if (!FORMATS.includes(values.format as RubyFormat)) {
  console.error(`--format must be one of ${FORMATS.join(', ')}`);
  process.exit(2);
}
const grade = values.grade === undefined ? undefined : Number(values.grade);
if (grade !== undefined && !(grade >= 1 && grade <= 6)) {
  console.error('--grade must be 1 to 6');
  process.exit(2);
}

async function main(): Promise<void> {
  const simplifier = new Simplifier(await loadTokenizer(), loadRules(), loadLexicon());
  const options: SimplifyOptions = {
    wakachi: values.wakachi,
    westernYears: !values['no-western-years'],
    explanations: values.brackets ? 'brackets' : 'sentence',
    ...(grade ? { furigana: 'aboveGrade' as const, grade } : {}),
  };
  const input = readFileSync(0, 'utf8');
  if (values.json) {
    for (const line of input.split('\n')) {
      if (line.trim() === '') continue;
      const r = simplifier.simplify(line, options);
      process.stdout.write(
        `${JSON.stringify({ input: r.input, text: r.text, ruby: r.ruby, report: r.report })}\n`,
      );
    }
    return;
  }
  const result = simplifier.simplify(input, options);
  process.stdout.write(`${renderRuby(result.ruby, values.format as RubyFormat)}\n`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
