import type { Member, Space, SpaceSummary, UpdateSpaceRequest } from '../../shared/api/spaces';
import type { Role } from '../../shared/spaces/permissions';
import { newId, publicUser } from '../accounts/accounts';
import type { DirectoryFile } from '../accounts/directory-file';
import type { DirectoryData, StoredMembership, StoredSpace, StoredUser } from '../accounts/schema';

const membershipKey = (spaceId: string, userId: string) => `${spaceId}\u0000${userId}`;

export function toSpace(space: StoredSpace): Space {
  const { createdBy: _createdBy, ...rest } = space;
  return rest;
}

/** Told after a change to a space's details (names, descriptions, archived) has been saved. */
export type SpaceListener = (space: StoredSpace) => void;

/** Spaces and who is in them, with what role. */
export class Spaces {
  // Looked up on every socket open and every API call, so kept as maps over the stored arrays.
  private byId = new Map<string, StoredSpace>();
  private roles = new Map<string, StoredMembership>();
  private readonly changedListeners: SpaceListener[] = [];

  constructor(private readonly file: DirectoryFile) {
    this.reindex();
    file.onRestored(() => this.reindex());
  }

  private get data(): DirectoryData {
    return this.file.data;
  }

  private reindex(): void {
    this.byId = new Map(this.data.spaces.map((space) => [space.id, space]));
    this.roles = new Map(this.data.memberships.map((m) => [membershipKey(m.spaceId, m.userId), m]));
  }

  private async commit(): Promise<void> {
    this.reindex();
    await this.file.save();
  }

  /** `listener` hears of every change to a space's details once it is saved (a refused write tells nobody). */
  onChanged(listener: SpaceListener): void {
    this.changedListeners.push(listener);
  }

  find(id: string): StoredSpace | undefined {
    return this.byId.get(id);
  }

  roleOf(spaceId: string, userId: string): Role | null {
    return this.roles.get(membershipKey(spaceId, userId))?.role ?? null;
  }

  /** The spaces someone sees: their own, or every space for a server admin. */
  visibleTo(user: StoredUser): StoredSpace[] {
    if (user.serverAdmin) return [...this.data.spaces];
    return this.data.spaces.filter((space) => this.roles.has(membershipKey(space.id, user.id)));
  }

  summary(space: StoredSpace, user: StoredUser): SpaceSummary {
    return {
      ...toSpace(space),
      myRole: this.roleOf(space.id, user.id),
      memberCount: this.data.memberships.filter((m) => m.spaceId === space.id).length,
      documentCount: this.data.documents.filter((d) => d.spaceId === space.id && d.binnedAt === null).length,
    };
  }

  async create(
    input: { name: string; description: string; nameCy: string | null; descriptionCy: string | null },
    creator: StoredUser,
  ): Promise<StoredSpace> {
    const now = new Date().toISOString();
    const space: StoredSpace = {
      id: newId('space'),
      ...input,
      archived: false,
      createdAt: now,
      lastActivityAt: now,
      createdBy: creator.id,
    };
    this.data.spaces.push(space);
    this.data.memberships.push({ spaceId: space.id, userId: creator.id, role: 'admin', joinedAt: now });
    await this.commit();
    return space;
  }

  async update(id: string, changes: UpdateSpaceRequest): Promise<StoredSpace | null> {
    const space = this.find(id);
    if (!space) return null;
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(space, { [key]: value });
    space.lastActivityAt = new Date().toISOString();
    await this.commit();
    for (const listener of this.changedListeners) listener(space);
    return space;
  }

  members(spaceId: string, users: (id: string) => StoredUser | undefined): Member[] {
    return this.data.memberships
      .filter((m) => m.spaceId === spaceId)
      .flatMap((m) => {
        const user = users(m.userId);
        return user ? [{ user: publicUser(user), role: m.role, joinedAt: m.joinedAt }] : [];
      })
      .sort((a, b) => a.user.name.localeCompare(b.user.name));
  }

  adminCount(spaceId: string): number {
    return this.data.memberships.filter((m) => m.spaceId === spaceId && m.role === 'admin').length;
  }

  /** Adds someone, or changes their role if they are already in the space. */
  async setRole(spaceId: string, userId: string, role: Role): Promise<StoredMembership> {
    let membership = this.roles.get(membershipKey(spaceId, userId));
    if (membership) membership.role = role;
    else {
      membership = { spaceId, userId, role, joinedAt: new Date().toISOString() };
      this.data.memberships.push(membership);
    }
    this.touch(spaceId);
    await this.commit();
    return membership;
  }

  async remove(spaceId: string, userId: string): Promise<boolean> {
    const before = this.data.memberships.length;
    this.data.memberships = this.data.memberships.filter((m) => !(m.spaceId === spaceId && m.userId === userId));
    if (this.data.memberships.length === before) return false;
    this.touch(spaceId);
    await this.commit();
    return true;
  }

  /** Marks activity in a space; saved with the next write, or within a couple of seconds. */
  touch(spaceId: string, at = new Date().toISOString()): void {
    const space = this.find(spaceId);
    if (!space || space.lastActivityAt >= at) return;
    space.lastActivityAt = at;
    this.file.saveSoon();
  }
}
