import { z } from 'zod';
import type * as Y from 'yjs';
import { SpaceDescription, SpaceName } from '../api/spaces';
import { CategoryId, DocumentId, PostId, SpaceId, ThreadId, UserId } from '../ids';
import { PostBody } from './post-body';

/**
 * What the server writes into a forum's rooms (shared/rooms.ts) and clients read, read-only.
 * Every value is a plain object set whole under its key (never edited field by field), so a
 * reader never sees half of one change; every reader validates each value and leaves out one
 * that does not read, hiding nothing else.
 *
 * - `forum:<spaceId>`: `doc.getMap(FORUM_TYPES.categories)`: categoryId → ForumCategory.
 * - `category:<spaceId>.<categoryId>`: `doc.getMap(CATEGORY_TYPES.threads)`: threadId → ThreadSummary;
 *   `doc.getMap(CATEGORY_TYPES.watchers)`: userId → WatchLevel.
 * - `thread:<spaceId>.<threadId>`: `doc.getMap(THREAD_TYPES.thread)` key `details` → ThreadDetails;
 *   `doc.getMap(THREAD_TYPES.posts)`: postId → ForumPost; `doc.getMap(THREAD_TYPES.watchers)`: userId → WatchLevel.
 * - `moderation:<spaceId>`: `doc.getMap(MODERATION_TYPES.log)`: entryId → ModerationEntry;
 *   `doc.getMap(MODERATION_TYPES.versions)`: postId → PostVersion[] (earlier bodies, oldest first, and hidden bodies).
 * - `person:<userId>`: `doc.getMap(PERSON_TYPES.read)`: threadId → ReadPosition;
 *   `doc.getMap(PERSON_TYPES.watching)`: `thread:<threadId>` | `category:<categoryId>` → WatchLevel;
 *   `doc.getMap(PERSON_TYPES.notifications)`: notificationId → ForumNotification.
 */
export const FORUM_TYPES = { categories: 'categories' } as const;
export const CATEGORY_TYPES = { threads: 'threads', watchers: 'watchers' } as const;
export const THREAD_TYPES = { thread: 'thread', posts: 'posts', watchers: 'watchers' } as const;
export const MODERATION_TYPES = { log: 'log', versions: 'versions' } as const;
export const PERSON_TYPES = { read: 'read', watching: 'watching', notifications: 'notifications' } as const;

/** The key of the thread's details in `THREAD_TYPES.thread`. */
export const THREAD_DETAILS_KEY = 'details';

export const Timestamp = z.string().datetime();
export const ThreadTitle = z.string().trim().min(1).max(200);
export const CategoryName = SpaceName;
export const CategoryDescription = SpaceDescription;

/** The fixed set of reactions a post can have (the app shows each as its emoji). */
export const Reaction = z.enum(['thumbs-up', 'heart', 'smile', 'tada', 'thinking', 'eyes']);
export type Reaction = z.infer<typeof Reaction>;
export const REACTION_EMOJI: Record<Reaction, string> = {
  'thumbs-up': '👍',
  heart: '❤️',
  smile: '😄',
  tada: '🎉',
  thinking: '🤔',
  eyes: '👀',
};

/** `watch`: told of every new post; `normal`: told of mentions and replies to one's posts; `mute`: told of nothing. */
export const WatchLevel = z.enum(['watch', 'normal', 'mute']);
export type WatchLevel = z.infer<typeof WatchLevel>;

/**
 * What made a thread or post: who asked, with which Idempotency-Key, and a fingerprint of the
 * request. The receipt lives inside what it made, so "made once" is checked against the room
 * itself: the same key sent again finds it, whatever the forum's size.
 */
export const MadeBy = z.object({ userId: UserId, key: z.string().min(16).max(64), request: z.string().max(64) });
export type MadeBy = z.infer<typeof MadeBy>;

