import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import {
  CATEGORY_TYPES,
  FORUM_TYPES,
  MODERATION_TYPES,
  type ModerationEntry,
  type PostVersion,
  type ThreadSummary,
} from '../../shared/forum/forum-rooms';
import { categoryRoom, forumRoom, moderationRoom, threadRoom } from '../../shared/rooms';
import { can, type SpaceAction } from '../../shared/spaces/permissions';
import { requestFingerprint } from '../accounts/receipts';
import type { Directory } from '../accounts/directory';
import type { StoredUser } from '../accounts/schema';
import { refusal } from '../http/guard';
import type { Rooms } from '../sync/rooms';
import type { ForumEvents } from './forum-events';
import { countsOf, forumCategory, same, summaryOf, threadDetails } from './forum-read';
import { refuse, type ForumResult, type Refusal } from './forum-result';

export type ForumOptions = {
  warn: (message: string) => void;
  /**
   * Tests only: called once a new post is stored in its thread room, before anything else is
   * written or answered (the kill -9 test stops the process here).
   */
  afterPostStored?: () => void;
};

/** A creation's Idempotency-Key, or one made up when none was sent (the change is then made once, never replayed). */
export const keyOrNew = (key: string | null | undefined) => key ?? `srv_${randomBytes(12).toString('hex')}`;

/**
 * What every forum action shares: the access check (asked before anything is read and again
 * inside the room write that acts), one action at a time per space, the keys under way, room
 * writes, and the convergence of the category and forum rooms after a thread changes.
 *
 * One action at a time per space: an action reads one room and writes others (a thread is
 * created only in a category that exists; a category is deleted only while it has no threads),
 * and the per-space queue keeps anything from happening in between. Room writes take well
 * under a millisecond, so the queue costs a busy space little.
 */
export class ForumCore {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly underway = new Set<string>();

  constructor(
    readonly rooms: Rooms,
    readonly directory: Directory,
    readonly events: ForumEvents,
    readonly options: ForumOptions,
  ) {}

  /** Why `user` may not do `action` in the space now; null when they may. */
  refusal(user: StoredUser, spaceId: string, action: SpaceAction): Refusal | null {
    const space = this.directory.spaces.find(spaceId);
    if (!space) return refuse('not_found', 'No such space.');
    return can(this.directory.access.actor(user, space.id), action, space)
      ? null
      : refuse('forbidden', refusal(action));
  }

  mayModerate(user: StoredUser, spaceId: string): boolean {
    return this.refusal(user, spaceId, 'moderate') === null;
  }

  /**
   * Runs `act` for `user` in the space: refused at once (nothing read) without `action`; a
   * second sending of the same key while the first is handled is `request_in_progress`
   * (reserved here, before the first await); then one action at a time per space.
   */
  async run(
    user: StoredUser,
    spaceId: string,
    action: SpaceAction,
    key: string | null,
    act: () => Promise<ForumResult>,
  ): Promise<ForumResult> {
    const refused = this.refusal(user, spaceId, action);
    if (refused) return refused;
    const slot = key === null ? null : `${user.id}\n${key}`;
    if (slot !== null) {
      if (this.underway.has(slot))
        return refuse('request_in_progress', 'This change is still being handled; send it again in a moment.');
      this.underway.add(slot);
    }
    try {
      return await this.exclusive(spaceId, act);
    } finally {
      if (slot !== null) this.underway.delete(slot);
    }
  }

  private exclusive<T>(spaceId: string, act: () => Promise<T>): Promise<T> {
    const before = this.queues.get(spaceId) ?? Promise.resolve();
    const turn = before.then(act, act);
    const tail = turn.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(spaceId, tail);
    void tail.then(() => {
      if (this.queues.get(spaceId) === tail) this.queues.delete(spaceId);
    });
    return turn;
  }

  /** One server transaction on a room; what `act` returns. */
  async write<T>(name: string, act: (doc: Y.Doc) => T): Promise<T> {
    let outcome: { value: T } | null = null;
    await this.rooms.change(name, (doc) => {
      outcome = { value: act(doc) };
    });
    return (outcome as { value: T } | null)!.value;
  }

  thread<T>(spaceId: string, threadId: string, act: (doc: Y.Doc) => T): Promise<T> {
    return this.write(threadRoom(spaceId, threadId), act);
  }

  /** Whether the forum has this category (read from its room). */
  hasCategory(spaceId: string, categoryId: string): Promise<boolean> {
    return this.write(forumRoom(spaceId), (doc) => forumCategory(doc, categoryId) !== null);
  }

