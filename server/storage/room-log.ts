import { mkdir } from 'node:fs/promises';
import * as Y from 'yjs';
import { AppendLog, readLog } from './framed-log';
import { roomLogPath } from './room-files';

export type RoomLogOptions = {
  directory: string;
  /** Compact once the log holds this many records… */
  compactAfterRecords: number;
  /** …or this many bytes. */
  compactAfterBytes: number;
  warn: (message: string) => void;
};

/** A room's durable history: every update appended as it happens, compacted now and then. */
export class RoomLog {
  private constructor(private readonly log: AppendLog, private readonly options: RoomLogOptions) {}

  /** Opens the room's log and returns its stored state merged into one update (null when new). */
  static async open(roomName: string, options: RoomLogOptions): Promise<{ log: RoomLog; state: Uint8Array | null }> {
    await mkdir(options.directory, { recursive: true });
    const path = roomLogPath(options.directory, roomName);
    const contents = await readLog(path);
    if (contents.corruptTailSavedTo) {
      options.warn(`Room ${roomName}: a damaged tail of its log was set aside in ${contents.corruptTailSavedTo}; the rest loaded.`);
    }
    const state = contents.records.length === 0 ? null : Y.mergeUpdates(contents.records);
    const log = new RoomLog(new AppendLog(path, { byteLength: contents.byteLength, recordCount: contents.records.length }), options);
    return { log, state };
  }

  append(update: Uint8Array): void {
    this.log.appendSync(update);
  }

  needsCompaction(): boolean {
    return this.log.recordCount > this.options.compactAfterRecords || this.log.byteLength > this.options.compactAfterBytes;
  }

  /** Rewrites the log as the document's whole state in one record. */
  compact(doc: Y.Doc): void {
    if (this.log.recordCount <= 1) return;
    this.log.replaceWith(Y.encodeStateAsUpdate(doc));
  }

  close(): void {
    this.log.syncToDisk();
    this.log.close();
  }
}
