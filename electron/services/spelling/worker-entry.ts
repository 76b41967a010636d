import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The worker's bundle beside the built main (an entry of electron.config.ts's main build). */
export const BUILT_SPELLING_WORKER_FILE = 'spelling-worker.js';

export type SpellingWorkerEntry = { script: string; eval: boolean };

/**
 * How to start the spelling worker, as quick find starts its own (../search/worker-entry.ts):
 * built, the bundle beside main; from TypeScript, `worker.ts` through tsx's loader registered
 * inside the worker.
 */
export function spellingWorkerEntry(): SpellingWorkerEntry {
  const here = fileURLToPath(import.meta.url);
  const folder = path.dirname(here);
  if (here.endsWith('.ts')) {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('tsx/package.json');
    const exports = (
      JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
    ).exports;
    const api = pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
    const worker = pathToFileURL(path.join(folder, 'worker.ts')).href;
    return {
      script: `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
      eval: true,
    };
  }
  const built = [folder, path.dirname(folder)]
    .map((dir) => path.join(dir, BUILT_SPELLING_WORKER_FILE))
    .find(existsSync);
  if (!built) throw new Error(`The spelling worker (${BUILT_SPELLING_WORKER_FILE}) is missing beside ${here}.`);
  return { script: built, eval: false };
}