  /** A short fingerprint of a request (what the same key must be sent with again). */
  fingerprint(action: string, where: string, request: unknown): string {
    return requestFingerprint(action, where, JSON.stringify(request));
  }

  /**
   * Brings the category room(s) and the forum's counts up to date with a thread room: its
   * summary set (or removed) in `categoryId`, removed from `leftCategoryId`, each category's
   * counts summed again. Never throws: a failed write is logged, and the next change of the
   * thread (or a replay of this one) writes it again.
   */
  async converge(
    spaceId: string,
    threadId: string,
    categoryId: string,
    summary: ThreadSummary | null,
    leftCategoryId: string | null = null,
  ): Promise<void> {
    for (const [category, wanted] of [
      [categoryId, summary],
      ...(leftCategoryId && leftCategoryId !== categoryId ? [[leftCategoryId, null] as const] : []),
    ] as Array<[string, ThreadSummary | null]>) {
      try {
        const counts = await this.write(categoryRoom(spaceId, category), (doc) => {
          const threads = doc.getMap<unknown>(CATEGORY_TYPES.threads);
          if (wanted === null) {
            if (threads.has(threadId)) threads.delete(threadId);
          } else if (!same(threads.get(threadId), wanted)) threads.set(threadId, wanted);
          return countsOf(doc);
        });
        await this.write(forumRoom(spaceId), (doc) => {
          const stored = forumCategory(doc, category);
          if (!stored) return;
          const next = { ...stored, ...counts };
          if (!same(stored, next)) doc.getMap(FORUM_TYPES.categories).set(category, next);
        });
      } catch (error) {
        this.options.warn(
          `Forum ${spaceId}: category ${category} not brought up to date (${(error as Error).message}).`,
        );
      }
    }
  }

  /** Converges from the thread room as it is now (after a replay, or a write whose followers failed). */
  async convergeFrom(spaceId: string, threadId: string): Promise<void> {
    const read = await this.thread(spaceId, threadId, (doc) => ({
      summary: summaryOf(doc),
      categoryId: threadDetails(doc)?.categoryId ?? null,
    }));
    if (read.categoryId !== null) await this.converge(spaceId, threadId, read.categoryId, read.summary);
  }

  /**
   * Appends a moderation entry, once per person and key (a replay adds none). Not fatal: the
   * action stands if the log could not be written, which is logged.
   */
  async logModeration(
    spaceId: string,
    by: string,
    key: string,
    ...entries: Array<Omit<ModerationEntry, 'by' | 'at'>>
  ): Promise<void> {
    // One request may do several things (pin and move): the first is `by:key`, the others add their action.
    const id = `${by}:${key}`;
    try {
      await this.write(moderationRoom(spaceId), (doc) => {
        const log = doc.getMap(MODERATION_TYPES.log);
        entries.forEach((entry, index) => {
          const entryId = index === 0 ? id : `${id}:${entry.action}`;
          if (!log.has(entryId))
            log.set(entryId, { ...entry, by, at: new Date().toISOString() } satisfies ModerationEntry);
        });
      });
    } catch (error) {
      this.options.warn(`Forum ${spaceId}: moderation entry ${id} not stored (${(error as Error).message}).`);
    }
  }

  /**
   * Keeps posts' bodies for moderators before they leave the thread room (edited, hidden or
   * deleted), in one write. Fatal: a body is never removed before its copy is stored. The same
   * version twice in a row (a replay after a failed thread write) is kept once.
   */
  async keepVersions(spaceId: string, kept: Array<{ postId: string; version: PostVersion }>): Promise<void> {
    if (kept.length === 0) return;
    await this.write(moderationRoom(spaceId), (doc) => {
      const versions = doc.getMap<unknown>(MODERATION_TYPES.versions);
      for (const { postId, version } of kept) {
        const stored = versions.get(postId);
        const list = Array.isArray(stored) ? (stored as PostVersion[]) : [];
        const last = list[list.length - 1];
        if (last && last.why === version.why && last.threadId === version.threadId && same(last.body, version.body))
          continue;
        versions.set(postId, [...list, version]);
      }
    });
  }

  /** Tells listeners; a listener that throws is logged, never undoes what was stored. */
  tell(emit: () => void): void {
    try {
      emit();
    } catch (error) {
      this.options.warn(`Forum: a listener failed (${(error as Error).message}).`);
    }
  }
}
