import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentMeta } from '../../../shared/api/schemas';
import type { DocumentLibraryAction } from '../../../shared/ipc/document-library-changes';
import { rememberDocument } from './documents';
import { attempt, failureCode, host, valueOf } from './host';
import { keys } from './keys';

const binKey = (serverId: string, spaceId: string) => ['bin', serverId, spaceId] as const;
const templatesKey = (serverId: string, spaceId: string) => ['templates', serverId, spaceId] as const;

/** The space's bin: from the server when reachable, else as the device last knew. */
export function useBin(serverId: string, spaceId: string, enabled = true) {
  const query = useQuery({
    queryKey: binKey(serverId, spaceId),
    queryFn: () => valueOf(host().library.bin({ serverId, spaceId })),
    enabled,
  });
  return { ...query, failure: failureCode(query.error) };
}

/** The space's own templates (the built-in ones need no asking). */
export function useSpaceTemplates(serverId: string, spaceId: string) {
  const query = useQuery({
    queryKey: templatesKey(serverId, spaceId),
    queryFn: () => valueOf(host().library.templates({ serverId, spaceId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

/** Bin, restore, duplicate, language or translation, through the outbox; lists and the bin follow. */
export function useLibraryChange(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, change }: { document: DocumentMeta; change: DocumentLibraryAction }) =>
      attempt(() => host().library.change({ serverId, documentId: document.id, change })),
    onSuccess: (result, { document, change }) => {
      if (!result.ok) return;
      if (result.value.status === 'saved') {
        const made = result.value.made;
        if (change.action !== 'duplicate') rememberDocument(client, serverId, made);
      }
      void client.invalidateQueries({ queryKey: keys.documents(serverId, document.spaceId) });
      void client.invalidateQueries({ queryKey: binKey(serverId, document.spaceId) });
      void client.invalidateQueries({ queryKey: ['document', serverId] });
    },
  });
}

export function useEmptyBin(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentIds: string[]) => attempt(() => host().library.emptyBin({ serverId, spaceId, documentIds })),
    onSuccess: () => void client.invalidateQueries({ queryKey: binKey(serverId, spaceId) }),
  });
}

export function useSaveTemplate(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, title }: { documentId: string; title: string }) =>
      attempt(() => host().library.saveTemplate({ serverId, documentId, title })),
    onSuccess: () => void client.invalidateQueries({ queryKey: templatesKey(serverId, spaceId) }),
  });
}

export function useRemoveTemplate(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => attempt(() => host().library.removeTemplate({ serverId, spaceId, templateId })),
    onSuccess: () => void client.invalidateQueries({ queryKey: templatesKey(serverId, spaceId) }),
  });
}
