import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { ApiError, ErrorCode } from '../../shared/api/schemas';
import type { StoredUser } from '../accounts/schema';

/** Shared by every route file: the request environment and refusals (input is validated in validate.ts). */
export type Env = { Bindings: HttpBindings; Variables: { user: StoredUser; token: string } };

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 410 | 413 | 423 | 429 | 500 | 502> = {
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
  locked: 423,
  internal: 500,
  unreachable: 502,
};

export const fail = (c: Context, error: ErrorCode, message: string) =>
  c.json({ error, message } satisfies ApiError, STATUS[error]);

export function bearer(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

export function clientAddress(c: Context<Env>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
