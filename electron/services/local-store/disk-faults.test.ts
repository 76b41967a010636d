import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { whyNoMountNamespaces } from '../../../server/testing/privileges';

const scenario = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'disk-scenario.ts');
const unavailable = await whyNoMountNamespaces();

/**
 * A real full disk and a real read-only file system: a 256 KiB tmpfs in a mount namespace of
 * its own (so nothing outlives the test), with the store running inside it. About 3 s.
 */
describe('the local store on a disk that fills up, then turns read-only', () => {
  it('says so, loses nothing, never leaves half a record, and catches up by itself', async (context) => {
    context.skip(unavailable !== null, unavailable ?? '');
    const dir = await mkdtemp(path.join(tmpdir(), 'branchline-tmpfs-'));
    try {
      const { stdout } = await promisify(execFile)(
        'unshare',
        [
          '-m',
          '--propagation',
          'private',
          'sh',
          '-c',
          'mount -t tmpfs -o size=256k tmpfs "$1" && exec "$2" --import tsx "$3" "$1"',
          'sh',
          dir,
          process.execPath,
          scenario,
        ],
        { timeout: 60_000 },
      );
      const seen = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(seen.fullAfter).toBeGreaterThan(0);
      expect(seen.whileFull).toEqual({
        health: { writing: expect.objectContaining({ kind: 'disk-full' }), damaged: [] },
        logDamagedBytes: 0,
        memoryHasAll: true,
      });
      expect(seen.afterFreeing).toEqual({ diskHasAll: true, locale: 'cy' });
      expect(seen.whileReadOnly.health.writing).toMatchObject({ kind: 'read-only' });
      expect(seen.afterWritable).toEqual({ diskHasAll: true });
      expect(seen.kinds).toEqual(['disk-full', null, 'read-only', null]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
