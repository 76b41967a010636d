import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Disk-fault tests need root powers (immutable files, mount namespaces). Each asks here first
 * and, where the power is missing, skips with the reason instead of failing.
 */
const run = promisify(execFile);

/** Null when `chattr +i` works here (root, on a filesystem that supports it); else why not. */
export async function whyNoImmutableFiles(): Promise<string | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'branchline-chattr-'));
  const file = path.join(dir, 'probe');
  try {
    await writeFile(file, 'x');
    await run('chattr', ['+i', file]);
    await run('chattr', ['-i', file]);
    return null;
  } catch (error) {
    return `chattr +i is not available here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await run('chattr', ['-i', file]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Null when a process can be given its own mount namespace with a tmpfs and a read-only bind mount; else why not. */
export async function whyNoMountNamespaces(): Promise<string | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'branchline-unshare-'));
  try {
    await run('unshare', ['-m', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${dir}' && mount --bind '${dir}' '${dir}' && mount -o remount,ro,bind '${dir}'`]);
    return null;
  } catch (error) {
    return `unshare -m with mount is not permitted here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function setImmutable(paths: string[], immutable: boolean): Promise<void> {
  if (paths.length > 0) await run('chattr', [immutable ? '+i' : '-i', ...paths]);
}
