import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DocumentLanguage, DocumentMeta } from '../../../shared/api/schemas';
import type { DocumentAccessInfo, DocumentList } from '../../../shared/ipc/contract';
import { attempt, failureCode, host, valueOf } from './host';
import { keys } from './keys';

/** A space's documents: from the server when reachable, else from the device's index (`fromCache`). */
export function useDocuments(serverId: string, spaceId: string) {
  const query = useQuery({
    queryKey: keys.documents(serverId, spaceId),
    queryFn: () => valueOf(host().documents.list({ serverId, spaceId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

/** One document and whether this person may write in it; offline, as the device last knew. */
export function useDocumentInfo(serverId: string, documentId: string, enabled = true) {
  const query = useQuery({
    queryKey: keys.document(serverId, documentId),
    queryFn: () => valueOf(host().documents.access({ serverId, documentId })),
    enabled,
  });
  return { ...query, failure: failureCode(query.error) };
}

/** Puts a document's new state (a title, say) wherever the window shows it; the space's list keeps its age. */
export function rememberDocument(client: QueryClient, serverId: string, document: DocumentMeta): void {
  const listKey = keys.documents(serverId, document.spaceId);
  const listAge = client.getQueryState(listKey)?.dataUpdatedAt;
  client.setQueryData<DocumentList>(
    listKey,
    (list) =>
      list
        ? {
            ...list,
            documents: list.documents.some((other) => other.id === document.id)
              ? list.documents.map((other) => (other.id === document.id ? document : other))
              : [document, ...list.documents],
          }
        : list,
    { updatedAt: listAge },
  );
  client.setQueryData<DocumentAccessInfo>(keys.document(serverId, document.id), (info) =>
    info ? { ...info, document } : info,
  );
}

function forgetFromSpace(client: QueryClient, serverId: string, spaceId: string, documentId: string): void {
  client.setQueryData<DocumentList>(keys.documents(serverId, spaceId), (list) =>
    list ? { ...list, documents: list.documents.filter((other) => other.id !== documentId) } : list,
  );
}

export type NewDocumentChoices = {
  title: string;
  template?: string;
  language?: DocumentLanguage;
  posts?: string[];
};

/** Through the outbox: `saved` (the server has it) or `queued` (it waits on the device). */
export function useCreateDocument(serverId: string, spaceId: string, fromThread?: string) {
  const client = useQueryClient();
  return useMutation({
    // A title alone, or with the document library's choices: a template, a language, the thread's posts to quote.
    mutationFn: (asked: string | NewDocumentChoices) => {
      const { title, ...choices } = typeof asked === 'string' ? { title: asked } : asked;
      return attempt(() =>
        host().documents.create({
          serverId,
          spaceId,
          title,
          ...(fromThread !== undefined && { fromThread }),
          ...choices,
        }),
      );
    },
    onSuccess: (result) => {
      if (result.ok && result.value.status === 'saved') rememberDocument(client, serverId, result.value.made);
    },
  });
}

/** Through the outbox like create; a queued title shows at once on this device. */
export function useRenameDocument(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, title }: { document: DocumentMeta; title: string }) =>
      attempt(() => host().documents.rename({ serverId, documentId: document.id, title })),
    onSuccess: (result, { document, title }) => {
      if (!result.ok) return;
      rememberDocument(client, serverId, result.value.status === 'saved' ? result.value.made : { ...document, title });
    },
  });
}

/** To another space the person also runs; both spaces' lists follow. */
export function useMoveDocument(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, spaceId }: { document: DocumentMeta; spaceId: string }) =>
      attempt(() => host().documents.move({ serverId, documentId: document.id, spaceId })),
    onSuccess: (result, { document }) => {
      if (!result.ok) return;
      forgetFromSpace(client, serverId, document.spaceId, document.id);
      rememberDocument(client, serverId, result.value);
      void client.invalidateQueries({ queryKey: keys.spaces(serverId) });
    },
  });
}
