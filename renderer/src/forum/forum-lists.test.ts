import { describe, expect, it } from 'vitest';
import { CategoryId } from '../../../shared/ids';
import type { ThreadSummaryView } from '../../../shared/forum/forum-rooms';
import { newForumId, unreadThreads, unreadTotals, withUnread } from './forum-lists';

const thread = (id: string, lastSeq: number, lastPostAt: string, pinned = false): ThreadSummaryView => ({
  id,
  title: `Thread ${id}`,
  authorId: 'user-aaaaaaaa',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastPostAt,
  lastPostBy: 'user-aaaaaaaa',
  lastSeq,
  postCount: lastSeq,
  participants: ['user-aaaaaaaa'],
  participantCount: 1,
  pinned,
  locked: false,
});
const at = (seq: number) => ({ seq, at: '2026-01-02T00:00:00.000Z' });

describe('unread counts', () => {
  const threads = [thread('t1', 5, '2026-01-03T00:00:00.000Z'), thread('t2', 3, '2026-01-05T00:00:00.000Z')];

  it('count a thread never opened as wholly unread, and one read to its end as read', () => {
    const read = new Map([['t2', at(3)]]);
    expect(unreadTotals(threads, read)).toEqual({ threads: 1, posts: 5 });
    expect(withUnread(threads, read, { spaceId: 's', categoryId: 'c' }).map((item) => item.unread)).toEqual([5, 0]);
  });

  it('never count below nothing when the read position is past the last post (a deleted post)', () => {
    expect(
      unreadTotals(
        threads,
        new Map([
          ['t1', at(9)],
          ['t2', at(1)],
        ]),
      ),
    ).toEqual({ threads: 1, posts: 2 });
  });
});

describe('new and unread', () => {
  it('lists only unread threads across categories, latest activity first, pinning ignored', () => {
    const read = new Map([['b', at(2)]]);
    const one = withUnread(
      [thread('a', 2, '2026-01-01T00:00:00.000Z', true), thread('b', 2, '2026-01-09T00:00:00.000Z')],
      read,
      { spaceId: 's', categoryId: 'c1' },
    );
    const two = withUnread(
      [thread('c', 1, '2026-01-04T00:00:00.000Z'), thread('d', 1, '2026-01-04T00:00:00.000Z')],
      read,
      { spaceId: 's', categoryId: 'c2' },
    );
    expect(unreadThreads([one, two]).map((item) => item.id)).toEqual(['c', 'd', 'a']);
  });
});

describe('newForumId', () => {
  it('makes ids a category accepts, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newForumId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(CategoryId.safeParse(id).success, id).toBe(true);
  });

  it('uses every byte evenly over the 64 safe characters', () => {
    expect(newForumId((bytes) => bytes.fill(255))).toBe('-'.repeat(20));
    expect(newForumId((bytes) => bytes.fill(0))).toBe('A'.repeat(20));
  });
});
