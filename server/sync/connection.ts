import { CloseCode } from '../../shared/protocol';
import { parseRoomName, type RoomRef } from '../../shared/rooms';
import { StorageUnavailable } from '../storage/storage-errors';
import { AwarenessGate, type GateOwner } from './awareness-gate';
import { REFUSED } from './allowance';
import type { ConnectionRates, SyncLimits } from './limits';
import type { AccessHolder } from './live-access';
import { MalformedMessage, MessageType, parseClientMessage } from './messages';
import type { OpenConnections } from './open-connections';
import { applyLeavingNothingNewPending } from './pending';
import { wouldChange } from './read-only-room';
import type { Peer, Room } from './room';
import { CANNOT_STORE, type Rooms } from './rooms';
import type { AddressShare, SessionShare, SocketCaps } from './socket-caps';
import type { SocketOwner, SyncSocket } from './sync-socket';
import type { Admitted } from './upgrade';

/** What every connection of one server shares. */
export type SyncServices = {
  rooms: Rooms;
  limits: SyncLimits;
  /** Made once from `limits` (connectionRates), shared by every connection. */
  rates: ConnectionRates;
  connections: OpenConnections<SyncConnection>;
  caps: SocketCaps;
  warn: (message: string) => void;
};

/**
 * One socket in one room. Messages that arrive while the room is still loading wait, so the
 * first sync answer always reflects everything stored. Any bad frame, or a connection over
 * its budget (server/sync/limits.ts), closes this socket only.
 *
 * Sockets are many and mostly idle, so a connection is one object with its behaviour on the
 * prototype: no closures, timers or helper objects of its own (its rate allowances are two
 * numbers, its session's and address's shares are shared), and an awareness gate only once
 * it speaks.
 */
export class SyncConnection implements Peer, AccessHolder, SocketOwner, GateOwner {
  /** Read by the room on every update; cleared by live access the moment writing is no longer allowed. */
  canWrite: boolean;
  ending = false;
  alive = true;
  private room: Room | null = null;
  private gate: AwarenessGate | null = null;
  /** Frames that arrived while the room was loading. */
  private waiting: Uint8Array[] | null = null;
  /** The room's own name once it is joined, so sockets in one room share one string. */
  private roomName: string;
  readonly access: 'write' | 'read';
  /** Whose changes this socket sends (the room tells who edited). */
  readonly userId: string | undefined;
  private readonly session: SessionShare;
  private readonly origin: AddressShare;
  /** The states of its message and costly-request allowances (see Rate). */
  private messagesFullAt: number;
  private costlyFullAt: number;

  constructor(
    private readonly socket: SyncSocket,
    admitted: Admitted,
    private readonly services: SyncServices,
  ) {
    this.roomName = admitted.roomName;
    this.access = admitted.access;
    this.userId = admitted.userId;
    this.session = admitted.session;
    this.origin = admitted.origin;
    this.canWrite = admitted.access === 'write';
    this.messagesFullAt = services.rates.messages.full();
    this.costlyFullAt = services.rates.costly.full();
    services.connections.add(this);
    socket.owner = this;
    services.rooms.get(admitted.roomName).then(
      (loaded) => this.joined(loaded),
      (error: Error) => this.failedToLoad(error),
    );
  }

  get token(): string {
    return this.session.token;
  }

  /** Parsed when live access asks (seldom), rather than kept. The name passed parsing when the socket opened. */
  get roomRef(): RoomRef {
    return parseRoomName(this.roomName)!;
  }

  // Peer: what the room does with this connection.

  send(frame: Uint8Array): void {
    // A failed write surfaces as the socket's 'error', which ends it.
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(frame);
  }

  close(code: number, reason: string): void {
    this.ending = true;
    const { socket } = this;
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
  }

  end(code: number, reason: string): void {
    this.close(code, reason);
  }

  // KeptAlive: the server's keep-alive sweep.

  ping(): void {
    this.socket.ping();
  }

  terminate(): void {
    this.socket.terminate();
  }

  // SocketOwner: the socket's events.

