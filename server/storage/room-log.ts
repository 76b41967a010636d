import { accessSync, constants, unlinkSync } from 'node:fs';
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

/** Room folders already made: opening a room is frequent, and making its folder need happen once. */
const madeDirectories = new Set<string>();

/**
 * A room's durable history: every update appended as it happens, compacted now and then.
 * A room nobody has written to gets its file with its first update. When the disk refuses a
 * write (full, read-only) the log stops taking writes: the part of the record that reached
 * the file is cut off, and the room is read-only from then on.
 */
export class RoomLog {
  /** Appended since the last fsync: flushed when the room is closed. */
  private unsynced = false;

  private constructor(
    private log: AppendLog | null,
    /** No file yet, but the folder takes writes: it is made with the first append. */
    private notCreated: boolean,
    private readonly path: string,
    private readonly roomName: string,
    private readonly options: RoomLogOptions,
  ) {}

  /**
   * Opens the room's log and returns its stored state merged into one update (null when new).
   * `readOnly` opens it without taking writes (after a recent failure); a log the disk will
   * not let us append to, or whose damage could not be set aside, opens read-only too.
   */
  static async open(roomName: string, options: RoomLogOptions, opening: { readOnly?: boolean } = {}): Promise<{ log: RoomLog; state: Uint8Array | null }> {
    if (!madeDirectories.has(options.directory)) {
      // On a read-only disk the folder may already exist; reading can go on either way.
      await mkdir(options.directory, { recursive: true }).then(() => madeDirectories.add(options.directory), () => undefined);
    }
    const path = roomLogPath(options.directory, roomName);
    const read = await readRoomFile(path, roomName, options.warn);
    let append: AppendLog | null = null;
    let notCreated = false;
    if (!opening.readOnly && read.appendable) {
      try {
        if (read.exists) append = new AppendLog(path, { byteLength: read.byteLength, recordCount: read.records.length });
        else {
          // Creating the file waits for the first write; whether the folder would take it is known now.
          accessSync(options.directory, constants.W_OK);
          notCreated = true;
        }
      } catch (error) {
        options.warn(`Room ${roomName} is read-only: its log cannot be opened for writing, ${explainStorageError(error)}.`);
      }
    }
    return { log: new RoomLog(append, notCreated, path, roomName, options), state: read.state };
  }

  /** False once the disk has refused a write, or when the log was opened read-only. */
  get writable(): boolean {
    return this.log !== null || this.notCreated;
  }

  /** Appends synchronously; throws StorageUnavailable, having kept nothing of it, if the disk refuses. */
  append(update: Uint8Array): void {
    try {
      if (!this.log && this.notCreated) {
        this.notCreated = false;
        this.log = new AppendLog(this.path, { byteLength: 0, recordCount: 0 });
      }
      if (!this.log) throw new StorageUnavailable(`Room ${this.roomName}`, 'its log is read-only on this server');
      this.log.appendSync(update);
      this.unsynced = true;
    } catch (error) {
      if (error instanceof StorageUnavailable) throw error;
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
      this.unsynced = false;
    } catch (error) {
      this.options.warn(`Room ${this.roomName}: compaction failed, ${explainStorageError(error)}; the log is kept as it is.`);
      try {
        unlinkSync(`${this.path}.compacting`);
      } catch {
        // Nothing was left behind.
      }
    }
  }

  close(): void {
    if (this.log && this.unsynced) {
      try {
        this.log.syncToDisk();
      } catch (error) {
        this.options.warn(`Room ${this.roomName}: its log could not be flushed to disk, ${explainStorageError(error)}.`);
      }
    }
    this.stopWriting({ cutTornRecord: false });
  }

  private stopWriting({ cutTornRecord }: { cutTornRecord: boolean }): void {
    const log = this.log;
    this.log = null;
    this.notCreated = false;
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
