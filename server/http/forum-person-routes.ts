import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { NotificationsReadRequest, ReadRequest, WatchRequest } from '../../shared/api/forum';
import { CategoryId, SpaceId, ThreadId } from '../../shared/ids';
import { PersonForum, type PersonChange } from '../forum/person-forum';
import type { ApiDeps } from './api';
import { refusal, spaceAccess } from './guard';
import { fail, type Env } from './respond';
import { jsonBody, spaceIdParam } from './validate';

/** A thread's or category's path ids: one that is not even well formed is 404, and nothing is looked up. */
const forumParams = <T extends z.ZodRawShape>(shape: T, notFound: string) =>
  zValidator('param', z.object({ spaceId: SpaceId, ...shape }), (outcome, c) => {
    if (outcome.success) return undefined;
    const first = String(outcome.error.issues[0]?.path[0] ?? '');
    return fail(c, 'not_found', first === 'spaceId' ? 'No such space.' : notFound);
  });
const threadParams = forumParams({ threadId: ThreadId }, 'No such thread.');
const categoryParams = forumParams({ categoryId: CategoryId }, 'No such category.');

/**
 * One's own forum state (server/forum/person-forum.ts): read positions, mark all read, watching,
 * notifications read. Each route validates its path ids, refuses someone who may not view the
 * space before it reads anything else, then reads its body; access is asked again inside the
 * write itself. Answers 204. These set states (a position only moves forward, a level is set),
 * so sending one twice changes nothing more: they keep no receipt in accounts.json (api.ts mounts
 * them before the Idempotency-Key middleware).
 */
export function forumPersonRoutes(deps: ApiDeps): Hono<Env> {
  const { directory } = deps;
  const person = new PersonForum(deps.rooms);
  const viewer = spaceAccess(directory, 'view');
  const app = new Hono<Env>();

  /** The answer to a change: 204, or why not. */
  const answer = (c: Context, outcome: PersonChange, notFound: string) => {
    if (outcome === 'not_found') return fail(c, 'not_found', notFound);
    if (outcome === 'refused') return fail(c, 'forbidden', refusal('view'));
    return c.body(null, 204);
  };

  app.put(
    '/api/spaces/:spaceId/forum/threads/:threadId/read',
    threadParams,
    viewer,
    jsonBody(ReadRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { spaceId, threadId } = c.req.valid('param');
      const { seq } = c.req.valid('json');
      const stillAllowed = () => !(c.var.allowedNow() instanceof Response);
      return answer(c, await person.markRead(allowed.user.id, spaceId, threadId, seq, stillAllowed), 'No such thread.');
    },
  );

  app.post('/api/spaces/:spaceId/forum/read', spaceIdParam, viewer, async (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const stillAllowed = () => !(c.var.allowedNow() instanceof Response);
    return answer(c, await person.markAllRead(allowed.user.id, allowed.space.id, stillAllowed), 'No such space.');
  });

  app.put(
    '/api/spaces/:spaceId/forum/threads/:threadId/watch',
    threadParams,
    viewer,
    jsonBody(WatchRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { spaceId, threadId } = c.req.valid('param');
      const { level } = c.req.valid('json');
      const stillAllowed = () => !(c.var.allowedNow() instanceof Response);
      const outcome = await person.watchThread(allowed.user.id, spaceId, threadId, level, stillAllowed);
      return answer(c, outcome, 'No such thread.');
    },
  );

  app.put(
    '/api/spaces/:spaceId/forum/categories/:categoryId/watch',
    categoryParams,
    viewer,
    jsonBody(WatchRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { spaceId, categoryId } = c.req.valid('param');
      const { level } = c.req.valid('json');
      const stillAllowed = () => !(c.var.allowedNow() instanceof Response);
      const outcome = await person.watchCategory(allowed.user.id, spaceId, categoryId, level, stillAllowed);
      return answer(c, outcome, 'No such category.');
    },
  );

  app.post('/api/forum/notifications/read', jsonBody(NotificationsReadRequest), async (c) => {
    await person.notificationsRead(c.get('user').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  return app;
}
