import type { ForumNotification } from '../../../shared/forum/forum-rooms';
import type { Message } from '../i18n/message';

const KEYS = {
  mention: 'forum.notificationMention',
  reply: 'forum.notificationReply',
  watched: 'forum.notificationWatched',
  hidden: 'forum.notificationHidden',
  'comment-mention': 'comments.notificationMention',
  'comment-reply': 'comments.notificationReply',
} as const;

/** What a notification says ("Siân mentioned you in “Funding bids”"); for `hidden`, the excerpt is the reason. */
export function notificationMessage(
  notification: Pick<ForumNotification, 'kind' | 'threadTitle'>,
  byName: string,
): Message {
  return { key: KEYS[notification.kind], values: { name: byName, thread: notification.threadTitle } };
}
