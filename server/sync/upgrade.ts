import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_CLIENT_FRAME_BYTES, SYNC_PATH, TOKEN_QUERY_PARAM } from '../../shared/protocol';
import { parseRoomName, type RoomRef } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import type { RoomAccess } from '../spaces/access';
import type { SocketCaps } from './socket-caps';

/** A socket that passed both checks, with what it may do. */
export type Admitted = { roomName: string; room: RoomRef; token: string; user: StoredUser; access: 'write' | 'read' };

export type UpgradeDeps = {
  authenticate(token: string): StoredUser | null;
  /** What this person may do in this room, from their role in its space. */
  authorise(user: StoredUser, room: RoomRef): RoomAccess;
  accept(socket: WebSocket, admitted: Admitted): void;
  caps: SocketCaps;
};

/** Refusals are many under attack: each is made into bytes once. */
const refusals = new Map<string, Buffer>();

function refuse(socket: Duplex, status: number, text: string, detail = text): void {
  const key = `${status} ${detail}`;
  let response = refusals.get(key);
  if (!response) {
    const body = Buffer.from(detail);
    response = Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    refusals.set(key, response);
  }
  socket.end(response);
  socket.destroy();
}

/**
 * Checks token and room before the WebSocket handshake completes; refused upgrades never
 * open. An address past its upgrade rate, or a session or address at its cap of open
 * sockets, is refused with 429 before the socket exists.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES, perMessageDeflate: false });
  const handler = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const address = request.socket.remoteAddress ?? 'unknown';
    if (!deps.caps.mayTry(address)) return refuse(socket, 429, 'Too Many Requests', 'too many connection attempts from this address');
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
    const opened = deps.caps.open(token, address);
    if ('refused' in opened) return refuse(socket, 429, 'Too Many Requests', opened.refused);
    // The raw socket closes however the upgrade ends, even if the handshake itself fails.
    socket.once('close', opened.release);
    wss.handleUpgrade(request, socket, head, (ws) => deps.accept(ws, { roomName, room, token, user, access }));
  };
  return { handler, wss };
}
