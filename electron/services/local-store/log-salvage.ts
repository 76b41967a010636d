import * as Y from 'yjs';
import { damagedByteCount, salvageRecords as salvageLog } from '../../../server/storage/log-recovery';

export type SalvagedLog = {
  /** Every whole record that is a Yjs update, in file order. */
  records: Uint8Array[];
  /** Bytes that were not part of such a record. */
  damagedBytes: number;
};

/**
 * Reads a room log past damage with the server's reader (`server/storage/log-recovery.ts`:
 * the device writes the server's framing, and a stored file is as untrusted on a laptop as on
 * a server): every record that checks out is kept wherever it sits, one bad spot costs only
 * what it covers, and each payload passes the bounded pre-pass before Yjs decodes it.
 */
export function salvageRecords(bytes: Uint8Array): SalvagedLog {
  const { records, damaged } = salvageLog(bytes);
  return { records, damagedBytes: damagedByteCount(damaged) };
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
