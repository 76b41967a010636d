import type { CommentOutboxChange, HostHandlers } from '../../../shared/ipc/contract';
import type { Outbox } from '../outbox/outbox';

/** Comments' changes go through the outbox (kept on disk, sent once, in order, offline too), like the forum's. */
export function commentHandlers(outbox: Outbox): HostHandlers['comments'] {
  return {
    // The dispatcher has parsed the change with its schema, so it holds the parsed shape.
    change: ({ serverId, change }) => outbox.submit(serverId, change as CommentOutboxChange),
  };
}
