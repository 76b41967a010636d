import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer } from '../../server/testing/temp-server';
import { tempDir } from '../services/testing/host';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let started: Awaited<ReturnType<typeof startTempServer>>;
let dataDir: string;

beforeAll(async () => {
  started = await startTempServer();
  dataDir = await tempDir('web-cli');
});
afterAll(async () => {
  await started?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `npm run web`'s program until it says it is running, stops it, and returns all it printed. */
async function printed(flags: string[]): Promise<string[]> {
  const env = { ...process.env };
  // No display: where the browser cannot be opened (this machine, a server, a container).
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web-host/cli.ts', '--data', dataDir, '--server', started.server.url, ...flags],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('Branchline is running')) child.kill('SIGTERM');
  });
  // 'close', not 'exit': the last of its output may still be on its way when it exits.
  await once(child, 'close');
  return stdout.split('\n').filter((line) => line !== '');
}

describe('what the browser host prints', () => {
  it('prints the address for people, and the machine-readable line only when asked', async () => {
    const plain = await printed([]);
    expect(plain).toEqual([expect.stringMatching(/^Branchline is running at http:\/\/127\.0\.0\.1:\d+\/\?key=\S+$/)]);

    const asked = await printed(['--ready-line']);
    expect(asked, JSON.stringify(asked)).toHaveLength(2);
    expect(asked[1]).toBe(`BRANCHLINE_WEB_READY ${asked[0]!.slice('Branchline is running at '.length)}`);
  });

  it('with --open where no browser can be opened, says plainly which address to open', async () => {
    expect(await printed(['--open'])).toEqual([
      expect.stringMatching(
        /^Branchline is running\. Open this address in your web browser: http:\/\/127\.0\.0\.1:\d+\/\?key=\S+$/,
      ),
    ]);
  });
});
