import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';
import type { OutboxEntry } from '../../../shared/ipc/contract';
import { forgetDocument, putDocument, replaceSpaceDocuments } from '../local-store/cache-updates';
import { updateCache } from '../handlers/cache';
import type { HandlerContext } from '../handlers/context';
import { withSession } from '../handlers/session';

/**
 * What became of one sending: `delivered` (with the server's document, or null when the server
 * had made the change before but lost its answer), `refused` for good, or `not-now` (no
 * network, no session, or the server busy): sent again later.
 */
export type Delivery =
  | { kind: 'delivered'; document: DocumentMeta | null }
  | { kind: 'refused'; error: ErrorCode }
  | { kind: 'not-now'; error: ErrorCode };

const NOT_NOW: ReadonlySet<ErrorCode> = new Set([
  'unreachable',
  'unauthorized',
  'request_in_progress',
  'rate_limited',
  'internal',
]);

/** Sends one outbox entry with its key, and keeps what the server answered in the offline index. */
export async function deliver(context: HandlerContext, serverId: string, entry: OutboxEntry): Promise<Delivery> {
  const { change } = entry;
  const answer = await withSession(context, serverId, ({ api, token }) =>
    change.kind === 'create-document'
      ? api.createDocument(token, change.spaceId, change.title, entry.id)
      : api.updateDocument(token, change.documentId, { title: change.title }, entry.id),
  );
  if (answer.ok) {
    const { document, access } = answer.value;
    await updateCache(context, serverId, (draft) => putDocument(draft, document, access));
    return { kind: 'delivered', document };
  }
  if (answer.error === 'already_done') {
    // Made the first time, but its answer was lost: what it made is asked for again (a new document's id came only in that answer).
    if (change.kind === 'create-document') {
      const listed = await withSession(context, serverId, ({ api, token }) =>
        api.listSpaceDocuments(token, change.spaceId),
      );
      if (listed.ok)
        await updateCache(context, serverId, (draft) => replaceSpaceDocuments(draft, change.spaceId, listed.value));
      return { kind: 'delivered', document: null };
    }
    return { kind: 'delivered', document: await refreshDocument(context, serverId, change.documentId) };
  }
  if (NOT_NOW.has(answer.error)) return { kind: 'not-now', error: answer.error };
  // The device's index showed the refused title: it goes back to what the server holds.
  if (change.kind === 'rename-document') await refreshDocument(context, serverId, change.documentId);
  return { kind: 'refused', error: answer.error };
}

/** Reads a document back from the server into the device's index; null when it could not (or may no longer be seen). */
async function refreshDocument(
  context: HandlerContext,
  serverId: string,
  documentId: string,
): Promise<DocumentMeta | null> {
  const current = await withSession(context, serverId, ({ api, token }) => api.getDocument(token, documentId));
  if (current.ok) {
    await updateCache(context, serverId, (draft) => putDocument(draft, current.value.document, current.value.access));
    return current.value.document;
  }
  if (current.error === 'forbidden' || current.error === 'not_found')
    await updateCache(context, serverId, (draft) => forgetDocument(draft, documentId));
  return null;
}
