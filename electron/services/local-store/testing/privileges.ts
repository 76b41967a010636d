import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Read-only and full-disk tests need privileges a CI machine may lack: `chattr +i` (root with
 * CAP_LINUX_IMMUTABLE, on a file system that supports it) and `unshare -m` with tmpfs mounts
 * (CAP_SYS_ADMIN). Each probe tries the real thing once and says why not when it cannot.
 */
const run = promisify(execFile);

export async function chattrUnavailable(): Promise<string | null> {
  const probe = await mkdtemp(path.join(tmpdir(), 'branchline-chattr-'));
  try {
    await run('chattr', ['+i', probe]);
    await run('chattr', ['-i', probe]);
    return null;
  } catch (error) {
    return `chattr +i is not available here (${firstLine(error)}); it needs root with CAP_LINUX_IMMUTABLE on a file system that supports it`;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

export async function mountNamespaceUnavailable(): Promise<string | null> {
  const probe = await mkdtemp(path.join(tmpdir(), 'branchline-mount-'));
  try {
    await run('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1" && mount -o remount,ro "$1"', 'sh', probe]);
    return null;
  } catch (error) {
    return `unshare -m with a tmpfs mount is not available here (${firstLine(error)}); it needs CAP_SYS_ADMIN`;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

/** Sets or clears the immutable flag on a folder and everything in it. */
export async function setImmutable(dir: string, on: boolean): Promise<void> {
  await run('chattr', ['-R', on ? '+i' : '-i', dir]);
}

function firstLine(error: unknown): string {
  const text = (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
  return text.trim().split('\n')[0] ?? '';
}
