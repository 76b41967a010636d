import path from 'node:path';
// One durable log on the server and the desktop: a room's log is written and read the same in both.
import { AppendLog, encodeRecords, replaceFileDurably } from '../../../server/storage/framed-log';
import { readFramedLog, type LogDamage } from '../../../server/storage/log-reader';
import { roomLogPath } from '../../../server/storage/room-files';
import { mergeAll } from './merge-updates';
import { WRITE_RETRY_MS, type StoreHealthTracker } from './store-health';

/**
 * A batch of a room's updates is on disk (fsynced) `at`, and the file is then `length` bytes
 * long; its oldest update reached the store at `firstAppendAt`, and the write and fsync
 * began at `writeStartedAt` (times in epoch milliseconds).
 */
export type DurableWrite = {
  room: string;
  file: string;
  length: number;
  records: number;
  firstAppendAt: number;
  writeStartedAt: number;
  at: number;
};

export type RoomLogOptions = {
  /** The local store's data folder; logs live in `<root>/servers/<serverId>/rooms/`. */
  root: string;
  health: StoreHealthTracker;
  /**
   * Appends to one room within this window are written together. By default (0) a write
   * starts as soon as the appends already received are in, and appends that arrive while a
   * write is on its way go together in the next one.
   */
  coalesceMs?: number;
  /** A log with more records than this is rewritten as one merged update when loaded. */
  compactAfterRecords?: number;
  retryMs?: number;
  /** Told after every fsync: how the write interval is measured (electron/README.md). */
  onDurable?: (write: DurableWrite) => void;
};

type RoomState = {
  file: string;
  /** Open while writes succeed; let go after a failure (the next write opens the file afresh) and before a rewrite. */
  log: AppendLog | null;
  room: string;
  pending: Uint8Array[];
  /** When the oldest pending update arrived. */
  pendingSince: number;
  /** Cancels the write scheduled for appends waiting now, if one is. */
  cancelScheduled: (() => void) | null;
  retry: NodeJS.Timeout | null;
  /** Every disk operation of one room runs in order on this chain. */
  chain: Promise<void>;
};

export function roomLogFile(root: string, serverId: string, room: string): string {
  return roomLogPath(path.join(root, 'servers', serverId, 'rooms'), room);
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Per-room binary Yjs update logs. Appends are coalesced for a few milliseconds, then written
 * and fsynced. A failed write keeps its updates in memory, tells the store's health (one
 * message per run of failures) and is tried again every few seconds, so a full or read-only
 * disk never stops the host and loses nothing once it clears. A damaged log is copied aside
 * whole and rewritten with every record that could still be read.
 */
