import { z } from 'zod';
import type * as Y from 'yjs';
import { UserId } from '../ids';

/**
 * A document's kept versions live in the server-written room `history:<documentId>` (one Y.Map,
 * a version's id to its entry, each set whole), so the list is live for everyone in the document
 * and readable offline once synced. A version is a position in the server's history log of the
 * document (server/history/*), with when it was kept, who wrote since the one before, and a name.
 */
export const HISTORY_TYPES = { versions: 'versions' } as const;

export const VersionId = z
  .string()
  .min(8)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid id');
export type VersionId = z.infer<typeof VersionId>;

export const VersionName = z.string().trim().min(1).max(120);

/**
 * Why a version was kept: after a pause in writing, at a day's end, named by someone, just before
 * a restore (so the restore can be undone), or the restore itself.
 */
export const VersionKind = z.enum(['pause', 'day', 'named', 'before-restore', 'restored']);
export type VersionKind = z.infer<typeof VersionKind>;

export const VersionEntry = z.object({
  id: VersionId,
  /** Position in the document's history log: every change up to and including record `seq`. */
  seq: z.number().int().nonnegative(),
  /** When it was kept (ms since the epoch). */
  at: z.number().int().nonnegative(),
  kind: VersionKind,
  /** Who wrote since the version before. */
  authors: z.array(UserId).max(200),
  name: VersionName.nullable(),
  namedBy: UserId.nullable(),
  /** For a restore: the version restored. */
  restoredFrom: VersionId.nullable(),
});
export type VersionEntry = z.infer<typeof VersionEntry>;

/** The versions a history room holds, newest first; an entry that does not parse is left out. */
export function readVersions(doc: Y.Doc): VersionEntry[] {
  const versions: VersionEntry[] = [];
  doc.getMap<unknown>(HISTORY_TYPES.versions).forEach((value) => {
    const parsed = VersionEntry.safeParse(value);
    if (parsed.success) versions.push(parsed.data);
  });
  return versions.sort((a, b) => b.seq - a.seq || b.at - a.at);
}

// The HTTP API (routes in shared/api/routes.ts).
export const NameVersionRequest = z.object({ name: VersionName });
export const VersionResponse = z.object({ version: VersionEntry });

/** Yjs bytes in JSON. */
const Base64 = z
  .string()
  .max(512 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

/** A version's content: a Yjs update (V1) of the document as it was. */
export const VersionStateResponse = z.object({ version: VersionEntry, update: Base64 });
export type VersionStateResponse = z.infer<typeof VersionStateResponse>;

export const ChangeAuthor = z.object({ userId: UserId, name: z.string().max(200) });

/**
 * What changed from a version to now: one `gc: false` state holding both (Yjs update V1, with
 * Yjs's PermanentUserData map `users` saying who inserted and who deleted what), the two
 * snapshots (Y.encodeSnapshot), and who each author is.
 */
export const VersionChangesResponse = z.object({
  version: VersionEntry,
  update: Base64,
  versionSnapshot: Base64,
  nowSnapshot: Base64,
  authors: z.array(ChangeAuthor).max(1000),
});
export type VersionChangesResponse = z.infer<typeof VersionChangesResponse>;

export const RestoreResponse = z.object({ restored: VersionEntry, before: VersionEntry });
export type RestoreResponse = z.infer<typeof RestoreResponse>;
