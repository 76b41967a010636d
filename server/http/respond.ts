import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { z } from 'zod';
import type { ApiError, ErrorCode } from '../../shared/api/schemas';
import type { StoredUser } from '../accounts/schema';

/** Shared by every route file: the request environment, refusals, and body validation. */
export type Env = { Bindings: HttpBindings; Variables: { user: StoredUser; token: string } };

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 410 | 413 | 429 | 500 | 502> = {
  invalid_credentials: 401,
  unauthorized: 401,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  invalid_request: 400,
  payload_too_large: 413,
  conflict: 409,
  request_in_progress: 409,
  already_done: 409,
  gone: 410,
  internal: 500,
  unreachable: 502,
};

export const fail = (c: Context, error: ErrorCode, message: string) =>
  c.json({ error, message } satisfies ApiError, STATUS[error]);

/**
 * Reads and validates a JSON body. Only `application/json` is read: a form or text post is
 * refused, which also keeps other sites' plain form posts out.
 */
export async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T> | Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    return fail(c, 'invalid_request', 'Send the request body as JSON, with Content-Type: application/json.');
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return fail(c, 'invalid_request', 'The request body is not JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return fail(
      c,
      'invalid_request',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

/** A path parameter that must match an id schema; anything else is a 404, never a lookup. */
export function param<T extends z.ZodType>(c: Context, name: string, schema: T): z.output<T> | null {
  const parsed = schema.safeParse(c.req.param(name));
  return parsed.success ? parsed.data : null;
}

export function bearer(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

export function clientAddress(c: Context<Env>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
