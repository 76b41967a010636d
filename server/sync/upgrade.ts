import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { MAX_CLIENT_FRAME_BYTES, SYNC_PATH, TOKEN_QUERY_PARAM } from '../../shared/protocol';
import { parseRoomName, type RoomRef } from '../../shared/rooms';
import type { StoredUser } from '../accounts/schema';
import type { RoomAccess } from '../spaces/access';
import type { AddressShare, SessionShare, SocketCaps } from './socket-caps';
import { SyncSocket } from './sync-socket';

/** A socket that passed both checks: its room, what it may do there, and the session and address it counts against. */
export type Admitted = {
  roomName: string;
  access: 'write' | 'read';
  session: SessionShare;
  origin: AddressShare;
  /** Who the socket speaks for: a document keeps who edited it (server/spaces/documents.ts). */
  userId?: string;
};

export type UpgradeDeps = {
  authenticate(token: string): StoredUser | null;
  /** What this person may do in this room, from their role in its space. */
  authorise(user: StoredUser, room: RoomRef): RoomAccess;
  accept(socket: SyncSocket, admitted: Admitted): void;
  caps: SocketCaps;
};

/** Refusals are many under attack: each is made into bytes once. */
const refusals = new Map<string, Buffer>();

function refuse(socket: Duplex, status: number, text: string, detail = text): void {
  const key = `${status} ${detail}`;
  let response = refusals.get(key);
  if (!response) {
    const body = Buffer.from(detail);
    response = Buffer.concat([
      Buffer.from(
        `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
      ),
      body,
    ]);
    refusals.set(key, response);
  }
  socket.end(response);
  socket.destroy();
}

function destroyOnError(this: Duplex): void {
  this.destroy();
}

/**
 * Checks token and room before the WebSocket handshake completes; refused upgrades never
 * open. An address past its upgrade rate, or a session or address at its cap of open
 * sockets, is refused with 429 before the socket exists.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  // The server keeps its own registry of open connections (OpenConnections): ws's would cost each socket a listener more.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_FRAME_BYTES,
    perMessageDeflate: false,
    clientTracking: false,
    WebSocket: SyncSocket,
  });
  const handler = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', destroyOnError);
    const address = request.socket.remoteAddress ?? 'unknown';
    if (!deps.caps.mayTry(address))
      return refuse(socket, 429, 'Too Many Requests', 'too many connection attempts from this address');
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
    const refused = deps.caps.refusal(token, address);
    if (refused) return refuse(socket, 429, 'Too Many Requests', refused);
    wss.handleUpgrade(request, socket, head, (ws) => {
      // ws handles the socket's errors from here on; ours would only sit in its listener table.
      socket.off('error', destroyOnError);
      // Counted now, released by the connection when it closes (SocketCaps.opened says why this is safe).
      const { session, origin } = deps.caps.opened(token, address);
      deps.accept(ws as SyncSocket, { roomName, access, session, origin, userId: user.id });
    });
  };
  return handler;
}
