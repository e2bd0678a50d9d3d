/**
 * The README's configuration table from bot/config.ts.
 *   npm run -s docs:config            prints it
 *   npm run -s docs:config -- --write  replaces the table in README.md (then run prettier)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configTable } from '../bot/configDocs';

const table = configTable();
if (process.argv.includes('--write')) {
  const file = path.join(__dirname, '..', 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = readme.search(/^\|\s*variable\s*\|/m);
  const end = readme.indexOf('\n\n', start);
  if (start < 0 || end < 0) throw new Error('README.md has no configuration table to replace');
  writeFileSync(file, `${readme.slice(0, start)}${table}${readme.slice(end)}`);
} else {
  console.log(table);
}
