import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import {
  CreateCategoryRequest,
  CreateThreadRequest,
  DeleteRequest,
  EditPostRequest,
  HidePostRequest,
  ModerateThreadRequest,
  ReactRequest,
  ReplyRequest,
  UpdateCategoryRequest,
} from '../../shared/api/forum';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { POST_LIMITS } from '../../shared/forum/post-body';
import { CategoryId, ChangeKey, PostId, SpaceId, ThreadId } from '../../shared/ids';
import type { ForumResult } from '../forum/forum-result';
import type { ForumService } from '../forum/forum-service';
import type { ApiDeps } from './api';
import { spaceAccess } from './guard';
import { REPLAYED_HEADER } from './idempotency';
import { fail, type Env } from './respond';
import { jsonBody, pathParams } from './validate';

/**
 * The forum's changes (shared/api/forum.ts): each refuses someone without the role before it
 * reads the body, hands the validated request to the ForumService (which asks the role again
 * inside the room write that acts), and answers its ForumResult. These routes keep nothing in
 * accounts.json: a creation's receipt is inside what it made (api.ts lets them past the
 * accounts receipts).
 */

/** Paths the accounts.json receipts leave alone: the forum keeps its receipts in its rooms. */
export const isForumPath = (path: string) => /^\/api\/(spaces\/[^/]+\/)?forum(\/|$)/.test(path);

const spaceParam = pathParams({ spaceId: SpaceId });
const categoryParams = pathParams({ spaceId: SpaceId, categoryId: CategoryId });
const threadParams = pathParams({ spaceId: SpaceId, threadId: ThreadId });
const postParams = pathParams({ spaceId: SpaceId, threadId: ThreadId, postId: PostId });

/** A body over a post's limit is refused before it is parsed (readWholeBody has bounded it already). */
const withinLimit: MiddlewareHandler<Env> = async (c, next) => {
  const text = await c.req.text().catch(() => '');
  if (text.length > POST_LIMITS.maxJsonChars)
    return fail(c, 'payload_too_large', `A forum request may be at most ${POST_LIMITS.maxJsonChars} characters.`);
  await next();
};

/** The request's Idempotency-Key, null when none was sent, or the refusal of a malformed one. */
function keyOf(c: Context): string | null | Response {
  const header = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (header === undefined) return null;
  const key = ChangeKey.safeParse(header);
  return key.success
    ? key.data
    : fail(c, 'invalid_request', `${IDEMPOTENCY_KEY_HEADER} must be 16 to 64 letters, digits, "-" or "_".`);
}

function answer(c: Context, result: ForumResult): Response {
  if (!result.ok) return fail(c, result.error, result.message);
  if (result.replayed) c.header(REPLAYED_HEADER, 'true');
  return c.json(result.answer, result.status);
}

/** A deletion's body is optional (a reason); none at all is no reason. */
const deletion: MiddlewareHandler<Env & { Variables: { reason: string | null } }> = async (c, next) => {
  const text = await c.req.text().catch(() => '');
  let reason: string | null = null;
  if (text.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(c, 'invalid_request', 'The request body is not JSON.');
    }
    const read = DeleteRequest.safeParse(parsed);
    if (!read.success) return fail(c, 'invalid_request', 'reason: a reason is at most 500 characters, or null.');
    reason = read.data.reason || null;
  }
  c.set('reason', reason);
  await next();
};

export function forumRoutes(deps: ApiDeps & { forum: ForumService }): Hono<Env> {
  const { directory, forum } = deps;
  const app = new Hono<Env>();
  const post = spaceAccess(directory, 'post');
  const moderate = spaceAccess(directory, 'moderate');
  const base = '/api/spaces/:spaceId/forum';

  app.post(`${base}/categories`, spaceParam, moderate, withinLimit, jsonBody(CreateCategoryRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return answer(c, await forum.createCategory(allowed.user, allowed.space.id, c.req.valid('json'), key));
  });

  app.patch(
    `${base}/categories/:categoryId`,
    categoryParams,
    moderate,
    withinLimit,
    jsonBody(UpdateCategoryRequest),
    async (c) => {
      const key = keyOf(c);
      if (key instanceof Response) return key;
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { categoryId } = c.req.valid('param');
      return answer(
        c,
        await forum.updateCategory(allowed.user, allowed.space.id, categoryId, c.req.valid('json'), key),
      );
    },
  );

  app.delete(`${base}/categories/:categoryId`, categoryParams, moderate, withinLimit, async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return answer(c, await forum.deleteCategory(allowed.user, allowed.space.id, c.req.valid('param').categoryId, key));
  });

  app.post(`${base}/threads`, spaceParam, post, withinLimit, jsonBody(CreateThreadRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return answer(c, await forum.createThread(allowed.user, allowed.space.id, c.req.valid('json'), key));
  });

  app.patch(
    `${base}/threads/:threadId`,
    threadParams,
    moderate,
    withinLimit,
    jsonBody(ModerateThreadRequest),
    async (c) => {
      const key = keyOf(c);
      if (key instanceof Response) return key;
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { threadId } = c.req.valid('param');
      return answer(c, await forum.moderateThread(allowed.user, allowed.space.id, threadId, c.req.valid('json'), key));
    },
  );

  // Its author while nobody has replied, or a moderator: the service decides which.
  app.delete(`${base}/threads/:threadId`, threadParams, post, withinLimit, deletion, async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId } = c.req.valid('param');
    return answer(c, await forum.deleteThread(allowed.user, allowed.space.id, threadId, c.var.reason, key));
  });

  app.post(`${base}/threads/:threadId/posts`, threadParams, post, withinLimit, jsonBody(ReplyRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId } = c.req.valid('param');
    return answer(c, await forum.reply(allowed.user, allowed.space.id, threadId, c.req.valid('json'), key));
  });

  const postPath = `${base}/threads/:threadId/posts/:postId`;
  app.patch(postPath, postParams, post, withinLimit, jsonBody(EditPostRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId, postId } = c.req.valid('param');
    return answer(c, await forum.editPost(allowed.user, allowed.space.id, threadId, postId, c.req.valid('json'), key));
  });

  app.delete(postPath, postParams, post, withinLimit, deletion, async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId, postId } = c.req.valid('param');
    return answer(c, await forum.deletePost(allowed.user, allowed.space.id, threadId, postId, c.var.reason, key));
  });

  app.put(`${postPath}/hidden`, postParams, moderate, withinLimit, jsonBody(HidePostRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId, postId } = c.req.valid('param');
    return answer(c, await forum.hidePost(allowed.user, allowed.space.id, threadId, postId, c.req.valid('json'), key));
  });

  app.put(`${postPath}/reactions`, postParams, post, withinLimit, jsonBody(ReactRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId, postId } = c.req.valid('param');
    return answer(c, await forum.react(allowed.user, allowed.space.id, threadId, postId, c.req.valid('json'), key));
  });

  return app;
}
