import { rm } from 'node:fs/promises';
import { outdatedTimeout } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol';
import { parseRoomName, type RoomKind, type RoomRef } from '../../shared/rooms';
import { roomLogPath } from '../storage/room-files';
import { RoomLog, type RoomLogOptions } from '../storage/room-log';
import { StorageUnavailable } from '../storage/storage-errors';
import { folderTakesWrites } from '../storage/write-check';
import { Room } from './room';

export const CANNOT_STORE = 'the server cannot store changes to this room right now';

/** How often loaded rooms drop awareness states nobody renewed: as often as y-protocols' own per-room timer would. */
const AWARENESS_SWEEP_MS = Math.floor(outdatedTimeout / 10);

export type RoomsOptions = {
  /** Unload a room once nobody has been in it for this long. */
  idleUnloadMs: number;
  /** Rooms kept loaded with nobody in them; past this, the longest idle is unloaded at once. */
  maxIdleRooms?: number;
  /** After the disk refused a room's write, the room is loaded read-only for up to this long, until the disk takes writes again. */
  readOnlyAfterFailureMs?: number;
};

/**
 * What writes one kind of server-written room (shared/rooms.ts), e.g. server/spaces/space-index-room.ts.
 * Rooms asks it to bring each such room up to date as the room loads.
 */
export interface RoomWriter {
  /**
   * Writes into `doc` (inside the server's transaction) whatever it lacks of what the server
   * knows, and nothing else: a room already up to date must come out unchanged, so loading
   * it costs no write and its log does not grow.
   */
  reconcile(room: RoomRef, doc: Y.Doc): void;
}

/** Hears a room's committed changes, each with its origin (the connection that sent it, or the server's own). */
export type CommitListener = (room: Room, batch: ReadonlyArray<{ update: Uint8Array; origin: unknown }>) => void;

/**
 * Loads rooms on first use (once, however many connect at the same moment), and unloads
 * them when nobody has been in them for a while.
 */
export class Rooms {
  private readonly loaded = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  /** Idle rooms in the order they became idle, with the timer that will unload each. */
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly failedAt = new Map<string, number>();
  private readonly options: Required<RoomsOptions>;
  private readonly awarenessSweep = setInterval(() => {
    for (const room of this.loaded.values()) room.expireAwareness();
  }, AWARENESS_SWEEP_MS).unref();
  /** Rooms with changes to commit once this event-loop turn's input has been read (one setImmediate for all). */
  private toCommit = new Set<Room>();
  /** Server writes waiting for this turn's commit (null while none waits, which is almost always). */
  private committedWaiters: Array<() => void> | null = null;
  /** Rooms dropped because a commit failed, and why: a server write waiting on one is told. */
  private readonly failures = new WeakMap<Room, Error>();
  private readonly writers = new Map<RoomKind, RoomWriter>();
  private readonly commitListeners = new Map<RoomKind, CommitListener>();
  /** Set by `close`: no room loads or is created after it. */
  private closed = false;
  /** New rooms' first content being written (`create`), for `close` to wait on. */
  private readonly creating = new Set<Promise<unknown>>();

  constructor(
    private readonly logOptions: RoomLogOptions,
    options: RoomsOptions | number,
    /** Told when a room's document changes (at most once a second per room), for "recent activity". */
    private readonly onChange: (roomName: string, editors: string[]) => void = () => undefined,
  ) {
    const given = typeof options === 'number' ? { idleUnloadMs: options } : options;
    this.options = { maxIdleRooms: Infinity, readOnlyAfterFailureMs: 30_000, ...given };
  }

  get count(): number {
    return this.loaded.size;
  }

  isLoaded(name: string): boolean {
    return this.loaded.has(name);
  }

  /** Rooms of `kind` are written by `writer`, which brings each up to date as it loads. */
  setWriter(kind: RoomKind, writer: RoomWriter): void {
    this.writers.set(kind, writer);
  }

  /** Rooms of `kind` tell `listener` of each batch of changes once it is in their log (server/history listens). */
  onCommitted(kind: RoomKind, listener: CommitListener): void {
    this.commitListeners.set(kind, listener);
  }

  async get(name: string): Promise<Room> {
    this.cancelIdle(name);
    const room = this.loaded.get(name);
    if (room) return room;
    let pending = this.loading.get(name);
    if (!pending) {
      if (this.closed) throw new StorageUnavailable(`Room ${name}`, 'the server is shutting down');
      pending = this.load(name, this.stillFailing(name));
      this.loading.set(name, pending);
      pending.finally(() => this.loading.delete(name)).catch(() => undefined);
    }
    return pending;
  }

