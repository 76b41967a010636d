import type { Person } from '../../../shared/api/people';
import type { DocumentAccess, DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { emptyServerCache, RECENT_KEPT, type ServerCacheData } from './server-cache';

/** Changes to one server's cache, applied to a draft inside `cache.update`. */

export function newestActivity(spaces: readonly SpaceSummary[]): string | null {
  let newest: string | null = null;
  for (const space of spaces)
    if (newest === null || Date.parse(space.lastActivityAt) > Date.parse(newest)) newest = space.lastActivityAt;
  return newest;
}

/** Something changed since the person last looked; a cache that has never seen a list has no baseline yet. */
export function hasNewActivity(cache: ServerCacheData): boolean {
  const newest = newestActivity(cache.spaces);
  return (
    newest !== null && cache.lastSeenActivityAt !== null && Date.parse(newest) > Date.parse(cache.lastSeenActivityAt)
  );
}

export function markActivitySeen(draft: ServerCacheData): void {
  const newest = newestActivity(draft.spaces);
  if (newest && (draft.lastSeenActivityAt === null || Date.parse(newest) > Date.parse(draft.lastSeenActivityAt)))
    draft.lastSeenActivityAt = newest;
}

/**
 * Another person's view of the server never shows through this one's offline fallbacks. A
 * cache with no owner yet (new, or moved from version 1) is this device's person's own.
 */
export function claimFor(draft: ServerCacheData, userId: string): void {
  if (draft.userId !== null && draft.userId !== userId) Object.assign(draft, emptyServerCache());
  draft.userId = userId;
}

export function replaceSpaces(draft: ServerCacheData, spaces: SpaceSummary[]): void {
  draft.spaces = spaces;
  // The first list seen is the baseline: what was there before this device looked is not news.
  if (draft.lastSeenActivityAt === null) markActivitySeen(draft);
}

export function putSpace(draft: ServerCacheData, space: SpaceSummary): void {
  const at = draft.spaces.findIndex((candidate) => candidate.id === space.id);
  if (at >= 0) draft.spaces[at] = space;
  else draft.spaces.push(space);
}

/** One has left the space, or may no longer see it: its documents go with it. */
export function dropSpace(draft: ServerCacheData, spaceId: string): void {
  draft.spaces = draft.spaces.filter((space) => space.id !== spaceId);
  for (const document of draft.documents) if (document.spaceId === spaceId) delete draft.access[document.id];
  draft.documents = draft.documents.filter((document) => document.spaceId !== spaceId);
}

/** The server's full index: every document the person may see, so anything else is gone. */
export function replaceAllDocuments(draft: ServerCacheData, documents: DocumentMeta[]): void {
  draft.documents = documents;
  draft.unplacedDocuments = [];
  const visible = new Set(documents.map((document) => document.id));
  for (const id of Object.keys(draft.access)) if (!visible.has(id)) delete draft.access[id];
}

export function replaceSpaceDocuments(draft: ServerCacheData, spaceId: string, documents: DocumentMeta[]): void {
  const listed = new Set(documents.map((document) => document.id));
  draft.documents = draft.documents
    .filter((document) => document.spaceId !== spaceId && !listed.has(document.id))
    .concat(documents);
}

export function putDocument(draft: ServerCacheData, document: DocumentMeta, access?: DocumentAccess): void {
  const at = draft.documents.findIndex((candidate) => candidate.id === document.id);
  if (at >= 0) draft.documents[at] = document;
  else draft.documents.push(document);
  if (access) draft.access[document.id] = access;
}

export function forgetDocument(draft: ServerCacheData, documentId: string): void {
  draft.documents = draft.documents.filter((document) => document.id !== documentId);
  delete draft.access[documentId];
}

export function replacePeople(draft: ServerCacheData, people: Person[]): void {
  draft.people = people;
}

/** The document was opened now: it goes to the front of the recently opened list (kept short). */
export function noteOpened(draft: ServerCacheData, documentId: string, at: Date): void {
  draft.recentDocuments = [
    { documentId, openedAt: at.toISOString() },
    ...draft.recentDocuments.filter((recent) => recent.documentId !== documentId),
  ].slice(0, RECENT_KEPT);
}
