import { ForumNotification } from '../../shared/forum/forum-rooms';
import { mentionsIn, postText } from '../../shared/forum/post-body';
import { personRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import type { Directory } from '../accounts/directory';
import { excerptOf } from '../forum/notifications-recipients';
import { addNotification, notificationId } from '../forum/person-room';
import type { Rooms } from '../sync/rooms';
import type { CommentedEvent, CommentService } from './comment-service';

/**
 * Tells people of comments in their own rooms (`person:<userId>`, the forum's notifications): a
 * mention in a comment (`comment-mention`), and a new comment in a thread they wrote in
 * (`comment-reply`). Only people who may still view the document's space are told; a
 * notification's id is stable, so a comment reported twice is written once. A failure is logged,
 * never thrown into the comment that caused it.
 */
export class CommentNotifications {
  private readonly writing = new Set<Promise<void>>();
  private readonly unsubscribe: () => void;
  private stopped = false;

  constructor(
    private readonly directory: Directory,
    private readonly rooms: Rooms,
    comments: CommentService,
    private readonly warn: (message: string) => void,
  ) {
    this.unsubscribe = comments.onCommented((event) => this.track(this.commented(event)));
  }

  private mayView(userId: string, spaceId: string): boolean {
    const user = this.directory.accounts.findUser(userId);
    const space = this.directory.spaces.find(spaceId);
    return !!user && !!space && can(this.directory.access.actor(user, spaceId), 'view', space);
  }

  private async commented(event: CommentedEvent): Promise<void> {
    const { comment, spaceId } = event;
    const title = this.directory.documents.find(event.documentId)?.title ?? '';
    const told = new Map<string, 'comment-mention' | 'comment-reply'>();
    for (const userId of mentionsIn(comment.body)) told.set(userId, 'comment-mention');
    for (const userId of event.earlierAuthors) if (!told.has(userId)) told.set(userId, 'comment-reply');
    told.delete(comment.authorId);
    const id = notificationId(spaceId, event.threadId, event.commentId, 'comment');
    const writes = [...told].map(async ([userId, kind]) => {
      const notification = ForumNotification.safeParse({
        kind,
        spaceId,
        threadId: event.threadId,
        postId: event.commentId,
        documentId: event.documentId,
        by: comment.authorId,
        at: comment.createdAt,
        threadTitle: title.slice(0, 200) || '…',
        excerpt: excerptOf(postText(comment.body)),
        read: false,
      } satisfies ForumNotification);
      if (!notification.success) throw new Error(`a notification that does not read (${notification.error.message})`);
      await this.rooms.change(personRoom(userId), (doc) => {
        if (this.mayView(userId, spaceId)) addNotification(doc, id, notification.data);
      });
    });
    for (const outcome of await Promise.allSettled(writes))
      if (outcome.status === 'rejected')
        this.warn(
          `Comment notifications for ${event.commentId}: a write failed (${(outcome.reason as Error).message}).`,
        );
  }

  private track(work: Promise<void>): void {
    if (this.stopped) return;
    const write = work.catch((error: Error) => this.warn(`Comment notifications failed (${error.message}).`));
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }

  /** Takes no more news and waits for the writes under way (before the rooms are closed). */
  async close(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await Promise.all([...this.writing]);
  }

  /** Resolves once every write under way now has finished (for tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }
}
