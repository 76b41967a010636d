import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RoomLog } from '../storage/room-log';
import { MessageType } from './messages';
import { Room, type Peer } from './room';

/** Group commit: a room writes the changes of one event-loop turn in one append, and sends none of them on before. */
describe('Room commits', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function openRoom(name: string) {
    const directory = await mkdtemp(path.join(tmpdir(), 'branchline-room-commit-'));
    const options = { directory, compactAfterRecords: 100, compactAfterBytes: 1e6, warn: () => undefined };
    const { log, state } = await RoomLog.open(name, options);
    const room = new Room(name, log, state);
    cleanups.push(async () => {
      room.abandon(1000, 'test over');
      await rm(directory, { recursive: true, force: true });
    });
    const peer = (): Peer & { updates: number } => {
      const result = {
        updates: 0,
        send: (frame: Uint8Array) => void (frame[0] === MessageType.sync && (result.updates += 1)),
        close: () => undefined,
        canWrite: true,
      };
      return result;
    };
    /** The room's state as a fresh load would read it from disk. */
    const reopen = async () => {
      const { log: again, state: stored } = await RoomLog.open(name, options);
      again.close();
      return stored;
    };
    return { room, log, peer, reopen };
  }

  /** `count` one-character edits from a client of its own, as it would send them. */
  function edits(count: number): Uint8Array[] {
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < count; i++) client.getText('t').insert(i, 'x');
    return updates;
  }

  it('writes one turn of changes in one append, then sends each to everyone but its sender', async () => {
    const { room, log, peer, reopen } = await openRoom('doc:commits');
    const writer = peer();
    const reader = peer();
    room.join(writer);
    room.join(reader);
    const joinFrames = reader.updates;
    const appendAll = vi.spyOn(log, 'appendAll');
    for (const update of edits(3)) room.applyUpdate(writer, update);
    // Nothing is sent on before it is written.
    expect(reader.updates - joinFrames).toBe(0);
    expect(appendAll).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(appendAll).toHaveBeenCalledTimes(1);
    expect(appendAll.mock.calls[0]![0]).toHaveLength(3);
    expect(reader.updates - joinFrames).toBe(3);
    expect(writer.updates - joinFrames).toBe(0);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await reopen())!);
    expect(stored.getText('t').toString()).toBe('xxx');
  });

  it('writes what it has not yet before it answers a sync request with its document', async () => {
    const { room, log, peer } = await openRoom('doc:answer');
    const writer = peer();
    const newcomer = peer();
    room.join(writer);
    const appendAll = vi.spyOn(log, 'appendAll');
    for (const update of edits(2)) room.applyUpdate(writer, update);
    room.answerStep1(newcomer, Y.encodeStateVector(new Y.Doc()));
    expect(appendAll).toHaveBeenCalledTimes(1);
  });
});
