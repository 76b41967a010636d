import type * as Y from 'yjs';
import type { z } from 'zod';
import type { EditPostRequest, HidePostRequest, ReactRequest } from '../../shared/api/forum';
import {
  MODERATION_TYPES,
  THREAD_TYPES,
  type ForumPost,
  type PostVersion,
  type ThreadDetails,
} from '../../shared/forum/forum-rooms';
import type { PostBody } from '../../shared/forum/post-body';
import { moderationRoom } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import { keyOrNew, type ForumCore } from './forum-core';
import { same, threadDetails, threadPost } from './forum-read';
import { done, refuse, type ForumResult, type Refusal } from './forum-result';

/**
 * Changes to one post: its author's edit and deletion, anyone's reaction, a moderator's
 * deletion and hiding. Each sets a state (the body, deleted, reaction on or off, hidden), so
 * sending it again changes nothing more. A body that leaves the thread room (edited, deleted,
 * hidden) is stored in the moderation room first, so it is never lost between the two writes.
 */

type Found = { details: ThreadDetails; post: ForumPost };
type Check = (found: Found, doc: Y.Doc) => Refusal | null;

/** The thread and post, or why not; `check` adds the action's own conditions. */
function find(core: ForumCore, user: StoredUser, spaceId: string, action: 'post' | 'moderate') {
  return (doc: Y.Doc, postId: string, check: Check): Found | Refusal => {
    const refused = core.refusal(user, spaceId, action);
    if (refused) return refused;
    const details = threadDetails(doc);
    if (!details) return refuse('not_found', 'No such thread.');
    if (details.deleted) return refuse('not_found', 'This thread was deleted.');
    const post = threadPost(doc, postId);
    if (!post) return refuse('not_found', 'No such post in this thread.');
    return check({ details, post }, doc) ?? { details, post };
  };
}

const isRefusal = (value: Found | Refusal): value is Refusal => 'ok' in value;

/** Reads, lets `body` be kept for moderators if it is leaving, then writes: the same check each time. */
async function change(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  postId: string,
  action: 'post' | 'moderate',
  check: Check,
  next: (found: Found) => { post: ForumPost; leaving: { body: PostBody; why: PostVersion['why'] } | null } | null,
): Promise<{ result: ForumResult; found: Found | null; changed: boolean }> {
  const look = find(core, user, spaceId, action);
  const read = await core.thread(spaceId, threadId, (doc) => look(doc, postId, check));
  if (isRefusal(read)) return { result: read, found: null, changed: false };
  const answer = { spaceId, categoryId: read.details.categoryId, threadId, postId };
  const planned = next(read);
  if (!planned) return { result: done(answer), found: read, changed: false };
  if (planned.leaving)
    await core.keepVersions(spaceId, [
      { postId, version: { ...planned.leaving, at: new Date().toISOString(), threadId } },
    ]);
  const written = await core.thread(spaceId, threadId, (doc) => {
    // One action at a time per space: nothing else wrote here since the read; the access is asked again.
    const found = look(doc, postId, check);
    if (isRefusal(found)) return found;
    const again = next(found);
    if (again) doc.getMap(THREAD_TYPES.posts).set(postId, again.post);
    return found;
  });
  if (isRefusal(written)) return { result: written, found: null, changed: false };
  return { result: done(answer), found: written, changed: true };
}

export async function editPost(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  postId: string,
  request: z.output<typeof EditPostRequest>,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const check: Check = ({ post }) => {
      if (post.authorId !== user.id) return refuse('forbidden', 'Only its author can edit a post.');
      if (post.deleted) return refuse('conflict', 'This post was deleted.');
      if (post.hidden) return refuse('conflict', 'A moderator hid this post; it cannot be edited.');
      return null;
    };
    const { result } = await change(core, user, spaceId, threadId, postId, 'post', check, ({ post }) =>
      same(post.body, request.body)
        ? null
        : {
            post: { ...post, body: request.body, editedAt: new Date().toISOString() },
            leaving: post.body ? { body: post.body, why: 'edited' } : null,
          },
    );
    return result;
  });
}

