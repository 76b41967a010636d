import type { DocumentMeta, DocumentResponse } from '../../../shared/api/schemas';
import type { OutboxChange } from '../../../shared/ipc/contract';
import { forgetDocument, putDocument, replaceSpaceDocuments } from '../local-store/cache-updates';
import { updateCache } from '../handlers/cache';
import type { HandlerContext } from '../handlers/context';
import { withSession } from '../handlers/session';
import type { ChangeKind } from './change-kind';

type CreateDocument = Extract<OutboxChange, { kind: 'create-document' }>;
type RenameDocument = Extract<OutboxChange, { kind: 'rename-document' }>;

export async function keepDocument(
  context: HandlerContext,
  serverId: string,
  { document, access }: DocumentResponse,
): Promise<DocumentMeta> {
  await updateCache(context, serverId, (draft) => putDocument(draft, document, access));
  return document;
}

/** Reads a document back from the server into the device's index; null when it could not (or may no longer be seen). */
export async function refreshDocument(
  context: HandlerContext,
  serverId: string,
  documentId: string,
): Promise<DocumentMeta | null> {
  const current = await withSession(context, serverId, ({ api, token }) => api.getDocument(token, documentId));
  if (current.ok) return keepDocument(context, serverId, current.value);
  if (current.error === 'forbidden' || current.error === 'not_found')
    await updateCache(context, serverId, (draft) => forgetDocument(draft, documentId));
  return null;
}

export const createDocumentChange: ChangeKind<CreateDocument, DocumentResponse, DocumentMeta> = {
  send: ({ api, token }, change, key) =>
    api.createDocument(token, change.spaceId, change.title, key, change.fromThread, {
      ...(change.posts !== undefined && { posts: change.posts }),
      ...(change.template !== undefined && { template: change.template }),
      ...(change.language !== undefined && { language: change.language }),
    }),
  keep: keepDocument,
  async recover(context, serverId, change) {
    // Its id came only in the lost answer: the space's list is read again, and the window looks there.
    const listed = await withSession(context, serverId, ({ api, token }) =>
      api.listSpaceDocuments(token, change.spaceId),
    );
    if (listed.ok)
      await updateCache(context, serverId, (draft) => replaceSpaceDocuments(draft, change.spaceId, listed.value));
    return null;
  },
};

export const renameDocumentChange: ChangeKind<RenameDocument, DocumentResponse, DocumentMeta> = {
  async showOnDevice(context, serverId, change) {
    await updateCache(context, serverId, (draft) => {
      const document = draft.documents.find((candidate) => candidate.id === change.documentId);
      if (document) document.title = change.title;
    });
  },
  send: ({ api, token }, change, key) => api.updateDocument(token, change.documentId, { title: change.title }, key),
  keep: keepDocument,
  recover: (context, serverId, change) => refreshDocument(context, serverId, change.documentId),
  async undoOnDevice(context, serverId, change) {
    await refreshDocument(context, serverId, change.documentId);
  },
};
