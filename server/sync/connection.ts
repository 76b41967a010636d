import type { WebSocket, RawData } from 'ws';
import { CloseCode } from '../../shared/protocol';
import { RateLimiter } from '../accounts/rate-limit';
import type { Grant } from './live-access';
import { MalformedMessage, parseClientMessage } from './messages';
import type { Room, Peer } from './room';
import type { Rooms } from './rooms';

export type ConnectionLimits = {
  /** Messages a connection may send in a burst, then one per `messageRefillMs`. */
  messageBurst: number;
  messageRefillMs: number;
  keepAliveMs: number;
};

/**
 * Copies the frame into its own buffer. ws may hand out views into a shared pool; lib0's
 * decoders bounds-check their views, but anything that goes through `.buffer` would not,
 * and a frame that owns its memory keeps every decoder inside it.
 */
function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data.slice(0)) : new Uint8Array(data);
}

/**
 * One socket in one room. Messages that arrive while the room is still loading wait, so
 * the first sync answer always reflects everything stored. Any bad frame closes this
 * socket only.
 */
export function serveConnection(socket: WebSocket, roomName: string, rooms: Rooms, limits: ConnectionLimits, grant: Grant, warn: (m: string) => void): void {
  const peer: Peer = {
    // Read on every update: a role lowered while the socket is open stops its writes at once.
    get canWrite() {
      return grant.canWrite;
    },
    send(frame) {
      if (socket.readyState === socket.OPEN) socket.send(frame, (error) => error && socket.terminate());
    },
  };
  const limiter = new RateLimiter(limits.messageBurst, limits.messageRefillMs);
  let room: Room | null = null;
  let closed = false;
  const waiting: Uint8Array[] = [];

  const close = (code: number, reason: string) => {
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
  };

  const handle = (frame: Uint8Array) => {
    if (!room || closed) return;
    try {
      const message = parseClientMessage(frame);
      switch (message.type) {
        case 'syncStep1':
          room.answerStep1(peer, message.stateVector);
          break;
        case 'update':
          room.applyUpdate(peer, message.update);
          break;
        case 'awareness':
          room.applyAwareness(peer, message.update);
          break;
        case 'queryAwareness':
          room.sendAwareness(peer);
          break;
        case 'auth':
          break;
      }
    } catch (error) {
      warn(`Closing a connection to ${roomName}: ${error instanceof MalformedMessage ? 'malformed message' : 'message failed'} (${(error as Error).message})`);
      close(CloseCode.malformedMessage, 'malformed message');
    }
  };

  socket.on('message', (data) => {
    if (!limiter.take('messages')) {
      close(CloseCode.rateLimited, 'too many messages');
      return;
    }
    const frame = asBytes(data);
    if (room) handle(frame);
    else waiting.push(frame);
  });

  let alive = true;
  socket.on('pong', () => (alive = true));
  const keepAlive = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, limits.keepAliveMs);
  keepAlive.unref();

  socket.on('error', () => socket.terminate());
  socket.on('close', () => {
    closed = true;
    clearInterval(keepAlive);
    if (room) {
      room.leave(peer);
      rooms.released(room);
    }
  });

  rooms.get(roomName).then(
    (loaded) => {
      if (closed) {
        rooms.released(loaded);
        return;
      }
      room = loaded;
      room.join(peer);
      for (const frame of waiting.splice(0)) handle(frame);
    },
    (error: Error) => {
      warn(`Room ${roomName} could not be loaded: ${error.message}`);
      close(CloseCode.serverShutdown, 'room unavailable');
    },
  );
}
