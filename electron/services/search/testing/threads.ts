import * as Y from 'yjs';
import {
  THREAD_DETAILS_KEY,
  THREAD_TYPES,
  type ForumPost,
  type ThreadDetails,
} from '../../../../shared/forum/forum-rooms';
import { plainPostBody } from '../../../../shared/forum/post-body';
import { at } from './documents';

const made = (userId: string, key: string) => ({ userId, key: `key-${key}-0123456789abcdef`, request: 'r' });

/** A thread room as the server writes one (each value set whole), for search tests. */
export function threadDoc(details: { categoryId: string; title: string; authorId: string }): Y.Doc {
  const doc = new Y.Doc();
  const value: ThreadDetails = {
    ...details,
    createdAt: at,
    pinned: false,
    locked: false,
    lockReason: null,
    deleted: false,
    lastSeq: 0,
    made: made(details.authorId, details.title.length.toString()),
  };
  doc.getMap(THREAD_TYPES.thread).set(THREAD_DETAILS_KEY, value);
  return doc;
}

/** Adds (or replaces) a post; returns the Yjs update it made. */
export function writePost(
  doc: Y.Doc,
  postId: string,
  post: { seq: number; authorId: string; text: string | null; deleted?: boolean },
): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const value: ForumPost = {
    seq: post.seq,
    authorId: post.authorId,
    createdAt: at,
    body: post.text === null ? null : plainPostBody(post.text),
    replyTo: null,
    editedAt: null,
    deleted: post.deleted ?? false,
    hidden: null,
    reactions: {},
    made: made(post.authorId, postId),
  };
  doc.getMap(THREAD_TYPES.posts).set(postId, value);
  return Y.encodeStateAsUpdate(doc, before);
}
