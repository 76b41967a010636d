import { closeSync, fsyncSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { copyFile, readFile, truncate } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/**
 * An append-only file of records framed as [u32 length][u32 crc32][bytes]. Used for Yjs
 * update logs on the server and on the desktop. A torn or corrupt tail (a crash mid-write,
 * a damaged disk) is copied aside to `<file>.corrupt-<time>` and cut off, never deleted.
 */
const HEADER_BYTES = 8;
/** No single record may claim more than this; a larger length means the header is damaged. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export type LogContents = {
  records: Uint8Array[];
  /** Bytes of good records. */
  byteLength: number;
  /** Where the damaged tail was kept, if there was one. */
  corruptTailSavedTo: string | null;
};

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

/** Reads a log, setting aside any damaged tail. A missing file is an empty log. */
export async function readLog(path: string): Promise<LogContents> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: [], byteLength: 0, corruptTailSavedTo: null };
    throw error;
  }
  const { records, goodLength } = parseRecords(bytes);
  let corruptTailSavedTo: string | null = null;
  if (goodLength < bytes.length) {
    corruptTailSavedTo = `${path}.corrupt-${Date.now()}`;
    await copyFile(path, corruptTailSavedTo);
    await truncate(path, goodLength);
  }
  return { records, byteLength: goodLength, corruptTailSavedTo };
}

/** An open log for appending. Appends are synchronous so a record is in the OS before the caller goes on. */
export class AppendLog {
  private fd: number;
  byteLength: number;
  recordCount: number;

  constructor(
    readonly path: string,
    existing: { byteLength: number; recordCount: number },
  ) {
    this.fd = openSync(path, 'a');
    this.byteLength = existing.byteLength;
    this.recordCount = existing.recordCount;
  }

  /** Several records in one write: a busy room's changes of one event-loop turn cost one system call. */
  appendAllSync(payloads: readonly Uint8Array[]): void {
    const framed = encodeRecords(payloads);
    let written = 0;
    while (written < framed.length) written += writeSync(this.fd, framed, written);
    this.byteLength += framed.length;
    this.recordCount += payloads.length;
  }

  syncToDisk(): void {
    fsyncSync(this.fd);
  }

  /** After a failed append: cuts off whatever part of the record reached the file, so no torn record stays. */
  cutBackToLastRecord(): void {
    ftruncateSync(this.fd, this.byteLength);
  }

  /**
   * Replaces the whole log with one record, atomically: a crash leaves the old file or the new.
   * Synchronous, so no append can land in the old file between the copy and the rename.
   */
  replaceWith(payload: Uint8Array): void {
    const temporary = `${this.path}.compacting`;
    const fd = openSync(temporary, 'w');
    try {
      const framed = frameRecord(payload);
      let written = 0;
      while (written < framed.length) written += writeSync(fd, framed, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    closeSync(this.fd);
    renameSync(temporary, this.path);
    this.fd = openSync(this.path, 'a');
    this.byteLength = HEADER_BYTES + payload.length;
    this.recordCount = 1;
  }

  close(): void {
    closeSync(this.fd);
  }
}
