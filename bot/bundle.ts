import path from 'node:path';

/**
 * What `npm run build` prepares beside the bundle (dist/main.js), and whether this process runs
 * that bundle. esbuild defines YM_BUNDLE as true there; under tsx and jest it is not defined, so
 * `npm run dev` and the tests always build from the source data, whatever an older build left.
 */
declare const YM_BUNDLE: boolean | undefined;

export const IN_BUNDLE = typeof YM_BUNDLE !== 'undefined' && YM_BUNDLE === true;

/** The retrieval router's model (RetrievalRouter.load reads it if it matches the examples). */
export const RETRIEVAL_MODEL_FILE = path.join(__dirname, '..', 'dist', 'retrieval-model.bin');
