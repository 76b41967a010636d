import { z } from 'zod';
import type * as Y from 'yjs';
import { MadeBy, readMap, Timestamp } from '../forum/forum-rooms';
import { PostBody } from '../forum/post-body';
import { UserId } from '../ids';

/**
 * What the server writes into a document's comments room (`comments:<documentId>`, shared/rooms.ts)
 * and clients read, read-only. Like the forum's rooms, every value is a plain object set whole
 * under its key, and every reader validates each value and leaves out one that does not read.
 *
 * - `doc.getMap(COMMENT_TYPES.threads)`: threadId → CommentThread (where it is anchored, resolved or not);
 * - `doc.getMap(COMMENT_TYPES.comments)`: commentId → Comment (each names its thread);
 * - `doc.getMap(COMMENT_TYPES.removed)`: threadId or commentId → Removal, so a deletion sent again is
 *   answered as the first time (and the id is never used again).
 *
 * A thread's anchor is a pair of Yjs relative positions (base64 of `Y.encodeRelativePosition`) into
 * the document's own Yjs content: they stay with the words around them as the text changes, need
 * no node in the document, and can be made by someone who may only read it.
 */
export const COMMENT_TYPES = { threads: 'threads', comments: 'comments', removed: 'removed' } as const;

/** Thread and comment ids, chosen by the client (so a reply can follow a thread made offline). */
export const CommentThreadId = z
  .string()
  .min(8)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid id');
export type CommentThreadId = z.infer<typeof CommentThreadId>;
export const CommentId = CommentThreadId;
export type CommentId = z.infer<typeof CommentId>;

/** A Yjs relative position, base64: a few dozen bytes in practice; bounded well above that. */
export const EncodedPosition = z
  .string()
  .min(4)
  .max(512)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** The passage as it was when the thread was started: shown beside the thread, and when it is gone. */
export const CommentQuote = z.string().max(1000);

export const CommentThread = z.object({
  anchor: EncodedPosition,
  focus: EncodedPosition,
  quote: CommentQuote,
  authorId: UserId,
  createdAt: Timestamp,
  resolved: z.boolean(),
  resolvedBy: UserId.nullable(),
  resolvedAt: Timestamp.nullable(),
  made: MadeBy,
});
export type CommentThread = z.infer<typeof CommentThread>;

export const Comment = z.object({
  threadId: CommentThreadId,
  authorId: UserId,
  body: PostBody,
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  made: MadeBy,
});
export type Comment = z.infer<typeof Comment>;

export const Removal = z.object({ by: UserId, key: z.string().min(16).max(64), at: Timestamp });
export type Removal = z.infer<typeof Removal>;

export type CommentView = Comment & { id: CommentId };
export type CommentThreadView = CommentThread & { id: CommentThreadId; comments: CommentView[] };

/** A document's threads, oldest first, each with its comments oldest first; a thread whose first comment is gone is left out. */
export function readComments(doc: Y.Doc): CommentThreadView[] {
  const comments = readMap(doc.getMap(COMMENT_TYPES.comments), CommentId, Comment);
  const byThread = new Map<string, CommentView[]>();
  for (const [id, comment] of comments) {
    const list = byThread.get(comment.threadId) ?? [];
    list.push({ id, ...comment });
    byThread.set(comment.threadId, list);
  }
  const order = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1;
  return [...readMap(doc.getMap(COMMENT_TYPES.threads), CommentThreadId, CommentThread)]
    .map(([id, thread]) => ({ id, ...thread, comments: (byThread.get(id) ?? []).sort(order) }))
    .filter((thread) => thread.comments.length > 0)
    .sort(order);
}
