import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import {
  ForumNotification,
  MAX_NOTIFICATIONS,
  PERSON_TYPES,
  ReadPosition,
  type WatchLevel,
} from '../../shared/forum/forum-rooms';
import type { Rooms } from '../sync/rooms';

/**
 * What the server writes into a person's own room (`person:<userId>`, shapes in
 * shared/forum/forum-rooms.ts). Each function runs inside one `rooms.change` (one transaction),
 * sets every value whole, and writes nothing when the room already says it, so a repeated
 * request or a replayed event costs no update and no log record.
 */

/** Moves the read position of `threadId` forward to `seq`; never back. True if it wrote. */
export function advanceRead(doc: Y.Doc, threadId: string, seq: number, at: string): boolean {
  const read = doc.getMap<unknown>(PERSON_TYPES.read);
  const stored = ReadPosition.safeParse(read.get(threadId));
  if (stored.success && stored.data.seq >= seq) return false;
  read.set(threadId, { seq, at } satisfies ReadPosition);
  return true;
}

/** Sets how the person follows a thread or a category (`watchingKey`). True if it wrote. */
export function setWatching(doc: Y.Doc, key: string, level: WatchLevel): boolean {
  const watching = doc.getMap<unknown>(PERSON_TYPES.watching);
  if (watching.get(key) === level) return false;
  watching.set(key, level);
  return true;
}

/**
 * A notification's id: the same for the same news (a replayed post or hide finds it already
 * there), different across spaces and threads whatever ids their clients chose, and short.
 */
export function notificationId(spaceId: string, threadId: string, postId: string, what: string): string {
  const digest = createHash('sha256').update(`${spaceId}\n${threadId}\n${postId}\n${what}`).digest('base64url');
  return `n${digest.slice(0, 24)}`;
}

/**
 * Adds a notification unless one with its id is there (so one already read stays read), then
 * drops the oldest past MAX_NOTIFICATIONS. True if it wrote.
 */
export function addNotification(doc: Y.Doc, id: string, notification: ForumNotification): boolean {
  const notifications = doc.getMap<unknown>(PERSON_TYPES.notifications);
  if (notifications.has(id)) return false;
  notifications.set(id, notification);
  if (notifications.size > MAX_NOTIFICATIONS) dropOldest(notifications, notifications.size - MAX_NOTIFICATIONS);
  return true;
}

/** Deletes the `count` oldest notifications (by time, then id); one that does not read counts as oldest. */
function dropOldest(notifications: Y.Map<unknown>, count: number): void {
  const ages: Array<{ id: string; at: string }> = [];
  notifications.forEach((value, id) => {
    const read = ForumNotification.safeParse(value);
    ages.push({ id, at: read.success ? read.data.at : '' });
  });
  ages.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  for (const { id } of ages.slice(0, count)) notifications.delete(id);
}

/** Marks the named notifications (or every one) read; ids that are not there are ignored. Returns how many changed. */
export function markNotificationsRead(doc: Y.Doc, which: { ids: readonly string[] } | { all: true }): number {
  const notifications = doc.getMap<unknown>(PERSON_TYPES.notifications);
  const ids = 'ids' in which ? which.ids : [...notifications.keys()];
  let changed = 0;
  for (const id of new Set(ids)) {
    const stored = ForumNotification.safeParse(notifications.get(id));
    if (!stored.success || stored.data.read) continue;
    notifications.set(id, { ...stored.data, read: true } satisfies ForumNotification);
    changed++;
  }
  return changed;
}

/**
 * Reads a room's document without changing it: loads it if needed and lets it unload again
 * when idle (a room nobody is in is not kept loaded by being read). A room that was never
 * written reads as empty, and reading it creates nothing on disk.
 */
export async function readRoom<T>(rooms: Rooms, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const room = await rooms.get(name);
  try {
    return read(room.doc);
  } finally {
    rooms.released(room);
  }
}
