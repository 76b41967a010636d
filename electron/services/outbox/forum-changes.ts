import type { ForumChangeAnswer } from '../../../shared/api/forum';
import type { ForumChangeKind, ForumOutboxChange } from '../../../shared/ipc/forum-changes';
import type { Result } from '../../../shared/ipc/contract';
import type { Session } from '../handlers/session';
import type { ChangeKind } from './change-kind';

type ForumChange<K extends ForumChangeKind> = Extract<ForumOutboxChange, { kind: K }>;

/**
 * Where a forum change is, known from the change alone: the ids of what it makes are chosen
 * on this device, so after `already_done` (made before, its answer lost) the answer is this.
 */
export function answerOf(change: ForumOutboxChange): ForumChangeAnswer {
  const at = { spaceId: change.spaceId, categoryId: null, threadId: null, postId: null };
  switch (change.kind) {
    case 'forum-create-category':
      return { ...at, categoryId: change.request.categoryId };
    case 'forum-update-category':
    case 'forum-delete-category':
      return { ...at, categoryId: change.categoryId };
    case 'forum-create-thread':
      return {
        ...at,
        categoryId: change.request.categoryId,
        threadId: change.request.threadId,
        postId: change.request.postId,
      };
    case 'forum-moderate-thread':
      return { ...at, categoryId: change.changes.categoryId ?? null, threadId: change.threadId };
    case 'forum-delete-thread':
      return { ...at, threadId: change.threadId };
    case 'forum-reply':
      return { ...at, threadId: change.threadId, postId: change.request.postId };
    case 'forum-edit-post':
    case 'forum-delete-post':
    case 'forum-hide-post':
    case 'forum-react':
      return { ...at, threadId: change.threadId, postId: change.postId };
  }
}

/**
 * One forum kind: sent as its request with the entry's key. Nothing is kept on the device from
 * the answer: the server writes the result into the forum's rooms, which the device syncs and
 * stores like any room. Nothing is shown on the device beforehand either: the thread shows the
 * outbox's waiting entries itself, and a refused one stays there (with its reason) to be edited,
 * retried or discarded.
 */
function forumKind<K extends ForumChangeKind>(
  send: (session: Session, change: ForumChange<K>, key: string) => Promise<Result<ForumChangeAnswer>>,
): ChangeKind<ForumChange<K>, ForumChangeAnswer, ForumChangeAnswer> {
  return {
    send,
    keep: async (_context, _serverId, answer) => answer,
    recover: async (_context, _serverId, change) => answerOf(change),
  };
}

export const forumChangeKinds = {
  'forum-create-category': forumKind<'forum-create-category'>(({ api, token }, change, key) =>
    api.createCategory(token, change.spaceId, change.request, key),
  ),
  'forum-update-category': forumKind<'forum-update-category'>(({ api, token }, change, key) =>
    api.updateCategory(token, change.spaceId, change.categoryId, change.changes, key),
  ),
  'forum-delete-category': forumKind<'forum-delete-category'>(({ api, token }, change, key) =>
    api.deleteCategory(token, change.spaceId, change.categoryId, key),
  ),
  'forum-create-thread': forumKind<'forum-create-thread'>(({ api, token }, change, key) =>
    api.createThread(token, change.spaceId, change.request, key),
  ),
  'forum-moderate-thread': forumKind<'forum-moderate-thread'>(({ api, token }, change, key) =>
    api.moderateThread(token, change.spaceId, change.threadId, change.changes, key),
  ),
  'forum-delete-thread': forumKind<'forum-delete-thread'>(({ api, token }, change, key) =>
    api.deleteThread(token, change.spaceId, change.threadId, change.reason, key),
  ),
  'forum-reply': forumKind<'forum-reply'>(({ api, token }, change, key) =>
    api.reply(token, change.spaceId, change.threadId, change.request, key),
  ),
  'forum-edit-post': forumKind<'forum-edit-post'>(({ api, token }, change, key) =>
    api.editPost(token, change.spaceId, change.threadId, change.postId, change.body, key),
  ),
  'forum-delete-post': forumKind<'forum-delete-post'>(({ api, token }, change, key) =>
    api.deletePost(token, change.spaceId, change.threadId, change.postId, change.reason, key),
  ),
  'forum-hide-post': forumKind<'forum-hide-post'>(({ api, token }, change, key) =>
    api.hidePost(token, change.spaceId, change.threadId, change.postId, change.request, key),
  ),
  'forum-react': forumKind<'forum-react'>(({ api, token }, change, key) =>
    api.react(token, change.spaceId, change.threadId, change.postId, { reaction: change.reaction, on: change.on }, key),
  ),
};
