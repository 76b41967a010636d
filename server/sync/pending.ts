import type * as Y from 'yjs';

/**
 * Yjs keeps what it cannot apply yet (parts of an update that depend on changes it has not
 * seen) and looks at all of it again on every later update. One message of a million
 * deletions of content nobody has makes every later update cost ~0.5 s (measured on this
 * machine), and the server would also hand that backlog to everyone who syncs. So a peer's
 * update may not leave anything new pending: what it added is dropped (its client still has
 * it and offers it again when it next syncs). What was pending before stays: a log salvaged
 * around damage may hold updates whose predecessor was lost, and they are kept, in memory
 * and through compaction, until that predecessor arrives again.
 *
 * Returns whether the update left something pending that was dropped.
 */
export function applyLeavingNothingNewPending(doc: Y.Doc, apply: () => void): boolean {
  const { store } = doc;
  const structs = store.pendingStructs;
  const before = {
    structs,
    update: structs?.update,
    missing: structs ? new Map(structs.missing) : null,
    ds: store.pendingDs,
  };
  apply();
  const unchanged =
    store.pendingStructs === before.structs &&
    store.pendingStructs?.update === before.update &&
    store.pendingDs === before.ds;
  if (unchanged) return false;
  // Everything that waited could be applied.
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = before.structs ? { missing: before.missing!, update: before.update! } : null;
  store.pendingDs = before.ds;
  return true;
}
