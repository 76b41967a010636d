import type { ModerationAction, ModerationEntry } from '../../../shared/forum/forum-rooms';
import type { MessageKey } from '../i18n/en';

/** What each moderation action is called in the log. */
export const ACTION_LABELS: Record<ModerationAction, MessageKey> = {
  pin: 'forumLog.pin',
  unpin: 'forumLog.unpin',
  lock: 'forumLog.lock',
  unlock: 'forumLog.unlock',
  'hide-post': 'forumLog.hidePost',
  'unhide-post': 'forumLog.unhidePost',
  'move-thread': 'forumLog.moveThread',
  'retitle-thread': 'forumLog.retitleThread',
  'delete-thread': 'forumLog.deleteThread',
  'delete-post': 'forumLog.deletePost',
  'create-category': 'forumLog.createCategory',
  'update-category': 'forumLog.updateCategory',
  'delete-category': 'forumLog.deleteCategory',
};

/** What an entry was done to, as the log shows it. */
export type LogTarget =
  | { kind: 'thread'; threadId: string; title: string; gone: boolean }
  | { kind: 'post'; threadId: string; postId: string; title: string }
  | { kind: 'move'; threadId: string; title: string; from: string | null; to: string | null }
  | { kind: 'category'; name: string }
  | { kind: 'none' };

export type LogRow = {
  id: string;
  by: string;
  at: string;
  action: MessageKey;
  target: LogTarget;
  reason: string | null;
};

/**
 * The moderation log (already newest first, as readModeration gives it) as rows: who, when,
 * what, to which thread, post or category (by the title it had then: the log reads after a
 * thread is gone), and why. A category is named as it is now, if it still exists, else as the
 * entry recorded it.
 */
export function moderationLogRows(
  log: ReadonlyArray<ModerationEntry & { id: string }>,
  categoryName: (categoryId: string) => string | null,
): LogRow[] {
  return log.map((entry) => ({
    id: entry.id,
    by: entry.by,
    at: entry.at,
    action: ACTION_LABELS[entry.action],
    target: targetOf(entry, categoryName),
    reason: entry.reason?.trim() ? entry.reason : null,
  }));
}

function targetOf(entry: ModerationEntry, categoryName: (categoryId: string) => string | null): LogTarget {
  const title = entry.title ?? '';
  switch (entry.action) {
    case 'create-category':
    case 'update-category':
    case 'delete-category': {
      const name = (entry.action !== 'delete-category' && entry.categoryId && categoryName(entry.categoryId)) || title;
      return name ? { kind: 'category', name } : { kind: 'none' };
    }
    case 'hide-post':
    case 'unhide-post':
    case 'delete-post':
      return entry.threadId && entry.postId
        ? { kind: 'post', threadId: entry.threadId, postId: entry.postId, title }
        : { kind: 'none' };
    case 'move-thread':
      return entry.threadId
        ? {
            kind: 'move',
            threadId: entry.threadId,
            title,
            from: entry.fromCategoryId ? categoryName(entry.fromCategoryId) : null,
            to: entry.categoryId ? categoryName(entry.categoryId) : null,
          }
        : { kind: 'none' };
    default:
      return entry.threadId
        ? { kind: 'thread', threadId: entry.threadId, title, gone: entry.action === 'delete-thread' }
        : { kind: 'none' };
  }
}
