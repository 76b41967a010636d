import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The name of the worker's bundle beside the built main (an entry of electron.config.ts's main build). */
export const BUILT_WORKER_FILE = 'search-worker.js';

export type WorkerEntry = { script: string; eval: boolean };

/**
 * How to start the search worker from here. Built (Electron, bundled by electron-vite): the
 * `search-worker.js` entry beside the main bundle (or its parent, from a shared chunk).
 * From TypeScript (the browser host under tsx, vitest): `worker.ts` through tsx's loader,
 * registered inside the worker before the entry is imported (Node 20 resolves a worker's
 * entry before `--import` hooks would apply, so `execArgv: ['--import', 'tsx']` is not enough).
 */
export function searchWorkerEntry(): WorkerEntry {
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
  const built = [folder, path.dirname(folder)].map((dir) => path.join(dir, BUILT_WORKER_FILE)).find(existsSync);
  if (!built) throw new Error(`The search worker (${BUILT_WORKER_FILE}) is missing beside ${here}: run npm run build.`);
  return { script: built, eval: false };
}
