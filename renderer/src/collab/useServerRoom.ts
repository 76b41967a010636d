import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { ErrorCode } from '../../../shared/api/schemas';
import { CloseCode } from '../../../shared/protocol';
import { openRoomSession } from './room-session';

export type ServerRoomView<T> = {
  /** Null until the room is open; then what `read` makes of the device's stored copy, kept current while online. */
  value: T | null;
  /** Why the room could not be opened (the host's answer), else null. */
  error: ErrorCode | null;
  /** True while the server has answered and the socket is open: the content is the server's, not only this device's. */
  synced: boolean;
  /** The server refused the room (4403: not, or no longer, allowed to read it); `value` is what the device had. */
  refused: boolean;
};

const OPENING: ServerRoomView<never> = { value: null, error: null, synced: false, refused: false };

/**
 * A room only the server writes (a space's index, a forum's rooms, one's own forum state),
 * read live: it opens the local-first way (the device's stored copy first, then the network),
 * every update is stored on the device so it reads offline, and `read` runs again whenever the
 * room changes. `read` must validate what it reads (shared/spaces/space-index.ts,
 * shared/forum/forum-rooms.ts): the room comes over the network and from the device's disk.
 * `room` null opens nothing. The session closes on unmount or when the room changes.
 */
export function useServerRoom<T>(serverId: string, room: string | null, read: (doc: Y.Doc) => T): ServerRoomView<T> {
  // Keyed by server and room, so a change of either shows OPENING at once instead of the last room's content.
  const key = room === null ? null : `${serverId}\u0000${room}`;
  const [state, setState] = useState<{ key: string | null; view: ServerRoomView<T> }>({ key, view: OPENING });
  // `read` is taken as of the room's opening: callers pass a module-level function.
  const [reader] = useState(() => read);

  useEffect(() => {
    if (room === null) return;
    let cancelled = false;
    let close: (() => void) | null = null;
    const update = (change: Partial<ServerRoomView<T>>) =>
      setState((current) => ({ key, view: { ...(current.key === key ? current.view : OPENING), ...change } }));
    void openRoomSession(serverId, room, { marks: false }).then((result) => {
      if (cancelled) return result.ok && result.session.close();
      if (!result.ok) return update({ error: result.error });
      const { doc, provider } = result.session;
      // Many updates can arrive in one burst (a first sync): the room is read once per 16 ms, not once per update.
      let frame: number | null = null;
      const readNow = () => {
        frame = null;
        update({ value: reader(doc) });
      };
      const readSoon = () => void (frame ??= window.setTimeout(readNow, 16));
      const onSync = (synced: boolean) => update({ synced });
      const onClose = (event: CloseEvent | null) => {
        if (event?.code !== CloseCode.forbidden) return;
        // The stock provider stops by itself after 4403; this makes it final.
        update({ refused: true });
        provider.disconnect();
      };
      doc.on('update', readSoon);
      provider.on('sync', onSync);
      provider.on('connection-close', onClose);
      close = () => {
        if (frame !== null) window.clearTimeout(frame);
        doc.off('update', readSoon);
        provider.off('sync', onSync);
        provider.off('connection-close', onClose);
        result.session.close();
      };
      readNow();
      // Nothing else asks this room's provider to connect (the editor's plugin does for a document's).
      result.session.connect();
      provider.connect();
    });
    return () => {
      cancelled = true;
      close?.();
    };
  }, [key, serverId, room, reader]);

  return state.key === key ? state.view : OPENING;
}
