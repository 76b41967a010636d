import { z } from 'zod';
import { CommentId, CommentQuote, CommentThreadId, EncodedPosition } from '../comments/comment-rooms';
import { PostBody } from '../forum/post-body';
import { DocumentId } from '../ids';

/**
 * Comments on documents: the HTTP API (routes in routes.ts). Every change is checked against the
 * role table ('comment', and 'moderate' for removing someone else's comment) and written by the
 * server into the document's comments room (shared/comments/comment-rooms.ts); clients only read it.
 *
 * Like the forum's: creations carry the ids the client chose and keep their receipt inside what
 * they made; the other changes set a state (resolved: true…), so sending one twice changes nothing more.
 */

export const CreateCommentThreadRequest = z.object({
  threadId: CommentThreadId,
  /** The id of the thread's first comment. */
  commentId: CommentId,
  anchor: EncodedPosition,
  focus: EncodedPosition,
  quote: CommentQuote,
  body: PostBody,
});
export type CreateCommentThreadRequest = z.input<typeof CreateCommentThreadRequest>;

export const CommentReplyRequest = z.object({ commentId: CommentId, body: PostBody });
export type CommentReplyRequest = z.input<typeof CommentReplyRequest>;

export const EditCommentRequest = z.object({ body: PostBody });
export type EditCommentRequest = z.input<typeof EditCommentRequest>;

export const ResolveThreadRequest = z.object({ resolved: z.boolean() });
export type ResolveThreadRequest = z.input<typeof ResolveThreadRequest>;

/** What a comment change made or changed. `commentId` is null for a thread's resolve or reopen. */
export const CommentChangeAnswer = z.object({
  documentId: DocumentId,
  threadId: CommentThreadId,
  commentId: CommentId.nullable(),
});
export type CommentChangeAnswer = z.infer<typeof CommentChangeAnswer>;
