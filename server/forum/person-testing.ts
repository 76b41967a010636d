import type * as Y from 'yjs';
import {
  CATEGORY_TYPES,
  FORUM_TYPES,
  readPerson,
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  type ForumCategory,
  type ForumPost,
  type ThreadDetails,
  type ThreadSummary,
  type WatchLevel,
} from '../../shared/forum/forum-rooms';
import { plainPostBody, type PostBody } from '../../shared/forum/post-body';
import { categoryRoom, forumRoom, personRoom, threadRoom } from '../../shared/rooms';
import type { BranchlineServer } from '../app';
import type { PostedEvent } from './forum-events';
import { readRoom } from './person-room';

/**
 * Test helpers for people's forum rooms. Until the forum core is merged, tests write a forum's
 * rooms the way it will (shapes of shared/forum/forum-rooms.ts) with the server's own
 * `rooms.change`, and report posts through the server's ForumEvents.
 */

const made = (userId: string, key: string) => ({ userId, key: `key-${key}`.padEnd(16, '0'), request: 'test' });

export type SeededThread = { spaceId: string; categoryId: string; threadId: string; authorId: string; lastSeq: number };

/** Writes a category (if new) and a thread with `lastSeq` posts into the space's forum, category and thread rooms. */
export async function seedThread(server: BranchlineServer, thread: SeededThread, title = 'A thread'): Promise<void> {
  const at = new Date().toISOString();
  const { spaceId, categoryId, threadId, authorId, lastSeq } = thread;
  await server.rooms.change(forumRoom(spaceId), (doc) => {
    const categories = doc.getMap(FORUM_TYPES.categories);
    if (categories.has(categoryId)) return;
    categories.set(categoryId, {
      name: `Category ${categoryId}`,
      nameCy: null,
      description: '',
      descriptionCy: null,
      order: categories.size,
      threadCount: 0,
      postCount: 0,
      lastPostAt: null,
      createdAt: at,
    } satisfies ForumCategory);
  });
  await server.rooms.change(categoryRoom(spaceId, categoryId), (doc) =>
    doc.getMap(CATEGORY_TYPES.threads).set(threadId, {
      title,
      authorId,
      createdAt: at,
      lastPostAt: at,
      lastPostBy: authorId,
      lastSeq,
      postCount: lastSeq,
      participants: [authorId],
      participantCount: 1,
      pinned: false,
      locked: false,
    } satisfies ThreadSummary),
  );
  await server.rooms.change(threadRoom(spaceId, threadId), (doc) =>
    doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, {
      categoryId,
      title,
      authorId,
      createdAt: at,
      pinned: false,
      locked: false,
      lockReason: null,
      deleted: false,
      lastSeq,
      made: made(authorId, threadId),
    } satisfies ThreadDetails),
  );
}

/** Marks a seeded thread deleted, as a moderator's delete does. */
export async function deleteSeededThread(server: BranchlineServer, spaceId: string, threadId: string): Promise<void> {
  await server.rooms.change(threadRoom(spaceId, threadId), (doc) => {
    const map = doc.getMap<ThreadDetails>(THREAD_TYPES.thread);
    map.set(THREAD_DETAILS_KEY, { ...map.get(THREAD_DETAILS_KEY)!, deleted: true });
  });
}

/** Sets someone's level in a thread's or category's watchers, as the watch routes do. */
export async function seedWatcher(
  server: BranchlineServer,
  room: string,
  type: string,
  userId: string,
  level: WatchLevel,
): Promise<void> {
  await server.rooms.change(room, (doc) => doc.getMap(type).set(userId, level));
}

/** A post's body: `text`, then an @mention of each of `mentioned`. */
export function bodyMentioning(text: string, mentioned: readonly string[] = []): PostBody {
  const body = plainPostBody(text);
  const paragraph = body.root.children[0]!;
  if (paragraph.type !== 'paragraph') throw new Error('plainPostBody gave no paragraph');
  for (const userId of mentioned)
    paragraph.children.push({
      type: 'mention',
      userId,
      text: ` @${userId}`,
      format: 0,
      detail: 0,
      mode: 'segmented',
      style: '',
      version: 1,
    });
  return body;
}

/** What the forum core reports after storing a post of `thread`. */
export function postedEvent(
  thread: SeededThread,
  post: { postId: string; seq: number; authorId: string; body: PostBody; replyToAuthorId?: string | null },
  title = 'A thread',
): PostedEvent {
  return {
    spaceId: thread.spaceId,
    categoryId: thread.categoryId,
    threadId: thread.threadId,
    threadTitle: title,
    postId: post.postId,
    replyToAuthorId: post.replyToAuthorId ?? null,
    post: {
      seq: post.seq,
      authorId: post.authorId,
      createdAt: new Date().toISOString(),
      body: post.body,
      replyTo: null,
      editedAt: null,
      deleted: false,
      hidden: null,
      reactions: {},
      made: made(post.authorId, post.postId),
    } satisfies ForumPost,
  };
}

/** A person's room as the server holds it now. */
export function personState(server: BranchlineServer, userId: string) {
  return readRoom(server.rooms, personRoom(userId), (doc: Y.Doc) => readPerson(doc));
}
