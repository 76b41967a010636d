import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocument, signIn } from '../testing/clients';
import { ann, startTempServer } from '../testing/temp-server';
import { Rooms } from './rooms';

const update = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

/** Shutting down: nothing touches the data folder once close has resolved. */
describe('closing the rooms', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it('waits for the loads and creations under way, unloads every room, and refuses any after', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'branchline-rooms-close-'));
    folders.push(directory);
    const rooms = new Rooms(
      { directory, compactAfterRecords: 100, compactAfterBytes: 1e6, warn: () => undefined },
      60_000,
    );
    await rooms.create('doc:documentAAA01', update('already here'));

    const loading = rooms.get('doc:documentAAA01');
    const creating = rooms.create('doc:documentBBB02', update('being created'));
    await rooms.close();

    await expect(loading).resolves.toBeDefined();
    await expect(creating).resolves.toBeUndefined();
    expect(rooms.isLoaded('doc:documentAAA01')).toBe(false);
    await expect(rooms.get('doc:documentAAA01')).rejects.toThrow(/shutting down/);
    await expect(rooms.create('doc:documentCCC03', update('too late'))).rejects.toThrow(/shutting down/);
    expect((await readdir(directory, { recursive: true })).filter((name) => name.includes('CCC03'))).toEqual([]);
  });

  it('a server closed while documents are being created has finished with its folder when close resolves', async () => {
    const { server, dataDir, spaceId, cleanup } = await startTempServer();
    folders.push(dataDir);
    const token = await signIn(server.url, ann.email, ann.password);
    const creations = Array.from({ length: 30 }, (_, i) =>
      createDocument(server.url, token, `Storytime ${i}`, spaceId).catch(() => null),
    );
    // Closed once the first has written its room: the others are being handled; their sockets go, their handlers run on.
    const roomsFolder = path.join(dataDir, 'rooms');
    const stored = () => readdir(roomsFolder, { recursive: true }).catch(() => []);
    const before = (await stored()).length;
    while ((await stored()).length === before) await new Promise((resolve) => setImmediate(resolve));
    await cleanup();
    expect(existsSync(dataDir)).toBe(false);
    await Promise.all(creations);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(dataDir)).toBe(false);
  });
});
