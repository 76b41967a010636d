import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';
import { encodeVector, type ChangeRecord } from './history-records';
import type { HistorySlices } from './history-store';

/**
 * What the history routes build off the hot path, in scratch documents: a version's content, what
 * changed from it to now, and the change that restores it. None of it touches a live room's document
 * but `restoreUpdate`, which only reads it.
 */

/**
 * Applies a checkpoint and the changes after it, the changes one by one in one transaction: measured on the
 * 10,000-paragraph document, faster than merging them first (and much faster than merging the checkpoint in too).
 */
function applyAll(doc: Y.Doc, checkpoint: Uint8Array | null, changes: readonly ChangeRecord[]): void {
  if (checkpoint) Y.applyUpdateV2(doc, checkpoint);
  if (changes.length > 0)
    doc.transact(() => {
      for (const change of changes) Y.applyUpdate(doc, change.update);
    });
}

/** A version's content as a compact update (V1): deleted content dropped, as the live room would. */
export function versionContent(slices: HistorySlices): Uint8Array {
  const doc = new Y.Doc();
  applyAll(doc, slices.checkpoint, slices.upTo);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Yjs's own PermanentUserData map (`users`): the renderer's diff view reads who inserted and who deleted what from it. */
const USERS_MAP = 'users';

/**
 * A `gc: false` state holding both the version and now, the two snapshots, and the authors who
 * wrote since (each with the Yjs clients they wrote through and what they deleted, in the
 * PermanentUserData shape @lexical/yjs's renderSnapshot reads).
 */
export function versionChanges(slices: HistorySlices): {
  update: Uint8Array;
  versionSnapshot: Uint8Array;
  nowSnapshot: Uint8Array;
  authors: string[];
} {
  // One document: the version, its snapshot, then the changes since, and now's.
  const doc = new Y.Doc({ gc: false });
  applyAll(doc, slices.checkpoint, slices.upTo);
  const versionSnapshot = Y.encodeSnapshot(Y.snapshot(doc));
  applyAll(doc, null, slices.after);
  const nowSnapshot = Y.encodeSnapshot(Y.snapshot(doc));
  const changesSince = slices.after;

  const byAuthor = new Map<string, { clients: Set<number>; deletes: Uint8Array[] }>();
  for (const change of changesSince) {
    if (!change.author) continue;
    let entry = byAuthor.get(change.author);
    if (!entry) byAuthor.set(change.author, (entry = { clients: new Set(), deletes: [] }));
    const meta = Y.parseUpdateMeta(change.update);
    for (const client of meta.from.keys()) entry.clients.add(client);
    // The update with every struct it carries left out: one byte (no structs), then its delete set.
    const deletesOnly = Y.diffUpdate(change.update, encodeVector(meta.to));
    if (deletesOnly.length > 2) entry.deletes.push(deletesOnly.subarray(1));
  }
  doc.transact(() => {
    const users = doc.getMap<Y.Map<unknown>>(USERS_MAP);
    for (const [author, { clients, deletes }] of byAuthor) {
      const user = new Y.Map<unknown>();
      user.set('ids', Y.Array.from([...clients]));
      user.set('ds', Y.Array.from(deletes));
      users.set(author, user);
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, versionSnapshot, nowSnapshot, authors: [...byAuthor.keys()] };
}

/** Tracks the live changes applied in the scratch document, so that undoing them is the restore. */
const LATER_CHANGES = Symbol('later changes');

/**
 * The change that brings `live` back to the version: in a scratch `gc: false` document holding
 * the version, the live document's later changes are applied under an UndoManager with a tracked
 * origin and undone; what the undo wrote is the restore (FINDINGS: the result equals the version).
 * Null when `live` already equals it. Synchronous: the caller applies it to `live` in the same turn.
 */
export function restoreUpdate(version: HistorySlices, live: Y.Doc): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false });
  try {
    applyAll(scratch, version.checkpoint, version.upTo);
    const root = scratch.get(DOCUMENT_ROOT_NAME, Y.XmlElement);
    const undo = new Y.UndoManager(root, { trackedOrigins: new Set([LATER_CHANGES]), captureTimeout: Infinity });
    const later = Y.encodeStateAsUpdate(live, Y.encodeStateVector(scratch));
    Y.applyUpdate(scratch, later, LATER_CHANGES);
    if (undo.undoStack.length === 0) return null;
    const before = Y.encodeStateVector(scratch);
    while (undo.undoStack.length > 0) undo.undo();
    undo.destroy();
    const restore = Y.encodeStateAsUpdate(scratch, before);
    return restore;
  } finally {
    scratch.destroy();
  }
}
