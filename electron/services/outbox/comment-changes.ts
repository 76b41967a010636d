import type { CommentChangeAnswer } from '../../../shared/api/comments';
import type { CommentChangeKind, CommentOutboxChange, Result } from '../../../shared/ipc/contract';
import type { Session } from '../handlers/session';
import type { ChangeKind } from './change-kind';

type CommentChange<K extends CommentChangeKind> = Extract<CommentOutboxChange, { kind: K }>;

/** Where a comment change is, known from the change alone (the device chose the ids of what it makes). */
export function commentAnswerOf(change: CommentOutboxChange): CommentChangeAnswer {
  switch (change.kind) {
    case 'comment-create-thread':
      return { documentId: change.documentId, threadId: change.request.threadId, commentId: change.request.commentId };
    case 'comment-reply':
      return { documentId: change.documentId, threadId: change.threadId, commentId: change.request.commentId };
    case 'comment-edit':
    case 'comment-delete':
      return { documentId: change.documentId, threadId: change.threadId, commentId: change.commentId };
    case 'comment-resolve':
      return { documentId: change.documentId, threadId: change.threadId, commentId: null };
  }
}

/**
 * One comment kind: sent as its request with the entry's key. As with the forum, nothing is kept
 * on the device from the answer (the server writes the comments room, which the device syncs and
 * stores); the comments panel shows the outbox's waiting entries itself until the room has them.
 */
function commentKind<K extends CommentChangeKind>(
  send: (session: Session, change: CommentChange<K>, key: string) => Promise<Result<CommentChangeAnswer>>,
): ChangeKind<CommentChange<K>, CommentChangeAnswer, CommentChangeAnswer> {
  return {
    send,
    keep: async (_context, _serverId, answer) => answer,
    recover: async (_context, _serverId, change) => commentAnswerOf(change),
  };
}

export const commentChangeKinds = {
  'comment-create-thread': commentKind<'comment-create-thread'>(({ api, token }, change, key) =>
    api.createCommentThread(token, change.documentId, change.request, key),
  ),
  'comment-reply': commentKind<'comment-reply'>(({ api, token }, change, key) =>
    api.replyToComment(token, change.documentId, change.threadId, change.request, key),
  ),
  'comment-edit': commentKind<'comment-edit'>(({ api, token }, change, key) =>
    api.editComment(token, change.documentId, change.threadId, change.commentId, change.body, key),
  ),
  'comment-delete': commentKind<'comment-delete'>(({ api, token }, change, key) =>
    api.deleteComment(token, change.documentId, change.threadId, change.commentId, key),
  ),
  'comment-resolve': commentKind<'comment-resolve'>(({ api, token }, change, key) =>
    api.resolveCommentThread(token, change.documentId, change.threadId, change.resolved, key),
  ),
};
