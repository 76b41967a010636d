import { z } from 'zod';
import { DocumentId, SpaceId } from './ids';

/**
 * Every shared thing is a Yjs document in a room. Room names are `<kind>:<id>`; later
 * kinds (forum category, thread, private state) join this union.
 *
 * - `doc:<documentId>`: a document, written by its space's writers directly.
 * - `space:<spaceId>`: a space's index (its details and its documents' titles), written by
 *   the server alone; every client syncs it read-only (`shared/spaces/space-index.ts`).
 */
export const MAX_ROOM_NAME_LENGTH = 100;

export type RoomRef = { kind: 'doc'; documentId: DocumentId } | { kind: 'space'; spaceId: SpaceId };
export type RoomKind = RoomRef['kind'];

/**
 * Rooms whose content only the server writes (from what its API has validated): the server
 * drops every update a client sends to one, whoever sends it.
 */
const SERVER_WRITTEN: Record<RoomKind, boolean> = { doc: false, space: true };

export function isServerWritten(ref: RoomRef): boolean {
  return SERVER_WRITTEN[ref.kind];
}

export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case 'doc':
      return `doc:${ref.documentId}`;
    case 'space':
      return `space:${ref.spaceId}`;
  }
}

export function documentRoom(documentId: DocumentId): string {
  return roomName({ kind: 'doc', documentId });
}

export function spaceRoom(spaceId: SpaceId): string {
  return roomName({ kind: 'space', spaceId });
}

/** Parses an untrusted room name; returns null for anything that is not a known room kind with a valid id. */
export function parseRoomName(name: string): RoomRef | null {
  if (name.length > MAX_ROOM_NAME_LENGTH) return null;
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const rest = name.slice(colon + 1);
  if (kind === 'doc') {
    const id = DocumentId.safeParse(rest);
    return id.success ? { kind: 'doc', documentId: id.data } : null;
  }
  if (kind === 'space') {
    const id = SpaceId.safeParse(rest);
    return id.success ? { kind: 'space', spaceId: id.data } : null;
  }
  return null;
}

export const RoomName = z
  .string()
  .max(MAX_ROOM_NAME_LENGTH)
  .refine((name) => parseRoomName(name) !== null, 'unknown room');
