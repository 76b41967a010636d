import { zValidator } from '@hono/zod-validator';
import type { Context } from 'hono';
import { z } from 'zod';
import { DocumentId, InviteId, SpaceId, UserId } from '../../shared/ids';
import { InviteCode } from '../../shared/spaces/invite-link';
import { fail } from './respond';

/**
 * Every body and path id a route takes passes @hono/zod-validator with one hook, so every
 * route refuses bad input the same way:
 * - a body is read only when sent as `Content-Type: application/json` (a form or text post is
 *   refused, which also keeps other sites' plain form posts out); one that is not JSON, or
 *   breaks the schema, is `400 invalid_request` listing what is wrong;
 * - a path id that does not match its schema is `404 not_found`, and nothing is looked up.
 * A route's path ids are validated first, then its access is checked (guard.ts), and only then
 * its body: someone without access is refused before anything they sent is read.
 */

const NOT_JSON_TYPE = 'Send the request body as JSON, with Content-Type: application/json.';

/** What a path id that is not even well formed is told, by the name of the id. */
const NOT_FOUND: Record<string, string> = {
  spaceId: 'No such space.',
  documentId: 'No such document.',
  userId: 'That person is not in this space.',
  inviteId: 'No such invite.',
  code: 'There is no such invite. Check the link or code.',
  categoryId: 'No such category.',
  threadId: 'No such thread.',
  postId: 'No such post.',
};

const sentAsJson = (c: Context) =>
  (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };
type Outcome = ({ success: true } | { success: false; error: { readonly issues: readonly Issue[] } }) & {
  target: string;
};

const describeIssues = (issues: readonly Issue[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`).join('; ');

/** The one hook: the refusal for input that fails its schema, or nothing when it passes. */
function refuseInvalid(outcome: Outcome, c: Context): Response | undefined {
  if (outcome.target === 'json' && !sentAsJson(c)) return fail(c, 'invalid_request', NOT_JSON_TYPE);
  if (outcome.success) return undefined;
  if (outcome.target === 'param') {
    const name = String(outcome.error.issues[0]?.path[0] ?? '');
    return fail(c, 'not_found', NOT_FOUND[name] ?? 'No such thing.');
  }
  return fail(c, 'invalid_request', describeIssues(outcome.error.issues));
}

/**
 * The answer to a body hono's validator could not parse: it throws before any hook runs, so
 * the API's error handler asks here (also for a type like `application/vnd.x+json`, which hono
 * parses and this API does not accept).
 */
export function unreadableBody(c: Context): Response {
  return sentAsJson(c)
    ? fail(c, 'invalid_request', 'The request body is not JSON.')
    : fail(c, 'invalid_request', NOT_JSON_TYPE);
}

/** A JSON body that must match `schema`; the handler reads it with `c.req.valid('json')`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => zValidator('json', schema, refuseInvalid);

export const pathParams = <T extends z.ZodRawShape>(shape: T) => zValidator('param', z.object(shape), refuseInvalid);

/** The path ids routes take, each checked against its schema before anything is looked up. */
export const spaceIdParam = pathParams({ spaceId: SpaceId });
export const memberParams = pathParams({ spaceId: SpaceId, userId: UserId });
export const spaceInviteParams = pathParams({ spaceId: SpaceId, inviteId: InviteId });
export const documentIdParam = pathParams({ documentId: DocumentId });
export const inviteCodeParam = pathParams({ code: InviteCode });
