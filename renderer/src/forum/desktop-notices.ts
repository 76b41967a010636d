import type { ForumNotification } from '../../../shared/forum/forum-rooms';

/** At most one desktop notification per thread in this long. */
export const NOTICE_GAP_MS = 60_000;

export type NoticeState = {
  /** Notification ids already seen (shown or not): only ones that arrive later are announced. */
  seen: ReadonlySet<string>;
  /** When a desktop notification was last shown for each thread. */
  lastShownAt: ReadonlyMap<string, number>;
};

export const NO_NOTICES: NoticeState = { seen: new Set(), lastShownAt: new Map() };

/**
 * Which newly arrived, unread notifications to show on the desktop now: never more than one
 * per thread per NOTICE_GAP_MS (the newest of a burst), and none for what was already there.
 * `first` is the inbox as first read (the device's copy): all of it counts as seen.
 */
export function noticesToShow<N extends Pick<ForumNotification, 'threadId' | 'read' | 'at'> & { id: string }>(
  state: NoticeState,
  notifications: readonly N[],
  now: number,
  first = false,
): { show: N[]; state: NoticeState } {
  const seen = new Set(state.seen);
  const lastShownAt = new Map(state.lastShownAt);
  const show: N[] = [];
  // Newest first, so a burst in one thread shows its latest.
  const newestFirst = [...notifications].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  for (const notification of newestFirst) {
    if (seen.has(notification.id)) continue;
    seen.add(notification.id);
    if (first || notification.read) continue;
    const last = lastShownAt.get(notification.threadId);
    if (last !== undefined && now - last < NOTICE_GAP_MS) continue;
    lastShownAt.set(notification.threadId, now);
    show.push(notification);
  }
  return { show, state: { seen, lastShownAt } };
}
