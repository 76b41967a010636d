import { z } from 'zod';
import { DocumentId, ServerId } from '../ids';
import { ChangeAuthor, RestoreResponse, VersionEntry, VersionId, VersionName } from '../history/versions';
import { Bytes, result } from './values';

/**
 * A document's versions, for the renderer (their list is the synced room `history:<documentId>`).
 * Naming, renaming and restoring need the server; a version once opened is kept on the device and
 * opens offline.
 */
const DocumentRef = z.object({ serverId: ServerId, documentId: DocumentId });
const VersionRef = DocumentRef.extend({ versionId: VersionId });

export const VersionContent = z.object({ version: VersionEntry, update: Bytes, fromCache: z.boolean() });
export type VersionContent = z.infer<typeof VersionContent>;

export const VersionChanges = z.object({
  version: VersionEntry,
  update: Bytes,
  versionSnapshot: Bytes,
  nowSnapshot: Bytes,
  authors: z.array(ChangeAuthor),
});
export type VersionChanges = z.infer<typeof VersionChanges>;

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const historyIpc = {
  /** A version's content: from the server (and kept on the device), or as kept when the server is out of reach. */
  open: method(VersionRef, result(VersionContent)),
  /** What changed from a version to now (needs the server). */
  changes: method(VersionRef, result(VersionChanges)),
  /** Names the document as it is now. */
  name: method(DocumentRef.extend({ name: VersionName }), result(VersionEntry)),
  rename: method(VersionRef.extend({ name: VersionName }), result(VersionEntry)),
  /** Restores the version as a new change everyone receives; a version "before restoring" is kept first. */
  restore: method(VersionRef, result(RestoreResponse)),
} as const;
