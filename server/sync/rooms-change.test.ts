import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { parseRecords } from '../storage/framed-log';
import { RoomLog } from '../storage/room-log';
import { roomLogPath } from '../storage/room-files';
import { MessageType } from './messages';
import type { Peer } from './room';
import { Rooms, type RoomWriter } from './rooms';

const ROOM = 'space:spaceTest0001';

/** The server's own writes to a room (Rooms.change), and rooms only it writes. */
describe('server writes to rooms', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(idleUnloadMs = 60_000) {
    const directory = await mkdtemp(path.join(tmpdir(), 'branchline-rooms-change-'));
    const options = { directory, compactAfterRecords: 100, compactAfterBytes: 1e6, warn: () => undefined };
    const rooms = new Rooms(options, { idleUnloadMs });
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    cleanups.push(() => rooms.close());
    const file = roomLogPath(directory, ROOM);
    /** The room as a fresh load would read it from its log. */
    const stored = (bytes = readFileSync(file)) => {
      const doc = new Y.Doc();
      const { records } = parseRecords(bytes);
      if (records.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(records));
      return doc.getMap('m').toJSON();
    };
    return { rooms, file, stored };
  }

  it('loads the room once however many write at once, commits them in one append, and unloads it when idle', async () => {
    const { rooms, file, stored } = await setUp(50);
    const open = vi.spyOn(RoomLog, 'open');
    const append = vi.spyOn(RoomLog.prototype, 'appendAll');
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => rooms.change(ROOM, (doc) => doc.getMap('m').set(`k${i}`, i))),
    );
    expect(open).toHaveBeenCalledTimes(1);
    expect(append).toHaveBeenCalledTimes(1);
    expect(append.mock.calls[0]![0]).toHaveLength(5);
    // Resolved means stored.
    expect(stored()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 });
    expect(rooms.isLoaded(ROOM)).toBe(true);
    await vi.waitFor(() => expect(rooms.isLoaded(ROOM)).toBe(false));
    expect(parseRecords(await readFile(file)).records.length).toBeGreaterThanOrEqual(1);
  });

  it('sends a server write to everyone in the room only once it is in the log', async () => {
    const { rooms, stored } = await setUp();
    const seen: Array<Record<string, unknown>> = [];
    const peer = (): Peer => ({
      canWrite: false,
      close: () => undefined,
      // A sync update frame: what the log held at the moment it was sent.
      send: (frame) => void (frame[0] === MessageType.sync && frame[1] === 2 && seen.push(stored())),
    });
    const room = await rooms.get(ROOM);
    room.join(peer());
    room.join(peer());
    await rooms.change(ROOM, (doc) => doc.getMap('m').set('title', 'Minutes'));
    expect(seen).toEqual([{ title: 'Minutes' }, { title: 'Minutes' }]);
  });

  it('drops a client’s update to a server-written room even from a peer allowed to write', async () => {
    const { rooms } = await setUp();
    const room = await rooms.get(ROOM);
    expect(room.serverWritten).toBe(true);
    const before = Y.encodeStateVector(room.doc);
    const client = new Y.Doc();
    client.getMap('m').set('title', 'Hijacked');
    room.applyUpdate({ canWrite: true, close: () => undefined, send: () => undefined }, Y.encodeStateAsUpdate(client));
    expect(Y.encodeStateVector(room.doc)).toEqual(before);
    expect(room.doc.getMap('m').size).toBe(0);
  });

  it('has its writer bring a room up to date as it loads, and writes nothing when nothing differs', async () => {
    const { rooms, file, stored } = await setUp(20);
    let title = 'First';
    const writer: RoomWriter = {
      reconcile: (_room, doc) => {
        const map = doc.getMap('m');
        if (map.get('title') !== title) map.set('title', title);
      },
    };
    rooms.setWriter('space', writer);
    const reconcile = vi.spyOn(writer, 'reconcile');
    const cycle = async () => {
      const room = await rooms.get(ROOM);
      const held = room.doc.getMap('m').get('title');
      rooms.released(room);
      await vi.waitFor(() => expect(rooms.isLoaded(ROOM)).toBe(false));
      return held;
    };
    expect(await cycle()).toBe('First');
    const afterFirst = await readFile(file);
    expect(stored(afterFirst)).toEqual({ title: 'First' });
    expect(await cycle()).toBe('First');
    expect(await cycle()).toBe('First');
    expect(reconcile).toHaveBeenCalledTimes(3);
    expect((await readFile(file)).equals(afterFirst)).toBe(true);
    title = 'Second';
    expect(await cycle()).toBe('Second');
    expect(stored()).toEqual({ title: 'Second' });
  });

  it('changeIfLoaded writes only to a loaded room, and does not keep it loaded', async () => {
    const { rooms, file, stored } = await setUp(150);
    expect(await rooms.changeIfLoaded(ROOM, (doc) => doc.getMap('m').set('k', 1))).toBe(false);
    expect(rooms.isLoaded(ROOM)).toBe(false);
    await expect(readFile(file)).rejects.toThrow();
    rooms.released(await rooms.get(ROOM));
    // Written to every 25 ms, it still unloads when its idle delay (150 ms) runs out: the writes do not keep it.
    let written = 0;
    while (await rooms.changeIfLoaded(ROOM, (doc) => doc.getMap('m').set('k', written))) {
      expect(stored()).toEqual({ k: written });
      written += 1;
      if (written > 400) throw new Error('the room stayed loaded while written to');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(written).toBeGreaterThan(0);
    expect(rooms.isLoaded(ROOM)).toBe(false);
  });

  it('a document room has no writer and takes its clients’ updates', async () => {
    const { rooms } = await setUp();
    const reconcile = vi.fn();
    rooms.setWriter('space', { reconcile });
    const room = await rooms.get('doc:docTest00001');
    expect(room.serverWritten).toBe(false);
    const client = new Y.Doc();
    client.getText('t').insert(0, 'typed');
    room.applyUpdate({ canWrite: true, close: () => undefined, send: () => undefined }, Y.encodeStateAsUpdate(client));
    expect(room.doc.getText('t').toString()).toBe('typed');
    expect(reconcile).not.toHaveBeenCalled();
  });
});
