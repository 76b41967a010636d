import { open, stat } from 'node:fs/promises';
import * as Y from 'yjs';
import { encodeRecords } from '../../../server/storage/framed-log';
import { salvageRecords } from '../../../server/storage/log-recovery';

/**
 * What a room log looked like when its text was read: a log that no longer looks so has
 * changed. Text built from live updates knows the size the log reaches once they are all
 * written, but not the time it is written at (`mtimeMs` null: the size alone is compared).
 */
export type LogStamp = { size: number; mtimeMs: number | null };

export const NO_LOG: LogStamp = { size: 0, mtimeMs: 0 };

export function sameStamp(built: LogStamp, now: LogStamp): boolean {
  return built.size === now.size && (built.mtimeMs === null || built.mtimeMs === now.mtimeMs);
}

export async function statLog(file: string): Promise<LogStamp> {
  try {
    const found = await stat(file);
    return { size: found.size, mtimeMs: found.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_LOG;
    throw error;
  }
}

/**
 * A room log's updates, read the way the store reads them (record by record, past any
 * damage, each through the bounded pre-pass before Yjs sees it), with the stamp of exactly
 * the bytes read. Read-only: setting damage aside is the store's business when the room opens.
 */
export async function readLog(file: string): Promise<{ records: Uint8Array[]; stamp: LogStamp }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], stamp: NO_LOG };
    throw error;
  }
  try {
    const found = await handle.stat();
    const bytes = await handle.readFile();
    return { records: salvageRecords(bytes).records, stamp: { size: bytes.length, mtimeMs: found.mtimeMs } };
  } finally {
    await handle.close();
  }
}

/**
 * The bytes an update takes in a room log, or null when the log reader would refuse it: it
 * passes the same checks a stored record must, so a hostile update cannot hang Yjs here.
 */
export function recordLength(update: Uint8Array): number | null {
  const framed = encodeRecords([update]);
  return salvageRecords(framed).records.length === 1 ? framed.length : null;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Applies updates in one transaction; one Yjs cannot apply is skipped, the rest still count. */
export function applyUpdates(doc: Y.Doc, updates: readonly Uint8Array[]): void {
  Y.transact(doc, () => {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Left out: it cannot be read, and the rest still can.
      }
    }
  });
}