export const ForumCategory = z.object({
  name: CategoryName,
  nameCy: CategoryName.nullable(),
  description: CategoryDescription,
  descriptionCy: CategoryDescription.nullable(),
  /** Categories are listed by `order`, then name. */
  order: z.number().int().min(0).max(1_000_000),
  threadCount: z.number().int().nonnegative(),
  postCount: z.number().int().nonnegative(),
  lastPostAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type ForumCategory = z.infer<typeof ForumCategory>;

export const ThreadSummary = z.object({
  title: ThreadTitle,
  authorId: UserId,
  createdAt: Timestamp,
  lastPostAt: Timestamp,
  lastPostBy: UserId,
  /** The `seq` of the thread's last post: with one's read position, how many are unread. */
  lastSeq: z.number().int().nonnegative(),
  /** Posts that are not deleted (the first post included). */
  postCount: z.number().int().nonnegative(),
  /** Up to 8 people who posted, the author first. */
  participants: z.array(UserId).max(8),
  participantCount: z.number().int().nonnegative(),
  pinned: z.boolean(),
  locked: z.boolean(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadDetails = z.object({
  categoryId: CategoryId,
  title: ThreadTitle,
  authorId: UserId,
  createdAt: Timestamp,
  pinned: z.boolean(),
  locked: z.boolean(),
  /** Why it was locked, for the reply box to say (null when unlocked, or no reason given). */
  lockReason: z.string().max(500).nullable(),
  /** Deleted by a moderator: readers are told it is gone; its posts are removed from the room. */
  deleted: z.boolean(),
  lastSeq: z.number().int().nonnegative(),
  made: MadeBy,
});
export type ThreadDetails = z.infer<typeof ThreadDetails>;

export const ForumPost = z.object({
  /** 1 for the thread's first post, then one more per post: the thread's order. */
  seq: z.number().int().positive(),
  authorId: UserId,
  createdAt: Timestamp,
  /** Null once deleted or hidden: the post keeps its place, its text is gone from the room. */
  body: PostBody.nullable(),
  /** The post this one answers, if any. */
  replyTo: PostId.nullable(),
  editedAt: Timestamp.nullable(),
  deleted: z.boolean(),
  /** Hidden by a moderator, with the reason its author is shown. */
  hidden: z.object({ reason: z.string().min(1).max(500), by: UserId, at: Timestamp }).nullable(),
  /** Who reacted with what; a person at most once per reaction. */
  reactions: z.partialRecord(Reaction, z.array(UserId).max(10_000)),
  made: MadeBy,
});
export type ForumPost = z.infer<typeof ForumPost>;

export const ModerationAction = z.enum([
  'pin',
  'unpin',
  'lock',
  'unlock',
  'hide-post',
  'unhide-post',
  'move-thread',
  'retitle-thread',
  'delete-thread',
  'delete-post',
  'create-category',
  'update-category',
  'delete-category',
]);
export type ModerationAction = z.infer<typeof ModerationAction>;

export const ModerationEntry = z.object({
  action: ModerationAction,
  by: UserId,
  at: Timestamp,
  threadId: ThreadId.nullable(),
  postId: PostId.nullable(),
  categoryId: CategoryId.nullable(),
  /** For a move: the category it came from (categoryId is where it went). */
  fromCategoryId: CategoryId.nullable(),
  /** The thread's title when it was done, so the log reads after the thread is gone. */
  title: z.string().max(200).nullable(),
  reason: z.string().max(500).nullable(),
});
export type ModerationEntry = z.infer<typeof ModerationEntry>;

/** An earlier version of a post's body, kept for moderators (`replaced` by an edit, or the body of a post `hidden` or `deleted`). */
export const PostVersion = z.object({
  body: PostBody,
  at: Timestamp,
  why: z.enum(['edited', 'hidden', 'deleted']),
  threadId: ThreadId,
});
export type PostVersion = z.infer<typeof PostVersion>;

export const ReadPosition = z.object({ seq: z.number().int().nonnegative(), at: Timestamp });
export type ReadPosition = z.infer<typeof ReadPosition>;

/** `comment-mention` and `comment-reply`: in a document's comments (`documentId` set, `threadId` the comment thread). */
export const NotificationKind = z.enum(['mention', 'reply', 'watched', 'hidden', 'comment-mention', 'comment-reply']);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const ForumNotification = z.object({
  kind: NotificationKind,
  spaceId: SpaceId,
  threadId: ThreadId,
  postId: PostId,
  /** Who posted (or, for `hidden`, the moderator). */
  by: UserId,
  at: Timestamp,
  threadTitle: ThreadTitle,
  /** The first words of the post; for `hidden`, the reason. */
  excerpt: z.string().max(300),
  read: z.boolean(),
  /** For a comment's notification: the document (its title is `threadTitle`). */
  documentId: DocumentId.optional(),
});
export type ForumNotification = z.infer<typeof ForumNotification>;

/** A person's room keeps their newest notifications, up to this many. */
export const MAX_NOTIFICATIONS = 500;

export const watchingKey = (target: { threadId: string } | { categoryId: string }) =>
  'threadId' in target ? `thread:${target.threadId}` : `category:${target.categoryId}`;

/** Reads a map of validated values; a key or value that does not read is left out. */
export function readMap<K extends string, V>(map: Y.Map<unknown>, key: z.ZodType<K>, value: z.ZodType<V>): Map<K, V> {
  const read = new Map<K, V>();
  map.forEach((raw, rawKey) => {
    const k = key.safeParse(rawKey);
    const v = value.safeParse(raw);
    if (k.success && v.success) read.set(k.data, v.data);
  });
  return read;
}

export type CategoryView = ForumCategory & { id: CategoryId };
export type ThreadSummaryView = ThreadSummary & { id: ThreadId };
export type PostView = ForumPost & { id: PostId };

/** A forum's categories, in order. */
export function readForum(doc: Y.Doc): CategoryView[] {
  return [...readMap(doc.getMap(FORUM_TYPES.categories), CategoryId, ForumCategory)]
    .map(([id, category]) => ({ id, ...category }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** A category's threads: pinned first, then latest activity first. */
export function readCategory(doc: Y.Doc): { threads: ThreadSummaryView[]; watchers: Map<string, WatchLevel> } {
  const threads = [...readMap(doc.getMap(CATEGORY_TYPES.threads), ThreadId, ThreadSummary)]
    .map(([id, thread]) => ({ id, ...thread }))
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        (a.lastPostAt === b.lastPostAt ? (a.id < b.id ? -1 : 1) : a.lastPostAt < b.lastPostAt ? 1 : -1),
    );
  return { threads, watchers: readMap(doc.getMap(CATEGORY_TYPES.watchers), UserId, WatchLevel) };
}

/** A thread: its details (null until synced, or unreadable) and its posts in order. */
export function readThread(doc: Y.Doc): {
  details: ThreadDetails | null;
  posts: PostView[];
  watchers: Map<string, WatchLevel>;
} {
  const details = ThreadDetails.safeParse(doc.getMap(THREAD_TYPES.thread).get(THREAD_DETAILS_KEY));
  const posts = [...readMap(doc.getMap(THREAD_TYPES.posts), PostId, ForumPost)]
    .map(([id, post]) => ({ id, ...post }))
    .sort((a, b) => a.seq - b.seq);
  return {
    details: details.success ? details.data : null,
    posts,
    watchers: readMap(doc.getMap(THREAD_TYPES.watchers), UserId, WatchLevel),
  };
}

/** The moderation log, newest first, and the earlier versions of posts. */
export function readModeration(doc: Y.Doc): {
  log: Array<ModerationEntry & { id: string }>;
  versions: Map<string, PostVersion[]>;
} {
  const log = [...readMap(doc.getMap(MODERATION_TYPES.log), z.string().max(100), ModerationEntry)]
    .map(([id, entry]) => ({ id, ...entry }))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  return { log, versions: readMap(doc.getMap(MODERATION_TYPES.versions), PostId, z.array(PostVersion)) };
}

/** One person's forum state: read positions, what they watch or mute, notifications newest first. */
export function readPerson(doc: Y.Doc): {
  read: Map<string, ReadPosition>;
  watching: Map<string, WatchLevel>;
  notifications: Array<ForumNotification & { id: string }>;
} {
  const notifications = [...readMap(doc.getMap(PERSON_TYPES.notifications), z.string().max(100), ForumNotification)]
    .map(([id, notification]) => ({ id, ...notification }))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  return {
    read: readMap(doc.getMap(PERSON_TYPES.read), ThreadId, ReadPosition),
    watching: readMap(doc.getMap(PERSON_TYPES.watching), z.string().max(64), WatchLevel),
    notifications,
  };
}

/** How many posts of a thread are unread for someone whose read position is `read` (none: the whole thread). */
export function unreadCount(lastSeq: number, read: ReadPosition | undefined): number {
  return Math.max(0, lastSeq - (read?.seq ?? 0));
}
