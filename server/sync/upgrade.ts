import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_CLIENT_FRAME_BYTES, SYNC_PATH, TOKEN_QUERY_PARAM } from '../../shared/protocol';
import { parseRoomName, type RoomRef } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import type { RoomAccess } from '../spaces/access';

/** A socket that passed both checks, with what it may do. */
export type Admitted = { roomName: string; room: RoomRef; token: string; user: StoredUser; access: 'write' | 'read' };

export type UpgradeDeps = {
  authenticate(token: string): StoredUser | null;
  /** What this person may do in this room, from their role in its space. */
  authorise(user: StoredUser, room: RoomRef): RoomAccess;
  accept(socket: WebSocket, admitted: Admitted): void;
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
    const token = url.searchParams.get(TOKEN_QUERY_PARAM) ?? '';
    const user = deps.authenticate(token);
    if (!user) return refuse(socket, 401, 'Unauthorized');
    const access = deps.authorise(user, room);
    if (access === 'missing') return refuse(socket, 404, 'Not Found');
    if (access === 'none') return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => deps.accept(ws, { roomName, room, token, user, access }));
  };
  return { handler, wss };
}
