import { z } from 'zod';
import { CategoryId, DocumentId, SpaceId, ThreadId, UserId } from './ids';

/**
 * Every shared thing is a Yjs document in a room. Room names are `<kind>:<id>`, or
 * `<kind>:<spaceId>.<id>` for a forum's rooms, so that the space (and with it who may read the
 * room) is read from the name alone.
 *
 * - `doc:<documentId>`: a document, written by its space's writers directly.
 * - `space:<spaceId>`: a space's index (its details and its documents' titles).
 * - `forum:<spaceId>`: a space's forum: its categories, each with its counts and last activity.
 * - `category:<spaceId>.<categoryId>`: a category's threads, one summary each.
 * - `thread:<spaceId>.<threadId>`: one thread: its details, posts, reactions and watchers.
 * - `moderation:<spaceId>`: the forum's moderation log and posts' earlier versions (moderators and admins).
 * - `person:<userId>`: one person's own forum state: read positions, watching, notifications.
 * - `history:<documentId>`: a document's kept versions (shared/history/versions.ts), read like the document.
 * - `comments:<documentId>`: a document's comment threads (shared/comments/comment-rooms.ts).
 *
 * Every kind but `doc` is written by the server alone (from what its API has validated);
 * clients sync them read-only (shared/spaces/space-index.ts, shared/forum/forum-rooms.ts).
 */
export const MAX_ROOM_NAME_LENGTH = 120;

export type RoomRef =
  | { kind: 'doc'; documentId: DocumentId }
  | { kind: 'space'; spaceId: SpaceId }
  | { kind: 'forum'; spaceId: SpaceId }
  | { kind: 'category'; spaceId: SpaceId; categoryId: CategoryId }
  | { kind: 'thread'; spaceId: SpaceId; threadId: ThreadId }
  | { kind: 'moderation'; spaceId: SpaceId }
  | { kind: 'person'; userId: UserId }
  | { kind: 'history'; documentId: DocumentId }
  | { kind: 'comments'; documentId: DocumentId };
export type RoomKind = RoomRef['kind'];

/**
 * Rooms whose content only the server writes (from what its API has validated): the server
 * drops every update a client sends to one, whoever sends it.
 */
const SERVER_WRITTEN: Record<RoomKind, boolean> = {
  doc: false,
  space: true,
  forum: true,
  category: true,
  thread: true,
  moderation: true,
  person: true,
  history: true,
  comments: true,
};

export function isServerWritten(ref: RoomRef): boolean {
  return SERVER_WRITTEN[ref.kind];
}

/** The space named in a room's name; null for rooms named by a document or a person (their space is looked up). */
export function spaceOfRoom(ref: RoomRef): SpaceId | null {
  return ref.kind === 'doc' || ref.kind === 'person' || ref.kind === 'history' || ref.kind === 'comments'
    ? null
    : ref.spaceId;
}

export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case 'doc':
      return `doc:${ref.documentId}`;
    case 'space':
    case 'forum':
    case 'moderation':
      return `${ref.kind}:${ref.spaceId}`;
    case 'category':
      return `category:${ref.spaceId}.${ref.categoryId}`;
    case 'thread':
      return `thread:${ref.spaceId}.${ref.threadId}`;
    case 'person':
      return `person:${ref.userId}`;
    case 'history':
      return `history:${ref.documentId}`;
    case 'comments':
      return `comments:${ref.documentId}`;
  }
}

export function documentRoom(documentId: DocumentId): string {
  return roomName({ kind: 'doc', documentId });
}

export function spaceRoom(spaceId: SpaceId): string {
  return roomName({ kind: 'space', spaceId });
}

export const forumRoom = (spaceId: SpaceId) => roomName({ kind: 'forum', spaceId });
export const categoryRoom = (spaceId: SpaceId, categoryId: CategoryId) =>
  roomName({ kind: 'category', spaceId, categoryId });
export const threadRoom = (spaceId: SpaceId, threadId: ThreadId) => roomName({ kind: 'thread', spaceId, threadId });
export const moderationRoom = (spaceId: SpaceId) => roomName({ kind: 'moderation', spaceId });
export const personRoom = (userId: UserId) => roomName({ kind: 'person', userId });
export const historyRoom = (documentId: DocumentId) => roomName({ kind: 'history', documentId });
export const commentsRoom = (documentId: DocumentId) => roomName({ kind: 'comments', documentId });

/** `<spaceId>.<id>`, each part valid; null otherwise. */
function spaceAnd<T>(rest: string, inner: z.ZodType<T>): { spaceId: SpaceId; id: T } | null {
  const dot = rest.indexOf('.');
  if (dot < 0) return null;
  const spaceId = SpaceId.safeParse(rest.slice(0, dot));
  const id = inner.safeParse(rest.slice(dot + 1));
  return spaceId.success && id.success ? { spaceId: spaceId.data, id: id.data } : null;
}

/** Parses an untrusted room name; returns null for anything that is not a known room kind with valid ids. */
export function parseRoomName(name: string): RoomRef | null {
  if (name.length > MAX_ROOM_NAME_LENGTH) return null;
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const rest = name.slice(colon + 1);
  switch (kind) {
    case 'doc':
    case 'comments': {
      const id = DocumentId.safeParse(rest);
      return id.success ? { kind, documentId: id.data } : null;
    }
    case 'space':
    case 'forum':
    case 'moderation': {
      const id = SpaceId.safeParse(rest);
      return id.success ? { kind, spaceId: id.data } : null;
    }
    case 'category': {
      const parts = spaceAnd(rest, CategoryId);
      return parts && { kind: 'category', spaceId: parts.spaceId, categoryId: parts.id };
    }
    case 'thread': {
      const parts = spaceAnd(rest, ThreadId);
      return parts && { kind: 'thread', spaceId: parts.spaceId, threadId: parts.id };
    }
    case 'person': {
      const id = UserId.safeParse(rest);
      return id.success ? { kind: 'person', userId: id.data } : null;
    }
    case 'history': {
      const id = DocumentId.safeParse(rest);
      return id.success ? { kind: 'history', documentId: id.data } : null;
    }
    default:
      return null;
  }
}

export const RoomName = z
  .string()
  .max(MAX_ROOM_NAME_LENGTH)
  .refine((name) => parseRoomName(name) !== null, 'unknown room');
