import type * as Y from 'yjs';
import {
  CATEGORY_TYPES,
  FORUM_TYPES,
  ForumCategory,
  ForumPost,
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  ThreadDetails,
  type ThreadSummary,
} from '../../shared/forum/forum-rooms';

/**
 * Reading what the server itself wrote into the forum's rooms. The one value an action acts on
 * is validated (a room restored from elsewhere may hold anything); sums over a whole room read
 * the plain fields only, so a reply costs the same however many threads its category holds.
 */

export const threadDetails = (doc: Y.Doc): ThreadDetails | null => {
  const read = ThreadDetails.safeParse(doc.getMap(THREAD_TYPES.thread).get(THREAD_DETAILS_KEY));
  return read.success ? read.data : null;
};

export const threadPost = (doc: Y.Doc, postId: string): ForumPost | null => {
  const read = ForumPost.safeParse(doc.getMap(THREAD_TYPES.posts).get(postId));
  return read.success ? read.data : null;
};

export const forumCategory = (doc: Y.Doc, categoryId: string): ForumCategory | null => {
  const read = ForumCategory.safeParse(doc.getMap(FORUM_TYPES.categories).get(categoryId));
  return read.success ? read.data : null;
};

type RawPost = { seq?: unknown; authorId?: unknown; createdAt?: unknown; deleted?: unknown };
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What the category room says of a thread, from the thread room (the source of truth); null for none or deleted. */
export function summaryOf(doc: Y.Doc): ThreadSummary | null {
  const details = threadDetails(doc);
  if (!details || details.deleted) return null;
  const posts: Array<Required<RawPost>> = [];
  doc.getMap<unknown>(THREAD_TYPES.posts).forEach((raw) => {
    if (isRecord(raw) && typeof raw.seq === 'number') posts.push(raw as Required<RawPost>);
  });
  posts.sort((a, b) => (a.seq as number) - (b.seq as number));
  const people: string[] = [details.authorId];
  const seen = new Set(people);
  let postCount = 0;
  let last: Required<RawPost> | null = null;
  for (const post of posts) {
    if (post.deleted === true) continue;
    postCount += 1;
    last = post;
    const author = String(post.authorId);
    if (!seen.has(author)) {
      seen.add(author);
      people.push(author);
    }
  }
  return {
    title: details.title,
    authorId: details.authorId,
    createdAt: details.createdAt,
    lastPostAt: last ? String(last.createdAt) : details.createdAt,
    lastPostBy: last ? String(last.authorId) : details.authorId,
    lastSeq: details.lastSeq,
    postCount,
    participants: people.slice(0, 8),
    participantCount: people.length,
    pinned: details.pinned,
    locked: details.locked,
  };
}

export type CategoryCounts = Pick<ForumCategory, 'threadCount' | 'postCount' | 'lastPostAt'>;

/** A category's counts, summed over its room's summaries. */
export function countsOf(doc: Y.Doc): CategoryCounts {
  let threadCount = 0;
  let postCount = 0;
  let lastPostAt: string | null = null;
  doc.getMap<unknown>(CATEGORY_TYPES.threads).forEach((raw) => {
    if (!isRecord(raw)) return;
    threadCount += 1;
    if (typeof raw.postCount === 'number') postCount += raw.postCount;
    if (typeof raw.lastPostAt === 'string' && (lastPostAt === null || raw.lastPostAt > lastPostAt))
      lastPostAt = raw.lastPostAt;
  });
  return { threadCount, postCount, lastPostAt };
}

/** Whether two plain values say the same (what the server wrote is JSON through and through). */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
