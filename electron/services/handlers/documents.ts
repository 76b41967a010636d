import type { DocumentMeta, DocumentResponse } from '../../../shared/api/schemas';
import type { HostHandlers, Result } from '../../../shared/ipc/contract';
import { forgetDocument, putDocument, replaceSpaceDocuments } from '../local-store/cache-updates';
import { readCache, updateCache } from './cache';
import type { Outbox } from '../outbox/outbox';
import type { HandlerContext } from './context';
import { withSession } from './session';

/** Keeps what the server said about one document (and one's access to it) for offline use. */
async function remember(
  context: HandlerContext,
  serverId: string,
  answer: Result<DocumentResponse>,
): Promise<Result<DocumentMeta>> {
  if (!answer.ok) return answer;
  const { document, access } = answer.value;
  await updateCache(context, serverId, (draft) => putDocument(draft, document, access));
  return { ok: true, value: document };
}

export function documentsHandlers(context: HandlerContext, outbox: Outbox): HostHandlers['documents'] {
  return {
    async list({ serverId, spaceId }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.listSpaceDocuments(token, spaceId));
      if (answer.ok) {
        await updateCache(context, serverId, (draft) => replaceSpaceDocuments(draft, spaceId, answer.value));
        return { ok: true, value: { documents: answer.value, fromCache: false } };
      }
      if (answer.error !== 'unreachable') return answer;
      const documents = (await readCache(context, serverId)).documents.filter(
        // A document binned on this device (or before it went offline) stays out of the list.
        (document) => document.spaceId === spaceId && !document.binnedAt,
      );
      return { ok: true, value: { documents, fromCache: true } };
    },
    // Through the outbox: on disk before it is sent, and sent once however the network behaves.
    create: ({ serverId, spaceId, title, fromThread, posts, template, language }) =>
      outbox.submit(serverId, {
        kind: 'create-document',
        spaceId,
        title,
        ...(fromThread !== undefined && { fromThread }),
        ...(posts !== undefined && { posts }),
        ...(template !== undefined && { template }),
        ...(language !== undefined && { language }),
      }),
    rename: ({ serverId, documentId, title }) =>
      outbox.submit(serverId, { kind: 'rename-document', documentId, title }),
    async move({ serverId, documentId, spaceId }) {
      return remember(
        context,
        serverId,
        await withSession(context, serverId, ({ api, token }) => api.updateDocument(token, documentId, { spaceId })),
      );
    },
    async access({ serverId, documentId }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.getDocument(token, documentId));
      if (answer.ok) {
        await remember(context, serverId, answer);
        return { ok: true, value: { ...answer.value, fromCache: false } };
      }
      // Gone or out of reach for this person: offline, the device must not claim otherwise.
      if (answer.error === 'forbidden' || answer.error === 'not_found')
        await updateCache(context, serverId, (draft) => forgetDocument(draft, documentId));
      if (answer.error !== 'unreachable') return answer;
      const cache = await readCache(context, serverId);
      const document = cache.documents.find((candidate) => candidate.id === documentId);
      const access = cache.access[documentId];
      return document && access ? { ok: true, value: { document, access, fromCache: true } } : answer;
    },
  };
}
