import type { ReadPosition, ThreadSummaryView } from '../../../shared/forum/forum-rooms';
import { unreadCount } from '../../../shared/forum/forum-rooms';

/** A thread as a list shows it: its summary, where it lives, and how many of its posts one has not read. */
export type ThreadListItem = ThreadSummaryView & { spaceId: string; categoryId: string; unread: number };

/** Read positions by thread id (the person room's `read` map). */
export type ReadPositions = ReadonlyMap<string, ReadPosition>;

/** A category's threads as listed: in the order readCategory gives (pinned, then latest activity), each with its unread count. */
export function withUnread(
  threads: readonly ThreadSummaryView[],
  read: ReadPositions,
  where: { spaceId: string; categoryId: string },
): ThreadListItem[] {
  return threads.map((thread) => ({ ...thread, ...where, unread: unreadCount(thread.lastSeq, read.get(thread.id)) }));
}

/** How many threads have unread posts, and how many posts are unread in all. */
export function unreadTotals(
  threads: readonly ThreadSummaryView[],
  read: ReadPositions,
): { threads: number; posts: number } {
  let unreadThreads = 0;
  let posts = 0;
  for (const thread of threads) {
    const unread = unreadCount(thread.lastSeq, read.get(thread.id));
    if (unread > 0) {
      unreadThreads += 1;
      posts += unread;
    }
  }
  return { threads: unreadThreads, posts };
}

/**
 * "New and unread": the threads with unread posts from several categories, latest activity
 * first (pinning is a category's order, not a reading list's), the thread id breaking ties.
 */
export function unreadThreads(lists: ReadonlyArray<readonly ThreadListItem[]>): ThreadListItem[] {
  return lists
    .flat()
    .filter((thread) => thread.unread > 0)
    .sort((a, b) => (a.lastPostAt === b.lastPostAt ? (a.id < b.id ? -1 : 1) : a.lastPostAt < b.lastPostAt ? 1 : -1));
}

/** How many of a list to show: pages of this many, so a category of 10,000 threads opens as fast as one of 100. */
export const THREAD_PAGE = 100;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** An id for something this device creates (a category): 20 random characters of [A-Za-z0-9_-], as CategoryId accepts. */
export function newForumId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)) {
  // 64 letters: a byte's low six bits choose one evenly.
  return Array.from(random(new Uint8Array(20)), (byte) => ID_ALPHABET[byte & 63]).join('');
}
