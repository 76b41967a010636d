import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol';
import { spaceRoom } from '../../shared/rooms';
import { readSpaceIndex } from '../../shared/spaces/space-index';
import { openDirectory } from '../accounts/directory';
import type { DirectoryData } from '../accounts/schema';
import { createBranchlineServer, type BranchlineServer } from '../app';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { parseRecords } from '../storage/framed-log';
import { roomLogPath } from '../storage/room-files';
import { apiAs } from '../testing/cast';
import { createDocument, signIn, waitFor } from '../testing/clients';
import { setImmutable, whyNoImmutableFiles } from '../testing/privileges';
import { connectRoom, type RoomClient } from '../testing/room-clients';
import { seedDataFolder } from '../testing/seed-data';
import { ann } from '../testing/temp-server';
import { newDocumentId } from './documents';

const noChattr = await whyNoImmutableFiles();
const needsChattr = noChattr ? it.skip : it;

/** What a space's index room holds on disk, read without the server. */
async function storedIndex(dataDir: string, spaceId: string) {
  const { records } = parseRecords(await readFile(roomLogPath(path.join(dataDir, 'rooms'), spaceRoom(spaceId))));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(records));
  return readSpaceIndex(doc);
}

const titles = (index: ReturnType<typeof readSpaceIndex>) =>
  Object.fromEntries(index.documents.map((document) => [document.id, document.title]));

