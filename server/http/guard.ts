import type { Context } from 'hono';
import { SpaceId } from '../../shared/ids';
import { can, type SpaceAction } from '../../shared/spaces/permissions';
import type { Directory } from '../accounts/directory';
import type { StoredSpace, StoredUser } from '../accounts/schema';
import { fail, param, type Env } from './respond';

const REFUSAL: Record<SpaceAction, string> = {
  view: 'You are not in this space.',
  edit: 'Only the space’s admins can change its details.',
  archive: 'Only the space’s admins can archive or restore it.',
  'manage-people': 'Only the space’s admins can manage its people and invites.',
  write: 'Your role in this space does not let you change documents, or the space is archived.',
  'move-documents': 'Only admins of both spaces can move a document between them.',
};

export const refusal = (action: SpaceAction) => REFUSAL[action];

/** The space named by `:spaceId`, if the signed-in person may do `action` there; else the refusal to send. */
export function guardSpace(
  c: Context<Env>,
  directory: Directory,
  action: SpaceAction,
): { space: StoredSpace; user: StoredUser } | Response {
  const id = param(c, 'spaceId', SpaceId);
  const space = id ? directory.spaces.find(id) : undefined;
  if (!space) return fail(c, 'not_found', 'No such space.');
  return guard(c, directory, space, action);
}

export function guard(
  c: Context<Env>,
  directory: Directory,
  space: StoredSpace,
  action: SpaceAction,
): { space: StoredSpace; user: StoredUser } | Response {
  const user = c.get('user');
  if (!can(directory.access.actor(user, space.id), action, space)) return fail(c, 'forbidden', REFUSAL[action]);
  return { space, user };
}