export async function deletePost(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  postId: string,
  reason: string | null,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const check: Check = ({ post }) =>
      post.authorId === user.id || core.mayModerate(user, spaceId)
        ? null
        : refuse('forbidden', 'Only its author, or the space’s moderators and admins, can delete a post.');
    const { result, found, changed } = await change(core, user, spaceId, threadId, postId, 'post', check, ({ post }) =>
      post.deleted
        ? null
        : {
            post: { ...post, body: null, deleted: true },
            leaving: post.body ? { body: post.body, why: 'deleted' } : null,
          },
    );
    if (!changed || !found) return result;
    if (found.post.authorId !== user.id)
      await core.logModeration(spaceId, user.id, keyOrNew(key), {
        action: 'delete-post',
        threadId,
        postId,
        categoryId: found.details.categoryId,
        fromCategoryId: null,
        title: found.details.title,
        reason,
      });
    await core.convergeFrom(spaceId, threadId);
    return result;
  });
}

export async function react(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  postId: string,
  request: z.output<typeof ReactRequest>,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'post', key, async () => {
    const check: Check = ({ post }) =>
      post.deleted || post.hidden
        ? refuse('conflict', 'This post was deleted or hidden; it takes no reactions.')
        : null;
    const { result } = await change(core, user, spaceId, threadId, postId, 'post', check, ({ post }) => {
      const people = post.reactions[request.reaction] ?? [];
      if (people.includes(user.id) === request.on) return null;
      const next = request.on ? [...people, user.id] : people.filter((id) => id !== user.id);
      const reactions = { ...post.reactions, [request.reaction]: next };
      if (next.length === 0) delete reactions[request.reaction];
      return { post: { ...post, reactions }, leaving: null };
    });
    return result;
  });
}

export async function hidePost(
  core: ForumCore,
  user: StoredUser,
  spaceId: string,
  threadId: string,
  postId: string,
  request: z.output<typeof HidePostRequest>,
  key: string | null,
): Promise<ForumResult> {
  return core.run(user, spaceId, 'moderate', key, async () => {
    let restored: PostBody | null = null;
    const check: Check = ({ post }) => {
      if (post.deleted) return refuse('conflict', 'This post was deleted.');
      if (!request.hidden && post.hidden && restored === null)
        return refuse('conflict', 'The hidden text of this post was not found; it stays hidden.');
      return null;
    };
    if (!request.hidden) {
      // The body it had is the last one kept as hidden.
      restored = await core.write(moderationRoom(spaceId), (doc) => {
        const stored = doc.getMap<unknown>(MODERATION_TYPES.versions).get(postId);
        const versions = Array.isArray(stored) ? (stored as PostVersion[]) : [];
        return versions.filter((v) => v.why === 'hidden' && v.threadId === threadId).at(-1)?.body ?? null;
      });
    }
    const at = new Date().toISOString();
    const { result, found, changed } = await change(
      core,
      user,
      spaceId,
      threadId,
      postId,
      'moderate',
      check,
      ({ post }) => {
        if (request.hidden) {
          if (post.hidden) return null;
          return {
            post: { ...post, body: null, hidden: { reason: request.reason, by: user.id, at } },
            leaving: post.body ? { body: post.body, why: 'hidden' } : null,
          };
        }
        if (!post.hidden) return null;
        return { post: { ...post, body: restored, hidden: null }, leaving: null };
      },
    );
    if (!changed || !found) return result;
    await core.logModeration(spaceId, user.id, keyOrNew(key), {
      action: request.hidden ? 'hide-post' : 'unhide-post',
      threadId,
      postId,
      categoryId: found.details.categoryId,
      fromCategoryId: null,
      title: found.details.title,
      reason: request.hidden ? request.reason : null,
    });
    if (request.hidden)
      core.tell(() =>
        core.events.emitHidden({
          spaceId,
          threadId,
          threadTitle: found.details.title,
          postId,
          authorId: found.post.authorId,
          reason: request.reason,
          by: user.id,
          at,
        }),
      );
    return result;
  });
}
