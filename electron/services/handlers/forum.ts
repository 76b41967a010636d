import type { ForumOutboxChange, HostHandlers } from '../../../shared/ipc/contract';
import type { Outbox } from '../outbox/outbox';
import type { HandlerContext } from './context';
import { withSession } from './session';

/**
 * The forum's changes go through the outbox (kept on disk, sent once, in order, offline too);
 * read positions, watching and notifications are sent at once and not kept when the server
 * cannot be reached (`unreachable`): they are states the next visit sets again.
 */
export function forumHandlers(context: HandlerContext, outbox: Outbox): HostHandlers['forum'] {
  return {
    // The dispatcher has parsed the change with its schema, so it holds the parsed shape (defaults filled in).
    change: ({ serverId, change }) => outbox.submit(serverId, change as ForumOutboxChange),
    markRead: ({ serverId, spaceId, threadId, seq }) =>
      withSession(context, serverId, ({ api, token }) => api.markThreadRead(token, spaceId, threadId, seq)),
    markAllRead: ({ serverId, spaceId }) =>
      withSession(context, serverId, ({ api, token }) => api.markAllRead(token, spaceId)),
    watch: ({ serverId, spaceId, target, level }) =>
      withSession(context, serverId, ({ api, token }) =>
        'threadId' in target
          ? api.watchThread(token, spaceId, target.threadId, level)
          : api.watchCategory(token, spaceId, target.categoryId, level),
      ),
    async notificationsRead({ serverId, ids, all }) {
      const read = all ? { all: true as const } : ids && ids.length > 0 ? { ids } : null;
      if (!read) return { ok: false, error: 'invalid_request' };
      return withSession(context, serverId, ({ api, token }) => api.notificationsRead(token, read));
    },
  };
}
