import type { DocumentMeta } from '../../shared/api/schemas';
import type { RoomRef } from '../../shared/rooms';
import { can, roomAccess, type Actor } from '../../shared/spaces/permissions';
import type { StoredSpace, StoredUser } from '../accounts/schema';
import type { Documents } from './documents';
import type { Spaces } from './spaces';

export type RoomAccess = 'write' | 'read' | 'none' | 'missing';

/** Answers "what may this person do here?" from the stored roles, for the API and the sync endpoint. */
export class AccessPolicy {
  constructor(
    private readonly spaces: Spaces,
    private readonly documents: Documents,
  ) {}

  actor(user: StoredUser, spaceId: string): Actor {
    return { serverAdmin: user.serverAdmin, role: this.spaces.roleOf(spaceId, user.id) };
  }

  document(
    user: StoredUser,
    documentId: string,
  ): { document: DocumentMeta; space: StoredSpace; access: 'write' | 'read' | 'none' } | null {
    const document = this.documents.find(documentId);
    const space = document && this.spaces.find(document.spaceId);
    if (!document || !space) return null;
    const access = roomAccess(this.actor(user, space.id), space);
    // A binned document is read-only for everyone until it is restored.
    return { document, space, access: access === 'write' && document.binnedAt !== null ? 'read' : access };
  }

  room(user: StoredUser, room: RoomRef): RoomAccess {
    switch (room.kind) {
      case 'doc':
        return this.document(user, room.documentId)?.access ?? 'missing';
      case 'history': {
        // A document's versions: whoever reads the document reads them; only the server writes them.
        const access = this.document(user, room.documentId)?.access ?? 'missing';
        return access === 'write' ? 'read' : access;
      }
      case 'space':
      case 'forum':
      case 'category':
      case 'thread':
        return this.spaceIndex(user, room.spaceId);
      case 'moderation':
        return this.moderation(user, room.spaceId);
      case 'comments': {
        // Server-written: whoever may read the document reads its comments, writers included.
        const access = this.document(user, room.documentId)?.access;
        return access === undefined ? 'missing' : access === 'none' ? 'none' : 'read';
      }
      case 'person':
        // One's own forum state: nobody else reads it, server admins included.
        return user.id === room.userId ? 'read' : 'none';
    }
  }

  /** The moderation log: the space's moderators and admins read it, in an archived space too. */
  private moderation(user: StoredUser, spaceId: string): RoomAccess {
    const space = this.spaces.find(spaceId);
    if (!space) return 'missing';
    return can(this.actor(user, space.id), 'moderate', { archived: false }) ? 'read' : 'none';
  }

  /**
   * A space's index room, and its forum's rooms: anyone who may view the space reads them (archived spaces too); nobody
   * writes it, server admins included, as only the server does (server/spaces/space-index-room.ts).
   */
  private spaceIndex(user: StoredUser, spaceId: string): RoomAccess {
    const space = this.spaces.find(spaceId);
    if (!space) return 'missing';
    return can(this.actor(user, space.id), 'view', space) ? 'read' : 'none';
  }
}
