import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { DocumentMeta } from '../../shared/api/schemas';
import { can, canCreateSpaces, type SpaceAction } from '../../shared/spaces/permissions';
import type { Directory } from '../accounts/directory';
import type { StoredSpace, StoredUser } from '../accounts/schema';
import { fail, type Env } from './respond';

const REFUSAL: Record<SpaceAction, string> = {
  view: 'You are not in this space.',
  edit: 'Only the space’s admins can change its details.',
  archive: 'Only the space’s admins can archive or restore it.',
  'manage-people': 'Only the space’s admins can manage its people and invites.',
  write: 'Your role in this space does not let you change documents, or the space is archived.',
  'move-documents': 'Only admins of both spaces can move a document between them.',
  post: 'Your role in this space does not let you post in its forum, or the space is archived.',
  moderate: 'Only the space’s moderators and admins can do this.',
  comment: 'Your role in this space does not let you comment on its documents, or the space is archived.',
  'manage-library': 'Only the space’s admins can empty its bin or manage its templates.',
};

export const refusal = (action: SpaceAction) => REFUSAL[action];

export type Allowed = { space: StoredSpace; user: StoredUser };
export type AllowedDocument = Allowed & { document: DocumentMeta; access: 'write' | 'read' };

/**
 * What an access middleware leaves for its handler: the same check, to ask again where the
 * handler acts. The middleware refuses before the body is read; but reading it awaits, and a
 * check, an await, then the act lets through a change that access no longer allows (the person
 * removed, the space archived meanwhile). So a handler acts on `c.var.allowedNow()`, asked
 * after its last await.
 */
type AllowedNow<T> = { Variables: { allowedNow: () => T | Response } };
type WithParam<Name extends string> = { out: { param: Record<Name, string> } };

/** Whether the signed-in person may do `action` in `space`, or the refusal to send. */
export function guard<E extends Env>(
  c: Context<E>,
  directory: Directory,
  space: StoredSpace,
  action: SpaceAction,
): Allowed | Response {
  const user = c.get('user');
  if (!can(directory.access.actor(user, space.id), action, space)) return fail(c, 'forbidden', REFUSAL[action]);
  return { space, user };
}

/**
 * A route under /api/spaces/:spaceId (its id already validated): refuses a person who may not
 * do `action` there (an unknown space 404, else 403), or for whom `alsoRefuse` has a reason
 * (403), before the route reads anything else.
 */
export function spaceAccess(
  directory: Directory,
  action: SpaceAction | ((user: StoredUser, param: (name: string) => string | undefined) => SpaceAction),
  alsoRefuse: (space: StoredSpace, user: StoredUser) => string | null = () => null,
) {
  return createMiddleware<Env & AllowedNow<Allowed>, string, WithParam<'spaceId'>>(async (c, next) => {
    const check = () => {
      const space = directory.spaces.find(c.req.valid('param').spaceId);
      if (!space) return fail(c, 'not_found', 'No such space.');
      const allowed = guard(
        c,
        directory,
        space,
        typeof action === 'function' ? action(c.get('user'), (name) => c.req.param(name)) : action,
      );
      const reason = allowed instanceof Response ? null : alsoRefuse(space, allowed.user);
      return reason ? fail(c, 'forbidden', reason) : allowed;
    };
    const refused = check();
    if (refused instanceof Response) return refused;
    c.set('allowedNow', check);
    await next();
  });
}

/**
 * A route under /api/documents/:documentId: someone not in the document's space is refused as
 * GET refuses them (403, "not in this space"), whatever they ask; `write` also refuses readers.
 */
export function documentAccess(directory: Directory, need: 'read' | 'write') {
  return createMiddleware<Env & AllowedNow<AllowedDocument>, string, WithParam<'documentId'>>(async (c, next) => {
    const check = (): AllowedDocument | Response => {
      const user = c.get('user');
      const found = directory.access.document(user, c.req.valid('param').documentId);
      if (!found) return fail(c, 'not_found', 'No such document.');
      if (found.access === 'none') return fail(c, 'forbidden', REFUSAL.view);
      if (need === 'write' && found.access !== 'write') return fail(c, 'forbidden', REFUSAL.write);
      return { document: found.document, space: found.space, user, access: found.access };
    };
    const refused = check();
    if (refused instanceof Response) return refused;
    c.set('allowedNow', check);
    await next();
  });
}

/** Creating spaces: server admins only. */
export const spaceCreator = createMiddleware<Env & AllowedNow<{ user: StoredUser }>>(async (c, next) => {
  const check = () => {
    const user = c.get('user');
    return canCreateSpaces(user) ? { user } : fail(c, 'forbidden', 'Only server admins can create spaces.');
  };
  const refused = check();
  if (refused instanceof Response) return refused;
  c.set('allowedNow', check);
  await next();
});
