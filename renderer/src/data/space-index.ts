import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DocumentAccessInfo, DocumentList, SpaceList } from '../../../shared/ipc/contract';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { SpaceIndex } from '../../../shared/spaces/space-index';
import { useSpaceIndex } from '../collab/useSpaceIndex';
import { rememberDocument } from './documents';
import { keys } from './keys';
import { rememberSpace } from './spaces';

/**
 * Keeps what the window shows of one space in step with the space's live index room, which
 * the server writes: a document renamed by someone else is renamed here at once (in its list,
 * and in its title if it is open); a document made or moved by someone else makes its list ask
 * again; the space's own name and description follow. Only the server's answer counts (while
 * synced): the device's stored copy of the index may be older than what the host last said.
 */
export function useFollowSpaceIndex(serverId: string, spaceId: string): void {
  const client = useQueryClient();
  const { index, synced } = useSpaceIndex(serverId, spaceId);
  useEffect(() => {
    if (index && synced) applyIndex(client, serverId, spaceId, index);
  }, [client, serverId, spaceId, index, synced]);
}

function applyIndex(client: ReturnType<typeof useQueryClient>, serverId: string, spaceId: string, index: SpaceIndex) {
  const listKey = keys.documents(serverId, spaceId);
  const list = client.getQueryData<DocumentList>(listKey);
  const indexed = new Map(index.documents.map((entry) => [entry.id, entry]));
  for (const document of list?.documents ?? []) {
    const entry = indexed.get(document.id);
    if (entry && entry.title !== document.title)
      rememberDocument(client, serverId, { ...document, title: entry.title });
  }
  // Open documents of this space (their own entries, binned ones too) take a new title, bin state, language and translation.
  for (const entry of [...index.documents, ...index.binned]) {
    const info = client.getQueryData<DocumentAccessInfo>(keys.document(serverId, entry.id));
    const { title, binnedAt, language, translationId, updatedAt } = entry;
    const next = info && { ...info.document, title, binnedAt, language, translationId, updatedAt };
    if (info && next && JSON.stringify(next) !== JSON.stringify(info.document)) {
      const nowBinned = (binnedAt !== null) !== (info.document.binnedAt !== null);
      client.setQueryData<DocumentAccessInfo>(keys.document(serverId, entry.id), { ...info, document: next });
      // Binned or restored: whether one may write in it changed too.
      if (nowBinned) void client.invalidateQueries({ queryKey: keys.document(serverId, entry.id) });
    }
  }
  const listed = new Set((list?.documents ?? []).map((document) => document.id));
  const changedMembership =
    list !== undefined &&
    (index.documents.some((entry) => !listed.has(entry.id)) || [...listed].some((id) => !indexed.has(id)));
  if (changedMembership) void client.invalidateQueries({ queryKey: listKey });

  const details = index.details;
  const space =
    client.getQueryData<SpaceSummary>(keys.space(serverId, spaceId)) ??
    client.getQueryData<SpaceList>(keys.spaces(serverId))?.spaces.find((candidate) => candidate.id === spaceId);
  if (details && space) {
    const next = { ...space, ...details };
    if (JSON.stringify(next) !== JSON.stringify(space)) rememberSpace(client, serverId, next);
  }
}
