import type { z } from 'zod';
import type { CreateCategoryRequest, CreateThreadRequest, ReplyRequest } from '../../shared/api/forum';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import {
  FORUM_TYPES,
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  type ForumCategory,
  type ForumPost,
  type MadeBy,
  type ThreadDetails,
} from '../../shared/forum/forum-rooms';
import { forumRoom } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import { keyOrNew, type ForumCore } from './forum-core';
import { forumCategory, same, summaryOf, threadDetails, threadPost } from './forum-read';
import { done, refuse, type ForumResult, type Refusal } from './forum-result';

/**
 * The forum's creations: categories, threads and replies. Each carries the id its client
 * chose, and a thread's or post's receipt (`made`) is stored inside it, so "made once" is
 * checked against the room itself at the same cost whatever the forum's size:
 * - the same person and key, with the same request: the first answer again (`replayed`);
 * - the same person and key with another request: `invalid_request`;
 * - the id already made by someone else, or with another key: `conflict`.
 * A key reused for a different id is not caught: the outbox makes one key per change.
 */

/** How a stored receipt answers a new sending; null when it is the same request (a replay). */
function receiptAnswers(stored: MadeBy, made: MadeBy, what: string): Refusal | null {
  if (stored.userId !== made.userId || stored.key !== made.key)
    return refuse('conflict', `That ${what} id is already taken; choose another.`);
  if (stored.request !== made.request)
    return refuse('invalid_request', `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different request.`);
  return null;
}

type CategoryInput = z.output<typeof CreateCategoryRequest>;
type ThreadInput = z.output<typeof CreateThreadRequest>;
type ReplyInput = z.output<typeof ReplyRequest>;

export async function createCategory(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  request: CategoryInput,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'moderate', key, async () => {
    const now = new Date().toISOString();
    const result = await core.write(forumRoom(spaceId), (doc): ForumResult => {
      const refused = core.refusal(user, spaceId, 'moderate');
      if (refused) return refused;
      const answer = { spaceId, categoryId: request.categoryId };
      const fields = {
        name: request.name,
        nameCy: request.nameCy,
        description: request.description,
        descriptionCy: request.descriptionCy,
      };
      const stored = forumCategory(doc, request.categoryId);
      if (stored) {
        // Categories carry no receipt: the same names again is the same creation.
        const again = same(
          { ...fields, order: request.order ?? stored.order },
          { ...pick(stored), order: stored.order },
        );
        return again
          ? done(answer, { created: true, replayed: true })
          : refuse('conflict', 'That category id is already taken; choose another.');
      }
      const categories = doc.getMap<unknown>(FORUM_TYPES.categories);
      let order = 0;
      categories.forEach((raw) => {
        const value = (raw as { order?: unknown } | null)?.order;
        if (typeof value === 'number' && value >= order) order = Math.min(1_000_000, value + 1);
      });
      const category: ForumCategory = {
        ...fields,
        order: request.order ?? order,
        threadCount: 0,
        postCount: 0,
        lastPostAt: null,
        createdAt: now,
      };
      categories.set(request.categoryId, category);
      return done(answer, { created: true });
    });
    if (result.ok)
      await core.logModeration(spaceId, user.id, keyOrNew(key), {
        action: 'create-category',
        threadId: null,
        postId: null,
        categoryId: request.categoryId,
        fromCategoryId: null,
        title: request.name,
        reason: null,
      });
    return result;
  });
}

const pick = (category: ForumCategory) => ({
  name: category.name,
  nameCy: category.nameCy,
  description: category.description,
  descriptionCy: category.descriptionCy,
});

