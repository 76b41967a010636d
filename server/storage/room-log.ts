import { accessSync, constants } from 'node:fs';
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
 * The file is opened for appending (or made) with the first update since the room loaded:
 * most loaded rooms are only read, and each would otherwise hold a file descriptor and its
 * objects. When the disk refuses a write (full, read-only) the log stops taking writes: the
 * part of the record that reached the file has been cut off (`AppendLog`), and the room is
 * read-only from then on.
 */
export class RoomLog {
  /** Appended since the last fsync: flushed when the room is closed. */
  private unsynced = false;

  private log: AppendLog | null = null;

  private constructor(
    /** Not open for appending yet, but the disk would take writes: the file is opened (or made) with the first append. */
    private openOnWrite: boolean,
    /** What the file held when the room loaded (nothing if it had no file): two numbers, not an object, per loaded room. */
    private readonly storedBytes: number,
    private readonly storedRecords: number,
    private readonly roomName: string,
    private readonly options: RoomLogOptions,
  ) {}

  private openAppendLog(): AppendLog {
    return AppendLog.openSync(this.path, { byteLength: this.storedBytes, recordCount: this.storedRecords });
  }

  /** Derived when needed, not kept: it is only used to open, compact or clean up the file. */
  private get path(): string {
    return roomLogPath(this.options.directory, this.roomName);
  }

  /**
   * Opens the room's log and returns its stored state merged into one update (null when new).
   * `readOnly` opens it without taking writes (after a recent failure); a log the disk will
   * not let us append to, or whose damage could not be set aside, opens read-only too.
   */
  static async open(
    roomName: string,
    options: RoomLogOptions,
    opening: { readOnly?: boolean } = {},
  ): Promise<{ log: RoomLog; state: Uint8Array | null }> {
    if (!madeDirectories.has(options.directory)) {
      // On a read-only disk the folder may already exist; reading can go on either way.
      await mkdir(options.directory, { recursive: true }).then(
        () => madeDirectories.add(options.directory),
        () => undefined,
      );
    }
    const path = roomLogPath(options.directory, roomName);
    const read = await readRoomFile(path, roomName, options.warn);
    let openOnWrite = false;
    if (!opening.readOnly && read.appendable) {
      try {
        // Opening waits for the first write; whether the file (or, for a new room, its folder) would take it is known now.
        accessSync(read.exists ? path : options.directory, constants.W_OK);
        openOnWrite = true;
      } catch (error) {
        options.warn(
          `Room ${roomName} is read-only: its log cannot be opened for writing, ${explainStorageError(error)}.`,
        );
      }
    }
    const [bytes, records] = read.exists ? [read.byteLength, read.records.length] : [0, 0];
    return { log: new RoomLog(openOnWrite, bytes, records, roomName, options), state: read.state };
  }

  /** False once the disk has refused a write, or when the log was opened read-only. */
  get writable(): boolean {
    return this.log !== null || this.openOnWrite;
  }

  /** Appends these in one write; throws StorageUnavailable, having kept none of them, if the disk refuses. */
  appendAll(updates: readonly Uint8Array[]): void {
    try {
      if (!this.log && this.openOnWrite) {
        this.openOnWrite = false;
        this.log = this.openAppendLog();
      }
      if (!this.log) throw new StorageUnavailable(`Room ${this.roomName}`, 'its log is read-only on this server');
      this.log.appendAllSync(updates);
      this.unsynced = true;
    } catch (error) {
      if (error instanceof StorageUnavailable) throw error;
      const reason = explainStorageError(error);
      this.stopWriting();
      this.options.warn(
        `Room ${this.roomName}: an update could not be stored, ${reason}. The room is read-only until it is loaded again.`,
      );
      throw new StorageUnavailable(`Room ${this.roomName}`, reason);
    }
  }

  needsCompaction(): boolean {
    if (!this.log) return false;
    return (
      this.log.recordCount > this.options.compactAfterRecords || this.log.byteLength > this.options.compactAfterBytes
    );
  }

  /** Rewrites the log as the document's whole state in one record; if the disk refuses, the log stays as it was. */
  compact(doc: Y.Doc): void {
    // A log loaded with many records is compacted when its room unloads, written to or not.
    if (!this.log && this.openOnWrite && this.storedRecords > 1) {
      try {
        this.log = this.openAppendLog();
        this.openOnWrite = false;
      } catch (error) {
        this.options.warn(`Room ${this.roomName}: compaction skipped, ${explainStorageError(error)}.`);
        return;
      }
    }
    if (!this.log || this.log.recordCount <= 1) return;
    try {
      this.log.replaceWith(Y.encodeStateAsUpdate(doc));
      this.unsynced = false;
    } catch (error) {
      // The log cleaned up after itself and is still open as it was.
      this.options.warn(
        `Room ${this.roomName}: compaction failed, ${explainStorageError(error)}; the log is kept as it is.`,
      );
    }
  }

  close(): void {
    if (this.log && this.unsynced) {
      try {
        this.log.syncToDisk();
      } catch (error) {
        this.options.warn(
          `Room ${this.roomName}: its log could not be flushed to disk, ${explainStorageError(error)}.`,
        );
      }
    }
    this.stopWriting();
  }

  private stopWriting(): void {
    this.log?.close();
    this.log = null;
    this.openOnWrite = false;
  }
}
