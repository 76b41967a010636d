import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts: string[]) => path.join(root, ...parts);

/**
 * Three builds: main (ESM, with the embedded server and quick find's worker thread as more
 * entries: `search-worker.js` is found beside the main bundle, electron/services/search/worker-entry.ts), the preload
 * (CommonJS, every dependency bundled, for the sandbox), and the renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: at('out', 'main'),
      rolldownOptions: {
        input: {
          index: at('electron', 'main', 'index.ts'),
          server: at('server', 'cli.ts'),
          'search-worker': at('electron', 'services', 'search', 'worker.ts'),
          'spelling-worker': at('electron', 'services', 'spelling', 'worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out', 'preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron', 'preload', 'index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react()],
    build: {
      outDir: at('out', 'renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: at('renderer', 'index.html') },
    },
  },
});
