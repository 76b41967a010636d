import { useCallback, useSyncExternalStore } from 'react';
import type { RoomSession } from './room-session';

const nothing = () => () => undefined;

/**
 * Whether the room's content is here to edit: at once when the device had a copy, else once
 * the server's copy has arrived (its first sync). Typing into a document the device has never
 * had would make content of its own (an empty editor starts a paragraph) beside the server's,
 * and the two would meet as a doubled block.
 */
export function useEditableYet(session: RoomSession | null): boolean {
  const provider = session && !session.fromDevice ? session.provider : null;
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!provider) return nothing();
      provider.on('sync', changed);
      return () => provider.off('sync', changed);
    },
    [provider],
  );
  const synced = useSyncExternalStore(subscribe, () => provider?.synced ?? false);
  return session !== null && (session.fromDevice || synced);
}
