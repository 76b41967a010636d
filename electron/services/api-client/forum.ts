import {
  ForumChangeAnswer,
  type CreateCategoryRequest,
  type CreateThreadRequest,
  type HidePostRequest,
  type ModerateThreadRequest,
  type ReplyRequest,
  type UpdateCategoryRequest,
} from '../../../shared/api/forum';
import { ApiRoutes } from '../../../shared/api/schemas';
import type { Reaction, WatchLevel } from '../../../shared/forum/forum-rooms';
import type { PostBody } from '../../../shared/forum/post-body';
import type { ApiRequest } from './request';

/**
 * The forum's changes (shared/api/forum.ts). Each change is sent with `changeKey` (the outbox
 * entry's id) as its Idempotency-Key and answered with where it is (`ForumChangeAnswer`);
 * read positions, watching and notifications are states set at once, answered with nothing
 * the device keeps (their result lives in the person's room).
 */
export function forumApi(request: ApiRequest) {
  const change = (method: string, route: string, token: string, body: unknown, changeKey?: string) =>
    request.json(method, route, ForumChangeAnswer, { token, body, changeKey });
  return {
    createCategory: (token: string, spaceId: string, category: CreateCategoryRequest, changeKey?: string) =>
      change('POST', ApiRoutes.forumCategories(spaceId), token, category, changeKey),
    updateCategory: (
      token: string,
      spaceId: string,
      categoryId: string,
      changes: UpdateCategoryRequest,
      changeKey?: string,
    ) => change('PATCH', ApiRoutes.forumCategory(spaceId, categoryId), token, changes, changeKey),
    deleteCategory: (token: string, spaceId: string, categoryId: string, changeKey?: string) =>
      change('DELETE', ApiRoutes.forumCategory(spaceId, categoryId), token, undefined, changeKey),
    createThread: (token: string, spaceId: string, thread: CreateThreadRequest, changeKey?: string) =>
      change('POST', ApiRoutes.forumThreads(spaceId), token, thread, changeKey),
    /** Pin, lock, move or retitle (moderators). */
    moderateThread: (
      token: string,
      spaceId: string,
      threadId: string,
      changes: ModerateThreadRequest,
      changeKey?: string,
    ) => change('PATCH', ApiRoutes.forumThread(spaceId, threadId), token, changes, changeKey),
    deleteThread: (token: string, spaceId: string, threadId: string, reason: string | null, changeKey?: string) =>
      change('DELETE', ApiRoutes.forumThread(spaceId, threadId), token, { reason }, changeKey),
    reply: (token: string, spaceId: string, threadId: string, reply: ReplyRequest, changeKey?: string) =>
      change('POST', ApiRoutes.forumPosts(spaceId, threadId), token, reply, changeKey),
    editPost: (token: string, spaceId: string, threadId: string, postId: string, body: PostBody, changeKey?: string) =>
      change('PATCH', ApiRoutes.forumPost(spaceId, threadId, postId), token, { body }, changeKey),
    deletePost: (
      token: string,
      spaceId: string,
      threadId: string,
      postId: string,
      reason: string | null,
      changeKey?: string,
    ) => change('DELETE', ApiRoutes.forumPost(spaceId, threadId, postId), token, { reason }, changeKey),
    hidePost: (
      token: string,
      spaceId: string,
      threadId: string,
      postId: string,
      hide: HidePostRequest,
      changeKey?: string,
    ) => change('PUT', ApiRoutes.forumPostHidden(spaceId, threadId, postId), token, hide, changeKey),
    react: (
      token: string,
      spaceId: string,
      threadId: string,
      postId: string,
      reaction: { reaction: Reaction; on: boolean },
      changeKey?: string,
    ) => change('PUT', ApiRoutes.forumPostReactions(spaceId, threadId, postId), token, reaction, changeKey),
    markThreadRead: (token: string, spaceId: string, threadId: string, seq: number) =>
      request.empty('PUT', ApiRoutes.forumThreadRead(spaceId, threadId), { token, body: { seq } }),
    markAllRead: (token: string, spaceId: string) =>
      request.empty('POST', ApiRoutes.forumReadAll(spaceId), { token, body: {} }),
    watchThread: (token: string, spaceId: string, threadId: string, level: WatchLevel) =>
      request.empty('PUT', ApiRoutes.forumThreadWatch(spaceId, threadId), { token, body: { level } }),
    watchCategory: (token: string, spaceId: string, categoryId: string, level: WatchLevel) =>
      request.empty('PUT', ApiRoutes.forumCategoryWatch(spaceId, categoryId), { token, body: { level } }),
    notificationsRead: (token: string, read: { ids: string[] } | { all: true }) =>
      request.empty('POST', ApiRoutes.forumNotificationsRead, { token, body: read }),
  };
}
