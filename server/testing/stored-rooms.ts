import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { parseRecords } from '../storage/framed-log';

/**
 * What every stored room holds, as a comparable fingerprint: its state vector and delete set,
 * which together are the whole CRDT state. Two logs that differ only in how records were
 * compacted have the same fingerprint; any change to content does not.
 */
export async function storedRoomFingerprints(dataDir: string, except: string[] = []): Promise<Map<string, string>> {
  const directory = path.join(dataDir, 'rooms');
  const fingerprints = new Map<string, string>();
  for (const name of (await readdir(directory)).sort()) {
    if (!name.endsWith('.ylog') || except.includes(name)) continue;
    const { records } = parseRecords(await readFile(path.join(directory, name)));
    const doc = new Y.Doc();
    if (records.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(records));
    const stateVector = [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b);
    const deleted = [...Y.createDeleteSetFromStructStore(doc.store).clients]
      .sort(([a], [b]) => a - b)
      .map(([client, ranges]) => [client, ranges.map((r) => [r.clock, r.len])]);
    fingerprints.set(name, JSON.stringify({ stateVector, deleted }));
    doc.destroy();
  }
  return fingerprints;
}
