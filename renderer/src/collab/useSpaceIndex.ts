import type { ErrorCode } from '../../../shared/api/schemas';
import { spaceRoom } from '../../../shared/rooms';
import { readSpaceIndex, type SpaceIndex } from '../../../shared/spaces/space-index';
import { useServerRoom } from './useServerRoom';

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

/**
 * A space's live index (its details, and its documents' titles): the `space:<spaceId>` room,
 * which only the server writes, read through useServerRoom.
 */
export function useSpaceIndex(serverId: string, spaceId: string): SpaceIndexView {
  const { value, ...rest } = useServerRoom(serverId, spaceRoom(spaceId), readSpaceIndex);
  return { index: value, ...rest };
}
