import type { ForumPost } from '../../shared/forum/forum-rooms';

/** A post the server has just stored (a thread's first post, or a reply). */
export type PostedEvent = {
  spaceId: string;
  categoryId: string;
  threadId: string;
  threadTitle: string;
  postId: string;
  post: ForumPost;
  /** The author of the post this one answers (`replyTo`), if it is someone else's. */
  replyToAuthorId: string | null;
};

/** A moderator hid a post: its author is told why. */
export type HiddenEvent = {
  spaceId: string;
  threadId: string;
  threadTitle: string;
  postId: string;
  authorId: string;
  reason: string;
  by: string;
  at: string;
};

type Listener<E> = (event: E) => void;

/**
 * What the forum tells the rest of the server after it has stored a change (for people's own
 * rooms: notifications). Listeners run after the change is stored and may not throw into it:
 * a listener's failure is its own to log.
 */
export class ForumEvents {
  private readonly posted = new Set<Listener<PostedEvent>>();
  private readonly hidden = new Set<Listener<HiddenEvent>>();

  onPosted(listener: Listener<PostedEvent>): () => void {
    this.posted.add(listener);
    return () => void this.posted.delete(listener);
  }

  onHidden(listener: Listener<HiddenEvent>): () => void {
    this.hidden.add(listener);
    return () => void this.hidden.delete(listener);
  }

  emitPosted(event: PostedEvent): void {
    for (const listener of this.posted) listener(event);
  }

  emitHidden(event: HiddenEvent): void {
    for (const listener of this.hidden) listener(event);
  }
}
