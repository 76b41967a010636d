import { Hono } from 'hono';
import { CreateSpaceRequest, SetRoleRequest, UpdateSpaceRequest } from '../../shared/api/spaces';
import { UserId } from '../../shared/ids';
import { can, canCreateSpaces } from '../../shared/spaces/permissions';
import type { ApiDeps } from './api';
import { guardSpace, refusal } from './guard';
import { fail, param, readBody, type Env } from './respond';

/** Spaces and their people: /api/spaces… */
export function spaceRoutes(deps: ApiDeps): Hono<Env> {
  const { directory } = deps;
  const { spaces, accounts } = directory;
  const app = new Hono<Env>();

  app.get('/api/spaces', (c) => {
    const user = c.get('user');
    return c.json({ spaces: spaces.visibleTo(user).map((space) => spaces.summary(space, user)) });
  });

  app.post('/api/spaces', async (c) => {
    const user = c.get('user');
    if (!canCreateSpaces(user)) return fail(c, 'forbidden', 'Only server admins can create spaces.');
    const body = await readBody(c, CreateSpaceRequest);
    if (body instanceof Response) return body;
    const space = await spaces.create(body, user);
    return c.json({ space: spaces.summary(space, user) }, 201);
  });

  app.get('/api/spaces/:spaceId', (c) => {
    const allowed = guardSpace(c, directory, 'view');
    if (allowed instanceof Response) return allowed;
    return c.json({ space: spaces.summary(allowed.space, allowed.user) });
  });

  app.patch('/api/spaces/:spaceId', async (c) => {
    // Refused before the body is read: someone outside the space learns nothing, not even whether the body was good.
    const early = guardSpace(c, directory, 'view');
    if (early instanceof Response) return early;
    const body = await readBody(c, UpdateSpaceRequest);
    if (body instanceof Response) return body;
    // Asked again where it is acted on: reading the body awaited.
    const found = guardSpace(c, directory, 'view');
    if (found instanceof Response) return found;
    const actor = directory.access.actor(found.user, found.space.id);
    const { archived, ...details } = body;
    if (archived !== undefined && !can(actor, 'archive', found.space)) return fail(c, 'forbidden', refusal('archive'));
    // Details of an archived space change only once it is restored (in this request or before).
    const hasDetails = Object.values(details).some((value) => value !== undefined);
    if (hasDetails && !can(actor, 'edit', { archived: archived ?? found.space.archived }))
      return fail(c, 'forbidden', refusal('edit'));
    const space = await spaces.update(found.space.id, body);
    if (archived !== undefined) deps.accessChanged();
    return c.json({ space: spaces.summary(space!, found.user) });
  });

  app.get('/api/spaces/:spaceId/members', (c) => {
    const allowed = guardSpace(c, directory, 'view');
    if (allowed instanceof Response) return allowed;
    return c.json({ members: spaces.members(allowed.space.id, (id) => accounts.findUser(id)) });
  });

  app.put('/api/spaces/:spaceId/members/:userId', async (c) => {
    const allowed = guardSpace(c, directory, 'manage-people');
    if (allowed instanceof Response) return allowed;
    const body = await readBody(c, SetRoleRequest);
    if (body instanceof Response) return body;
    const userId = param(c, 'userId', UserId);
    const current = userId ? spaces.roleOf(allowed.space.id, userId) : null;
    if (!userId || !current) return fail(c, 'not_found', 'That person is not in this space; invite them instead.');
    if (current === 'admin' && body.role !== 'admin' && spaces.adminCount(allowed.space.id) === 1) {
      return fail(c, 'conflict', 'A space needs at least one admin: make someone else admin first.');
    }
    await spaces.setRole(allowed.space.id, userId, body.role);
    deps.accessChanged();
    const member = spaces.members(allowed.space.id, (id) => accounts.findUser(id)).find((m) => m.user.id === userId)!;
    return c.json({ member });
  });

  app.delete('/api/spaces/:spaceId/members/:userId', async (c) => {
    const userId = param(c, 'userId', UserId);
    const leaving = userId === c.get('user').id;
    const allowed = guardSpace(c, directory, leaving ? 'view' : 'manage-people');
    if (allowed instanceof Response) return allowed;
    const current = userId ? spaces.roleOf(allowed.space.id, userId) : null;
    if (!userId || !current) return fail(c, 'not_found', 'That person is not in this space.');
    if (current === 'admin' && spaces.adminCount(allowed.space.id) === 1) {
      return fail(c, 'conflict', 'A space needs at least one admin: make someone else admin first.');
    }
    await spaces.remove(allowed.space.id, userId);
    deps.accessChanged();
    return c.body(null, 204);
  });

  return app;
}
