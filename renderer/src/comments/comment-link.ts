import type { ForumNotification } from '../../../shared/forum/forum-rooms';
import { paths } from '../app/paths';

/** The search parameter that opens a document at one of its comment threads. */
export const COMMENT_PARAM = 'comment';

/** Where a notification leads: a comment's opens its document at the thread; the forum's, its post. */
export function notificationPath(serverId: string, notification: ForumNotification): string {
  if (notification.documentId)
    return `${paths.document(serverId, notification.documentId)}?${COMMENT_PARAM}=${encodeURIComponent(notification.threadId)}`;
  return paths.forumThread(serverId, notification.spaceId, notification.threadId, notification.postId);
}
