import { z } from 'zod';
import type * as Y from 'yjs';
import { DocumentLanguage, DocumentTitle, MAX_RECENT_EDITORS } from '../api/schemas';
import { SpaceDescription, SpaceName } from '../api/spaces';
import { DocumentId, UserId, type SpaceId } from '../ids';

/**
 * A space's index room (`space:<spaceId>`, shared/rooms.ts): the space's own details and its
 * documents, written by the server alone (server/spaces/space-index-room.ts) and synced
 * read-only by every client that may view the space. Clients read it with `readSpaceIndex`,
 * which trusts nothing: the room comes over the network and from the device's disk.
 *
 * Its Yjs types:
 * - `doc.getMap(SPACE_INDEX_TYPES.details)`: one key per field of `SpaceIndexDetails`.
 * - `doc.getMap(SPACE_INDEX_TYPES.documents)`: document id → `SpaceIndexEntry`, each entry a
 *   plain object set whole (the last write of a key wins; no entry is edited field by field).
 */
export const SPACE_INDEX_TYPES = { details: 'space', documents: 'documents' } as const;

export const SpaceIndexDetails = z.object({
  name: SpaceName,
  nameCy: SpaceName.nullable(),
  description: SpaceDescription,
  descriptionCy: SpaceDescription.nullable(),
  archived: z.boolean(),
});
export type SpaceIndexDetails = z.infer<typeof SpaceIndexDetails>;
export const SPACE_INDEX_DETAIL_KEYS = SpaceIndexDetails.keyof().options;

/** One document as the index lists it: what a list and an open document's title need. */
export const SpaceIndexEntry = z.object({
  title: DocumentTitle,
  /** When its title, text or space last changed; text activity is written at most once a minute. */
  updatedAt: z.string().datetime(),
  createdBy: UserId,
  // The document library's fields (issue 14); entries written before them read with these defaults.
  language: DocumentLanguage.default('en'),
  translationId: DocumentId.nullable().default(null),
  /** In the space's bin since (null: not binned): left out of `documents`, listed in `binned`. */
  binnedAt: z.string().datetime().nullable().default(null),
  lastEditedBy: UserId.nullable().default(null),
  recentEditors: z.array(UserId).max(MAX_RECENT_EDITORS).default([]),
});
export type SpaceIndexEntry = z.infer<typeof SpaceIndexEntry>;
/** The fields of an entry, in the order the server writes them. */
export const SPACE_INDEX_ENTRY_KEYS = SpaceIndexEntry.keyof().options;

export type SpaceIndexDocument = SpaceIndexEntry & { id: DocumentId };

export type SpaceIndex = {
  /** Null until the room has the space's details (a room not yet synced, or content that does not read). */
  details: SpaceIndexDetails | null;
  /** Most recently updated first; binned documents left out. */
  documents: SpaceIndexDocument[];
  /** The space's bin, most recently binned first. */
  binned: SpaceIndexDocument[];
};

/** An entry whose key or value does not read is left out, never thrown: one bad entry hides nothing else. */
function readDocuments(map: Y.Map<unknown>): SpaceIndexDocument[] {
  const documents: SpaceIndexDocument[] = [];
  map.forEach((value, key) => {
    const id = DocumentId.safeParse(key);
    const entry = SpaceIndexEntry.safeParse(value);
    if (id.success && entry.success) documents.push({ id: id.data, ...entry.data });
  });
  return documents.sort((a, b) =>
    a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1,
  );
}

function readDetails(map: Y.Map<unknown>): SpaceIndexDetails | null {
  const fields: Record<string, unknown> = {};
  for (const key of SPACE_INDEX_DETAIL_KEYS) fields[key] = map.get(key);
  const details = SpaceIndexDetails.safeParse(fields);
  return details.success ? details.data : null;
}

/** Reads a space index room's document, validating every value. */
export function readSpaceIndex(doc: Y.Doc): SpaceIndex {
  const all = readDocuments(doc.getMap(SPACE_INDEX_TYPES.documents));
  return {
    details: readDetails(doc.getMap(SPACE_INDEX_TYPES.details)),
    documents: all.filter((document) => document.binnedAt === null),
    binned: all
      .filter((document) => document.binnedAt !== null)
      .sort((a, b) => (a.binnedAt! < b.binnedAt! ? 1 : a.binnedAt! > b.binnedAt! ? -1 : 0)),
  };
}

/** The index a space should have: what the server writes into its room. */
export type SpaceIndexContent = {
  spaceId: SpaceId;
  details: SpaceIndexDetails;
  documents: ReadonlyMap<DocumentId, SpaceIndexEntry>;
};
