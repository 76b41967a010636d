import { z } from 'zod';

/**
 * Ids cross every trust boundary (URLs, room names, file names on both hosts), so they
 * are restricted to a URL- and file-safe alphabet and a bounded length.
 */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

const safeId = () => z.string().min(8).max(64).regex(SAFE_ID, 'invalid id');

export const DocumentId = safeId();
export type DocumentId = z.infer<typeof DocumentId>;

export const UserId = safeId();
export type UserId = z.infer<typeof UserId>;

export const SpaceId = safeId();
export type SpaceId = z.infer<typeof SpaceId>;

export const InviteId = safeId();
export type InviteId = z.infer<typeof InviteId>;

/**
 * A forum's categories, threads and posts. The client chooses the id of what it creates (so a
 * thread written offline can be replied to before it reaches the server); the server refuses
 * an id already taken by something else. Shorter than other ids so room names that join a
 * space's id and a thread's stay within MAX_ROOM_NAME_LENGTH.
 */
const forumId = () => z.string().min(8).max(32).regex(SAFE_ID, 'invalid id');
export const CategoryId = forumId();
export type CategoryId = z.infer<typeof CategoryId>;
export const ThreadId = forumId();
export type ThreadId = z.infer<typeof ThreadId>;
export const PostId = forumId();
export type PostId = z.infer<typeof PostId>;

/** A server the desktop app is configured for; local to one device. */
export const ServerId = z.string().min(1).max(64).regex(SAFE_ID, 'invalid id');
export type ServerId = z.infer<typeof ServerId>;

/**
 * One change waiting in a device's outbox, and the Idempotency-Key it is sent with: a server
 * that has seen the key answers as it did the first time instead of making the change again.
 */
export const ChangeKey = safeId().min(16);
export type ChangeKey = z.infer<typeof ChangeKey>;
