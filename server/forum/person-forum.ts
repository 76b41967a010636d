import type * as Y from 'yjs';
import {
  CATEGORY_TYPES,
  FORUM_TYPES,
  ForumCategory,
  readMap,
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  ThreadDetails,
  ThreadSummary,
  watchingKey,
  type WatchLevel,
} from '../../shared/forum/forum-rooms';
import { CategoryId, ThreadId } from '../../shared/ids';
import { categoryRoom, forumRoom, personRoom, threadRoom } from '../../shared/rooms';
import type { Rooms } from '../sync/rooms';
import { advanceRead, markNotificationsRead, readRoom, setWatching } from './person-room';

/**
 * What a change did: `done`, `not_found` (no such thread or category in this space), or
 * `refused` (the person lost access while it was being made: nothing was written).
 */
export type PersonChange = 'done' | 'not_found' | 'refused';

/**
 * Asked inside the write itself, so no await separates the last access check from the write:
 * someone removed from the space meanwhile changes nothing there.
 */
export type StillAllowed = () => boolean;

/** The thread's details, unless there is no such thread in the space or it was deleted. */
export function liveThread(doc: Y.Doc): ThreadDetails | null {
  const details = ThreadDetails.safeParse(doc.getMap(THREAD_TYPES.thread).get(THREAD_DETAILS_KEY));
  return details.success && !details.data.deleted ? details.data : null;
}

/**
 * A person's own forum state, each change made by the server into their room (`person:<id>`):
 * read positions, what they watch or mute, and marking notifications read. Watching is also
 * written into the thread's or category's `watchers` map, which is what notifications obey.
 * Nothing here touches accounts.json; each change is one write to one or two rooms.
 */
export class PersonForum {
  constructor(private readonly rooms: Rooms) {}

  /** Moves the person's read position in the thread forward to `seq`, at most to the thread's last post. */
  async markRead(
    userId: string,
    spaceId: string,
    threadId: string,
    seq: number,
    stillAllowed: StillAllowed,
  ): Promise<PersonChange> {
    const lastSeq = await readRoom(this.rooms, threadRoom(spaceId, threadId), (doc) => liveThread(doc)?.lastSeq);
    if (lastSeq === undefined) return 'not_found';
    const at = new Date().toISOString();
    let allowed = true;
    await this.rooms.change(personRoom(userId), (doc) => {
      allowed = stillAllowed();
      if (allowed) advanceRead(doc, threadId, Math.min(seq, lastSeq), at);
    });
    return allowed ? 'done' : 'refused';
  }

  /** Every thread of the space read to its last post, in one write to the person's room. */
  async markAllRead(userId: string, spaceId: string, stillAllowed: StillAllowed): Promise<PersonChange> {
    const categoryIds = await readRoom(this.rooms, forumRoom(spaceId), (doc) => [
      ...readMap(doc.getMap(FORUM_TYPES.categories), CategoryId, ForumCategory).keys(),
    ]);
    const lastSeqs = new Map<string, number>();
    for (const categoryId of categoryIds) {
      await readRoom(this.rooms, categoryRoom(spaceId, categoryId), (doc) => {
        for (const [threadId, thread] of readMap(doc.getMap(CATEGORY_TYPES.threads), ThreadId, ThreadSummary))
          lastSeqs.set(threadId, Math.max(thread.lastSeq, lastSeqs.get(threadId) ?? 0));
      });
    }
    const at = new Date().toISOString();
    let allowed = true;
    await this.rooms.change(personRoom(userId), (doc) => {
      allowed = stillAllowed();
      if (allowed) for (const [threadId, lastSeq] of lastSeqs) advanceRead(doc, threadId, lastSeq, at);
    });
    return allowed ? 'done' : 'refused';
  }

  /** Watch, follow normally or mute a thread: in the thread's watchers, then in the person's room. */
  async watchThread(
    userId: string,
    spaceId: string,
    threadId: string,
    level: WatchLevel,
    stillAllowed: StillAllowed,
  ): Promise<PersonChange> {
    const room = threadRoom(spaceId, threadId);
    let found = true;
    let allowed = true;
    await this.rooms.change(room, (doc) => {
      found = liveThread(doc) !== null;
      allowed = stillAllowed();
      if (found && allowed) setWatcher(doc.getMap(THREAD_TYPES.watchers), userId, level);
    });
    return this.alsoInPersonRoom(userId, watchingKey({ threadId }), level, found, allowed);
  }

  /** Watch, follow normally or mute a category: in the category's watchers, then in the person's room. */
  async watchCategory(
    userId: string,
    spaceId: string,
    categoryId: string,
    level: WatchLevel,
    stillAllowed: StillAllowed,
  ): Promise<PersonChange> {
    const exists = await readRoom(
      this.rooms,
      forumRoom(spaceId),
      (doc) => ForumCategory.safeParse(doc.getMap(FORUM_TYPES.categories).get(categoryId)).success,
    );
    if (!exists) return 'not_found';
    let allowed = true;
    await this.rooms.change(categoryRoom(spaceId, categoryId), (doc) => {
      allowed = stillAllowed();
      if (allowed) setWatcher(doc.getMap(CATEGORY_TYPES.watchers), userId, level);
    });
    return this.alsoInPersonRoom(userId, watchingKey({ categoryId }), level, true, allowed);
  }

  /**
   * The person's room says what the shared room now says. Not one transaction with it (two
   * rooms): if this write fails, the request fails, and sending it again puts both right.
   */
  private async alsoInPersonRoom(
    userId: string,
    key: string,
    level: WatchLevel,
    found: boolean,
    allowed: boolean,
  ): Promise<PersonChange> {
    if (!found) return 'not_found';
    if (!allowed) return 'refused';
    await this.rooms.change(personRoom(userId), (doc) => setWatching(doc, key, level));
    return 'done';
  }

  /** Marks the person's own notifications read: those named, or all. */
  async notificationsRead(userId: string, which: { ids: string[] } | { all: true }): Promise<void> {
    await this.rooms.change(personRoom(userId), (doc) => markNotificationsRead(doc, which));
  }
}

/** Sets a person's level in a room's watchers map, unless it already says so. */
export function setWatcher(watchers: Y.Map<unknown>, userId: string, level: WatchLevel): void {
  if (watchers.get(userId) !== level) watchers.set(userId, level);
}
