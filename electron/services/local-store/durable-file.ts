import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** An error like the system's own, for a write that made no progress (a full disk answers so). */
function noSpace(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
}

async function writeAll(handle: FileHandle, file: string, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
    if (bytesWritten === 0) throw noSpace(file);
    offset += bytesWritten;
  }
}

/**
 * A file kept open for appending: each `append` writes and fsyncs, and resolves with the
 * file's new length once the bytes are on disk. A write that fails part-way (a disk filling
 * up mid-record) is cut back to the length before, so the file never keeps half a record and
 * the caller can simply retry; after any failure the file is opened afresh next time.
 */
export class AppendFile {
  private handle: FileHandle | null = null;
  private length = 0;

  constructor(readonly file: string) {}

  async append(bytes: Uint8Array): Promise<number> {
    if (!this.handle) {
      await mkdir(path.dirname(this.file), { recursive: true });
      const handle = await open(this.file, 'a');
      try {
        this.length = (await handle.stat()).size;
      } catch (error) {
        await handle.close();
        throw error;
      }
      this.handle = handle;
    }
    const handle = this.handle;
    try {
      await writeAll(handle, this.file, bytes);
      await handle.sync();
    } catch (error) {
      await handle.truncate(this.length).catch(() => undefined);
      await this.close();
      throw error;
    }
    this.length += bytes.byteLength;
    return this.length;
  }

  /** Lets go of the file (before it is replaced, or at shutdown); the next append opens it again. */
  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
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
