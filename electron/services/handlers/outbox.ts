import type { HostHandlers } from '../../../shared/ipc/contract';
import type { Outbox } from '../outbox/outbox';

export function outboxHandlers(outbox: Outbox): HostHandlers['outbox'] {
  return {
    list: async ({ serverId }) => outbox.list(serverId),
    discard: ({ serverId, id }) => outbox.discard(serverId, id),
    retry: ({ serverId }) => outbox.retry(serverId),
  };
}
