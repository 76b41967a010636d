import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Read-only and full-disk tests (the server's and the desktop's) need powers a CI machine may
 * lack: `chattr +i` (root with CAP_LINUX_IMMUTABLE, on a file system that supports it) and
 * `unshare -m` with tmpfs and bind mounts (CAP_SYS_ADMIN). Each probe tries the real thing
 * once; where the power is missing the test skips with the reason instead of failing.
 */
const run = promisify(execFile);

/** Null when `chattr +i` works here; else why not. */
export async function whyNoImmutableFiles(): Promise<string | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'branchline-chattr-'));
  const file = path.join(dir, 'probe');
  try {
    await writeFile(file, 'x');
    await run('chattr', ['+i', file]);
    await run('chattr', ['-i', file]);
    return null;
  } catch (error) {
    return `chattr +i is not available here (${firstLine(error)}); it needs root with CAP_LINUX_IMMUTABLE on a file system that supports it`;
  } finally {
    await run('chattr', ['-i', file]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Null when a process can be given its own mount namespace with a tmpfs and a read-only bind mount; else why not. */
export async function whyNoMountNamespaces(): Promise<string | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'branchline-unshare-'));
  try {
    await run('unshare', [
      '-m',
      '--propagation',
      'private',
      'sh',
      '-c',
      `mount -t tmpfs -o size=64k tmpfs '${dir}' && mount --bind '${dir}' '${dir}' && mount -o remount,ro,bind '${dir}'`,
    ]);
    return null;
  } catch (error) {
    return `unshare -m with mount is not permitted here (${firstLine(error)}); it needs CAP_SYS_ADMIN`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Sets or clears the immutable flag on each of `paths` (not what is inside a folder). */
export async function setImmutable(paths: string[], immutable: boolean): Promise<void> {
  if (paths.length > 0) await run('chattr', [immutable ? '+i' : '-i', ...paths]);
}

/** Sets or clears the immutable flag on a folder and everything in it. */
export async function setImmutableTree(dir: string, immutable: boolean): Promise<void> {
  await run('chattr', ['-R', immutable ? '+i' : '-i', dir]);
}

function firstLine(error: unknown): string {
  const text = (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
  return text.trim().split('\n')[0] ?? '';
}
