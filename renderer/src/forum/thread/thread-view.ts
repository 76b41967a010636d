import type { PostView } from '../../../../shared/forum/forum-rooms';
import { postText } from '../../../../shared/forum/post-body';
import type { OutboxEntry } from '../../../../shared/ipc/contract';
import { threadOfChange, type ForumOutboxChange } from '../../../../shared/ipc/forum-changes';

/** How many posts a long thread shows at first, and how many more each "Show earlier posts" adds. */
export const POSTS_PAGE = 100;

/**
 * The posts to show: the last `shown`, and always back to `focusPostId` (a `?post=` link) so
 * the post asked for is there to scroll to. `hiddenBefore` is how many earlier ones are left out.
 */
export function visiblePosts(
  posts: readonly PostView[],
  shown: number,
  focusPostId: string | null,
): { posts: readonly PostView[]; hiddenBefore: number } {
  let start = Math.max(0, posts.length - shown);
  if (focusPostId) {
    const focus = posts.findIndex((post) => post.id === focusPostId);
    if (focus !== -1 && focus < start) start = Math.max(0, focus - 5);
  }
  return { posts: start === 0 ? posts : posts.slice(start), hiddenBefore: start };
}

/** What changes when a post's body does: the key its rendering is cached under. */
export function postVersion(post: PostView): string {
  return `${post.id}\u0000${post.editedAt ?? ''}\u0000${post.deleted ? 'd' : ''}${post.hidden ? 'h' : ''}`;
}

/** The first words of a post, for the quote above a reply and the reply box. */
export function postExcerpt(post: Pick<PostView, 'body'>, max = 140): string | null {
  if (!post.body) return null;
  const text = postText(post.body).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The highest `seq` among the posts shown: how far the person has read. */
export function highestSeq(posts: readonly PostView[]): number {
  return posts.reduce((highest, post) => Math.max(highest, post.seq), 0);
}

export type PendingForumEntry = OutboxEntry & { change: ForumOutboxChange };

/** The person's outbox entries that will appear in this thread, oldest first. */
export function pendingInThread(entries: readonly OutboxEntry[], threadId: string): PendingForumEntry[] {
  return entries.filter((entry): entry is PendingForumEntry => {
    if (!entry.change.kind.startsWith('forum-')) return false;
    return threadOfChange(entry.change as ForumOutboxChange) === threadId;
  });
}

/** Reactions waiting in the outbox, as the person will see them once sent: `postId:reaction` → on. */
export function pendingReactions(entries: readonly PendingForumEntry[]): Map<string, boolean> {
  const pending = new Map<string, boolean>();
  for (const entry of entries)
    if (entry.change.kind === 'forum-react' && entry.state === 'waiting')
      pending.set(`${entry.change.postId}:${entry.change.reaction}`, entry.change.on);
  return pending;
}
