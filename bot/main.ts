/**
 * The process entry point (`npm start`). kuromoji's dictionary starts unpacking on a worker thread
 * before the bot's modules are required, so the two happen at the same time on two cores instead
 * of one after the other (see loadTokenizer): the biggest single saving in the time to /readyz.
 */
import { defaultDictionaryPath, loadTokenizer } from '../simplifier/tokenizer';
import { loadConfig } from './config';
import type * as Bot from './index';

function fail(err: Error): never {
  console.error(`yasashii-madoguchi failed to start: ${err.message}`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  fail(err as Error);
}
const tokenizer = loadTokenizer(config.TOKENIZER_DICT || defaultDictionaryPath());
// A failure is reported by start() (readiness and the log), not as an unhandled rejection here.
tokenizer.catch(() => undefined);

// Required only now, deliberately: this is the work the dictionary worker runs beside.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require('./index') as typeof Bot;
start(config, { tokenizer }).catch(fail);
