import { outdatedTimeout } from 'y-protocols/awareness';
import { CloseCode } from '../../shared/protocol';
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

  constructor(
    private readonly logOptions: RoomLogOptions,
    options: RoomsOptions | number,
    /** Told when a room's document changes (at most once a second per room), for "recent activity". */
    private readonly onChange: (roomName: string) => void = () => undefined,
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

  async get(name: string): Promise<Room> {
    this.cancelIdle(name);
    const room = this.loaded.get(name);
    if (room) return room;
    let pending = this.loading.get(name);
    if (!pending) {
      pending = RoomLog.open(name, this.logOptions, { readOnly: this.stillFailing(name) }).then(({ log, state }) => {
        const loadedRoom = new Room(name, log, state, this.onChange, this.scheduleCommit);
        this.loaded.set(name, loadedRoom);
        return loadedRoom;
      });
      this.loading.set(name, pending);
      pending.finally(() => this.loading.delete(name)).catch(() => undefined);
    }
    return pending;
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
      }
    }
  };

  /** Writes a new room's first content straight to its log (the room is not loaded yet). */
  async create(name: string, initialUpdate: Uint8Array): Promise<void> {
    const { log } = await RoomLog.open(name, this.logOptions);
    try {
      log.appendAll([initialUpdate]);
    } finally {
      log.close();
    }
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

  closeAll(): void {
    clearInterval(this.awarenessSweep);
    for (const name of [...this.loaded.keys()]) {
      this.cancelIdle(name);
      const room = this.loaded.get(name)!;
      this.loaded.delete(name);
      room.unload();
    }
  }
}
