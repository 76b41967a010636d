import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The newest modification time of any file under the folders (0 when none). */
async function newest(folders: string[]): Promise<number> {
  let latest = 0;
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      latest = Math.max(latest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return latest;
}

/** Runs `npm run build` when out/ is older than the code the browser host serves. */
export async function ensureFreshBuild(repoRoot: string): Promise<'fresh' | 'rebuilt'> {
  const at = (...parts: string[]) => path.join(repoRoot, ...parts);
  const built = await stat(at('out', 'renderer', 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const bridge = await stat(at('out', 'web-bridge')).then(
    () => true,
    () => false,
  );
  const sources = await newest([at('renderer'), at('shared'), at('electron', 'web-host', 'bridge')]);
  if (built > sources && bridge) return 'fresh';
  const child = spawn('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run build failed (${code})`);
  return 'rebuilt';
}