  receive(frame: Uint8Array): void {
    if (this.ending) return;
    const messages = this.services.rates.messages.take(this.messagesFullAt);
    if (messages === REFUSED) return this.close(CloseCode.rateLimited, 'too many messages');
    this.messagesFullAt = messages;
    if (!this.services.caps.takeBytes(this.session, frame.length))
      return this.close(CloseCode.rateLimited, 'too many bytes');
    if (this.room) this.route(frame);
    else (this.waiting ??= []).push(frame);
  }

  pong(): void {
    this.alive = true;
  }

  closed(): void {
    this.ending = true;
    this.services.connections.delete(this);
    this.services.caps.closed(this.session, this.origin);
    const left = this.room;
    this.room = null;
    if (!left) return;
    left.leave(this, this.gate?.claimed ?? []);
    this.gate?.release();
    this.services.rooms.released(left);
  }

  // GateOwner: awareness, once the gate lets it through.

  readAwareness(frame: Uint8Array): void {
    this.handle(frame);
  }

  relayAwareness(update: Uint8Array): void {
    if (!this.ending && this.room) this.room.applyAwareness(this, update);
  }

  private joined(loaded: Room): void {
    if (this.ending) {
      this.services.rooms.released(loaded);
      return;
    }
    this.room = loaded;
    this.roomName = loaded.name;
    loaded.join(this);
    const waiting = this.waiting;
    this.waiting = null;
    for (const frame of waiting ?? []) this.route(frame);
  }

  private failedToLoad(error: Error): void {
    const storage = error instanceof StorageUnavailable;
    this.services.warn(`Room ${this.roomName} could not be loaded: ${error.message}`);
    this.close(
      storage ? CloseCode.storageUnavailable : CloseCode.serverShutdown,
      storage ? 'the server cannot read this room right now' : 'room unavailable',
    );
  }

  /** Awareness waits at its gate, unread, when it comes faster than it is relayed. */
  private route(frame: Uint8Array): void {
    if (frame[0] !== MessageType.awareness) return this.handle(frame);
    this.gate ??= new AwarenessGate(this, this.room!, this.services.limits, this.services.rates.awareness);
    this.gate.offer(frame);
  }

  private handle(frame: Uint8Array): void {
    const current = this.room;
    if (!current || this.ending) return;
    try {
      const message = parseClientMessage(frame);
      switch (message.type) {
        case 'syncStep1':
          if (!this.admitCostly()) return this.close(CloseCode.rateLimited, 'too many sync requests');
          current.answerStep1(this, message.stateVector);
          break;
        case 'update':
          this.applyUpdate(current, message.update, message.reply);
          break;
        case 'awareness':
          this.gate?.admit(message.update);
          break;
        case 'queryAwareness':
          if (!this.admitCostly()) return this.close(CloseCode.rateLimited, 'too many awareness queries');
          current.sendAwareness(this);
          break;
        case 'auth':
          break;
      }
    } catch (error) {
      if (error instanceof StorageUnavailable)
        return this.services.rooms.abandon(current, CloseCode.storageUnavailable, CANNOT_STORE);
      const kind = error instanceof MalformedMessage ? 'malformed message' : 'message failed';
      this.services.warn(`Closing a connection to ${this.roomName}: ${kind} (${(error as Error).message})`);
      this.close(CloseCode.malformedMessage, 'malformed message');
    }
  }

  /** Sync step 1 or an awareness query: each makes the server send the whole room. */
  private admitCostly(): boolean {
    const next = this.services.rates.costly.take(this.costlyFullAt);
    if (next === REFUSED) return false;
    this.costlyFullAt = next;
    return true;
  }

  private applyUpdate(current: Room, update: Uint8Array, reply: boolean): void {
    if (!current.writable) {
      if (!this.canWrite || !wouldChange(current.doc, update)) return;
      if (!this.services.rooms.reopenIfWritable(current, CloseCode.resync, 'the room takes changes again: reconnect'))
        this.close(CloseCode.storageUnavailable, CANNOT_STORE);
      return;
    }
    if (applyLeavingNothingNewPending(current.doc, () => current.applyUpdate(this, update))) {
      this.services.warn(
        `Room ${this.roomName}: dropped the parts of an update that depend on changes the server has not received.`,
      );
      // An update sent as it happened may depend on one still on its way: the client syncs again in full.
      if (!reply) this.close(CloseCode.resync, 'update depends on changes the server has not received');
    }
  }
}
