import type * as Y from 'yjs';
import type { z } from 'zod';
import type { ModerateThreadRequest, UpdateCategoryRequest } from '../../shared/api/forum';
import {
  FORUM_TYPES,
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  type ModerationEntry,
  type PostVersion,
  type ThreadDetails,
} from '../../shared/forum/forum-rooms';
import { categoryRoom, forumRoom } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import { keyOrNew, type ForumCore } from './forum-core';
import { countsOf, forumCategory, same, summaryOf, threadDetails } from './forum-read';
import { done, refuse, type ForumResult } from './forum-result';

/**
 * Moderators' changes to threads (pin, lock, move, retitle, delete) and categories (change,
 * delete). Each sets a state, so a replay changes nothing more and logs nothing more (the log
 * entry is keyed by person and key).
 */

type Entry = Omit<ModerationEntry, 'by' | 'at'>;

export async function moderateThread(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  request: z.output<typeof ModerateThreadRequest>,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'moderate', key, async () => {
    const target = request.categoryId;
    if (target !== undefined && !(await core.hasCategory(spaceId, target))) {
      // A replay of a move to a category deleted since still finds the thread where it went.
      const already = await core.thread(spaceId, threadId, (doc) => threadDetails(doc)?.categoryId === target);
      if (!already) return refuse('not_found', 'No such category to move the thread to.');
    }
    const outcome = await core.thread(spaceId, threadId, (doc) => {
      const refused = core.refusal(user, spaceId, 'moderate');
      if (refused) return { result: refused };
      const details = threadDetails(doc);
      if (!details) return { result: refuse('not_found', 'No such thread.') };
      if (details.deleted) return { result: refuse('not_found', 'This thread was deleted.') };
      const locked = request.locked ?? details.locked;
      const next: ThreadDetails = {
        ...details,
        pinned: request.pinned ?? details.pinned,
        locked,
        lockReason: !locked ? null : request.locked === true ? request.reason : details.lockReason,
        categoryId: target ?? details.categoryId,
        title: request.title ?? details.title,
      };
      const answer = done({ spaceId, categoryId: next.categoryId, threadId });
      if (same(details, next)) return { result: answer };
      doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, next);
      return { result: answer, before: details, after: next, summary: summaryOf(doc) };
    });
    const { before, after } = outcome;
    if (!before || !after) {
      if (outcome.result.ok) await core.convergeFrom(spaceId, threadId);
      return outcome.result;
    }
    const entry = (action: ModerationEntry['action'], extra: Partial<Entry> = {}): Entry => ({
      action,
      threadId,
      postId: null,
      categoryId: after.categoryId,
      fromCategoryId: null,
      title: before.title,
      reason: request.reason,
      ...extra,
    });
    const entries: Entry[] = [];
    if (before.pinned !== after.pinned) entries.push(entry(after.pinned ? 'pin' : 'unpin'));
    if (before.locked !== after.locked) entries.push(entry(after.locked ? 'lock' : 'unlock'));
    if (before.categoryId !== after.categoryId)
      entries.push(entry('move-thread', { fromCategoryId: before.categoryId }));
    if (before.title !== after.title) entries.push(entry('retitle-thread'));
    await core.converge(spaceId, threadId, after.categoryId, outcome.summary ?? null, before.categoryId);
    if (entries.length > 0) await core.logModeration(spaceId, user.id, keyOrNew(key), ...entries);
    return outcome.result;
  });
}

/**
 * Deleting a thread: moderators and admins, or its author while nobody has replied (every
 * post after the first deleted, or none). Its posts leave the room (their bodies kept for
 * moderators); its details stay, `deleted`, so readers are told it is gone.
 */
