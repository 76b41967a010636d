import type { NotificationKind, WatchLevel } from '../../shared/forum/forum-rooms';

/** At most this many people are told of a mention in one post (a list of 500 @names notifies the first 20). */
export const MAX_MENTIONS_NOTIFIED = 20;

export type PostNews = {
  authorId: string;
  /** The people the post mentions, in the order first mentioned. */
  mentioned: readonly string[];
  /** The author of the post it answers, if someone else's. */
  replyToAuthorId: string | null;
  /** The thread's first post: a new thread, news for its category's watchers. */
  newThread: boolean;
};

/**
 * How someone follows the thread: their own choice for the thread, else a muted category
 * mutes its threads; watching a category is news of its new threads only (below).
 */
export function threadLevel(
  userId: string,
  threadWatchers: ReadonlyMap<string, WatchLevel>,
  categoryWatchers: ReadonlyMap<string, WatchLevel>,
): WatchLevel {
  return threadWatchers.get(userId) ?? (categoryWatchers.get(userId) === 'mute' ? 'mute' : 'normal');
}

/**
 * Who is told of a new post, and why: each person once, a mention beating a reply beating
 * "watched". Never the author, never someone who muted the thread (or its category, without
 * a choice for the thread), never someone who may not view the space. Watchers of the thread
 * hear of every post; watchers of the category hear of a new thread unless they chose
 * otherwise for it.
 */
export function recipientsOf(
  news: PostNews,
  threadWatchers: ReadonlyMap<string, WatchLevel>,
  categoryWatchers: ReadonlyMap<string, WatchLevel>,
  mayView: (userId: string) => boolean,
): Map<string, NotificationKind> {
  const told = new Map<string, NotificationKind>();
  const consider = (userId: string, kind: NotificationKind) => {
    if (told.has(userId) || userId === news.authorId) return;
    if (threadLevel(userId, threadWatchers, categoryWatchers) === 'mute' || !mayView(userId)) return;
    told.set(userId, kind);
  };
  let mentions = 0;
  for (const userId of news.mentioned) {
    if (mentions === MAX_MENTIONS_NOTIFIED) break;
    const before = told.size;
    consider(userId, 'mention');
    if (told.size > before) mentions++;
  }
  if (news.replyToAuthorId) consider(news.replyToAuthorId, 'reply');
  for (const [userId, level] of threadWatchers) if (level === 'watch') consider(userId, 'watched');
  if (news.newThread)
    for (const [userId, level] of categoryWatchers)
      if (level === 'watch' && !threadWatchers.has(userId)) consider(userId, 'watched');
  return told;
}

/** The first words of a post for a notification: whitespace folded, about 140 characters, cut at a character. */
export function excerptOf(text: string, length = 140): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(folded);
  return characters.length <= length ? folded : `${characters.slice(0, length - 1).join('')}…`;
}
