import type { Person, SharedSpace } from '../../shared/api/people';
import { publicUser } from '../accounts/accounts';
import type { DirectoryData, StoredUser } from '../accounts/schema';

/**
 * GET /api/people: the people `viewer` shares at least one space with (archived spaces count;
 * oneself too, once in a space), each with the spaces they share and their role in each. A
 * server admin sees everyone with an account, with all their memberships. Only what PublicUser
 * holds leaves the server. Sorted by name.
 */
export function peopleSeenBy(viewer: StoredUser, data: DirectoryData): Person[] {
  const shared = viewer.serverAdmin
    ? null
    : new Set(data.memberships.filter((m) => m.userId === viewer.id).map((m) => m.spaceId));
  const spacesOf = new Map<string, SharedSpace[]>();
  for (const membership of data.memberships) {
    if (shared && !shared.has(membership.spaceId)) continue;
    const spaces = spacesOf.get(membership.userId) ?? [];
    spaces.push({ spaceId: membership.spaceId, role: membership.role });
    spacesOf.set(membership.userId, spaces);
  }
  return data.users
    .filter((user) => !shared || spacesOf.has(user.id))
    .map((user) => ({ user: publicUser(user), spaces: spacesOf.get(user.id) ?? [] }))
    .sort((a, b) => a.user.name.localeCompare(b.user.name));
}
