import type * as Y from 'yjs';
import { readThread } from '../../../shared/forum/forum-rooms';
import { postText } from '../../../shared/forum/post-body';
import type { LogStamp } from './room-text';

/** One post as the index holds it: its text in blocks (what snippets are cut from). */
export type StoredPost = { id: string; authorId: string; blocks: string[] };

/**
 * A thread room's content as the index holds it (what is searchable of it): its title and
 * category, and the posts that still have a body (deleted and hidden ones have none).
 */
export type ThreadContent = { categoryId: string; title: string; posts: StoredPost[] };

/** A thread as the index keeps it, with the log it was read from. */
export type StoredThread = ThreadContent & {
  spaceId: string;
  threadId: string;
  builtFrom: LogStamp;
  revision: number;
};

/** What of a thread room can be searched; null before its details arrive, or once it is deleted. */
export function threadContent(doc: Y.Doc): ThreadContent | null {
  const { details, posts } = readThread(doc);
  if (!details || details.deleted) return null;
  return {
    categoryId: details.categoryId,
    title: details.title,
    posts: posts
      .filter((post) => post.body !== null && !post.deleted && post.hidden === null)
      .map((post) => ({ id: post.id, authorId: post.authorId, blocks: postText(post.body!).split('\n') })),
  };
}

/** The key a thread is kept under in one server's index. */
export const threadKey = (spaceId: string, threadId: string) => `${spaceId}.${threadId}`;
