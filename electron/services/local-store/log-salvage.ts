import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { MAX_RECORD_BYTES } from '../../../server/storage/framed-log';

/**
 * Reads a room log the way `server/storage/framed-log.ts` writes it ([u32 length][u32
 * crc32][bytes] per record), but past damage: where a record is torn, fails its checksum or
 * is not a Yjs update, the bytes are skipped one by one until a whole record starts again, so
 * one bad spot costs only what it covers. (`log-salvage.test.ts` checks this reader against
 * the writer, so the two cannot drift apart.)
 */
const HEADER_BYTES = 8;

export type SalvagedLog = {
  /** Every whole record that is a Yjs update, in file order. */
  records: Uint8Array[];
  /** Bytes that were not part of such a record. */
  damagedBytes: number;
};

function isYjsUpdate(payload: Uint8Array): boolean {
  try {
    Y.decodeUpdate(payload);
    return true;
  } catch {
    return false;
  }
}

export function salvageRecords(bytes: Uint8Array): SalvagedLog {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let damagedBytes = 0;
  let offset = 0;
  while (offset < bytes.byteLength) {
    if (offset + HEADER_BYTES <= bytes.byteLength) {
      const length = view.getUint32(offset);
      const end = offset + HEADER_BYTES + length;
      // An empty record is never written (no Yjs update is empty): zeros are damage, not records.
      if (length > 0 && length <= MAX_RECORD_BYTES && end <= bytes.byteLength) {
        const payload = bytes.subarray(offset + HEADER_BYTES, end);
        if (crc32(payload) === view.getUint32(offset + 4) && isYjsUpdate(payload)) {
          // A plain copy, not a view of the file's buffer: it crosses IPC and JSON.
          records.push(new Uint8Array(payload));
          offset = end;
          continue;
        }
      }
    }
    damagedBytes += 1;
    offset += 1;
  }
  return { records, damagedBytes };
}

/**
 * One update holding all of them. Records were checked one by one, but updates still waiting
 * in memory come straight from the window, so a merge that fails is done by applying each
 * update that can be applied.
 */
export function mergeAll(updates: readonly Uint8Array[]): Uint8Array | null {
  if (updates.length === 0) return null;
  if (updates.length === 1) return updates[0]!;
  try {
    return Y.mergeUpdates([...updates]);
  } catch {
    const doc = new Y.Doc();
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Skipped: it cannot be read, and the rest still can.
      }
    }
    const merged = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return merged;
  }
}
