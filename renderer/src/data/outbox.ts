import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ServerOutbox } from '../../../shared/ipc/contract';
import { emptyOutboxView, outboxChanged, outboxLoaded, type OutboxView } from '../outbox/outbox-view';
import { host } from './host';
import { keys, ofServer } from './keys';

/**
 * The person's outbox on one server: asked for once, then kept current by 'outbox:changed'
 * (followHostEvents), so it never goes stale. `apply` takes the outbox that discard or retry
 * answer with.
 */
export function useOutbox(serverId: string): OutboxView & {
  /** Tries what waits now; answers the outbox as it then stands. */
  retry: () => Promise<ServerOutbox>;
  discard: (id: string) => Promise<void>;
} {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.outbox(serverId),
    queryFn: async () => {
      const answer = await host().outbox.list({ serverId });
      // An event that came while this was on its way is newer: it stands.
      return outboxLoaded(client.getQueryData<OutboxView>(keys.outbox(serverId)) ?? emptyOutboxView(serverId), answer);
    },
    staleTime: Infinity,
  });
  const retry = useCallback(async () => {
    const after = await host().outbox.retry({ serverId });
    outboxArrived(client, after);
    return after;
  }, [client, serverId]);
  const discard = useCallback(
    async (id: string) => outboxArrived(client, await host().outbox.discard({ serverId, id })),
    [client, serverId],
  );
  return { ...(query.data ?? emptyOutboxView(serverId)), retry, discard };
}

/**
 * The outbox as the host now has it. When changes have left it, what they changed is fetched
 * again (a created document appears with its real id, a title with the server's answer).
 */
export function outboxArrived(client: QueryClient, outbox: ServerOutbox): void {
  const key = keys.outbox(outbox.serverId);
  const before = client.getQueryData<OutboxView>(key) ?? emptyOutboxView(outbox.serverId);
  const after = outboxChanged(before, outbox);
  client.setQueryData(key, after);
  if (after.departures !== before.departures) {
    void client.invalidateQueries({
      predicate: (query) =>
        ofServer(outbox.serverId).predicate(query) && ['documents', 'document'].includes(String(query.queryKey[0])),
    });
  }
}
