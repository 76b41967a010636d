import { Hono } from 'hono';
import { CreateSpaceRequest, SetRoleRequest, UpdateSpaceRequest } from '../../shared/api/spaces';
import { can } from '../../shared/spaces/permissions';
import type { ApiDeps } from './api';
import { refusal, spaceAccess, spaceCreator } from './guard';
import { fail, type Env } from './respond';
import { jsonBody, memberParams, spaceIdParam } from './validate';

const LAST_ADMIN = 'A space needs at least one admin: make someone else admin first.';

/**
 * Spaces and their people: /api/spaces… Each route validates its path ids, checks access
 * (guard.ts), then reads its body, and acts on access asked again after its last await.
 */
export function spaceRoutes(deps: ApiDeps): Hono<Env> {
  const { directory } = deps;
  const { spaces, accounts } = directory;
  const app = new Hono<Env>();

  app.get('/api/spaces', (c) => {
    const user = c.get('user');
    return c.json({ spaces: spaces.visibleTo(user).map((space) => spaces.summary(space, user)) });
  });

  app.post('/api/spaces', spaceCreator, jsonBody(CreateSpaceRequest), async (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const space = await spaces.create(c.req.valid('json'), allowed.user);
    return c.json({ space: spaces.summary(space, allowed.user) }, 201);
  });

  app.get('/api/spaces/:spaceId', spaceIdParam, spaceAccess(directory, 'view'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ space: spaces.summary(allowed.space, allowed.user) });
  });

  // Only admins change a space (its details, or archiving it): anyone else is refused before the body says which.
  const spaceChanger = spaceAccess(directory, 'view', (space, user) =>
    can(directory.access.actor(user, space.id), 'archive', space) ? null : refusal('edit'),
  );
  app.patch('/api/spaces/:spaceId', spaceIdParam, spaceChanger, jsonBody(UpdateSpaceRequest), async (c) => {
    const found = c.var.allowedNow();
    if (found instanceof Response) return found;
    const body = c.req.valid('json');
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

  app.get('/api/spaces/:spaceId/members', spaceIdParam, spaceAccess(directory, 'view'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ members: spaces.members(allowed.space.id, (id) => accounts.findUser(id)) });
  });

  app.put(
    '/api/spaces/:spaceId/members/:userId',
    memberParams,
    spaceAccess(directory, 'manage-people'),
    jsonBody(SetRoleRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { role } = c.req.valid('json');
      const { userId } = c.req.valid('param');
      const current = spaces.roleOf(allowed.space.id, userId);
      if (!current) return fail(c, 'not_found', 'That person is not in this space; invite them instead.');
      // Counted and changed in one turn (setRole changes memory before it awaits the write): two admins stepping down at once leave one.
      if (current === 'admin' && role !== 'admin' && spaces.adminCount(allowed.space.id) === 1)
        return fail(c, 'conflict', LAST_ADMIN);
      await spaces.setRole(allowed.space.id, userId, role);
      deps.accessChanged();
      const members = spaces.members(allowed.space.id, (id) => accounts.findUser(id));
      return c.json({ member: members.find((m) => m.user.id === userId)! });
    },
  );

  // One's own id leaves the space (anyone may); anyone else's is a removal (admins).
  const leavingOrRemoving = spaceAccess(directory, (user, param) =>
    param('userId') === user.id ? 'view' : 'manage-people',
  );
  app.delete('/api/spaces/:spaceId/members/:userId', memberParams, leavingOrRemoving, async (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const { userId } = c.req.valid('param');
    const current = spaces.roleOf(allowed.space.id, userId);
    if (!current) return fail(c, 'not_found', 'That person is not in this space.');
    if (current === 'admin' && spaces.adminCount(allowed.space.id) === 1) return fail(c, 'conflict', LAST_ADMIN);
    await spaces.remove(allowed.space.id, userId);
    deps.accessChanged();
    return c.body(null, 204);
  });

  return app;
}
