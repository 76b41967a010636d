import { useCallback } from 'react';
import type { ForumChangeResult, ForumOutboxChange } from '../../../../shared/ipc/contract';
import { attempt, type Outcome } from '../../data/host';
import { host } from '../../data/host';

/**
 * Sends one forum change through the outbox: `saved` when the server took it, `queued` when it
 * waits (the outbox's 'outbox:changed' event then shows it in the thread). What it made comes
 * back through the thread's room, so nothing is cached here.
 */
export function useForumChange(serverId: string) {
  return useCallback(
    (change: ForumOutboxChange): Promise<Outcome<ForumChangeResult>> =>
      attempt(() => host().forum.change({ serverId, change })),
    [serverId],
  );
}

/** Tells the server how far the person has read (only ever forward; not kept when offline). */
export function markRead(serverId: string, spaceId: string, threadId: string, seq: number): void {
  void attempt(() => host().forum.markRead({ serverId, spaceId, threadId, seq }));
}
