/** Prints the README's configuration table from bot/config.ts: `npm run -s docs:config`. */
import { configTable } from '../bot/configDocs';

console.log(configTable());
