import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { isServerWritten, parseRoomName } from '../../shared/rooms';
import type { RoomLog } from '../storage/room-log';
import { awarenessMessage, MessageType, updateMessage } from './messages';

/** Someone in a room: a socket, or anything that can take a frame. */
export interface Peer {
  send(frame: Uint8Array): void;
  /** Ends this peer's connection, telling its client why. */
  close(code: number, reason: string): void;
  readonly canWrite: boolean;
  /** The person whose changes this peer sends, if known (who edited a document). */
  readonly userId?: string | undefined;
}

/** Has `room.commit()` run soon, after the changes arriving in this event-loop turn. */
export type CommitScheduler = (room: Room) => void;

/** The origin of the server's own transactions: no peer, so everyone in the room is sent them. */
export const SERVER_ORIGIN = Symbol('server');

/** For a room on its own (tests): Rooms passes a scheduler that also abandons a room the disk refuses. */
const commitNextTurn: CommitScheduler = (room) => void setImmediate(() => room.commit());

/**
 * One loaded room: its document, its people's awareness, and its log. Every change the
 * document accepts is appended to the log before it is broadcast, so nothing anyone has
 * seen can be lost by a crash. Changes are committed (written, then sent on) together once
 * per event-loop turn: a busy room then costs one write per turn, not one per keystroke.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Everyone in the room. */
  private readonly peers = new Set<Peer>();
  /**
   * Who speaks for each awareness client id: an id belongs to the connection that introduced
   * it (kept by the connections' awareness gates, server/sync/awareness-gate.ts).
   */
  readonly speakers = new Map<number, object>();
  /** Only the server writes this room (shared/rooms.ts): every client's update is dropped, whoever sends it. */
  readonly serverWritten: boolean;

  /** When the room last told `onChange`; "recent activity" needs no more than one call a second. */
  private changeToldAt = 0;
  /** Told of each batch once it is in the log (the document history listens for `doc` rooms); most rooms have none. */
  committed: ((batch: ReadonlyArray<{ update: Uint8Array; origin: unknown }>) => void) | null = null;
  /** Who sent the changes committed since `onChange` was last told, in order (most recent last). */
  private editorsSinceTold = new Set<string>();
  /** Changes the document has taken that the log does not hold yet, with who sent each (none: null, as most rooms are idle). */
  private uncommitted: Array<{ update: Uint8Array; origin: unknown }> | null = null;

  constructor(
    readonly name: string,
    private readonly log: RoomLog,
    stored: Uint8Array | null,
    private readonly onChange: (roomName: string, editors: string[]) => void = () => undefined,
    private readonly scheduleCommit: CommitScheduler = commitNextTurn,
  ) {
    const ref = parseRoomName(name);
    this.serverWritten = ref !== null && isServerWritten(ref);
    if (stored) Y.applyUpdate(this.doc, stored);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    // Each Awareness runs its own timer to drop states nobody has renewed; Rooms runs one sweep
    // for every loaded room instead (expireAwareness), as a timer per room costs each room its
    // timer, closure and context, and a server holds many rooms.
    clearInterval(this.awareness._checkInterval);
    // Let go of the stopped timer too (Awareness.destroy clears it again, and clearing nothing is fine).
    this.awareness._checkInterval = undefined;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!this.uncommitted) {
        this.uncommitted = [];
        this.scheduleCommit(this);
      }
      this.uncommitted.push({ update, origin });
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const frame = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
      for (const peer of this.peers) peer.send(frame);
    });
  }

  /**
   * Writes the changes taken since the last commit in one append, then sends each on to
   * everyone but its sender. Throws StorageUnavailable, having written and sent none of
   * them, if the disk refuses (the room is then abandoned: see Rooms).
   */
  commit(): void {
    const batch = this.uncommitted;
    if (!batch) return;
    this.uncommitted = null;
    this.log.appendAll(batch.map(({ update }) => update));
    this.committed?.(batch);
    for (const { update, origin } of batch) {
      const editor = (origin as Partial<Peer> | null)?.userId;
      if (typeof editor === 'string') {
        this.editorsSinceTold.delete(editor);
        this.editorsSinceTold.add(editor);
      }
      const frame = updateMessage(update);
      // The sender already has its own update: sending it back would cost a frame per edit for nothing.
      for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    }
    if (this.log.needsCompaction()) this.log.compact(this.doc);
    this.changed();
  }

  /** Drops the states of clients that have not renewed them within y-protocols' timeout (their tab slept, say). */
  expireAwareness(now = Date.now()): void {
    const outdated: number[] = [];
    for (const [client, meta] of this.awareness.meta) {
      if (now - meta.lastUpdated >= awarenessProtocol.outdatedTimeout && this.awareness.states.has(client))
        outdated.push(client);
    }
    if (outdated.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, outdated, 'timeout');
  }

  private changed(): void {
    const now = Date.now();
    if (now - this.changeToldAt < 1000) return;
    this.changeToldAt = now;
    const editors = [...this.editorsSinceTold];
    this.editorsSinceTold.clear();
    this.onChange(this.name, editors);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** False when the disk will not take this room's changes: it is served read-only. */
  get writable(): boolean {
    return this.log.writable;
  }

  join(peer: Peer): void {
    this.peers.add(peer);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    peer.send(encoding.toUint8Array(encoder));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  /** `ids`: the awareness ids the peer spoke for, whose states leave with it. */
  leave(peer: Peer, ids: number[]): void {
    this.peers.delete(peer);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  /** Answers a peer's state vector with what it lacks (sync step 2). */
  answerStep1(peer: Peer, stateVector: Uint8Array): void {
    // What the room sends of its document is on disk first (a refusal throws to the connection, which abandons the room).
    this.commit();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(this.doc, stateVector));
    peer.send(encoding.toUint8Array(encoder));
  }

  /** A client's update; dropped unless it may write here (observers, archived spaces and server-written rooms: never). */
  applyUpdate(peer: Peer, update: Uint8Array): void {
    if (!peer.canWrite || this.serverWritten) return;
    Y.applyUpdate(this.doc, update, peer);
  }

  /**
   * The server's own change, as one transaction. It is committed like a client's update (see
   * commit): written to the log with this turn's other changes, then sent to everyone in the room.
   */
  write(change: (doc: Y.Doc) => void, origin: object | symbol = SERVER_ORIGIN): void {
    this.doc.transact(() => change(this.doc), origin);
  }

  applyAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  sendAwareness(peer: Peer): void {
    peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /**
   * After a write the disk refused: the document now holds a change its log does not, so
   * it is dropped unwritten, and everyone in it is told to come back (their clients still
   * hold their changes and send them again when they do).
   */
  abandon(code: number, reason: string): void {
    this.uncommitted = null;
    for (const peer of [...this.peers]) peer.close(code, reason);
    this.peers.clear();
    this.log.close();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Compacts and closes the log; the room must not be used afterwards. */
  unload(): void {
    try {
      this.commit();
    } catch {
      // The log has said why; whoever sent these changes still holds them and sends them again.
    }
    this.log.compact(this.doc);
    this.log.close();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
