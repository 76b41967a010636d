import * as Y from 'yjs';
import { readFramedLog } from './log-reader';
import { explainStorageError, StorageUnavailable } from './storage-errors';

export type RoomFile = {
  records: Uint8Array[];
  /** The records merged into one update; null for a room with none. */
  state: Uint8Array | null;
  /** Bytes of good records in the file as it now is. */
  byteLength: number;
  /** False when damage could not be set aside: appending after it would bury new records behind it. */
  appendable: boolean;
  /** Whether the file is there at all (a room nobody has written to has none). */
  exists: boolean;
};

function merge(records: Uint8Array[]): Uint8Array | null {
  return records.length === 0 ? null : Y.mergeUpdates(records);
}

/**
 * Reads a room's log (`log-reader.ts`): a damaged one is read around the damage, the whole file
 * as it was is copied aside to `<file>.corrupt-<time>` and the log rewritten with every good
 * record, including those after the damage. If the disk will not take the copy, nothing is
 * changed and the good records are served read-only. Says which bytes were damaged.
 */
export async function readRoomFile(path: string, roomName: string, warn: (message: string) => void): Promise<RoomFile> {
  let state: Uint8Array | null = null;
  // A clean log's records are merged as they are vouched for: the merge throws on a record that is not an update.
  const accept = (records: Uint8Array[]) => {
    try {
      state = merge(records);
      return true;
    } catch {
      return false;
    }
  };
  const read = await readFramedLog(path, { accept }).catch((error: unknown) => {
    throw new StorageUnavailable(`Room ${roomName}`, `its log cannot be read, ${explainStorageError(error)}`);
  });
  const { records, damage } = read;
  if (!damage) return { records, state, byteLength: read.byteLength, appendable: true, exists: read.exists };
  state = merge(records);
  const where = damage.spans.map((span) => `${span.start}–${span.end}`).join(', ');
  if (damage.rewritten) {
    warn(
      `Room ${roomName}: its log was damaged (${damage.bytes} bytes at ${where}). The file as it was is kept in ${damage.keptAs}; the ${records.length} good records in it were kept and loaded.`,
    );
    return { records, state, byteLength: read.byteLength, appendable: true, exists: true };
  }
  warn(
    `Room ${roomName}: its log is damaged (${damage.bytes} bytes at ${where}) and the damage could not be set aside, ${explainStorageError(damage.error)}. ` +
      `The file is left as it is and its ${records.length} good records are served read-only.`,
  );
  return { records, state, byteLength: 0, appendable: false, exists: true };
}
