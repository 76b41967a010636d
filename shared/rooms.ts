import { z } from 'zod';
import { DocumentId } from './ids';

/**
 * Every shared thing is a Yjs document in a room. Room names are `<kind>:<id>`; later
 * kinds (space index, forum category, thread, private state) join this union.
 */
export const MAX_ROOM_NAME_LENGTH = 100;

export type RoomRef = { kind: 'doc'; documentId: DocumentId };

export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case 'doc':
      return `doc:${ref.documentId}`;
  }
}

export function documentRoom(documentId: DocumentId): string {
  return roomName({ kind: 'doc', documentId });
}

/** Parses an untrusted room name; returns null for anything that is not a known room kind. */
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
  return null;
}

export const RoomName = z
  .string()
  .max(MAX_ROOM_NAME_LENGTH)
  .refine((name) => parseRoomName(name) !== null, 'unknown room');
