import * as Y from 'yjs';

type Known = { store: Y.Doc['store']; deleted: Map<number, Array<{ clock: number; len: number }>> };

/** A read-only room's document never changes, so what it holds is worked out once. */
const known = new WeakMap<Y.Doc, Known>();

function knownOf(doc: Y.Doc): Known {
  let entry = known.get(doc);
  if (!entry)
    known.set(doc, (entry = { store: doc.store, deleted: Y.createDeleteSetFromStructStore(doc.store).clients }));
  return entry;
}

/** Whether [from, to) of `client` lies inside one deleted range (ranges are sorted and merged). */
function alreadyDeleted(ranges: Array<{ clock: number; len: number }> | undefined, from: number, to: number): boolean {
  if (!ranges) return false;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const range = ranges[middle]!;
    if (from < range.clock) high = middle - 1;
    else if (from >= range.clock + range.len) low = middle + 1;
    else return to <= range.clock + range.len;
  }
  return false;
}

/**
 * Whether applying `update` would change `doc`: content it lacks, or deletions of content it
 * holds undeleted. A room the disk will not write is served as it is stored; a client whose
 * update would change it is told so (closed with 4507), not silently ignored.
 */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const { store, deleted } = knownOf(doc);
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(store, struct.id.client)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(store, client);
    for (const range of ranges) {
      // Deletions of content the room does not hold change nothing here.
      const to = Math.min(range.clock + range.len, state);
      if (range.clock < to && !alreadyDeleted(deleted.get(client), range.clock, to)) return true;
    }
  }
  return false;
}
