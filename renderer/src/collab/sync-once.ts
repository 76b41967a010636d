import type * as Y from 'yjs';
import { openRoomSession } from './room-session';

/**
 * Brings the device's copy of a room up to date, then lets it go: opened the local-first way
 * (so every update is stored on the device), connected until the server's first sync answer or
 * `timeoutMs`, then closed. Resolves with what `read` makes of the room once synced, or null
 * when it did not sync (offline, refused, too slow): a background copy is best effort.
 */
export async function syncOnce<T>(
  serverId: string,
  room: string,
  read: (doc: Y.Doc) => T,
  timeoutMs = 10_000,
): Promise<T | null> {
  const opened = await openRoomSession(serverId, room, { marks: false });
  if (!opened.ok) return null;
  const { session } = opened;
  try {
    const synced = await new Promise<boolean>((resolve) => {
      const timer = window.setTimeout(() => resolve(false), timeoutMs);
      session.provider.on('sync', (isSynced: boolean) => {
        if (!isSynced) return;
        window.clearTimeout(timer);
        resolve(true);
      });
      session.connect();
      session.provider.connect();
    });
    return synced ? read(session.doc) : null;
  } finally {
    session.close();
  }
}
