import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HttpBindings } from '@hono/node-server';
import type { z } from 'zod';
import {
  ApiRoutes, CreateDocumentRequest, LoginRequest, RenameDocumentRequest,
  type ApiError, type ErrorCode,
} from '../../shared/api/schemas';
import { DocumentId } from '../../shared/ids';
import { MAX_HTTP_BODY_BYTES } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { publicUser, type Accounts } from '../accounts/accounts';
import type { RateLimiter } from '../accounts/rate-limit';
import type { StoredUser } from '../accounts/schema';
import { documentContentUpdate } from '../content/initial-content';
import type { Rooms } from '../sync/rooms';

export type ApiDeps = {
  accounts: Accounts;
  rooms: Rooms;
  loginLimiter: RateLimiter;
  sessionTtlMs: number;
  version: string;
};

type Env = { Bindings: HttpBindings; Variables: { user: StoredUser; token: string } };

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 502> = {
  invalid_credentials: 401,
  unauthorized: 401,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  invalid_request: 400,
  payload_too_large: 413,
  conflict: 409,
  internal: 500,
  unreachable: 502,
};

const fail = (c: Context, error: ErrorCode, message: string) => c.json({ error, message } satisfies ApiError, STATUS[error]);

async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T> | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return fail(c, 'invalid_request', 'The request body is not JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail(c, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

function bearer(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/** The HTTP API; routes and bodies are those of shared/api/schemas.ts. */
export function createApi(deps: ApiDeps): Hono<Env> {
  const { accounts, rooms } = deps;
  const app = new Hono<Env>();

  app.use('*', bodyLimit({ maxSize: MAX_HTTP_BODY_BYTES, onError: (c) => fail(c, 'payload_too_large', `Request bodies are limited to ${MAX_HTTP_BODY_BYTES} bytes.`) }));
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get(ApiRoutes.health, (c) => c.json({ ok: true as const, service: 'branchline' as const, version: deps.version }));

  app.post(ApiRoutes.session, async (c) => {
    const body = await readBody(c, LoginRequest);
    if (body instanceof Response) return body;
    const address = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
    if (!deps.loginLimiter.take(`email:${body.email}`) || !deps.loginLimiter.take(`address:${address}`)) {
      return fail(c, 'rate_limited', 'Too many sign-in attempts. Wait a minute and try again.');
    }
    const user = await accounts.verifyLogin(body.email, body.password);
    if (!user) return fail(c, 'invalid_credentials', 'That email and password do not match.');
    const session = await accounts.createSession(user.id, deps.sessionTtlMs);
    return c.json({ ...session, user: publicUser(user), organisation: accounts.organisation });
  });

  // Everything below needs a signed-in person.
  app.use('/api/*', async (c, next) => {
    const token = bearer(c);
    const user = token ? accounts.userForToken(token) : null;
    if (!user) return fail(c, 'unauthorized', 'Sign in first: the session is missing or has expired.');
    c.set('user', user);
    c.set('token', token);
    await next();
  });

  app.delete(ApiRoutes.session, async (c) => {
    await accounts.endSession(c.get('token'));
    return c.body(null, 204);
  });

  app.get(ApiRoutes.me, (c) => c.json({ user: publicUser(c.get('user')), organisation: accounts.organisation }));

  app.get(ApiRoutes.documents, (c) => c.json({ documents: accounts.listDocuments() }));

  app.post(ApiRoutes.documents, async (c) => {
    const body = await readBody(c, CreateDocumentRequest);
    if (body instanceof Response) return body;
    const document = await accounts.addDocument(body.title, c.get('user').id);
    await rooms.create(documentRoom(document.id), documentContentUpdate([]));
    return c.json({ document }, 201);
  });

  app.patch(`${ApiRoutes.documents}/:id`, async (c) => {
    const id = DocumentId.safeParse(c.req.param('id'));
    if (!id.success) return fail(c, 'not_found', 'No such document.');
    const body = await readBody(c, RenameDocumentRequest);
    if (body instanceof Response) return body;
    const document = await accounts.renameDocument(id.data, body.title);
    if (!document) return fail(c, 'not_found', 'No such document.');
    return c.json({ document });
  });

  app.notFound((c) => fail(c, 'not_found', 'No such route.'));
  app.onError((error, c) => {
    console.error(`API error on ${c.req.method} ${c.req.path}: ${error.message}`);
    return fail(c, 'internal', 'The server could not complete the request.');
  });
  return app;
}
