import type * as Y from 'yjs';
import type { z } from 'zod';
import type {
  CommentChangeAnswer,
  CommentReplyRequest,
  CreateCommentThreadRequest,
  EditCommentRequest,
  ResolveThreadRequest,
} from '../../shared/api/comments';
import { IDEMPOTENCY_KEY_HEADER, type ErrorCode } from '../../shared/api/schemas';
import {
  Comment,
  COMMENT_TYPES,
  CommentThread,
  Removal,
  type Comment as StoredComment,
} from '../../shared/comments/comment-rooms';
import type { MadeBy } from '../../shared/forum/forum-rooms';
import { commentsRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import { requestFingerprint } from '../accounts/receipts';
import type { Directory } from '../accounts/directory';
import type { StoredUser } from '../accounts/schema';
import { keyOrNew } from '../forum/forum-core';
import { refusal } from '../http/guard';
import type { Rooms } from '../sync/rooms';

export type CommentResult =
  | { ok: true; status: 200 | 201; answer: CommentChangeAnswer; replayed: boolean }
  | { ok: false; error: ErrorCode; message: string };
type Refusal = Extract<CommentResult, { ok: false }>;

const refuse = (error: ErrorCode, message: string): Refusal => ({ ok: false, error, message });

/** Told once a comment is stored (not on a replay): for notifications of mentions and replies. */
export type CommentedEvent = {
  documentId: string;
  spaceId: string;
  threadId: string;
  commentId: string;
  comment: StoredComment;
  /** Everyone who wrote in the thread before this comment. */
  earlierAuthors: string[];
};

/** The parts of a room write's outcome the caller needs after it. */
type Outcome = { result: CommentResult; told?: CommentedEvent };

/**
 * Comments on documents, written into each document's comments room by the server alone
 * (shared/comments/comment-rooms.ts). Each method takes the person, the document, the validated
 * request and its Idempotency-Key (null: made once, never replayed); checks the role before it
 * reads anything and again inside the room write that acts; and handles one change at a time per
 * document, so a check and its write see the same room.
 */
export class CommentService {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly underway = new Set<string>();
  private readonly listeners = new Set<(event: CommentedEvent) => void>();

  constructor(
    private readonly rooms: Rooms,
    private readonly directory: Directory,
    private readonly warn: (message: string) => void,
  ) {
    // Server-written: clients' updates to a comments room are dropped; nothing to bring up to date as one loads.
    rooms.setWriter('comments', { reconcile: () => undefined });
  }

  onCommented(listener: (event: CommentedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Why `user` may not comment on the document now (or, with `moderate`, act on others' comments); null if they may. */
  private refusal(user: StoredUser, documentId: string, action: 'comment' | 'moderate'): Refusal | null {
    const found = this.directory.access.document(user, documentId);
    if (!found) return refuse('not_found', 'No such document.');
    const actor = this.directory.access.actor(user, found.space.id);
    if (!can(actor, 'view', found.space)) return refuse('forbidden', refusal('view'));
    return can(actor, action, found.space) ? null : refuse('forbidden', refusal(action));
  }

  private spaceOf(documentId: string): string {
    return this.directory.documents.find(documentId)?.spaceId ?? '';
  }

  private async run(
    user: StoredUser,
    documentId: string,
    key: string | null,
    act: () => Promise<Outcome>,
  ): Promise<CommentResult> {
    const refused = this.refusal(user, documentId, 'comment');
    if (refused) return refused;
    const slot = key === null ? null : `${user.id}\n${key}`;
    if (slot !== null) {
      if (this.underway.has(slot))
        return refuse('request_in_progress', 'This change is still being handled; send it again in a moment.');
      this.underway.add(slot);
    }
    try {
      const outcome = await this.exclusive(documentId, act);
      if (outcome.told) this.tell(outcome.told);
      return outcome.result;
    } finally {
      if (slot !== null) this.underway.delete(slot);
    }
  }

  private exclusive<T>(documentId: string, act: () => Promise<T>): Promise<T> {
    const before = this.queues.get(documentId) ?? Promise.resolve();
    const turn = before.then(act, act);
    const tail = turn.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(documentId, tail);
    void tail.then(() => {
      if (this.queues.get(documentId) === tail) this.queues.delete(documentId);
    });
    return turn;
  }

  private async write(documentId: string, act: (doc: Y.Doc) => Outcome): Promise<Outcome> {
    let outcome: Outcome | null = null;
    await this.rooms.change(commentsRoom(documentId), (doc) => {
      outcome = act(doc);
    });
    return outcome!;
  }

  private tell(event: CommentedEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.warn(`Comments: a listener failed (${(error as Error).message}).`);
      }
    }
  }

  private made(user: StoredUser, key: string | null, action: string, documentId: string, request: unknown): MadeBy {
    return {
      userId: user.id,
      key: keyOrNew(key),
      request: requestFingerprint(action, documentId, JSON.stringify(request)),
    };
  }

  createThread(
    user: StoredUser,
    documentId: string,
    request: z.output<typeof CreateCommentThreadRequest>,
    key: string | null,
  ): Promise<CommentResult> {
    return this.run(user, documentId, key, () => {
      const made = this.made(user, key, 'create-comment-thread', documentId, request);
      const answer = { documentId, threadId: request.threadId, commentId: request.commentId };
      return this.write(documentId, (doc): Outcome => {
        const refused = this.refusal(user, documentId, 'comment');
        if (refused) return { result: refused };
        const threads = doc.getMap<unknown>(COMMENT_TYPES.threads);
        const stored = CommentThread.safeParse(threads.get(request.threadId));
        if (stored.success) return { result: receiptAnswer(stored.data.made, made, 'thread', answer) };
        if (taken(doc, request.threadId) || taken(doc, request.commentId) || request.threadId === request.commentId)
          return { result: refuse('conflict', 'That thread or comment id is already taken; choose another.') };
        const now = new Date().toISOString();
        const thread: CommentThread = {
          anchor: request.anchor,
          focus: request.focus,
          quote: request.quote,
          authorId: user.id,
          createdAt: now,
          resolved: false,
          resolvedBy: null,
          resolvedAt: null,
          made,
        };
        const comment: StoredComment = {
          threadId: request.threadId,
          authorId: user.id,
          body: request.body,
          createdAt: now,
          editedAt: null,
          made,
        };
        threads.set(request.threadId, thread);
        doc.getMap(COMMENT_TYPES.comments).set(request.commentId, comment);
        return {
          result: done(answer, true),
          told: { spaceId: this.spaceOf(documentId), ...answer, comment, earlierAuthors: [] },
        };
      });
    });
  }

  reply(
    user: StoredUser,
    documentId: string,
    threadId: string,
    request: z.output<typeof CommentReplyRequest>,
    key: string | null,
  ): Promise<CommentResult> {
    return this.run(user, documentId, key, () => {
      const made = this.made(user, key, 'comment-reply', `${documentId}/${threadId}`, request);
      const answer = { documentId, threadId, commentId: request.commentId };
      return this.write(documentId, (doc): Outcome => {
        const refused = this.refusal(user, documentId, 'comment');
        if (refused) return { result: refused };
        const comments = doc.getMap<unknown>(COMMENT_TYPES.comments);
        const stored = Comment.safeParse(comments.get(request.commentId));
        if (stored.success) {
          if (stored.data.threadId !== threadId)
            return { result: refuse('conflict', 'That comment id is already taken; choose another.') };
          return { result: receiptAnswer(stored.data.made, made, 'comment', answer) };
        }
        if (taken(doc, request.commentId))
          return { result: refuse('conflict', 'That comment id is already taken; choose another.') };
        if (!CommentThread.safeParse(doc.getMap(COMMENT_TYPES.threads).get(threadId)).success)
          return { result: refuse('not_found', 'No such comment thread.') };
        const earlierAuthors = new Set<string>();
        comments.forEach((raw) => {
          const read = Comment.safeParse(raw);
          if (read.success && read.data.threadId === threadId) earlierAuthors.add(read.data.authorId);
        });
        const comment: StoredComment = {
          threadId,
          authorId: user.id,
          body: request.body,
          createdAt: new Date().toISOString(),
          editedAt: null,
          made,
        };
        comments.set(request.commentId, comment);
        return {
          result: done(answer, true),
          told: {
            spaceId: this.spaceOf(documentId),
            ...answer,
            comment,
            earlierAuthors: [...earlierAuthors],
          },
        };
      });
    });
  }

  /** Only the comment's author edits it (moderators remove, never rewrite, what others wrote). */
  editComment(
    user: StoredUser,
    documentId: string,
    threadId: string,
    commentId: string,
    request: z.output<typeof EditCommentRequest>,
    key: string | null,
  ): Promise<CommentResult> {
    return this.run(user, documentId, key, () =>
      this.write(documentId, (doc): Outcome => {
        const refused = this.refusal(user, documentId, 'comment');
        if (refused) return { result: refused };
        const comments = doc.getMap<unknown>(COMMENT_TYPES.comments);
        const stored = Comment.safeParse(comments.get(commentId));
        if (!stored.success || stored.data.threadId !== threadId)
          return { result: refuse('not_found', 'No such comment.') };
        if (stored.data.authorId !== user.id)
          return { result: refuse('forbidden', 'Only its author can edit a comment.') };
        if (JSON.stringify(stored.data.body) !== JSON.stringify(request.body))
          comments.set(commentId, { ...stored.data, body: request.body, editedAt: new Date().toISOString() });
        return { result: done({ documentId, threadId, commentId }) };
      }),
    );
  }

  /**
   * Removes a comment: its author, or the space's moderators and admins. The thread's first
   * comment removes the thread with every reply, so its author may do that only while nobody
   * else has replied. A removal sent again with its key is answered as the first time.
   */
  deleteComment(
    user: StoredUser,
    documentId: string,
    threadId: string,
    commentId: string,
    key: string | null,
  ): Promise<CommentResult> {
    return this.run(user, documentId, key, () => {
      const removalKey = keyOrNew(key);
      const answer = { documentId, threadId, commentId };
      return this.write(documentId, (doc): Outcome => {
        const refused = this.refusal(user, documentId, 'comment');
        if (refused) return { result: refused };
        const removed = doc.getMap<unknown>(COMMENT_TYPES.removed);
        const before = Removal.safeParse(removed.get(commentId));
        if (before.success)
          return before.data.by === user.id && before.data.key === removalKey
            ? { result: done(answer, false, true) }
            : { result: refuse('already_done', 'This comment was already removed.') };
        const comments = doc.getMap<unknown>(COMMENT_TYPES.comments);
        const stored = Comment.safeParse(comments.get(commentId));
        if (!stored.success || stored.data.threadId !== threadId)
          return { result: refuse('not_found', 'No such comment.') };
        const moderator = this.refusal(user, documentId, 'moderate') === null;
        if (stored.data.authorId !== user.id && !moderator)
          return { result: refuse('forbidden', 'Only its author, or a moderator, can remove a comment.') };
        const inThread: Array<[string, StoredComment]> = [];
        comments.forEach((raw, id) => {
          const read = Comment.safeParse(raw);
          if (read.success && read.data.threadId === threadId) inThread.push([id, read.data]);
        });
        const threads = doc.getMap<unknown>(COMMENT_TYPES.threads);
        const thread = CommentThread.safeParse(threads.get(threadId));
        // The first comment was made with its thread, under the same receipt.
        const first = thread.success && thread.data.made.key === stored.data.made.key;
        const removal: Removal = { by: user.id, key: removalKey, at: new Date().toISOString() };
        if (first) {
          if (!moderator && inThread.some(([, comment]) => comment.authorId !== user.id))
            return {
              result: refuse('conflict', 'Others have replied in this thread: only a moderator can remove it now.'),
            };
          for (const [id] of inThread) {
            comments.delete(id);
            removed.set(id, removal);
          }
          threads.delete(threadId);
          removed.set(threadId, removal);
        } else {
          comments.delete(commentId);
          removed.set(commentId, removal);
        }
        return { result: done(answer) };
      });
    });
  }

  /** Resolves or reopens a thread: anyone who may comment. */
  resolve(
    user: StoredUser,
    documentId: string,
    threadId: string,
    request: z.output<typeof ResolveThreadRequest>,
    key: string | null,
  ): Promise<CommentResult> {
    return this.run(user, documentId, key, () =>
      this.write(documentId, (doc): Outcome => {
        const refused = this.refusal(user, documentId, 'comment');
        if (refused) return { result: refused };
        const threads = doc.getMap<unknown>(COMMENT_TYPES.threads);
        const stored = CommentThread.safeParse(threads.get(threadId));
        if (!stored.success) return { result: refuse('not_found', 'No such comment thread.') };
        if (stored.data.resolved !== request.resolved) {
          const at = request.resolved ? new Date().toISOString() : null;
          threads.set(threadId, {
            ...stored.data,
            resolved: request.resolved,
            resolvedBy: request.resolved ? user.id : null,
            resolvedAt: at,
          } satisfies CommentThread);
        }
        return { result: done({ documentId, threadId, commentId: null }) };
      }),
    );
  }
}

/** Whether an id is already used in this room by a thread, a comment, or something removed. */
function taken(doc: Y.Doc, id: string): boolean {
  return (
    doc.getMap(COMMENT_TYPES.threads).has(id) ||
    doc.getMap(COMMENT_TYPES.comments).has(id) ||
    doc.getMap(COMMENT_TYPES.removed).has(id)
  );
}

function done(answer: CommentChangeAnswer, created = false, replayed = false): CommentResult {
  return { ok: true, status: created ? 201 : 200, answer, replayed };
}

/** How a stored receipt answers a creation sent again: the first answer (a replay), or why not. */
function receiptAnswer(stored: MadeBy, made: MadeBy, what: string, answer: CommentChangeAnswer): CommentResult {
  if (stored.userId !== made.userId || stored.key !== made.key)
    return refuse('conflict', `That ${what} id is already taken; choose another.`);
  if (stored.request !== made.request)
    return refuse('invalid_request', `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different request.`);
  return done(answer, true, true);
}
