import * as Y from 'yjs';

/**
 * One update holding all of them. Records read from a log were checked one by one, but updates
 * still waiting in memory come straight from the window, so a merge that fails is done by
 * applying each update that can be applied.
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
