import { crc32 } from 'node:zlib';
import { checkUpdateShape } from '../sync/update-shape';
import { HEADER_BYTES } from './framed-log';

/**
 * Reading a room log that is damaged anywhere, not only at its tail: every record that still
 * checks out is kept, wherever it sits, and the damaged spans are reported so the caller can
 * keep the original bytes aside (`log-reader.ts`). A record "checks out" when its checksum
 * matches and its payload is a well-formed Yjs update.
 */
export type Salvage = {
  records: Uint8Array[];
  /** Byte ranges [start, end) that held no good record. */
  damaged: Array<{ start: number; end: number }>;
};

/** How many payload bytes the search for the next good record may checksum in one file. */
const MAX_SCAN_BYTES = 64 * 1024 * 1024;

function recordAt(bytes: Uint8Array, view: DataView, offset: number): { payload: Uint8Array; end: number } | null {
  if (offset + HEADER_BYTES > bytes.length) return null;
  const length = view.getUint32(offset);
  const end = offset + HEADER_BYTES + length;
  if (end > bytes.length) return null;
  const payload = bytes.subarray(offset + HEADER_BYTES, end);
  return crc32(payload) === view.getUint32(offset + 4) ? { payload, end } : null;
}

/** Whether Yjs can read it, vouched for without building its structs (a third of the time of decoding it cold, a tenth warm). */
function isUpdate(payload: Uint8Array): boolean {
  try {
    checkUpdateShape(payload, { readable: true });
    return true;
  } catch {
    return false;
  }
}

/** Whether every one of these records is an update (a log whose framing is whole, read by the desktop). */
export function allUpdates(records: readonly Uint8Array[]): boolean {
  return records.every(isUpdate);
}

/** `isRecord`: what a good record holds (a Yjs update unless said otherwise; the history log's records are not). */
export function salvageRecords(bytes: Uint8Array, isRecord: (payload: Uint8Array) => boolean = isUpdate): Salvage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  const damaged: Salvage['damaged'] = [];
  let scanBudget = MAX_SCAN_BYTES;
  let offset = 0;
  const markDamaged = (start: number, end: number) => {
    const last = damaged[damaged.length - 1];
    if (last && last.end === start) last.end = end;
    else damaged.push({ start, end });
  };
  while (offset < bytes.length) {
    const record = recordAt(bytes, view, offset);
    if (record && isRecord(record.payload)) {
      records.push(new Uint8Array(record.payload));
      offset = record.end;
      continue;
    }
    if (record) {
      // Framed correctly but not an update: skip exactly this record.
      markDamaged(offset, record.end);
      offset = record.end;
      continue;
    }
    // Search forward, byte by byte, for the next place a good record starts.
    let next = bytes.length;
    for (let candidate = offset + 1; candidate + HEADER_BYTES <= bytes.length && scanBudget > 0; candidate++) {
      const length = view.getUint32(candidate);
      if (candidate + HEADER_BYTES + length > bytes.length) continue;
      scanBudget -= length;
      if (recordAt(bytes, view, candidate)) {
        next = candidate;
        break;
      }
    }
    markDamaged(offset, next);
    offset = next;
  }
  return { records, damaged };
}

/** How many bytes the damaged spans cover. */
export function damagedByteCount(damaged: Salvage['damaged']): number {
  return damaged.reduce((sum, span) => sum + span.end - span.start, 0);
}
