import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiRoutes, LoginRequest, ProfileUpdate, type ApiError } from '../../shared/api/schemas';
import { publicUser } from '../accounts/accounts';
import type { Directory } from '../accounts/directory';
import { peopleSeenBy } from '../spaces/people';
import { StorageUnavailable } from '../storage/storage-errors';
import type { AllowancesByKey } from '../sync/allowances-by-key';
import type { Rooms } from '../sync/rooms';
import type { ForumService } from '../forum/forum-service';
import type { CommentService } from '../comments/comment-service';
import { commentRoutes, isCommentPath } from './comment-routes';
import { documentLibraryRoutes } from './document-library-routes';
import { documentRoutes } from './document-routes';
import { historyRoutes } from './history-routes';
import type { HistoryService } from '../history/history-service';
import { documentImportRoutes, importBodyReader, isDocumentImportPath } from './document-import-routes';
import { forumPersonRoutes } from './forum-person-routes';
import { forumRoutes, isForumPath } from './forum-routes';
import { inviteRoutes, publicInviteRoutes } from './invite-routes';
import { idempotentChanges } from './idempotency';
import { imageRoutes, isImageUpload } from './image-routes';
import type { ImageStore } from '../storage/image-store';
import { linkPages } from './link-pages';
import { bearer, clientAddress, fail, type Env } from './respond';
import { spaceRoutes } from './space-routes';
import { jsonBody, unreadableBody } from './validate';
import { readWholeBody } from './whole-body';

export type ApiDeps = {
  directory: Directory;
  rooms: Rooms;
  /** Sign-in and sign-up tries, by address and by account. */
  signInAllowances: AllowancesByKey;
  sessionTtlMs: number;
  version: string;
  /** Called after anything that may change who can open which room: open sockets are checked again. */
  accessChanged: () => void;
  /** The forum's core (server/forum/forum-service.ts). */
  forum: ForumService;
  /** Documents' versions (server/history/). */
  history: HistoryService;
  /** Comments on documents (server/comments/comment-service.ts). */
  comments: CommentService;
  /** Images in documents, per space (image-routes.ts); without it, no image routes. */
  images?: ImageStore;
};

/** The HTTP API; routes and bodies are those of shared/api. Every route checks the role, not just the login. */
export function createApi(deps: ApiDeps): Hono<Env> {
  const { accounts } = deps.directory;
  const app = new Hono<Env>();

  // Image uploads are binary and up to 10 MiB: their route reads its own body (image-routes.ts). One refused
  // before its body was read leaves it unread: that connection closes rather than carry a next request.
  // An import's body is larger; it is read once the person has signed in (document-import-routes.ts).
  app.use('*', async (c, next) => {
    if (isDocumentImportPath(c.req.path)) return next();
    if (!isImageUpload(c)) return readWholeBody(c, next);
    await next();
    if (c.res.status >= 400) c.header('Connection', 'close');
  });
  // A URL parser resolves "." and ".." before any route sees the path; such a request is refused whole instead.
  app.use('*', async (c, next) => {
    const target = (c.env?.incoming?.url ?? '').split('?')[0]!;
    if (target.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment)))
      return fail(c, 'invalid_request', 'A path may not contain "." or ".." segments.');
    await next();
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get(ApiRoutes.health, (c) =>
    c.json({ ok: true as const, service: 'branchline' as const, version: deps.version }),
  );

  app.post(ApiRoutes.session, jsonBody(LoginRequest), async (c) => {
    const body = c.req.valid('json');
    // The address first: a script cycling through made-up emails spends its own address's tries.
    if (
      !deps.signInAllowances.take(`address:${clientAddress(c)}`) ||
      !deps.signInAllowances.take(`email:${body.email}`)
    ) {
      return fail(c, 'rate_limited', 'Too many sign-in attempts. Wait a minute and try again.');
    }
    const user = await accounts.verifyLogin(body.email, body.password);
    if (!user) return fail(c, 'invalid_credentials', 'That email and password do not match.');
    const session = await accounts.createSession(user.id, deps.sessionTtlMs);
    return c.json({
      ...session,
      user: publicUser(user),
      organisation: accounts.organisation,
      serverAdmin: user.serverAdmin,
    });
  });

  // An invite's code is its own credential: reading one and signing up with one need no session.
  app.route('/', publicInviteRoutes(deps));
  app.route('/', linkPages());

  // Everything below needs a signed-in person.
  app.use('/api/*', async (c, next) => {
    const token = bearer(c);
    const user = token ? accounts.userForToken(token) : null;
    if (!user) return fail(c, 'unauthorized', 'Sign in first: the session is missing or has expired.');
    c.set('user', user);
    c.set('token', token);
    await next();
  });
  app.use('/api/spaces/:spaceId/documents/import', importBodyReader);
  // One's own forum state sets states (nothing to make twice), kept in rooms: no receipt in accounts.json for it.
  app.route('/', forumPersonRoutes(deps));
  // The forum keeps its receipts inside its rooms, never in accounts.json (forum-routes.ts).
  const receipts = idempotentChanges(deps.directory.file, deps.directory.receipts);
  // Comments too keep their receipts inside what they made (comment-routes.ts).
  // Images are named by their hash: sent twice, they are stored once, with no receipt to keep.
  app.use('/api/*', (c, next) =>
    isForumPath(c.req.path) || isCommentPath(c.req.path) || isImageUpload(c) ? next() : receipts(c, next),
  );

  app.delete(ApiRoutes.session, async (c) => {
    await accounts.endSession(c.get('token'));
    deps.accessChanged();
    return c.body(null, 204);
  });

  const me = (c: { get(key: 'user'): Env['Variables']['user'] }) => {
    const user = c.get('user');
    return { user: publicUser(user), organisation: accounts.organisation, serverAdmin: user.serverAdmin };
  };
  app.get(ApiRoutes.me, (c) => c.json(me(c)));
  app.patch(ApiRoutes.me, jsonBody(ProfileUpdate), async (c) => {
    const user = await accounts.updateProfile(c.get('user').id, c.req.valid('json'));
    if (!user) return fail(c, 'unauthorized', 'Sign in first: the session is missing or has expired.');
    c.set('user', user);
    return c.json(me(c));
  });

  app.get(ApiRoutes.people, (c) => c.json({ people: peopleSeenBy(c.get('user'), deps.directory.file.data) }));

  app.route('/', spaceRoutes(deps));
  app.route('/', documentRoutes(deps));
  app.route('/', historyRoutes(deps));
  app.route('/', documentImportRoutes(deps));
  app.route('/', documentLibraryRoutes(deps));
  app.route('/', inviteRoutes(deps));
  app.route('/', forumRoutes(deps));
  app.route('/', commentRoutes(deps));
  if (deps.images) app.route('/', imageRoutes({ ...deps, images: deps.images }));

  app.notFound((c) => fail(c, 'not_found', 'No such route.'));
  app.onError((error, c) => {
    // Thrown by @hono/zod-validator's JSON parsing, before its hook can answer (validate.ts).
    if (error instanceof HTTPException && error.status === 400) return unreadableBody(c);
    if (error instanceof StorageUnavailable) {
      // Already logged where it happened; the person is told plainly, and nothing was changed.
      return c.json(
        {
          error: 'internal',
          message: `The server cannot save changes right now (${error.reason}). Nothing was changed; try again later.`,
        } satisfies ApiError,
        503,
      );
    }
    console.error(`API error on ${c.req.method} ${c.req.path}: ${error.message}`);
    return fail(c, 'internal', 'The server could not complete the request.');
  });
  return app;
}
