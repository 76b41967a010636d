import {
  close,
  closeSync,
  fstat,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  open,
  openSync,
  renameSync,
  unlinkSync,
  write,
  writeSync,
} from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * The one durable log of Branchline: an append-only file of records framed as
 * [u32 length][u32 crc32][bytes]. The server's room logs (`room-log.ts`) and the desktop's
 * local store (`electron/services/local-store/room-logs.ts`) both keep their Yjs updates in
 * it, so a room's log reads the same in both. Reading one, damage and all, is `log-reader.ts`.
 */
export const HEADER_BYTES = 8;
/** No single record may claim more than this; a larger length means the header is damaged. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function frameRecord(payload: Uint8Array): Uint8Array {
  const framed = new Uint8Array(HEADER_BYTES + payload.length);
  const view = new DataView(framed.buffer);
  view.setUint32(0, payload.length);
  view.setUint32(4, crc32(payload));
  framed.set(payload, HEADER_BYTES);
  return framed;
}

/** Frames several records into one buffer, for a single write. */
export function encodeRecords(payloads: readonly Uint8Array[]): Uint8Array {
  if (payloads.length === 1) return frameRecord(payloads[0]!);
  const framed = payloads.map(frameRecord);
  const out = new Uint8Array(framed.reduce((sum, record) => sum + record.length, 0));
  let offset = 0;
  for (const record of framed) {
    out.set(record, offset);
    offset += record.length;
  }
  return out;
}

/** Splits a file's bytes into good records and the offset where damage begins, if any. */
export function parseRecords(bytes: Uint8Array): { records: Uint8Array[]; goodLength: number } {
  const records: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = view.getUint32(offset);
    const checksum = view.getUint32(offset + 4);
    const end = offset + HEADER_BYTES + length;
    if (length > MAX_RECORD_BYTES || end > bytes.length) break;
    const payload = bytes.subarray(offset + HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    // A plain Uint8Array, not a Buffer: callers hand these to IPC and JSON, where Buffer behaves differently.
    records.push(new Uint8Array(payload));
    offset = end;
  }
  return { records, goodLength: offset };
}

/** An error like the system's own, for a write that made no progress (a full disk can answer so). */
function noSpace(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
}

function writeWholeSync(fd: number, bytes: Uint8Array, file: string): void {
  let written = 0;
  while (written < bytes.length) {
    const wrote = writeSync(fd, bytes, written);
    if (wrote === 0) throw noSpace(file);
    written += wrote;
  }
}

/** The callback forms of `node:fs` on a descriptor, as promises: off the event loop, as the desktop's main needs. */
const onDescriptor = {
  open: (file: string, flags: string) =>
    new Promise<number>((resolve, reject) => open(file, flags, (error, fd) => (error ? reject(error) : resolve(fd)))),
  size: (fd: number) =>
    new Promise<number>((resolve, reject) =>
      fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats.size))),
    ),
  write: (fd: number, bytes: Uint8Array, offset: number) =>
    new Promise<number>((resolve, reject) =>
      write(fd, bytes, offset, bytes.length - offset, null, (error, wrote) => (error ? reject(error) : resolve(wrote))),
    ),
  fsync: (fd: number) =>
    new Promise<void>((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve()))),
  truncate: (fd: number, length: number) =>
    new Promise<void>((resolve, reject) => ftruncate(fd, length, (error) => (error ? reject(error) : resolve()))),
  close: (fd: number) => new Promise<void>((resolve) => close(fd, () => resolve())),
};

async function writeWhole(fd: number, bytes: Uint8Array, file: string): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const wrote = await onDescriptor.write(fd, bytes, written);
    if (wrote === 0) throw noSpace(file);
    written += wrote;
  }
}

/** Where a file's replacement is written before it is renamed over the file. */
const replacementOf = (file: string) => `${file}.rewriting-${process.pid}`;

/**
 * Replaces a file's content atomically: written beside it, fsynced, renamed over it. A crash,
 * a full disk or a refused write leaves the old file or the new one, never a mix, and no
 * half-written replacement behind.
 */
