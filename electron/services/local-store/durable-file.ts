import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** An error like the system's own, for a write that made no progress (a full disk answers so). */
function noSpace(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
}

async function writeAll(handle: Awaited<ReturnType<typeof open>>, file: string, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
    if (bytesWritten === 0) throw noSpace(file);
    offset += bytesWritten;
  }
}

/**
 * Appends bytes to a file and fsyncs it; resolves with the file's new length once they are
 * on disk. A write that fails part-way (a disk filling up mid-record) is cut back to the
 * length before, so the file never keeps half a record and the caller can simply retry.
 */
export async function appendDurably(file: string, bytes: Uint8Array): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a');
  let before = -1;
  try {
    before = (await handle.stat()).size;
    await writeAll(handle, file, bytes);
    await handle.sync();
    return before + bytes.byteLength;
  } catch (error) {
    if (before >= 0) await handle.truncate(before).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Replaces a file's content atomically: a crash or a full disk leaves the old file or the new one, never a mix. */
export async function replaceDurably(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.rewrite-${process.pid}`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await writeAll(handle, temporary, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
