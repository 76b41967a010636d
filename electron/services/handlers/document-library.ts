import type { HostHandlers } from '../../../shared/ipc/contract';
import { replaceSpaceDocuments } from '../local-store/cache-updates';
import type { Outbox } from '../outbox/outbox';
import { readCache, updateCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

/** `library`: the bin, duplicates, languages, translations (through the outbox) and templates (online). */
export function documentLibraryHandlers(context: HandlerContext, outbox: Outbox): HostHandlers['library'] {
  return {
    change: ({ serverId, documentId, change }) =>
      outbox.submit(serverId, { kind: 'document-library', documentId, change }),
    async bin({ serverId, spaceId }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.listBin(token, spaceId));
      if (answer.ok) return { ok: true, value: { documents: answer.value, fromCache: false } };
      if (answer.error !== 'unreachable') return answer;
      const documents = (await readCache(context, serverId)).documents.filter(
        (document) => document.spaceId === spaceId && Boolean(document.binnedAt),
      );
      return { ok: true, value: { documents, fromCache: true } };
    },
    async emptyBin({ serverId, spaceId, documentIds }) {
      const answer = await withSession(context, serverId, ({ api, token }) =>
        api.emptyBin(token, spaceId, documentIds),
      );
      if (answer.ok) {
        const gone = new Set(answer.value.deleted);
        await updateCache(context, serverId, (draft) => {
          const kept = draft.documents.filter((document) => document.spaceId === spaceId && !gone.has(document.id));
          replaceSpaceDocuments(draft, spaceId, kept);
        });
      }
      return answer;
    },
    templates: ({ serverId, spaceId }) =>
      withSession(context, serverId, ({ api, token }) => api.listTemplates(token, spaceId)),
    saveTemplate: ({ serverId, documentId, title }) =>
      withSession(context, serverId, ({ api, token }) => api.saveTemplate(token, documentId, title)),
    removeTemplate: ({ serverId, spaceId, templateId }) =>
      withSession(context, serverId, ({ api, token }) => api.removeTemplate(token, spaceId, templateId)),
  };
}
