import {
  CommentChangeAnswer,
  type CommentReplyRequest,
  type CreateCommentThreadRequest,
} from '../../../shared/api/comments';
import { ApiRoutes } from '../../../shared/api/routes';
import type { PostBody } from '../../../shared/forum/post-body';
import type { ApiRequest } from './request';

/** Comments on documents (shared/api/comments.ts), each sent with `changeKey` (its outbox entry's id) as its Idempotency-Key. */
export function commentsApi(request: ApiRequest) {
  const change = (method: string, route: string, token: string, body: unknown, changeKey?: string) =>
    request.json(method, route, CommentChangeAnswer, { token, body, changeKey });
  return {
    createCommentThread: (token: string, documentId: string, thread: CreateCommentThreadRequest, changeKey?: string) =>
      change('POST', ApiRoutes.commentThreads(documentId), token, thread, changeKey),
    replyToComment: (
      token: string,
      documentId: string,
      threadId: string,
      reply: CommentReplyRequest,
      changeKey?: string,
    ) => change('POST', ApiRoutes.commentThread(documentId, threadId), token, reply, changeKey),
    editComment: (
      token: string,
      documentId: string,
      threadId: string,
      commentId: string,
      body: PostBody,
      changeKey?: string,
    ) => change('PATCH', ApiRoutes.comment(documentId, threadId, commentId), token, { body }, changeKey),
    deleteComment: (token: string, documentId: string, threadId: string, commentId: string, changeKey?: string) =>
      change('DELETE', ApiRoutes.comment(documentId, threadId, commentId), token, undefined, changeKey),
    resolveCommentThread: (
      token: string,
      documentId: string,
      threadId: string,
      resolved: boolean,
      changeKey?: string,
    ) => change('PUT', ApiRoutes.commentResolved(documentId, threadId), token, { resolved }, changeKey),
  };
}
