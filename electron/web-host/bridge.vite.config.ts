import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The browser bridge: one classic script (IIFE) the browser host injects before the app. */
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'out', 'web-bridge'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: path.join(root, 'electron', 'web-host', 'bridge', 'index.ts'),
      formats: ['iife'],
      name: 'BranchlineBridge',
      fileName: () => 'bridge.js',
    },
  },
});
