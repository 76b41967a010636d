import type * as Y from 'yjs';

/**
 * Yjs keeps what it cannot apply yet (parts of an update that depend on changes it has not
 * seen) and looks at all of it again on every later update. One message of a million
 * deletions of content nobody has makes every later update cost ~0.5 s (measured on this
 * machine), and the server would also hand that backlog to everyone who syncs. So a room
 * keeps nothing pending: it is dropped after each update. The client that sent it still has
 * it and offers it again when it next syncs. Returns whether anything was dropped.
 */
export function dropPending(doc: Y.Doc): boolean {
  const { store } = doc;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