  private async load(name: string, readOnly: boolean): Promise<Room> {
    const { log, state } = await RoomLog.open(name, this.logOptions, { readOnly });
    const room = new Room(name, log, state, this.onChange, this.scheduleCommit);
    const kind = parseRoomName(name)?.kind;
    const listener = kind && this.commitListeners.get(kind);
    if (listener) room.committed = (batch) => listener(room, batch);
    if (room.serverWritten && room.writable && !this.caughtUp(room)) {
      // The disk refused the catch-up: the room is served as it is stored, read-only, until a later load.
      this.failedAt.set(name, Date.now());
      return this.load(name, true);
    }
    this.loaded.set(name, room);
    return room;
  }

  /**
   * A server-written room just loaded, before anyone is in it: its writer brings it up to date
   * (a room never written, a change made while the server was down or a restored accounts.json
   * all converge here). False, with the room discarded, if the disk refused the write.
   */
  private caughtUp(room: Room): boolean {
    const ref = parseRoomName(room.name);
    const writer = ref && this.writers.get(ref.kind);
    if (!ref || !writer) return true;
    try {
      room.write((doc) => writer.reconcile(ref, doc));
    } catch (error) {
      // What it wrote before it failed is still true; what it did not write waits for the next change or load.
      this.logOptions.warn(`Room ${room.name}: bringing it up to date failed (${(error as Error).message}).`);
    }
    try {
      room.commit();
      return true;
    } catch (error) {
      this.logOptions.warn(`Room ${room.name}: its catch-up could not be stored (${(error as Error).message}).`);
      room.abandon(CloseCode.storageUnavailable, CANNOT_STORE);
      return false;
    }
  }

  /**
   * The server's own write to a room (a server-written room's only writer): loads the room if
   * needed (once, however many ask at once), applies `change` as one server transaction, and
   * resolves once it is committed like any client's update, in this turn's group commit:
   * written to the log, then sent to everyone in the room. A room nobody is in is unloaded
   * again after the idle delay. Rejects (the change stored nowhere) if the disk refused it;
   * the room is then dropped as after a client's refused write.
   */
  async change(name: string, change: (doc: Y.Doc) => void, origin?: object): Promise<void> {
    let room = await this.get(name);
    // Dropped (a refused write) between loading and now: the next load is the room.
    while (this.loaded.get(name) !== room) room = await this.get(name);
    if (!room.writable) {
      // The server is this room's only writer: once the disk takes writes, the room is loaded again
      // (its readers told to reconnect) and catches up as it loads.
      if (folderTakesWrites(this.logOptions.directory)) {
        this.failedAt.delete(name);
        this.drop(room, CloseCode.resync, 'the room takes changes again: reconnect');
        room = await this.get(name);
      }
      if (!room.writable) {
        // Its readers keep reading it as stored; the write counts as refused, so a later one tries the disk again.
        this.failedAt.set(name, Date.now());
        this.released(room);
        throw new StorageUnavailable(`Room ${name}`, 'its log is read-only on this server');
      }
    }
    try {
      await this.writeAndCommit(room, change, origin);
    } finally {
      this.released(room);
    }
  }

  /**
   * `change` for a room that is loaded and takes writes now; else nothing (false). It neither
   * loads the room nor keeps it loaded any longer: for news only those in the room need now
   * (the room catches up when it next loads).
   */
  async changeIfLoaded(name: string, change: (doc: Y.Doc) => void): Promise<boolean> {
    const room = this.loaded.get(name);
    if (!room?.writable) return false;
    await this.writeAndCommit(room, change);
    return true;
  }

  private async writeAndCommit(room: Room, change: (doc: Y.Doc) => void, origin?: object): Promise<void> {
    room.write(change, origin);
    if (this.toCommit.size > 0) await new Promise<void>((resolve) => (this.committedWaiters ??= []).push(resolve));
    const failure = this.failures.get(room);
    if (failure) throw failure;
  }

  private readonly scheduleCommit = (room: Room): void => {
    if (this.toCommit.size === 0) setImmediate(this.commitAll);
    this.toCommit.add(room);
  };

