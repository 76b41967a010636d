import { unlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as Y from 'yjs';
import { AppendLog } from './framed-log';
import { readRoomFile } from './room-file-reader';
import { roomLogPath } from './room-files';
import { explainStorageError, StorageUnavailable } from './storage-errors';

export type RoomLogOptions = {
  directory: string;
  /** Compact once the log holds this many records… */
  compactAfterRecords: number;
  /** …or this many bytes. */
  compactAfterBytes: number;
  warn: (message: string) => void;
};

/**
 * A room's durable history: every update appended as it happens, compacted now and then.
 * When the disk refuses a write (full, read-only) the log stops taking writes: the part of
 * the record that reached the file is cut off, and the room is read-only from then on.
 */
export class RoomLog {
  private constructor(
    private log: AppendLog | null,
    private readonly roomName: string,
    private readonly options: RoomLogOptions,
  ) {}

  /**
   * Opens the room's log and returns its stored state merged into one update (null when new).
   * `readOnly` opens it without taking writes (after a recent failure); a log the disk will
   * not let us append to, or whose damage could not be set aside, opens read-only too.
   */
  static async open(roomName: string, options: RoomLogOptions, opening: { readOnly?: boolean } = {}): Promise<{ log: RoomLog; state: Uint8Array | null }> {
    // On a read-only disk the folder may already exist; reading can go on either way.
    await mkdir(options.directory, { recursive: true }).catch(() => undefined);
    const path = roomLogPath(options.directory, roomName);
    const read = await readRoomFile(path, roomName, options.warn);
    const { state } = read;
    let append: AppendLog | null = null;
    if (!opening.readOnly && read.appendable) {
      try {
        append = new AppendLog(path, { byteLength: read.byteLength, recordCount: read.records.length });
      } catch (error) {
        options.warn(`Room ${roomName} is read-only: its log cannot be opened for writing, ${explainStorageError(error)}.`);
      }
    }
    return { log: new RoomLog(append, roomName, options), state };
  }

  /** False once the disk has refused a write, or when the log was opened read-only. */
  get writable(): boolean {
    return this.log !== null;
  }

  /** Appends synchronously; throws StorageUnavailable, having kept nothing of it, if the disk refuses. */
  append(update: Uint8Array): void {
    if (!this.log) throw new StorageUnavailable(`Room ${this.roomName}`, 'its log is read-only on this server');
    try {
      this.log.appendSync(update);
    } catch (error) {
      const reason = explainStorageError(error);
      this.stopWriting({ cutTornRecord: true });
      this.options.warn(`Room ${this.roomName}: an update could not be stored, ${reason}. The room is read-only until it is loaded again.`);
      throw new StorageUnavailable(`Room ${this.roomName}`, reason);
    }
  }

  needsCompaction(): boolean {
    if (!this.log) return false;
    return this.log.recordCount > this.options.compactAfterRecords || this.log.byteLength > this.options.compactAfterBytes;
  }

  /** Rewrites the log as the document's whole state in one record; if the disk refuses, the log stays as it was. */
  compact(doc: Y.Doc): void {
    if (!this.log || this.log.recordCount <= 1) return;
    try {
      this.log.replaceWith(Y.encodeStateAsUpdate(doc));
    } catch (error) {
      this.options.warn(`Room ${this.roomName}: compaction failed, ${explainStorageError(error)}; the log is kept as it is.`);
      try {
        unlinkSync(`${this.log.path}.compacting`);
      } catch {
        // Nothing was left behind.
      }
    }
  }

  close(): void {
    if (!this.log) return;
    try {
      this.log.syncToDisk();
    } catch (error) {
      this.options.warn(`Room ${this.roomName}: its log could not be flushed to disk, ${explainStorageError(error)}.`);
    }
    this.stopWriting({ cutTornRecord: false });
  }

  private stopWriting({ cutTornRecord }: { cutTornRecord: boolean }): void {
    const log = this.log;
    this.log = null;
    if (!log) return;
    if (cutTornRecord) {
      try {
        log.cutBackToLastRecord();
      } catch {
        // A read-only disk took none of it; a torn tail, if any, is set aside on the next load.
      }
    }
    try {
      log.close();
    } catch {
      // Already closed.
    }
  }
}