export function createRoomLogs(options: RoomLogOptions) {
  const coalesceMs = options.coalesceMs ?? 0;
  const compactAfter = options.compactAfterRecords ?? 500;
  const retryMs = options.retryMs ?? WRITE_RETRY_MS;
  const { health } = options;
  const rooms = new Map<string, RoomState>();

  function state(serverId: string, room: string): RoomState {
    const key = `${serverId}\u0000${room}`;
    let found = rooms.get(key);
    if (!found) {
      const file = roomLogFile(options.root, serverId, room);
      found = {
        file,
        log: null,
        room,
        pending: [],
        pendingSince: 0,
        cancelScheduled: null,
        retry: null,
        chain: Promise.resolve(),
      };
      rooms.set(key, found);
    }
    return found;
  }

  function enqueue(room: RoomState, operation: () => Promise<void>): Promise<void> {
    const next = room.chain.then(operation, operation);
    room.chain = next.catch(() => undefined);
    return next;
  }

  function target(room: RoomState): string {
    return `${room.room} (${room.file})`;
  }

  async function writePending(room: RoomState): Promise<void> {
    if (room.pending.length === 0) return;
    const batch = room.pending;
    const firstAppendAt = room.pendingSince;
    room.pending = [];
    try {
      const writeStartedAt = now();
      room.log ??= await AppendLog.open(room.file);
      const length = await room.log.appendDurably(batch);
      options.onDurable?.({
        room: room.room,
        file: room.file,
        length,
        records: batch.length,
        firstAppendAt,
        writeStartedAt,
        at: now(),
      });
      health.succeeded(target(room));
    } catch (error) {
      // The log cut off any part of the batch that reached the file; it stays in memory for the retry.
      letGo(room);
      room.pending = batch.concat(room.pending);
      room.pendingSince = firstAppendAt;
      health.failed(target(room), error);
      room.retry ??= setTimeout(() => {
        room.retry = null;
        void flushRoom(room);
      }, retryMs).unref();
    }
  }

  function flushRoom(room: RoomState): Promise<void> {
    room.cancelScheduled?.();
    room.cancelScheduled = null;
    if (room.retry) clearTimeout(room.retry);
    room.retry = null;
    return enqueue(room, () => writePending(room));
  }

  function letGo(room: RoomState): void {
    room.log?.close();
    room.log = null;
  }

  /** Tells the person what the reader found and did (`server/storage/log-reader.ts`); a log left damaged is read past again next time. */
  function reportDamage(room: RoomState, damage: LogDamage, records: number): void {
    if (damage.error) health.failed(target(room), damage.error);
    const where = damage.keptAs
      ? `a copy of the whole file was kept as ${damage.keptAs}`
      : 'it could not be copied aside, so the file was left as it was';
    health.damaged({
      what: 'room-log',
      keptAs: damage.keptAs,
      detail: `Branchline found ${damage.bytes} damaged bytes in this device's copy of ${room.room} (${room.file}); ${records} whole records were read, and ${where}.`,
    });
  }

  /**
   * The room's updates in the order written, with any still waiting in memory after them.
   * They are not merged here: the window applies them in one transaction, which costs it
   * less than a merge costs this process (main is kept idle), and the answer goes at once.
   */
  async function readRoom(room: RoomState): Promise<Uint8Array[]> {
    // The log may be rewritten below; appends after that go to the new file.
    letGo(room);
    let records: Uint8Array[] = [];
    try {
      const read = await readFramedLog(room.file);
      records = read.records;
      if (read.damage) reportDamage(room, read.damage, records.length);
      // A long log is rewritten as one update after the answer has gone, before any later write.
      else if (records.length > compactAfter) void enqueue(room, () => compact(room, records));
    } catch (error) {
      health.failed(target(room), error);
    }
    // Updates a failed write still holds in memory are part of this device's state too.
    return records.concat(room.pending);
  }

  async function compact(room: RoomState, records: Uint8Array[]): Promise<void> {
    const merged = mergeAll(records);
    if (!merged) return;
    letGo(room);
    await replaceFileDurably(room.file, encodeRecords([merged])).catch((error: unknown) =>
      health.failed(target(room), error),
    );
  }

  return {
    append(serverId: string, roomName: string, update: Uint8Array): void {
      const room = state(serverId, roomName);
      if (room.pending.length === 0) room.pendingSince = now();
      room.pending.push(update);
      if (room.cancelScheduled) return;
      const write = () => void flushRoom(room);
      if (coalesceMs > 0) {
        const timer = setTimeout(write, coalesceMs);
        room.cancelScheduled = () => clearTimeout(timer);
      } else {
        const immediate = setImmediate(write);
        room.cancelScheduled = () => clearImmediate(immediate);
      }
    },

    /**
     * The room's stored updates, oldest first (empty if none). Never fails: what cannot be
     * read is reported to the store's health and left out.
     */
    async load(serverId: string, roomName: string): Promise<Array<Uint8Array<ArrayBuffer>>> {
      const room = state(serverId, roomName);
      await flushRoom(room);
      let result: Uint8Array[] = [];
      await enqueue(room, async () => {
        result = await readRoom(room);
      });
      // Records are copied out of the file buffer, so each has a plain ArrayBuffer of its own.
      return result as Array<Uint8Array<ArrayBuffer>>;
    },

    /** Writes everything still waiting. */
    async flush(): Promise<void> {
      await Promise.all([...rooms.values()].map((room) => flushRoom(room)));
    },

    /** Writes everything still waiting and lets go of the files; called on shutdown. */
    async close(): Promise<void> {
      await Promise.all(
        [...rooms.values()].map((room) => {
          void flushRoom(room);
          return enqueue(room, async () => letGo(room));
        }),
      );
    },
  };
}

export type RoomLogs = ReturnType<typeof createRoomLogs>;