export async function createThread(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  request: ThreadInput,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const made: MadeBy = {
      userId: user.id,
      key: keyOrNew(key),
      request: core.fingerprint('create-thread', spaceId, request),
    };
    const categoryExists = await core.hasCategory(spaceId, request.categoryId);
    const now = new Date().toISOString();
    const outcome = await core.thread(spaceId, request.threadId, (doc) => {
      const refused = core.refusal(user, spaceId, 'post');
      if (refused) return { result: refused };
      const stored = threadDetails(doc);
      if (stored) {
        const answer = { spaceId, categoryId: stored.categoryId, threadId: request.threadId, postId: request.postId };
        return {
          result: receiptAnswers(stored.made, made, 'thread') ?? done(answer, { created: true, replayed: true }),
        };
      }
      if (doc.getMap(THREAD_TYPES.thread).size > 0 || doc.getMap(THREAD_TYPES.posts).size > 0)
        return { result: refuse('conflict', 'That thread id is already taken; choose another.') };
      if (!categoryExists) return { result: refuse('not_found', 'No such category in this forum.') };
      const details: ThreadDetails = {
        categoryId: request.categoryId,
        title: request.title,
        authorId: user.id,
        createdAt: now,
        pinned: false,
        locked: false,
        lockReason: null,
        deleted: false,
        lastSeq: 1,
        made,
      };
      const post: ForumPost = {
        seq: 1,
        authorId: user.id,
        createdAt: now,
        body: request.body,
        replyTo: null,
        editedAt: null,
        deleted: false,
        hidden: null,
        reactions: {},
        made,
      };
      doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, details);
      doc.getMap(THREAD_TYPES.posts).set(request.postId, post);
      const answer = { spaceId, categoryId: request.categoryId, threadId: request.threadId, postId: request.postId };
      return { result: done(answer, { created: true }), post, summary: summaryOf(doc) };
    });
    if (!outcome.result.ok) return outcome.result;
    if (!outcome.post) {
      await core.convergeFrom(spaceId, request.threadId);
      return outcome.result;
    }
    core.options.afterPostStored?.();
    const { post } = outcome;
    core.tell(() =>
      core.events.emitPosted({
        spaceId,
        categoryId: request.categoryId,
        threadId: request.threadId,
        threadTitle: request.title,
        postId: request.postId,
        post,
        replyToAuthorId: null,
      }),
    );
    await core.converge(spaceId, request.threadId, request.categoryId, outcome.summary ?? null);
    return outcome.result;
  });
}

export async function reply(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  request: ReplyInput,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const made: MadeBy = {
      userId: user.id,
      key: keyOrNew(key),
      request: core.fingerprint('reply', `${spaceId}/${threadId}`, request),
    };
    const now = new Date().toISOString();
    const outcome = await core.thread(spaceId, threadId, (doc) => {
      const refused = core.refusal(user, spaceId, 'post');
      if (refused) return { result: refused };
      const details = threadDetails(doc);
      if (!details) return { result: refuse('not_found', 'No such thread.') };
      const answer = { spaceId, categoryId: details.categoryId, threadId, postId: request.postId };
      const posts = doc.getMap(THREAD_TYPES.posts);
      if (posts.has(request.postId)) {
        const stored = threadPost(doc, request.postId);
        if (!stored) return { result: refuse('conflict', 'That post id is already taken; choose another.') };
        return { result: receiptAnswers(stored.made, made, 'post') ?? done(answer, { created: true, replayed: true }) };
      }
      if (details.deleted) return { result: refuse('not_found', 'This thread was deleted.') };
      if (details.locked && !core.mayModerate(user, spaceId))
        return {
          result: refuse(
            'locked',
            details.lockReason
              ? `This thread is locked: ${details.lockReason}`
              : 'This thread is locked: no new replies.',
          ),
        };
      const answered = request.replyTo === null ? null : threadPost(doc, request.replyTo);
      if (request.replyTo !== null && !answered)
        return { result: refuse('invalid_request', 'The post this replies to is not in this thread.') };
      const seq = details.lastSeq + 1;
      const post: ForumPost = {
        seq,
        authorId: user.id,
        createdAt: now,
        body: request.body,
        replyTo: request.replyTo,
        editedAt: null,
        deleted: false,
        hidden: null,
        reactions: {},
        made,
      };
      posts.set(request.postId, post);
      doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, { ...details, lastSeq: seq } satisfies ThreadDetails);
      return {
        result: done(answer, { created: true }),
        post,
        details,
        replyToAuthorId: answered && answered.authorId !== user.id ? answered.authorId : null,
        summary: summaryOf(doc),
      };
    });
    if (!outcome.result.ok) return outcome.result;
    if (!outcome.post) {
      await core.convergeFrom(spaceId, threadId);
      return outcome.result;
    }
    core.options.afterPostStored?.();
    const { post, details } = outcome;
    core.tell(() =>
      core.events.emitPosted({
        spaceId,
        categoryId: details!.categoryId,
        threadId,
        threadTitle: details!.title,
        postId: request.postId,
        post,
        replyToAuthorId: outcome.replyToAuthorId ?? null,
      }),
    );
    await core.converge(spaceId, threadId, details!.categoryId, outcome.summary ?? null);
    return outcome.result;
  });
}
