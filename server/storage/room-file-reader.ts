import { constants } from 'node:fs';
import { copyFile, open, readFile, rename, rm } from 'node:fs/promises';
import * as Y from 'yjs';
import { encodeRecords, parseRecords } from './framed-log';
import { damagedByteCount, salvageRecords } from './log-recovery';
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

/** Writes a file so that a crash leaves either the old one or the new one. */
async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.rewriting`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/**
 * Reads a room's log. A clean log is read as it is. A damaged one (a torn tail, a bad
 * checksum anywhere, a record that is not an update) is salvaged: the whole file as it was
 * is copied aside to `<file>.corrupt-<time>`, and the log is rewritten with every good record,
 * including those after the damage. If the disk will not take the copy, nothing is changed
 * and the good records are served read-only.
 */
export async function readRoomFile(path: string, roomName: string, warn: (message: string) => void): Promise<RoomFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: [], state: null, byteLength: 0, appendable: true, exists: false };
    throw new StorageUnavailable(`Room ${roomName}`, `its log cannot be read, ${explainStorageError(error)}`);
  }
  const clean = parseRecords(bytes);
  if (clean.goodLength === bytes.length) {
    try {
      return {
        records: clean.records,
        state: merge(clean.records),
        byteLength: bytes.length,
        appendable: true,
        exists: true,
      };
    } catch {
      // A record with a good checksum is not an update: salvage below finds which.
    }
  }
  const { records, damaged } = salvageRecords(bytes);
  const state = merge(records);
  const damagedBytes = damagedByteCount(damaged);
  const where = damaged.map((span) => `${span.start}–${span.end}`).join(', ');
  const aside = `${path}.corrupt-${Date.now()}`;
  let copied = false;
  try {
    await copyFile(path, aside, constants.COPYFILE_EXCL);
    copied = true;
    const good = encodeRecords(records);
    await replaceFile(path, good);
    warn(
      `Room ${roomName}: its log was damaged (${damagedBytes} bytes at ${where}). The file as it was is kept in ${aside}; the ${records.length} good records in it were kept and loaded.`,
    );
    return { records, state, byteLength: good.length, appendable: true, exists: true };
  } catch (error) {
    // The original is untouched; a half-made copy of it would only take space.
    if (!copied) await rm(aside, { force: true }).catch(() => undefined);
    await rm(`${path}.rewriting`, { force: true }).catch(() => undefined);
    warn(
      `Room ${roomName}: its log is damaged (${damagedBytes} bytes at ${where}) and the damage could not be set aside, ${explainStorageError(error)}. ` +
        `The file is left as it is and its ${records.length} good records are served read-only.`,
    );
    return { records, state, byteLength: 0, appendable: false, exists: true };
  }
}
