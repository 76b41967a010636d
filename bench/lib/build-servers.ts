import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const builtServersDir = path.join(benchDir, '..', '.tmp', 'bench-servers');

let built: Promise<void> | null = null;

/**
 * Bundles the bench's server processes the way electron-vite bundles the desktop's embedded
 * server (dependencies stay in node_modules), so ours is measured as it ships. Under tsx
 * every named closure carries an extra property store (esbuild's keepNames), which costs
 * hundreds of bytes per connection that the shipped server does not pay.
 */
export function buildServers(): Promise<void> {
  built ??= build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: builtServersDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: {
          ours: path.join(benchDir, 'servers', 'ours.ts'),
          reference: path.join(benchDir, 'servers', 'reference.ts'),
          forum: path.join(benchDir, 'servers', 'forum.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  }).then(() => undefined);
  return built;
}