/** A space's index room after restarts, kill -9, changes made while the server was down, and a disk that refuses. */
describe('space index rooms across restarts and faults', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function dataFolder() {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-space-index-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    return { dataDir, ...(await seedDataFolder(dataDir)) };
  }

  async function start(dataDir: string, logs: string[] = [], idleUnloadMs?: number): Promise<BranchlineServer> {
    const server = await createBranchlineServer({
      dataDir,
      port: 0,
      log: (line) => logs.push(line),
      ...(idleUnloadMs !== undefined && { idleUnloadMs }),
    });
    cleanups.push(() => server.close());
    return server;
  }

  async function read(server: BranchlineServer, spaceId: string): Promise<ReturnType<typeof readSpaceIndex>> {
    const token = await signIn(server.url, ann.email, ann.password);
    const client = await connectRoom(server.url, spaceRoom(spaceId), token);
    const index = readSpaceIndex(client.doc);
    client.close();
    return index;
  }

  it('converges with accounts.json changed while the server was down, and loading with no change appends nothing', async () => {
    const { dataDir, spaceId } = await dataFolder();
    let server = await start(dataDir);
    const token = await signIn(server.url, ann.email, ann.password);
    const kept = await createDocument(server.url, token, 'Kept', spaceId);
    const removed = await createDocument(server.url, token, 'Removed', spaceId);
    expect(titles(await read(server, spaceId))).toEqual({ [kept]: 'Kept', [removed]: 'Removed' });
    await server.close();

    // A restored copy: one title changed, one document gone, one added, the space renamed and archived.
    const file = path.join(dataDir, 'accounts.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as DirectoryData;
    const added = newDocumentId();
    data.documents = data.documents.filter((document) => document.id !== removed);
    data.documents.find((document) => document.id === kept)!.title = 'Kept, restored';
    data.documents.push({ ...data.documents[0]!, id: added, title: 'Added while down' });
    Object.assign(
      data.spaces.find((space) => space.id === spaceId)!,
      { name: 'Restored space', archived: true },
    );
    await writeFile(file, JSON.stringify(data));
    // And a space made as the admin CLI makes one, with a document, whose room never existed.
    const directory = await openDirectory(dataDir, () => undefined);
    const fresh = await directory.spaces.create(
      { name: 'Made offline', description: 'By the CLI', nameCy: 'Gwnaed', descriptionCy: null },
      directory.accounts.findUser(data.users[0]!.id)!,
    );
    const offline = await directory.documents.add('Offline document', fresh.id, data.users[0]!.id);
    await directory.file.flush();

    server = await start(dataDir);
    const index = await read(server, spaceId);
    expect(index.details).toMatchObject({ name: 'Restored space', archived: true });
    expect(titles(index)).toEqual({ [kept]: 'Kept, restored', [added]: 'Added while down' });
    expect(await read(server, fresh.id)).toMatchObject({
      details: { name: 'Made offline', nameCy: 'Gwnaed', description: 'By the CLI', archived: false },
      documents: [{ id: offline.id, title: 'Offline document' }],
    });
    await server.close();

    const log = roomLogPath(path.join(dataDir, 'rooms'), spaceRoom(spaceId));
    const settled = await readFile(log);
    for (let round = 0; round < 2; round++) {
      server = await start(dataDir);
      expect(titles(await read(server, spaceId))).toEqual({ [kept]: 'Kept, restored', [added]: 'Added while down' });
      await server.close();
      expect((await readFile(log)).equals(settled)).toBe(true);
    }
  });

  it('keeps a rename after kill -9: what a client was sent is in the log, and one answered but not yet written catches up', async () => {
    const { dataDir, spaceId } = await dataFolder();
    let server: ServerProcess = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());
    const port = Number(new URL(server.url).port);
    const token = await signIn(server.url, ann.email, ann.password);
    const id = await createDocument(server.url, token, 'Before', spaceId);
    const watcher: RoomClient = await connectRoom(server.url, spaceRoom(spaceId), token);
    cleanups.push(() => watcher.close());
    await waitFor(() => titles(readSpaceIndex(watcher.doc))[id] === 'Before', 'the first title');

    expect((await apiAs(server.url, token)('PATCH', `/api/documents/${id}`, { title: 'Seen' })).status).toBe(200);
    await waitFor(() => titles(readSpaceIndex(watcher.doc))[id] === 'Seen', 'the rename, broadcast');
    await server.kill9();
    // Read without the server: sent to someone means written first.
    expect(titles(await storedIndex(dataDir, spaceId))[id]).toBe('Seen');

    server = await spawnServerProcess({ dataDir, port });
    const again = await signIn(server.url, ann.email, ann.password);
    expect((await apiAs(server.url, again)('PATCH', `/api/documents/${id}`, { title: 'Answered' })).status).toBe(200);
    await server.kill9();
    server = await spawnServerProcess({ dataDir, port });
    const fresh = await connectRoom(server.url, spaceRoom(spaceId), await signIn(server.url, ann.email, ann.password));
    cleanups.push(() => fresh.close());
    expect(titles(readSpaceIndex(fresh.doc))[id]).toBe('Answered');
    await waitFor(() => titles(readSpaceIndex(watcher.doc))[id] === 'Answered', 'the old client, reconnected', 20_000);
  }, 60_000);

  needsChattr(
    `serves the room as stored while its log refuses writes, and catches up once it takes them${noChattr ? ` (skipped: ${noChattr})` : ''}`,
    async () => {
      const { dataDir, spaceId } = await dataFolder();
      const logs: string[] = [];
      const server = await start(dataDir, logs, 100);
      const token = await signIn(server.url, ann.email, ann.password);
      const id = await createDocument(server.url, token, 'Stored', spaceId);
      expect(titles(await read(server, spaceId))[id]).toBe('Stored');
      await waitFor(() => !server.rooms.isLoaded(spaceRoom(spaceId)), 'the room to unload');
      const log = roomLogPath(path.join(dataDir, 'rooms'), spaceRoom(spaceId));
      await setImmutable([log], true);
      cleanups.push(() => setImmutable([log], false).catch(() => undefined));

      // The rename is made (accounts.json took it); the room cannot take it and says so.
      expect((await apiAs(server.url, token)('PATCH', `/api/documents/${id}`, { title: 'Refused' })).status).toBe(200);
      await waitFor(() => logs.some((line) => line.includes("the space's index was not updated")), 'the warning');
      const reader = await connectRoom(server.url, spaceRoom(spaceId), token);
      cleanups.push(() => reader.close());
      expect(titles(readSpaceIndex(reader.doc))[id]).toBe('Stored');

      await setImmutable([log], false);
      const reloaded = new Promise<number>((resolve) =>
        reader.provider.once('connection-close', (event: { code: number } | null) => resolve(event?.code ?? 0)),
      );
      expect((await apiAs(server.url, token)('PATCH', `/api/documents/${id}`, { title: 'Taken' })).status).toBe(200);
      expect(await reloaded).toBe(CloseCode.resync);
      await waitFor(() => titles(readSpaceIndex(reader.doc))[id] === 'Taken', 'the reader, caught up');
      expect(titles(await storedIndex(dataDir, spaceId))[id]).toBe('Taken');
    },
  );
});
