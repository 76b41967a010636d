import { mkdir, open, readFile, rename, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
// One record format on the server and the desktop: a room's log reads the same in both.
import { encodeRecords, parseRecords } from '../../../server/storage/framed-log';
import { roomLogPath } from '../../../server/storage/room-files';
import { problemFromError, type ProblemSink } from './disk-problem';

export type RoomLogOptions = {
  /** The local store's data folder; logs live in `<root>/servers/<serverId>/rooms/`. */
  root: string;
  onProblem: ProblemSink;
  /** Appends to one room within this window are written together. */
  coalesceMs?: number;
  /** A log with more records than this is rewritten as one merged update when loaded. */
  compactAfterRecords?: number;
  log?: (message: string) => void;
};

type RoomState = {
  file: string;
  room: string;
  pending: Uint8Array[];
  timer: NodeJS.Timeout | null;
  /** Every disk operation of one room runs in order on this chain. */
  chain: Promise<void>;
  failing: boolean;
};

export function roomLogFile(root: string, serverId: string, room: string): string {
  return roomLogPath(path.join(root, 'servers', serverId, 'rooms'), room);
}

/**
 * Per-room binary Yjs update logs. Appends are coalesced for a few milliseconds and then
 * written and fsynced; a failed write keeps its updates in memory for the next attempt and
 * reports a problem instead of throwing, so a full or read-only disk never stops the host.
 */
export function createRoomLogs(options: RoomLogOptions) {
  const coalesceMs = options.coalesceMs ?? 15;
  const compactAfter = options.compactAfterRecords ?? 500;
  const log = options.log ?? ((message: string) => console.warn(message));
  const rooms = new Map<string, RoomState>();

  function state(serverId: string, room: string): RoomState {
    const key = `${serverId}\u0000${room}`;
    let found = rooms.get(key);
    if (!found) {
      found = { file: roomLogFile(options.root, serverId, room), room, pending: [], timer: null, chain: Promise.resolve(), failing: false };
      rooms.set(key, found);
    }
    return found;
  }

  function enqueue(room: RoomState, operation: () => Promise<void>): Promise<void> {
    const next = room.chain.then(operation, operation);
    room.chain = next.catch(() => undefined);
    return next;
  }

  function reportFailure(room: RoomState, error: unknown): void {
    if (room.failing) return; // one report per run of failures, not one per keystroke
    room.failing = true;
    const problem = problemFromError(error, room.room);
    log(`Branchline could not save changes to ${room.room} on this device (${problem.kind}): ${problem.detail}`);
    options.onProblem(problem);
  }

  async function writePending(room: RoomState): Promise<void> {
    if (room.pending.length === 0) return;
    const batch = room.pending;
    room.pending = [];
    try {
      await mkdir(path.dirname(room.file), { recursive: true });
      const handle = await open(room.file, 'a');
      try {
        await handle.write(encodeRecords(batch));
        await handle.sync();
      } finally {
        await handle.close();
      }
      room.failing = false;
    } catch (error) {
      room.pending = batch.concat(room.pending);
      reportFailure(room, error);
    }
  }

  function flushRoom(room: RoomState): Promise<void> {
    if (room.timer) {
      clearTimeout(room.timer);
      room.timer = null;
    }
    return enqueue(room, () => writePending(room));
  }

  async function setTailAside(room: RoomState, bytes: Uint8Array, validBytes: number): Promise<void> {
    const aside = `${room.file}.corrupt-${Date.now()}`;
    await writeFile(aside, bytes.subarray(validBytes));
    await truncate(room.file, validBytes);
    const message = `Branchline found ${bytes.byteLength - validBytes} unreadable bytes at the end of ${room.room}'s local log; they were moved to ${aside} and the rest was kept.`;
    log(message);
    options.onProblem({ kind: 'corrupt', room: room.room, detail: message });
  }

  async function compact(room: RoomState, merged: Uint8Array): Promise<void> {
    const temporary = `${room.file}.compact-${process.pid}`;
    const handle = await open(temporary, 'w');
    try {
      await handle.write(encodeRecords([merged]));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, room.file);
  }

  async function readRoom(room: RoomState): Promise<Uint8Array | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(room.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') reportFailure(room, error);
      bytes = new Uint8Array();
    }
    const { records, goodLength: validBytes } = parseRecords(bytes);
    if (validBytes < bytes.byteLength) {
      await setTailAside(room, bytes, validBytes).catch((error: unknown) => reportFailure(room, error));
    }
    // Updates a failed write still holds in memory are part of this device's state too.
    const all = records.concat(room.pending);
    if (all.length === 0) return null;
    const merged = all.length === 1 ? all[0]! : Y.mergeUpdates(all);
    if (records.length > compactAfter && room.pending.length === 0) {
      await compact(room, merged).catch((error: unknown) => reportFailure(room, error));
    }
    return merged;
  }

  return {
    append(serverId: string, roomName: string, update: Uint8Array): void {
      const room = state(serverId, roomName);
      room.pending.push(update);
      room.timer ??= setTimeout(() => void flushRoom(room), coalesceMs);
    },

    async load(serverId: string, roomName: string): Promise<Uint8Array<ArrayBuffer> | null> {
      const room = state(serverId, roomName);
      await flushRoom(room);
      let result: Uint8Array | null = null;
      await enqueue(room, async () => {
        result = await readRoom(room);
      });
      // Records are copied out of the file buffer and mergeUpdates allocates, so the buffer is a plain ArrayBuffer.
      return result as Uint8Array<ArrayBuffer> | null;
    },

    /** Writes everything still waiting; called on shutdown. */
    async flush(): Promise<void> {
      await Promise.all([...rooms.values()].map((room) => flushRoom(room)));
    },
  };
}

export type RoomLogs = ReturnType<typeof createRoomLogs>;
