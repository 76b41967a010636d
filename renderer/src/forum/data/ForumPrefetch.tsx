import { useEffect } from 'react';
import { readForum } from '../../../../shared/forum/forum-rooms';
import { categoryRoom, forumRoom } from '../../../../shared/rooms';
import { syncOnce } from '../../collab/sync-once';
import { useSpaces } from '../../data/spaces';

/** How long a server's forum indexes are left before the next pass copies them again. */
const PASS_EVERY_MS = 5 * 60_000;
const lastPass = new Map<string, number>();

/**
 * Keeps the device's copy of every forum index of one's spaces (each space's categories and
 * each category's threads) fresh, so that they read offline, visited or not: once the spaces
 * come from the server (not the device's copy), one room at a time, at most every few minutes.
 * Threads themselves are copied when opened.
 */
export function ForumPrefetch({ serverId }: { serverId: string }) {
  const spaces = useSpaces(serverId).data;
  const online = spaces !== undefined && !spaces.fromCache;
  const spaceIds = online ? spaces.spaces.map((space) => space.id).join(' ') : '';

  useEffect(() => {
    if (!spaceIds || Date.now() - (lastPass.get(serverId) ?? 0) < PASS_EVERY_MS) return;
    lastPass.set(serverId, Date.now());
    let stopped = false;
    void (async () => {
      for (const spaceId of spaceIds.split(' ')) {
        if (stopped) return;
        const categories = await syncOnce(serverId, forumRoom(spaceId), readForum);
        for (const category of categories ?? []) {
          if (stopped) return;
          await syncOnce(serverId, categoryRoom(spaceId, category.id), () => null);
        }
      }
    })();
    return () => {
      stopped = true;
      // Cut short (the spaces changed, or the server was left): the next pass need not wait.
      lastPass.delete(serverId);
    };
  }, [serverId, spaceIds]);

  return null;
}
