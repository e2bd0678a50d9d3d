/**
 * npm run build — the server as one precompiled file, dist/main.js, which `npm start` runs.
 *
 * Why: transpiling a hundred TypeScript modules with tsx at every start costs about 0.6 s of the
 * time to /readyz. Packages stay in node_modules (not bundled), and data stays where it is: the
 * knowledge, locales, rules and web files are read from the source tree, so editing the knowledge
 * needs a restart, never a rebuild. For that, every `__dirname`/`__filename` in our code is
 * rewritten to the source file's own folder (a bundle would otherwise make them all dist/).
 *
 * It also writes the retrieval router's model beside the bundle (dist/retrieval-model.bin): built
 * at every start, it was about 0.3 s of the time to /readyz; read, about 0.1 s.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { RETRIEVAL_MODEL_FILE } from '../bot/bundle';
import { encodeModel, modelOf } from '../knowledge/routing/retrievalRouter';

const ROOT = path.join(__dirname, '..');
export const OUTFILE = path.join(ROOT, 'dist', 'main.js');

/** One CommonJS file for Node of our own code, the packages left to node_modules. */
export const NODE_BUNDLE = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
} as const;

export async function buildServer(): Promise<void> {
  await build({
    ...NODE_BUNDLE,
    entryPoints: [path.join(ROOT, 'bot', 'main.ts')],
    outfile: OUTFILE,
    sourcemap: true,
    // bot/bundle.ts: only the bundle reads what this build prepares.
    define: { YM_BUNDLE: 'true' },
    banner: {
      js: [
        // First, or the bundle's own "use strict" below the banner would no longer be a directive.
        "'use strict';",
        // Stack traces name the TypeScript file and line. source-map-support reads dist/main.js.map
        // only when a stack is first printed; node --enable-source-maps instead parses the source
        // map of every package module at require time, about 0.5 s of the time to /readyz.
        "require('source-map-support').install({ environment: 'node', handleUncaughtExceptions: false });",
        // dist/ is one folder below the root, as every source folder's files are from theirs.
        "const __projectRoot = require('node:path').join(__dirname, '..');",
      ].join('\n'),
    },
    plugins: [
      {
        name: 'source-folders',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const dir = JSON.stringify(path.relative(ROOT, path.dirname(args.path)));
            const file = JSON.stringify(path.relative(ROOT, args.path));
            const source = await readFile(args.path, 'utf8');
            return {
              loader: 'ts',
              contents: source
                .replace(/\b__dirname\b/g, `require('node:path').join(__projectRoot, ${dir})`)
                .replace(/\b__filename\b/g, `require('node:path').join(__projectRoot, ${file})`),
            };
          });
        },
      },
    ],
  });
  // The retrieval router's model, built from the example files as they are now; the bundle uses
  // it only while they stay as they are (a hash of them is inside), so an edited example needs a
  // restart, never a rebuild, as the docstring says.
  await writeFile(RETRIEVAL_MODEL_FILE, encodeModel(modelOf()));
}

if (require.main === module) {
  buildServer().catch((err: Error) => {
    console.error(`build failed: ${err.message}`);
    process.exit(1);
  });
}
