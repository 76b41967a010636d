import { z } from 'zod';
import { CommentReplyRequest, CreateCommentThreadRequest } from '../api/comments';
import { CommentId, CommentThreadId } from '../comments/comment-rooms';
import { PostBody } from '../forum/post-body';
import { DocumentId } from '../ids';

/**
 * Comments' changes as the outbox keeps them (shared/ipc/outbox.ts): each is one request of
 * shared/api/comments.ts, sent with the entry's id as its Idempotency-Key, in the order made (a
 * reply written offline to a thread written offline arrives after it: the device chose its id).
 */
const onThread = { documentId: DocumentId, threadId: CommentThreadId };

export const CommentOutboxChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('comment-create-thread'), documentId: DocumentId, request: CreateCommentThreadRequest }),
  z.object({ kind: z.literal('comment-reply'), ...onThread, request: CommentReplyRequest }),
  z.object({ kind: z.literal('comment-edit'), ...onThread, commentId: CommentId, body: PostBody }),
  z.object({ kind: z.literal('comment-delete'), ...onThread, commentId: CommentId }),
  z.object({ kind: z.literal('comment-resolve'), ...onThread, resolved: z.boolean() }),
]);
export type CommentOutboxChange = z.infer<typeof CommentOutboxChange>;
export type CommentChangeKind = CommentOutboxChange['kind'];

/** The thread a change belongs to, known from the change alone. */
export function threadOfCommentChange(change: CommentOutboxChange): string {
  return change.kind === 'comment-create-thread' ? change.request.threadId : change.threadId;
}
