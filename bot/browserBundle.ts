import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/**
 * A browser script (the widget, the staff console) built once in memory with esbuild: bundled,
 * minified, no source maps, so nothing is built at install time and nothing is fetched.
 */
export function browserBundle(entryPoint: string): Promise<string> {
  let bundle = bundles.get(entryPoint);
  if (!bundle) {
    bundle = build({
      entryPoints: [entryPoint],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      legalComments: 'none',
    }).then((r) => r.outputFiles[0]!.text);
    bundles.set(entryPoint, bundle);
  }
  return bundle;
}
