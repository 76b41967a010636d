import { useEffect } from 'react';
import type { RoomSession } from '../../collab/room-session';

/**
 * Applies the device's stored copy once the collaboration binding is listening (it is
 * rendered after it, so its effect runs later), then lets the provider connect.
 */
export function LocalCopyPlugin({ session }: { session: RoomSession }) {
  useEffect(() => session.openFromDisk(), [session]);
  return null;
}
