import { useSyncExternalStore } from 'react';
import type { RoomSession } from './room-session';

const nothing = () => () => undefined;

/**
 * Whether the room's content is here to edit: at once when the device had a copy, else once
 * the server's copy has arrived (its first sync), and from then on, offline too. Typing into a
 * document the device has never had would make content of its own (an empty editor starts a
 * paragraph) beside the server's, and the two would meet as a doubled block.
 */
export function useEditableYet(session: RoomSession | null): boolean {
  return useSyncExternalStore(session?.onContentHere ?? nothing, () => session?.contentHere() ?? false);
}
