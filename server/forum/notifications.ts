import type * as Y from 'yjs';
import {
  CATEGORY_TYPES,
  ForumNotification,
  PERSON_TYPES,
  readMap,
  THREAD_TYPES,
  WatchLevel,
  watchingKey,
} from '../../shared/forum/forum-rooms';
import { mentionsIn, postText } from '../../shared/forum/post-body';
import { UserId } from '../../shared/ids';
import { categoryRoom, personRoom, threadRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import type { Directory } from '../accounts/directory';
import type { Rooms } from '../sync/rooms';
import type { ForumEvents, HiddenEvent, PostedEvent } from './forum-events';
import { excerptOf, recipientsOf } from './notifications-recipients';
import { liveThread, setWatcher } from './person-forum';
import { addNotification, advanceRead, notificationId, readRoom, setWatching } from './person-room';

/** A hidden post's reason, as the notification's excerpt (the schema allows 300 UTF-16 units). */
const REASON_EXCERPT_CHARS = 150;

/**
 * Tells people of forum news in their own rooms (`person:<userId>`), from what the forum core
 * reports (ForumEvents): a mention, a reply to one's post, a new post in a watched thread (or a
 * new thread in a watched category), one's post hidden. Each recipient costs one write to their
 * room, whatever the forum's size; a notification's id is stable, so news reported twice (a
 * replayed post) is written once. The thread's author, and everyone who replies, starts
 * watching the thread unless they already chose a level for it. A failure is logged, never
 * thrown into the post that caused it.
 */
export class ForumNotifications {
  private readonly writing = new Set<Promise<void>>();
  /** Each thread's posts are handled one after another, so a reply sees the watchers its predecessors added. */
  private readonly threadTurns = new Map<string, Promise<void>>();
  private readonly unsubscribe: Array<() => void>;
  private stopped = false;

  constructor(
    private readonly directory: Directory,
    private readonly rooms: Rooms,
    events: ForumEvents,
    private readonly warn: (message: string) => void,
  ) {
    this.unsubscribe = [
      events.onPosted((event) =>
        this.track(() => this.inTurn(`${event.spaceId}.${event.threadId}`, () => this.posted(event))),
      ),
      events.onHidden((event) => this.track(() => this.hidden(event))),
    ];
  }

  /** Whether the person may (still) view the space: nobody else is told anything of it. */
  private mayView(userId: string, spaceId: string): boolean {
    const user = this.directory.accounts.findUser(userId);
    const space = this.directory.spaces.find(spaceId);
    return !!user && !!space && can(this.directory.access.actor(user, spaceId), 'view', space);
  }

  private async posted(event: PostedEvent): Promise<void> {
    const { spaceId, threadId, postId, post } = event;
    const watchers = (doc: Y.Doc, type: string) => readMap(doc.getMap(type), UserId, WatchLevel);
    const threadWatchers = await readRoom(this.rooms, threadRoom(spaceId, threadId), (doc) =>
      watchers(doc, THREAD_TYPES.watchers),
    );
    const categoryWatchers = await readRoom(this.rooms, categoryRoom(spaceId, event.categoryId), (doc) =>
      watchers(doc, CATEGORY_TYPES.watchers),
    );
    const told = recipientsOf(
      {
        authorId: post.authorId,
        mentioned: post.body ? mentionsIn(post.body) : [],
        replyToAuthorId: event.replyToAuthorId,
        newThread: post.seq === 1,
      },
      threadWatchers,
      categoryWatchers,
      (userId) => this.mayView(userId, spaceId),
    );
    const excerpt = post.body ? excerptOf(postText(post.body)) : '';
    const id = notificationId(spaceId, threadId, postId, 'post');
    const writes = [...told].map(([userId, kind]) =>
      this.tell(userId, spaceId, id, {
        kind,
        spaceId,
        threadId,
        postId,
        by: post.authorId,
        at: post.createdAt,
        threadTitle: event.threadTitle,
        excerpt,
        read: false,
      }),
    );
    if (!threadWatchers.has(post.authorId)) writes.push(this.startWatching(post.authorId, spaceId, threadId));
    // One has read what one wrote (and, writing at the end of the thread, what came before it): no unread mark for it.
    writes.push(
      this.rooms.change(personRoom(post.authorId), (doc) => void advanceRead(doc, threadId, post.seq, post.createdAt)),
    );
    this.logFailures(await Promise.allSettled(writes), `post ${postId}`);
  }

  private async hidden(event: HiddenEvent): Promise<void> {
    if (event.authorId === event.by) return;
    await this.tell(
      event.authorId,
      event.spaceId,
      notificationId(event.spaceId, event.threadId, event.postId, `hidden\n${event.at}`),
      {
        kind: 'hidden',
        spaceId: event.spaceId,
        threadId: event.threadId,
        postId: event.postId,
        by: event.by,
        at: event.at,
        threadTitle: event.threadTitle,
        excerpt: excerptOf(event.reason, REASON_EXCERPT_CHARS),
        read: false,
      },
    );
  }

  /** One write to the person's room; whether they may view the space is asked again inside it. */
  private async tell(userId: string, spaceId: string, id: string, notification: ForumNotification): Promise<void> {
    // What readers would leave out (an event with a title the schema refuses) is not written at all.
    const checked = ForumNotification.safeParse(notification);
    if (!checked.success) throw new Error(`a notification that does not read (${checked.error.issues[0]?.message})`);
    await this.rooms.change(personRoom(userId), (doc) => {
      if (this.mayView(userId, spaceId)) addNotification(doc, id, checked.data);
    });
  }

  /**
   * The author of a thread or reply watches it from now on, unless they chose a level for it
   * meanwhile: written to the thread's watchers (what notifications obey) and their own room.
   */
  private async startWatching(userId: string, spaceId: string, threadId: string): Promise<void> {
    let started = false;
    await this.rooms.change(threadRoom(spaceId, threadId), (doc) => {
      const map = doc.getMap<unknown>(THREAD_TYPES.watchers);
      if (map.has(userId) || !liveThread(doc)) return;
      setWatcher(map, userId, 'watch');
      started = true;
    });
    if (started)
      await this.rooms.change(personRoom(userId), (doc) => {
        const key = watchingKey({ threadId });
        if (!doc.getMap(PERSON_TYPES.watching).has(key)) setWatching(doc, key, 'watch');
      });
  }

  /** Runs `work` after the work already queued for `thread`. */
  private inTurn(thread: string, work: () => Promise<void>): Promise<void> {
    const previous = this.threadTurns.get(thread) ?? Promise.resolve();
    const turn = previous.then(work, work);
    const settled = turn.then(
      () => undefined,
      () => undefined,
    );
    this.threadTurns.set(thread, settled);
    void settled.then(() => {
      if (this.threadTurns.get(thread) === settled) this.threadTurns.delete(thread);
    });
    return turn;
  }

  private logFailures(outcomes: PromiseSettledResult<void>[], what: string): void {
    for (const outcome of outcomes)
      if (outcome.status === 'rejected')
        this.warn(`Forum notifications for ${what}: a write failed (${(outcome.reason as Error).message}).`);
  }

  private track(work: () => Promise<void>): void {
    if (this.stopped) return;
    const write = work().catch((error: Error) => this.warn(`Forum notifications failed (${error.message}).`));
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }

  /** Takes no more news and waits for the writes under way (before the rooms are closed). */
  async close(): Promise<void> {
    this.stopped = true;
    for (const stop of this.unsubscribe) stop();
    await Promise.all([...this.writing]);
  }

  /** Resolves once every write under way now has finished (for tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }
}
