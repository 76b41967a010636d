import { z } from 'zod';

/**
 * Who may do what in a space. One table, used by the server to decide and by the app to
 * decide what to offer; the server never trusts the app's answer.
 */
export const Role = z.enum(['admin', 'moderator', 'member', 'observer']);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

export const SpaceAction = z.enum([
  /** See the space, its documents (read) and its people. */
  'view',
  /** Change the space's names and descriptions. */
  'edit',
  /** Archive or restore the space. */
  'archive',
  /** Invite people, change roles, remove people, see and revoke invites. */
  'manage-people',
  /** Create documents, rename them, and write in them. */
  'write',
  /** Move a document out of (or into) the space. */
  'move-documents',
  /** In the forum: start threads, reply, react, edit and delete one's own posts (watching needs only 'view'). */
  'post',
  /**
   * In the forum: pin, lock, hide (with a reason), move and delete threads and posts of anyone,
   * manage categories, reply in locked threads, and read the moderation log and earlier versions.
   */
  'moderate',
  /**
   * Comment on documents: start, reply in, resolve and reopen threads, edit and delete one's own comments.
   * Writers always; observers when the space allows it (`observersMayComment`).
   */
  'comment',
  /** Delete for good the documents in the space's bin; save documents as the space's templates and remove them. */
  'manage-library',
]);
export type SpaceAction = z.infer<typeof SpaceAction>;

/** The person asking: a server admin manages everything, else their role in the space (null: not in it). */
export type Actor = { serverAdmin: boolean; role: Role | null };
export type SpaceState = { archived: boolean; observersMayComment?: boolean };

const BY_ROLE: Record<Role, ReadonlySet<SpaceAction>> = {
  admin: new Set([
    'view',
    'edit',
    'archive',
    'manage-people',
    'write',
    'move-documents',
    'post',
    'moderate',
    'comment',
    'manage-library',
  ]),
  moderator: new Set(['view', 'write', 'post', 'moderate', 'comment']),
  member: new Set(['view', 'write', 'post', 'comment']),
  observer: new Set(['view']),
};

/** The role someone acts with: their own, or admin for server admins. */
export function effectiveRole(actor: Actor): Role | null {
  return actor.serverAdmin ? 'admin' : actor.role;
}

/**
 * Whether `actor` may do `action` in a space. An archived space is read-only for everyone:
 * only viewing, restoring it, and managing its people remain.
 */
export function can(actor: Actor, action: SpaceAction, space: SpaceState): boolean {
  const role = effectiveRole(actor);
  const observerComments = role === 'observer' && action === 'comment' && space.observersMayComment === true;
  if (!role || !(BY_ROLE[role].has(action) || observerComments)) return false;
  if (space.archived) return action === 'view' || action === 'archive' || action === 'manage-people';
  return true;
}

/** What a socket to one of the space's rooms may do. */
export function roomAccess(actor: Actor, space: SpaceState): 'write' | 'read' | 'none' {
  if (can(actor, 'write', space)) return 'write';
  return can(actor, 'view', space) ? 'read' : 'none';
}

/** Only server admins create spaces. */
export function canCreateSpaces(actor: Pick<Actor, 'serverAdmin'>): boolean {
  return actor.serverAdmin;
}
