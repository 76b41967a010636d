import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { setImmutableTree } from '../../../server/testing/privileges';

/**
 * Temporary folders for one test file: each is removed after its test, made writable again
 * first in case the test made it (or something in it) immutable. Call at the top of the file.
 */
export function tempFolders(prefix: string): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    for (const dir of made.splice(0)) {
      await setImmutableTree(dir, false).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), `branchline-${prefix}-`));
    made.push(dir);
    return dir;
  };
}