export async function replaceFileDurably(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = replacementOf(file);
  try {
    const fd = await onDescriptor.open(temporary, 'w');
    try {
      await writeWhole(fd, bytes, temporary);
      await onDescriptor.fsync(fd);
    } finally {
      await onDescriptor.close(fd);
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * A log open for appending. Whatever fails, the file never keeps part of a record: an append
 * the disk refuses part-way (full, read-only, a fault) is cut back to the last whole record
 * before the error reaches the caller, who may retry or stop.
 *
 * Two ways to append, one bookkeeping: `appendAllSync` writes without waiting (the server
 * writes a room's batch before it broadcasts it, and fsyncs when the room closes);
 * `appendDurably` writes and fsyncs off the event loop (the desktop's main process stays idle
 * while the disk works), one append at a time.
 */
export class AppendLog {
  /** A durable append on its way: the descriptor is not closed under it. */
  private inFlight: Promise<number> | null = null;

  private constructor(
    readonly path: string,
    /** -1 once closed. */
    private fd: number,
    /** Bytes of whole records in the file. */
    public byteLength: number,
    /** Records in the file: those it was opened with, plus those appended since. */
    public recordCount: number,
  ) {}

  /** Opens (or makes) the file at once, for a caller that has just read it and knows what it holds. */
  static openSync(file: string, existing: { byteLength: number; recordCount: number }): AppendLog {
    return new AppendLog(file, openSync(file, 'a'), existing.byteLength, existing.recordCount);
  }

  /** Makes the folder and opens (or makes) the file; its length is the file's own, its record count not known (0). */
  static async open(file: string): Promise<AppendLog> {
    await mkdir(path.dirname(file), { recursive: true });
    const fd = await onDescriptor.open(file, 'a');
    try {
      return new AppendLog(file, fd, await onDescriptor.size(fd), 0);
    } catch (error) {
      await onDescriptor.close(fd);
      throw error;
    }
  }

  /** Several records in one write: a busy room's changes of one event-loop turn cost one system call. */
  appendAllSync(payloads: readonly Uint8Array[]): void {
    const framed = encodeRecords(payloads);
    try {
      writeWholeSync(this.fd, framed, this.path);
    } catch (error) {
      this.cutBackToLastRecord();
      throw error;
    }
    this.byteLength += framed.length;
    this.recordCount += payloads.length;
  }

  /** Writes and fsyncs several records in one write; resolves with the file's new length once they are on disk. */
  appendDurably(payloads: readonly Uint8Array[]): Promise<number> {
    if (this.inFlight) return Promise.reject(new Error(`${this.path}: one durable append at a time`));
    const fd = this.fd;
    const framed = encodeRecords(payloads);
    const appending = (async () => {
      try {
        await writeWhole(fd, framed, this.path);
        await onDescriptor.fsync(fd);
      } catch (error) {
        // Never half a record: nothing counts unless all of it reached the disk.
        await onDescriptor.truncate(fd, this.byteLength).catch(() => undefined);
        throw error;
      }
      this.byteLength += framed.length;
      this.recordCount += payloads.length;
      return this.byteLength;
    })();
    this.inFlight = appending;
    const settled = () => {
      this.inFlight = null;
    };
    appending.then(settled, settled);
    return appending;
  }

  syncToDisk(): void {
    fsyncSync(this.fd);
  }

  /** Cuts off whatever part of a record reached the file after the last whole one. A disk that refuses even that is left be: a torn tail is set aside when the log is next read. */
  cutBackToLastRecord(): void {
    try {
      ftruncateSync(this.fd, this.byteLength);
    } catch {
      // A read-only disk took none of it.
    }
  }

  /**
   * Replaces the whole log with one record, atomically: a crash leaves the old file or the new.
   * Synchronous, so no append can land in the old file between the copy and the rename. If it
   * fails, the log is as it was and still open.
   */
  replaceWith(payload: Uint8Array): void {
    const temporary = replacementOf(this.path);
    const framed = frameRecord(payload);
    let renamed = false;
    try {
      const fd = openSync(temporary, 'w');
      try {
        writeWholeSync(fd, framed, temporary);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      closeSync(this.fd);
      this.fd = -1;
      renameSync(temporary, this.path);
      renamed = true;
    } finally {
      if (!renamed) {
        try {
          unlinkSync(temporary);
        } catch {
          // Never made.
        }
      }
      // The new file, or the old one as it was.
      if (this.fd === -1) this.fd = openSync(this.path, 'a');
    }
    this.byteLength = framed.length;
    this.recordCount = 1;
  }

  /** Lets go of the file (after an append on its way, if one is). The log takes no more appends. */
  close(): void {
    const fd = this.fd;
    if (fd === -1) return;
    this.fd = -1;
    const release = () => {
      try {
        closeSync(fd);
      } catch {
        // The descriptor is released all the same.
      }
    };
    if (this.inFlight) this.inFlight.then(release, release);
    else release();
  }
}
