import { z } from 'zod';
import { CategoryId, PostId, SpaceId, ThreadId } from '../ids';
import { CategoryDescription, CategoryName, Reaction, ThreadTitle, WatchLevel } from '../forum/forum-rooms';
import { PostBody } from '../forum/post-body';

/**
 * The forum's HTTP API (routes in routes.ts, described in server/README.md). Every change is
 * a request the server validates, checks against the role table ('post', 'moderate') and
 * writes into the forum's rooms (shared/forum/forum-rooms.ts); clients never write those rooms.
 *
 * Changes are sent with an Idempotency-Key (the outbox's entry id). Creations carry the id
 * the client chose for what they make, and their receipt is kept inside it (`MadeBy`): sent
 * again with the same key, the server answers as the first time (`Idempotent-Replayed`);
 * an id already used by someone else, or by another key, is `conflict`. Every other change
 * sets a state (pinned: true, reaction on: false…), so making it twice changes nothing more.
 */

export const CreateCategoryRequest = z.object({
  categoryId: CategoryId,
  name: CategoryName,
  nameCy: CategoryName.nullable().default(null),
  description: CategoryDescription.default(''),
  descriptionCy: CategoryDescription.nullable().default(null),
  order: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateCategoryRequest = z.input<typeof CreateCategoryRequest>;

export const UpdateCategoryRequest = z
  .object({
    name: CategoryName,
    nameCy: CategoryName.nullable(),
    description: CategoryDescription,
    descriptionCy: CategoryDescription.nullable(),
    order: z.number().int().min(0).max(1_000_000),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'Say what to change.');
export type UpdateCategoryRequest = z.input<typeof UpdateCategoryRequest>;

export const CreateThreadRequest = z.object({
  threadId: ThreadId,
  /** The id of the thread's first post. */
  postId: PostId,
  categoryId: CategoryId,
  title: ThreadTitle,
  body: PostBody,
});
export type CreateThreadRequest = z.input<typeof CreateThreadRequest>;

/** A moderator's change to a thread; `reason` is recorded in the moderation log (and, for a lock, shown in the reply box). */
export const ModerateThreadRequest = z
  .object({
    pinned: z.boolean(),
    locked: z.boolean(),
    categoryId: CategoryId,
    title: ThreadTitle,
  })
  .partial()
  .extend({ reason: z.string().trim().max(500).nullable().default(null) })
  .refine(
    (changes) => ['pinned', 'locked', 'categoryId', 'title'].some((key) => key in changes),
    'Say what to change.',
  );
export type ModerateThreadRequest = z.input<typeof ModerateThreadRequest>;

export const ReplyRequest = z.object({
  postId: PostId,
  body: PostBody,
  replyTo: PostId.nullable().default(null),
});
export type ReplyRequest = z.input<typeof ReplyRequest>;

/** The author edits their post's body. */
export const EditPostRequest = z.object({ body: PostBody });
export type EditPostRequest = z.input<typeof EditPostRequest>;

/** A moderator hides a post (with the reason its author is shown) or shows it again. */
export const HidePostRequest = z.discriminatedUnion('hidden', [
  z.object({ hidden: z.literal(true), reason: z.string().trim().min(1).max(500) }),
  z.object({ hidden: z.literal(false) }),
]);
export type HidePostRequest = z.input<typeof HidePostRequest>;

/** A moderator's deletion may say why (recorded in the moderation log). */
export const DeleteRequest = z.object({ reason: z.string().trim().max(500).nullable().default(null) });

export const ReactRequest = z.object({ reaction: Reaction, on: z.boolean() });
export type ReactRequest = z.input<typeof ReactRequest>;

/** How far one has read a thread: the seq of the last post seen (only ever moves forward). */
export const ReadRequest = z.object({ seq: z.number().int().nonnegative().max(10_000_000) });

export const WatchRequest = z.object({ level: WatchLevel });

/** Marks notifications read: the ones named, or every one. */
export const NotificationsReadRequest = z.union([
  z.object({ ids: z.array(z.string().max(100)).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);

/** What a forum change made or changed: where it is, for the app to open. */
export const ForumChangeAnswer = z.object({
  spaceId: SpaceId,
  categoryId: CategoryId.nullable(),
  threadId: ThreadId.nullable(),
  postId: PostId.nullable(),
});
export type ForumChangeAnswer = z.infer<typeof ForumChangeAnswer>;
