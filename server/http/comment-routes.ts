import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  CommentReplyRequest,
  CreateCommentThreadRequest,
  EditCommentRequest,
  ResolveThreadRequest,
} from '../../shared/api/comments';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { CommentId, CommentThreadId } from '../../shared/comments/comment-rooms';
import { POST_LIMITS } from '../../shared/forum/post-body';
import { ChangeKey, DocumentId } from '../../shared/ids';
import type { CommentResult, CommentService } from '../comments/comment-service';
import type { ApiDeps } from './api';
import { documentAccess } from './guard';
import { REPLAYED_HEADER } from './idempotency';
import { fail, type Env } from './respond';
import { jsonBody, pathParams } from './validate';
import type { MiddlewareHandler } from 'hono';

/**
 * Comments on documents (shared/api/comments.ts). Each route refuses someone who cannot read the
 * document before it reads the body; the CommentService then asks for 'comment' (writers, and
 * observers where the space allows it) before it reads anything, and again inside the room write
 * that acts. Receipts are kept inside what was made, never in accounts.json (api.ts lets these
 * paths past the accounts receipts).
 */

export const isCommentPath = (path: string) => /^\/api\/documents\/[^/]+\/comments(\/|$)/.test(path);

const documentParam = pathParams({ documentId: DocumentId });
const threadParams = pathParams({ documentId: DocumentId, threadId: CommentThreadId });
const commentParams = pathParams({ documentId: DocumentId, threadId: CommentThreadId, commentId: CommentId });

/** A body over a comment's limit is refused before it is parsed (readWholeBody has bounded it already). */
const withinLimit: MiddlewareHandler<Env> = async (c, next) => {
  const text = await c.req.text().catch(() => '');
  if (text.length > POST_LIMITS.maxJsonChars)
    return fail(c, 'payload_too_large', `A comment may be at most ${POST_LIMITS.maxJsonChars} characters of JSON.`);
  await next();
};

function keyOf(c: Context): string | null | Response {
  const header = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (header === undefined) return null;
  const key = ChangeKey.safeParse(header);
  return key.success
    ? key.data
    : fail(c, 'invalid_request', `${IDEMPOTENCY_KEY_HEADER} must be 16 to 64 letters, digits, "-" or "_".`);
}

function answer(c: Context, result: CommentResult): Response {
  if (!result.ok) return fail(c, result.error, result.message);
  if (result.replayed) c.header(REPLAYED_HEADER, 'true');
  return c.json(result.answer, result.status);
}

export function commentRoutes(deps: ApiDeps & { comments: CommentService }): Hono<Env> {
  const { directory, comments } = deps;
  const app = new Hono<Env>();
  const reader = documentAccess(directory, 'read');
  const base = '/api/documents/:documentId/comments';

  app.post(base, documentParam, reader, withinLimit, jsonBody(CreateCommentThreadRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return answer(c, await comments.createThread(allowed.user, allowed.document.id, c.req.valid('json'), key));
  });

  app.post(`${base}/:threadId`, threadParams, reader, withinLimit, jsonBody(CommentReplyRequest), async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId } = c.req.valid('param');
    return answer(c, await comments.reply(allowed.user, allowed.document.id, threadId, c.req.valid('json'), key));
  });

  app.put(
    `${base}/:threadId/resolved`,
    threadParams,
    reader,
    withinLimit,
    jsonBody(ResolveThreadRequest),
    async (c) => {
      const key = keyOf(c);
      if (key instanceof Response) return key;
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { threadId } = c.req.valid('param');
      return answer(c, await comments.resolve(allowed.user, allowed.document.id, threadId, c.req.valid('json'), key));
    },
  );

  app.patch(
    `${base}/:threadId/:commentId`,
    commentParams,
    reader,
    withinLimit,
    jsonBody(EditCommentRequest),
    async (c) => {
      const key = keyOf(c);
      if (key instanceof Response) return key;
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { threadId, commentId } = c.req.valid('param');
      return answer(
        c,
        await comments.editComment(allowed.user, allowed.document.id, threadId, commentId, c.req.valid('json'), key),
      );
    },
  );

  app.delete(`${base}/:threadId/:commentId`, commentParams, reader, async (c) => {
    const key = keyOf(c);
    if (key instanceof Response) return key;
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { threadId, commentId } = c.req.valid('param');
    return answer(c, await comments.deleteComment(allowed.user, allowed.document.id, threadId, commentId, key));
  });

  return app;
}
