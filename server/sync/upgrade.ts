import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_CLIENT_FRAME_BYTES, SYNC_PATH, TOKEN_QUERY_PARAM } from '../../shared/protocol';
import { parseRoomName, type RoomRef } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';

export type Access = 'write' | 'read' | 'none' | 'missing';

export type UpgradeDeps = {
  authenticate(token: string): StoredUser | null;
  /** What this person may do in this room; the seam where spaces and roles will plug in. */
  authorise(user: StoredUser, room: RoomRef): Access;
  accept(socket: WebSocket, roomName: string, user: StoredUser, canWrite: boolean): void;
};

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`);
  socket.destroy();
}

/** Checks token and room before the WebSocket handshake completes; refused upgrades never open. */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES, perMessageDeflate: false });
  const handler = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return refuse(socket, 400, 'Bad Request');
    }
    if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return refuse(socket, 404, 'Not Found');
    let roomName: string;
    try {
      roomName = decodeURIComponent(url.pathname.slice(SYNC_PATH.length + 1));
    } catch {
      return refuse(socket, 404, 'Not Found');
    }
    const room = parseRoomName(roomName);
    if (!room) return refuse(socket, 404, 'Not Found');
    const user = deps.authenticate(url.searchParams.get(TOKEN_QUERY_PARAM) ?? '');
    if (!user) return refuse(socket, 401, 'Unauthorized');
    const access = deps.authorise(user, room);
    if (access === 'missing') return refuse(socket, 404, 'Not Found');
    if (access === 'none') return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => deps.accept(ws, roomName, user, access === 'write'));
  };
  return { handler, wss };
}
