import { createHash } from 'node:crypto';
import path from 'node:path';

/** A room's file name is a hash of its name: ids never become paths. */
export function roomLogPath(directory: string, roomName: string): string {
  return path.join(directory, `${createHash('sha256').update(roomName).digest('hex')}.ylog`);
}
