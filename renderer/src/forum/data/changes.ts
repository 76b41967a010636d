import { useMutation } from '@tanstack/react-query';
import type { WatchLevel } from '../../../../shared/forum/forum-rooms';
import type { ForumOutboxChange } from '../../../../shared/ipc/contract';
import { attempt, host } from '../../data/host';

/**
 * The forum's changes, as the host takes them. The rooms show their results as the server
 * writes them (nothing is cached here to update); `forum.change` goes through the outbox, so
 * offline it answers `queued` and the outbox shows it waiting.
 */

export function useForumChange(serverId: string) {
  return useMutation({
    mutationFn: (change: ForumOutboxChange) => attempt(() => host().forum.change({ serverId, change })),
  });
}

export function useMarkAllRead(serverId: string) {
  return useMutation({
    mutationFn: (spaceIds: readonly string[]) =>
      attempt(async () => {
        for (const spaceId of spaceIds) {
          const result = await host().forum.markAllRead({ serverId, spaceId });
          if (!result.ok) return result;
        }
        return { ok: true as const, value: null };
      }),
  });
}

/** Watch, normal or mute for a thread or a category (the person room shows what the server keeps). */
export function useWatch(serverId: string, spaceId: string, target: { threadId: string } | { categoryId: string }) {
  return useMutation({
    mutationFn: (level: WatchLevel) => attempt(() => host().forum.watch({ serverId, spaceId, target, level })),
  });
}

export function useNotificationsRead(serverId: string) {
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) =>
      attempt(() => host().forum.notificationsRead({ serverId, ...which })),
  });
}
