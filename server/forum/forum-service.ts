import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type {
  CreateCategoryRequest,
  CreateThreadRequest,
  EditPostRequest,
  HidePostRequest,
  ModerateThreadRequest,
  ReactRequest,
  ReplyRequest,
  UpdateCategoryRequest,
} from '../../shared/api/forum';
import { roomName, type RoomKind, type RoomRef } from '../../shared/rooms';
import type { Directory } from '../accounts/directory';
import type { StoredUser } from '../accounts/schema';
import { roomLogPath } from '../storage/room-files';
import type { Rooms } from '../sync/rooms';
import { ForumCore, type ForumOptions } from './forum-core';
import { createCategory, createThread, reply } from './forum-creations';
import type { ForumEvents } from './forum-events';
import { deleteCategory, deleteThread, moderateThread, updateCategory } from './forum-moderation';
import { deletePost, editPost, hidePost, react } from './forum-post-actions';
import type { ForumResult } from './forum-result';

const FORUM_KINDS: RoomKind[] = ['forum', 'category', 'thread', 'moderation'];

/**
 * The forum's core: every change to a space's forum, written into its rooms
 * (shared/forum/forum-rooms.ts) by the server alone. Used by the HTTP routes
 * (server/http/forum-routes.ts), and directly by demo seeding and benchmarks: each method
 * takes the person acting, the space, the validated request and its Idempotency-Key (null:
 * the change is made once, never replayed), checks the person's role itself, and returns a
 * ForumResult, never a Response.
 *
 * Writes: the thread room first (the source of truth), then the category's summary of it and
 * the forum's counts, each recomputed from the room before it (so a write that failed, or a
 * server killed in between, is made good by the thread's next change or the request's replay).
 */
export class ForumService {
  private readonly core: ForumCore;

  constructor(
    rooms: Rooms,
    directory: Directory,
    events: ForumEvents,
    options: ForumOptions & { roomsDirectory: string },
  ) {
    this.core = new ForumCore(rooms, directory, events, options);
    this.roomsDirectory = options.roomsDirectory;
    // Server-written: clients' updates are dropped. Nothing to bring up to date as a room loads (the
    // writes above converge), and a room never written stays empty, with no file on disk.
    for (const kind of FORUM_KINDS) rooms.setWriter(kind, { reconcile: () => undefined });
  }

  private readonly roomsDirectory: string;

  /**
   * Whether a forum room may be opened by a socket: a thread's room only once the thread was
   * written (its log exists), so a socket cannot load rooms for made-up thread ids. Other
   * forum rooms are always there (empty until written, and an empty room is never stored).
   */
  exists(room: RoomRef): boolean {
    if (room.kind !== 'thread') return true;
    return existsSync(roomLogPath(this.roomsDirectory, roomName(room)));
  }

  createCategory(
    user: StoredUser,
    spaceId: string,
    request: z.output<typeof CreateCategoryRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return createCategory(this.core, user, spaceId, request, key);
  }

  updateCategory(
    user: StoredUser,
    spaceId: string,
    categoryId: string,
    request: z.output<typeof UpdateCategoryRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return updateCategory(this.core, user, spaceId, categoryId, request, key);
  }

  deleteCategory(user: StoredUser, spaceId: string, categoryId: string, key: string | null): Promise<ForumResult> {
    return deleteCategory(this.core, user, spaceId, categoryId, key);
  }

  createThread(
    user: StoredUser,
    spaceId: string,
    request: z.output<typeof CreateThreadRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return createThread(this.core, user, spaceId, request, key);
  }

  moderateThread(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    request: z.output<typeof ModerateThreadRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return moderateThread(this.core, user, spaceId, threadId, request, key);
  }

  deleteThread(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    reason: string | null,
    key: string | null,
  ): Promise<ForumResult> {
    return deleteThread(this.core, user, spaceId, threadId, reason, key);
  }

  reply(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    request: z.output<typeof ReplyRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return reply(this.core, user, spaceId, threadId, request, key);
  }

  editPost(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    postId: string,
    request: z.output<typeof EditPostRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return editPost(this.core, user, spaceId, threadId, postId, request, key);
  }

  deletePost(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    postId: string,
    reason: string | null,
    key: string | null,
  ): Promise<ForumResult> {
    return deletePost(this.core, user, spaceId, threadId, postId, reason, key);
  }

  react(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    postId: string,
    request: z.output<typeof ReactRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return react(this.core, user, spaceId, threadId, postId, request, key);
  }

  hidePost(
    user: StoredUser,
    spaceId: string,
    threadId: string,
    postId: string,
    request: z.output<typeof HidePostRequest>,
    key: string | null,
  ): Promise<ForumResult> {
    return hidePost(this.core, user, spaceId, threadId, postId, request, key);
  }
}

export const forumRoomsDirectory = (dataDir: string) => path.join(dataDir, 'rooms');