  private readonly commitAll = (): void => {
    const rooms = this.toCommit;
    this.toCommit = new Set();
    for (const room of rooms) {
      try {
        room.commit();
      } catch (error) {
        // Dropped either way, the room sends nothing it may not have written; its people reconnect and sync again.
        if (error instanceof StorageUnavailable) {
          this.abandon(room, CloseCode.storageUnavailable, CANNOT_STORE);
        } else {
          this.logOptions.warn(
            `Room ${room.name}: its changes could not be committed (${(error as Error).message}); everyone in it reconnects.`,
          );
          this.drop(room, CloseCode.resync, 'the server reloads this room: reconnect');
        }
        this.failures.set(room, error as Error);
      }
    }
    const waiters = this.committedWaiters;
    this.committedWaiters = null;
    if (waiters) for (const committed of waiters) committed();
  };

  /** Writes a new room's first content straight to its log (the room is not loaded yet). */
  async create(name: string, initialUpdate: Uint8Array): Promise<void> {
    if (this.closed) throw new StorageUnavailable(`Room ${name}`, 'the server is shutting down');
    const written = (async () => {
      const { log } = await RoomLog.open(name, this.logOptions);
      try {
        log.appendAll([initialUpdate]);
      } finally {
        log.close();
      }
    })();
    this.creating.add(written);
    try {
      await written;
    } finally {
      this.creating.delete(written);
    }
  }

  /**
   * Deletes a room for good (a document deleted from its space's bin): anyone still in it is
   * closed (its access is gone), and its log is removed. A later load finds an empty room.
   */
  async remove(name: string): Promise<void> {
    await this.loading.get(name)?.catch(() => undefined);
    const room = this.loaded.get(name);
    if (room) this.drop(room, CloseCode.forbidden, 'this room was deleted');
    await rm(roomLogPath(this.logOptions.directory, name), { force: true });
  }

  /** Called when someone leaves; unloads the room once it has been empty for the idle delay. */
  released(room: Room): void {
    // A room abandoned after a failed write may already have been loaded again.
    if (room.peerCount > 0 || this.loaded.get(room.name) !== room) return;
    this.cancelIdle(room.name);
    const timer = setTimeout(() => this.unload(room.name), this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
    for (const oldest of this.idleTimers.keys()) {
      if (this.idleTimers.size <= this.options.maxIdleRooms) break;
      this.unload(oldest);
    }
  }

  /**
   * Drops a room whose write the disk refused, without writing anything: its document holds
   * a change its log lacks. Everyone in it is closed with `code`; it loads read-only until the disk takes writes again.
   */
  abandon(room: Room, code: number, reason: string): void {
    this.drop(room, code, reason);
    this.failedAt.set(room.name, Date.now());
    // A server write waiting on this room's commit hears that it was not stored.
    if (!this.failures.has(room)) this.failures.set(room, new StorageUnavailable(`Room ${room.name}`, reason));
  }

  /**
   * A room that went read-only after a refused write, once the disk takes writes again, is
   * dropped (everyone in it told to reconnect with `code`) so that it loads writable. False for
   * any other room, or while the disk still refuses.
   */
  reopenIfWritable(room: Room, code: number, reason: string): boolean {
    if (!this.failedAt.has(room.name) || !folderTakesWrites(this.logOptions.directory)) return false;
    this.failedAt.delete(room.name);
    this.drop(room, code, reason);
    return true;
  }

  private drop(room: Room, code: number, reason: string): void {
    if (this.loaded.get(room.name) === room) this.loaded.delete(room.name);
    this.cancelIdle(room.name);
    room.abandon(code, reason);
  }

  /** A room whose write was refused lately loads read-only until the disk takes a test write again. */
  private stillFailing(name: string): boolean {
    const at = this.failedAt.get(name);
    if (at === undefined) return false;
    if (Date.now() - at < this.options.readOnlyAfterFailureMs && !folderTakesWrites(this.logOptions.directory))
      return true;
    this.failedAt.delete(name);
    return false;
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  private unload(name: string): void {
    this.cancelIdle(name);
    const room = this.loaded.get(name);
    if (!room || room.peerCount > 0) return;
    this.loaded.delete(name);
    room.unload();
  }

  /**
   * Unloads every room (each flushed and compacted) once the loads and creations under way
   * have finished, so nothing touches the data folder after this resolves; no room loads after it.
   */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.awarenessSweep);
    await Promise.allSettled([...this.loading.values(), ...this.creating]);
    this.unloadAll();
  }

  /** Unloads every loaded room now, each flushed and compacted; they load again on next use. */
  unloadAll(): void {
    for (const name of [...this.loaded.keys()]) {
      this.cancelIdle(name);
      const room = this.loaded.get(name)!;
      this.loaded.delete(name);
      room.unload();
    }
  }
}
