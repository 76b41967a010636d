import type { CommentThreadView } from '../../../shared/comments/comment-rooms';
import type { OutboxEntry } from '../../../shared/ipc/contract';

export type ShownThread = CommentThreadView & { waiting: boolean };

/**
 * The threads as this device shows them: the room's, with the changes still waiting in the
 * outbox applied (a resolve or reopen, an edit, a deletion), so what one did offline shows at once.
 * New threads and replies that wait are shown apart, as waiting. A refused change shows nothing
 * here: the room's state stands, and the outbox says why.
 */
export function withPending(threads: readonly CommentThreadView[], entries: readonly OutboxEntry[]): ShownThread[] {
  const shown = new Map<string, ShownThread>(threads.map((thread) => [thread.id, { ...thread, waiting: false }]));
  for (const { change, state } of entries) {
    if (state !== 'waiting' || !('threadId' in change) || !change.kind.startsWith('comment-')) continue;
    const thread = shown.get(change.threadId);
    if (!thread) continue;
    switch (change.kind) {
      case 'comment-resolve':
        shown.set(thread.id, { ...thread, resolved: change.resolved, waiting: true });
        break;
      case 'comment-edit':
        shown.set(thread.id, {
          ...thread,
          waiting: true,
          comments: thread.comments.map((comment) =>
            comment.id === change.commentId ? { ...comment, body: change.body, editedAt: comment.createdAt } : comment,
          ),
        });
        break;
      case 'comment-delete':
        if (thread.comments[0]?.id === change.commentId) shown.delete(thread.id);
        else
          shown.set(thread.id, {
            ...thread,
            waiting: true,
            comments: thread.comments.filter((comment) => comment.id !== change.commentId),
          });
        break;
      default:
        break;
    }
  }
  return [...shown.values()];
}
