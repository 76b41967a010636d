import { CloseCode } from '../../shared/protocol';
import type { RoomRef } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import type { RoomAccess } from '../spaces/access';

/** What live access needs of an open sync connection. */
export interface AccessHolder {
  readonly token: string;
  readonly roomRef: RoomRef;
  /** What it was allowed when it opened. */
  readonly access: 'write' | 'read';
  /** Read by its room on every update: cleared here the moment the connection may no longer write. */
  canWrite: boolean;
  /** True once it is closing, for whatever reason: there is nothing left to decide. */
  readonly ending: boolean;
  end(code: number, reason: string): void;
}

export type LiveAccessDeps = {
  authenticate(token: string): StoredUser | null;
  decide(user: StoredUser, room: RoomRef): RoomAccess;
};

/**
 * Keeps every open sync connection's access true to the stored roles. After any change that
 * may affect access (a role, a removal, an archive, a move, a session ended) `recheck` looks
 * at each one again: one that may no longer write stops writing at once, and its client is
 * told by the close code (4401 session over, 4403 no access, 4309 access changed: reconnect).
 */
export class LiveAccess {
  constructor(
    private readonly deps: LiveAccessDeps,
    private readonly connections: Iterable<AccessHolder>,
  ) {}

  recheck(): void {
    for (const connection of this.connections) {
      if (connection.ending) continue;
      const user = this.deps.authenticate(connection.token);
      const access = user ? this.deps.decide(user, connection.roomRef) : 'signed-out';
      if (access === connection.access) continue;
      connection.canWrite = false;
      if (access === 'signed-out') connection.end(CloseCode.unauthorized, 'session ended');
      else if (access === 'none' || access === 'missing') connection.end(CloseCode.forbidden, 'no access to this room');
      else connection.end(CloseCode.accessChanged, 'access changed');
    }
  }
}
