import type { UsageReport } from './protocol';

/**
 * The forum bench's space (issue 13): 10,000 threads and 100,000 posts, one thread of 2,000
 * posts, in 8 categories (about 1,250 threads each), written by 20 people. Stage 0 is its
 * first 1,000 posts (100 threads of 10), where the same post is timed first.
 */
export const FORUM_SHAPE = {
  categories: 8,
  people: 20,
  stages: [
    { threads: 100, posts: 1_000 },
    { threads: 10_000, posts: 100_000 },
  ],
  /** The index of the long thread (the first of stage 1). */
  longThread: 100,
  longThreadPosts: 2_000,
} as const;

/** Posts in thread `index`: 10, the long one 2,000, and 9 in the 1,990 after it, so the total is 100,000. */
export function postsInThread(index: number): number {
  if (index === FORUM_SHAPE.longThread) return FORUM_SHAPE.longThreadPosts;
  if (index > FORUM_SHAPE.longThread && index <= FORUM_SHAPE.longThread + 1_990) return 9;
  return 10;
}

export type ForumLayout = {
  spaceId: string;
  ownerId: string;
  members: string[];
  categories: string[];
  threads: Array<{ threadId: string; categoryId: string; posts: number }>;
  posts: number;
  /** How long each stage took to fill, by stage. */
  fillMs: Record<number, number>;
};

export type ForumReady = { type: 'ready'; url: string; syncBase: string; token: string; layout: ForumLayout };
export type ForumRequest = { type: 'usage' } | { type: 'fill'; stage: number };
export type ForumAnswer = UsageReport | { type: 'filled'; layout: ForumLayout };
