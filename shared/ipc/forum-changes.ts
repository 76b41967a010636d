import { z } from 'zod';
import {
  CreateCategoryRequest,
  CreateThreadRequest,
  HidePostRequest,
  ModerateThreadRequest,
  ReplyRequest,
  UpdateCategoryRequest,
} from '../api/forum';
import { Reaction } from '../forum/forum-rooms';
import { PostBody } from '../forum/post-body';
import { CategoryId, PostId, SpaceId, ThreadId } from '../ids';

/**
 * The forum's changes as the outbox keeps them (shared/ipc/outbox.ts): each is one request of
 * shared/api/forum.ts, sent with the entry's id as its Idempotency-Key. They reach the server
 * in the order they were made, so a reply written offline to a thread written offline arrives
 * after its thread (whose id the device chose).
 */
const inSpace = { spaceId: SpaceId };
const inThread = { spaceId: SpaceId, threadId: ThreadId };
const onPost = { spaceId: SpaceId, threadId: ThreadId, postId: PostId };
const Reason = z.string().trim().max(500).nullable();

export const ForumOutboxChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('forum-create-category'), ...inSpace, request: CreateCategoryRequest }),
  z.object({
    kind: z.literal('forum-update-category'),
    ...inSpace,
    categoryId: CategoryId,
    changes: UpdateCategoryRequest,
  }),
  z.object({ kind: z.literal('forum-delete-category'), ...inSpace, categoryId: CategoryId }),
  z.object({ kind: z.literal('forum-create-thread'), ...inSpace, request: CreateThreadRequest }),
  z.object({ kind: z.literal('forum-moderate-thread'), ...inThread, changes: ModerateThreadRequest }),
  z.object({ kind: z.literal('forum-delete-thread'), ...inThread, reason: Reason }),
  z.object({ kind: z.literal('forum-reply'), ...inThread, request: ReplyRequest }),
  z.object({ kind: z.literal('forum-edit-post'), ...onPost, body: PostBody }),
  z.object({ kind: z.literal('forum-delete-post'), ...onPost, reason: Reason }),
  z.object({ kind: z.literal('forum-hide-post'), ...onPost, request: HidePostRequest }),
  z.object({ kind: z.literal('forum-react'), ...onPost, reaction: Reaction, on: z.boolean() }),
]);
export type ForumOutboxChange = z.infer<typeof ForumOutboxChange>;
export type ForumChangeKind = ForumOutboxChange['kind'];

/** Where a forum change will appear: the thread it belongs to (null for a category's change). */
export function threadOfChange(change: ForumOutboxChange): string | null {
  if ('threadId' in change) return change.threadId;
  return change.kind === 'forum-create-thread' ? change.request.threadId : null;
}

/**
 * A draft kept on the device while someone writes: a new thread in a category, a reply in a
 * thread, or an edit of a post. `editorState` is the composer's own serialized state, read
 * back by the composer (which falls back to an empty one if it does not read).
 */
export const DraftKey = z
  .string()
  .min(1)
  .max(120)
  .regex(/^(new-thread|reply|edit):[A-Za-z0-9_.-]+$/, 'invalid draft key');
export type DraftKey = z.infer<typeof DraftKey>;

export const Draft = z.object({
  title: z.string().max(200),
  editorState: z.string().max(256 * 1024),
  replyTo: PostId.nullable(),
  savedAt: z.string().datetime(),
});
export type Draft = z.infer<typeof Draft>;
