import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { failureCode, host, valueOf } from './host';

/**
 * Quick find's answers for what is typed, from the device's index (offline too). The last
 * answer stays on screen while the next is on its way, so the list does not flicker per key.
 */
export function useQuickFind(serverId: string, text: string, spaceId: string | null) {
  // Asked for as quick find opens, so the index has the people one shares a space with; the
  // answers are asked again once they come.
  const peopleAt = usePeople(serverId).dataUpdatedAt;
  const query = useQuery({
    queryKey: ['search', serverId, text.trim(), spaceId, peopleAt],
    queryFn: () => host().search.query({ serverId, text, ...(spaceId ? { spaceId } : {}), limit: 20 }),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
    // The index follows documents as they change (a second or so behind): while the answer is on
    // screen it is asked for again now and then, so what was just written turns up.
    refetchInterval: 1500,
  });
  return { ...query, failure: failureCode(query.error) };
}

/** The documents opened on this device, newest first; in one space when given. */
export function useRecentDocuments(serverId: string, spaceId?: string) {
  return useQuery({
    queryKey: ['recent', serverId, spaceId ?? null],
    queryFn: () => host().recent.list({ serverId, ...(spaceId ? { spaceId } : {}) }),
  });
}

/** The people one shares a space with: from the server when reachable, else as the device last saw them. */
export function usePeople(serverId: string) {
  const query = useQuery({
    queryKey: ['people', serverId],
    queryFn: () => valueOf(host().people.list({ serverId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

/** Tells the host a document was opened (for "recently viewed"), once it is known to exist. */
export function useNoteOpened(serverId: string, documentId: string, known: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!known) return;
    void host()
      .recent.opened({ serverId, documentId })
      .then(() => client.invalidateQueries({ queryKey: ['recent', serverId] }));
  }, [client, serverId, documentId, known]);
}