export async function deleteThread(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  reason: string | null,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const look = (doc: Y.Doc) => {
      const refused = core.refusal(user, spaceId, 'post');
      if (refused) return refused;
      const details = threadDetails(doc);
      if (!details) return refuse('not_found', 'No such thread.');
      if (core.mayModerate(user, spaceId)) return details;
      if (details.authorId !== user.id)
        return refuse('forbidden', 'Only its author, or the space’s moderators and admins, can delete a thread.');
      let replied = false;
      doc.getMap<{ seq?: number; deleted?: boolean }>(THREAD_TYPES.posts).forEach((post) => {
        if (typeof post?.seq === 'number' && post.seq > 1 && post.deleted !== true) replied = true;
      });
      return replied ? refuse('forbidden', 'A thread with replies can only be deleted by a moderator.') : details;
    };
    const read = await core.thread(spaceId, threadId, (doc) => {
      const details = look(doc);
      if ('ok' in details || details.deleted) return { details, kept: [] };
      const kept: Array<{ postId: string; version: PostVersion }> = [];
      const at = new Date().toISOString();
      doc.getMap<{ body?: PostVersion['body'] | null }>(THREAD_TYPES.posts).forEach((post, postId) => {
        if (post?.body) kept.push({ postId, version: { body: post.body, at, why: 'deleted', threadId } });
      });
      return { details, kept };
    });
    if ('ok' in read.details) return read.details;
    const answer = done({ spaceId, categoryId: read.details.categoryId, threadId });
    if (read.details.deleted) {
      await core.convergeFrom(spaceId, threadId);
      return answer;
    }
    await core.keepVersions(spaceId, read.kept);
    const written = await core.thread(spaceId, threadId, (doc) => {
      const details = look(doc);
      if ('ok' in details) return details;
      const posts = doc.getMap(THREAD_TYPES.posts);
      for (const postId of [...posts.keys()]) posts.delete(postId);
      doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, { ...details, deleted: true } satisfies ThreadDetails);
      return details;
    });
    if ('ok' in written) return written;
    await core.converge(spaceId, threadId, written.categoryId, null);
    if (written.authorId !== user.id || written.lastSeq > 1)
      await core.logModeration(spaceId, user.id, keyOrNew(key), {
        action: 'delete-thread',
        threadId,
        postId: null,
        categoryId: written.categoryId,
        fromCategoryId: null,
        title: written.title,
        reason,
      });
    return answer;
  });
}

export async function updateCategory(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  categoryId: string,
  request: z.output<typeof UpdateCategoryRequest>,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'moderate', key, async () => {
    const outcome = await core.write(forumRoom(spaceId), (doc) => {
      const refused = core.refusal(user, spaceId, 'moderate');
      if (refused) return { result: refused, name: null };
      const stored = forumCategory(doc, categoryId);
      if (!stored) return { result: refuse('not_found', 'No such category.'), name: null };
      const next = { ...stored, ...request };
      if (same(stored, next)) return { result: done({ spaceId, categoryId }), name: null };
      doc.getMap(FORUM_TYPES.categories).set(categoryId, next);
      return { result: done({ spaceId, categoryId }), name: next.name };
    });
    if (outcome.name !== null)
      await core.logModeration(spaceId, user.id, keyOrNew(key), {
        action: 'update-category',
        threadId: null,
        postId: null,
        categoryId,
        fromCategoryId: null,
        title: outcome.name,
        reason: null,
      });
    return outcome.result;
  });
}

/** Deleting a category: refused (`conflict`) while it has threads; deleting one already gone is done. */
export async function deleteCategory(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  categoryId: string,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'moderate', key, async () => {
    const threads = await core.write(categoryRoom(spaceId, categoryId), (doc) => countsOf(doc).threadCount);
    if (threads > 0)
      return refuse('conflict', 'This category still has threads: move or delete them before deleting it.');
    const removed = await core.write(forumRoom(spaceId), (doc) => {
      const refused = core.refusal(user, spaceId, 'moderate');
      if (refused) return refused;
      const stored = forumCategory(doc, categoryId);
      if (stored) doc.getMap(FORUM_TYPES.categories).delete(categoryId);
      return stored;
    });
    if (removed && 'ok' in removed) return removed;
    if (removed)
      await core.logModeration(spaceId, user.id, keyOrNew(key), {
        action: 'delete-category',
        threadId: null,
        postId: null,
        categoryId,
        fromCategoryId: null,
        title: removed.name,
        reason: null,
      });
    return done({ spaceId, categoryId });
  });
}
