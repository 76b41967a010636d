import { z } from 'zod';
import type * as Y from 'yjs';
import { DocumentTitle } from '../api/schemas';
import { DocumentId, UserId } from '../ids';
import { readThread } from './forum-rooms';

/**
 * The documents made from a thread ("Make a document from this thread"), kept in the thread's
 * own room (`thread:<spaceId>.<threadId>`, written by the server alone) so the thread shows
 * "Documents from this discussion": `doc.getMap(THREAD_DOCUMENTS_TYPE)`, document id → entry.
 * The title is the one given when it was made; the link opens the document as it is now.
 */
export const THREAD_DOCUMENTS_TYPE = 'documents';

export const ThreadDocument = z.object({
  title: DocumentTitle,
  createdAt: z.string().datetime(),
  createdBy: UserId,
});
export type ThreadDocument = z.infer<typeof ThreadDocument>;

/** The thread's documents, oldest first; an entry that does not read is left out. */
export function readThreadDocuments(doc: Y.Doc): Array<ThreadDocument & { id: string }> {
  const documents: Array<ThreadDocument & { id: string }> = [];
  doc.getMap<unknown>(THREAD_DOCUMENTS_TYPE).forEach((value, key) => {
    const id = DocumentId.safeParse(key);
    const entry = ThreadDocument.safeParse(value);
    if (id.success && entry.success) documents.push({ id: id.data, ...entry.data });
  });
  return documents.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** A thread room read whole: the forum's view of it and the documents made from it (one reader, one session). */
export function readThreadWithDocuments(doc: Y.Doc): ReturnType<typeof readThread> & {
  documents: ReturnType<typeof readThreadDocuments>;
} {
  return { ...readThread(doc), documents: readThreadDocuments(doc) };
}
