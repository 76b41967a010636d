import { RoomLog, type RoomLogOptions } from '../storage/room-log';
import { Room } from './room';

/**
 * Loads rooms on first use (once, however many connect at the same moment), and unloads
 * them when nobody has been in them for a while.
 */
export class Rooms {
  private readonly loaded = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly logOptions: RoomLogOptions,
    private readonly idleUnloadMs: number,
    /** Told when a room's document changes (at most once a second per room), for "recent activity". */
    private readonly onChange: (roomName: string) => void = () => undefined,
  ) {}

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
      pending = RoomLog.open(name, this.logOptions).then(({ log, state }) => {
        const loadedRoom = new Room(name, log, state, this.onChange);
        this.loaded.set(name, loadedRoom);
        return loadedRoom;
      });
      this.loading.set(name, pending);
      pending.finally(() => this.loading.delete(name)).catch(() => undefined);
    }
    return pending;
  }

  /** Writes a new room's first content straight to its log (the room is not loaded yet). */
  async create(name: string, initialUpdate: Uint8Array): Promise<void> {
    const { log } = await RoomLog.open(name, this.logOptions);
    log.append(initialUpdate);
    log.close();
  }

  /** Called when someone leaves; unloads the room once it has been empty for the idle delay. */
  released(room: Room): void {
    if (room.peerCount > 0) return;
    this.cancelIdle(room.name);
    const timer = setTimeout(() => this.unload(room.name), this.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  private unload(name: string): void {
    this.idleTimers.delete(name);
    const room = this.loaded.get(name);
    if (!room || room.peerCount > 0) return;
    this.loaded.delete(name);
    room.unload();
  }

  closeAll(): void {
    for (const name of [...this.loaded.keys()]) {
      this.cancelIdle(name);
      const room = this.loaded.get(name)!;
      this.loaded.delete(name);
      room.unload();
    }
  }
}
