import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a folder takes a small write right now. After the disk refused a room's write, the
 * room is loaded read-only until this succeeds, rather than failing (and closing everyone in
 * it) on every next write.
 */
export function folderTakesWrites(directory: string): boolean {
  const file = path.join(directory, '.write-check');
  try {
    writeFileSync(file, new Uint8Array(16 * 1024));
    return true;
  } catch {
    return false;
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // Never made.
    }
  }
}
