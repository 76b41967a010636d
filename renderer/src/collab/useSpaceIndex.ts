import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/api/schemas';
import { CloseCode } from '../../../shared/protocol';
import { spaceRoom } from '../../../shared/rooms';
import { readSpaceIndex, type SpaceIndex } from '../../../shared/spaces/space-index';
import { openRoomSession } from './room-session';

export type SpaceIndexView = {
  /** Null until the room is open; then the device's stored copy, kept current by the server while online. */
  index: SpaceIndex | null;
  /** Why the room could not be opened (the host's answer), else null. */
  error: ErrorCode | null;
  /** True while the server has answered and the socket is open: the index is the server's, not only this device's. */
  synced: boolean;
  /** The server refused the room (4403: not, or no longer, allowed to see the space); `index` is what the device had. */
  refused: boolean;
};

const OPENING: SpaceIndexView = { index: null, error: null, synced: false, refused: false };

/**
 * A space's live index (its details, and its documents' titles): the `space:<spaceId>` room,
 * which only the server writes. It opens the local-first way (the device's stored copy first,
 * then the network), every update is stored on the device so it reads offline, and the
 * component re-renders whenever the index changes. The session closes on unmount.
 */
export function useSpaceIndex(serverId: string, spaceId: string): SpaceIndexView {
  const room = spaceRoom(spaceId);
  // Keyed by server and room, so a change of either shows OPENING at once instead of the last space's index.
  const key = `${serverId}\u0000${room}`;
  const [state, setState] = useState<{ key: string; view: SpaceIndexView }>({ key, view: OPENING });

  useEffect(() => {
    let cancelled = false;
    let close: (() => void) | null = null;
    const update = (change: Partial<SpaceIndexView>) =>
      setState((current) => ({ key, view: { ...(current.key === key ? current.view : OPENING), ...change } }));
    void openRoomSession(serverId, room, { marks: false }).then((result) => {
      if (cancelled) return result.ok && result.session.close();
      if (!result.ok) return update({ error: result.error });
      const { doc, provider } = result.session;
      const read = () => update({ index: readSpaceIndex(doc) });
      const onSync = (synced: boolean) => update({ synced });
      const onClose = (event: CloseEvent | null) => {
        if (event?.code !== CloseCode.forbidden) return;
        // The stock provider stops by itself after 4403; this makes it final.
        update({ refused: true });
        provider.disconnect();
      };
      doc.on('update', read);
      provider.on('sync', onSync);
      provider.on('connection-close', onClose);
      close = () => {
        doc.off('update', read);
        provider.off('sync', onSync);
        provider.off('connection-close', onClose);
        result.session.close();
      };
      read();
      // Nothing else asks this room's provider to connect (the editor's plugin does for a document's).
      result.session.connect();
      provider.connect();
    });
    return () => {
      cancelled = true;
      close?.();
    };
  }, [key, serverId, room]);

  return state.key === key ? state.view : OPENING;
}
