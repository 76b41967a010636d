import type { WebSocket, RawData } from 'ws';
import { CloseCode } from '../../shared/protocol';
import { StorageUnavailable } from '../storage/storage-errors';
import { AwarenessGate } from './awareness-gate';
import { ConnectionBudget } from './connection-budget';
import type { SyncLimits } from './limits';
import type { Grant } from './live-access';
import { MalformedMessage, MessageType, parseClientMessage } from './messages';
import { applyLeavingNothingNewPending } from './pending';
import { wouldChange } from './read-only-room';
import type { Room, Peer } from './room';
import type { Rooms } from './rooms';
import type { TokenBucket } from './token-bucket';

export type ConnectionContext = {
  roomName: string;
  rooms: Rooms;
  limits: SyncLimits;
  grant: Grant;
  /** The session's byte budget, shared with its other sockets. */
  bytes: TokenBucket;
  warn: (message: string) => void;
};

const CANNOT_STORE = 'the server cannot store changes to this room right now';

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
 * the first sync answer always reflects everything stored. Any bad frame, or a connection
 * over its budget (server/sync/limits.ts), closes this socket only.
 */
export function serveConnection(socket: WebSocket, context: ConnectionContext): void {
  const { roomName, rooms, limits, grant, warn } = context;
  let closing = false;
  const close = (code: number, reason: string) => {
    closing = true;
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
  };
  const peer: Peer = {
    // Read on every update: a role lowered while the socket is open stops its writes at once.
    get canWrite() {
      return grant.canWrite;
    },
    send(frame) {
      if (socket.readyState === socket.OPEN) socket.send(frame, (error) => error && socket.terminate());
    },
    close,
  };
  const budget = new ConnectionBudget(limits, context.bytes);
  let room: Room | null = null;
  let gate: AwarenessGate | null = null;
  const waiting: Uint8Array[] = [];

  const leave = () => {
    const left = room;
    room = null;
    if (!left) return;
    left.leave(peer);
    gate?.release();
    rooms.released(left);
  };

  const applyUpdate = (current: Room, update: Uint8Array, reply: boolean) => {
    if (!current.writable) {
      if (!peer.canWrite || !wouldChange(current.doc, update)) return;
      if (!rooms.reopenIfWritable(current, CloseCode.resync, 'the room takes changes again: reconnect')) close(CloseCode.storageUnavailable, CANNOT_STORE);
      return;
    }
    if (applyLeavingNothingNewPending(current.doc, () => current.applyUpdate(peer, update))) {
      warn(`Room ${roomName}: dropped the parts of an update that depend on changes the server has not received.`);
      // An update sent as it happened may depend on one still on its way: the client syncs again in full.
      if (!reply) close(CloseCode.resync, 'update depends on changes the server has not received');
    }
  };

  const handle = (frame: Uint8Array) => {
    const current = room;
    if (!current || closing) return;
    try {
      const message = parseClientMessage(frame);
      switch (message.type) {
        case 'syncStep1':
          if (!budget.admitCostly()) return close(CloseCode.rateLimited, 'too many sync requests');
          current.answerStep1(peer, message.stateVector);
          break;
        case 'update':
          applyUpdate(current, message.update, message.reply);
          break;
        case 'awareness':
          gate?.admit(message.update);
          break;
        case 'queryAwareness':
          if (!budget.admitCostly()) return close(CloseCode.rateLimited, 'too many awareness queries');
          current.sendAwareness(peer);
          break;
        case 'auth':
          break;
      }
    } catch (error) {
      if (error instanceof StorageUnavailable) return rooms.abandon(current, CloseCode.storageUnavailable, CANNOT_STORE);
      warn(`Closing a connection to ${roomName}: ${error instanceof MalformedMessage ? 'malformed message' : 'message failed'} (${(error as Error).message})`);
      close(CloseCode.malformedMessage, 'malformed message');
    }
  };

  /** Awareness waits at its gate, unread, when it comes faster than it is relayed. */
  const route = (frame: Uint8Array) => {
    if (frame[0] === MessageType.awareness && gate) gate.offer(frame);
    else handle(frame);
  };

  socket.on('message', (data) => {
    if (closing) return;
    const frame = asBytes(data);
    const refused = budget.admitFrame(frame.length);
    if (refused) return close(CloseCode.rateLimited, refused);
    if (room) route(frame);
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
    closing = true;
    clearInterval(keepAlive);
    leave();
  });

  rooms.get(roomName).then(
    (loaded) => {
      if (closing) {
        rooms.released(loaded);
        return;
      }
      room = loaded;
      gate = new AwarenessGate({
        room: loaded,
        limits,
        apply: (update) => {
          if (!closing && room === loaded) loaded.applyAwareness(peer, update);
        },
        refuse: close,
        read: handle,
      });
      room.join(peer);
      for (const frame of waiting.splice(0)) route(frame);
    },
    (error: Error) => {
      const storage = error instanceof StorageUnavailable;
      warn(`Room ${roomName} could not be loaded: ${error.message}`);
      close(storage ? CloseCode.storageUnavailable : CloseCode.serverShutdown, storage ? 'the server cannot read this room right now' : 'room unavailable');
    },
  );
}
