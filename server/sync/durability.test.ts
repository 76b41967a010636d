import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDirectory } from '../accounts/directory';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/rooms';
import { parseRecords } from '../storage/framed-log';
import { roomLogPath } from '../storage/room-files';
import { connectClient, createDocument, signIn, waitFor, type Client } from '../testing/clients';
import { seedDataFolder } from '../testing/seed-data';
import { seededRandom } from '../testing/seeded-random';
import { ann } from '../testing/temp-server';
import { markProblems, startTyping } from '../testing/typists';

describe('durability across kill -9', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('keeps every broadcast update exactly once after kill -9 and a restart', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-kill9-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const directory = await openDirectory(dataDir);
    const created = await directory.accounts.addUser(ann);
    await directory.spaces.create(
      { name: 'Durable space', description: '', nameCy: null, descriptionCy: null },
      directory.accounts.findUser(created.id)!,
    );

    let server: ServerProcess = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());
    const token = await signIn(server.url, ann.email, ann.password);
    const documentId = await createDocument(server.url, token, 'Durable');

    const writer: Client = await connectClient(server.url, documentId, token);
    const watcher: Client = await connectClient(server.url, documentId, token);
    cleanups.push(
      () => writer.close(),
      () => watcher.close(),
    );
    const marks = Array.from({ length: 60 }, (_, i) => `[${i}]`);
    for (const mark of marks) writer.text.insert(writer.text.length, mark);
    // Everything the watcher has seen was broadcast, so it must survive the kill.
    await waitFor(() => watcher.text.toString() === marks.join(''), 'broadcast to the watcher');

    await server.kill9();
    const port = Number(new URL(server.url).port);
    server = await spawnServerProcess({ dataDir, port });

    // The old clients reconnect on their own and offer their state again: no duplicates may follow.
    await waitFor(() => writer.provider.synced && watcher.provider.synced, 'reconnected', 20_000);
    const fresh = await connectClient(server.url, documentId, token);
    cleanups.push(() => fresh.close());
    const text = fresh.text.toString();
    expect(text).toBe(marks.join(''));
    for (const mark of marks) expect(text.split(mark).length - 1).toBe(1);
  }, 60_000);

  it('ten writers typing while the server is killed with kill -9 at random moments, four times: every keystroke everywhere, once', async () => {
    // Budget: ~30 s (four outages of up to 1 s, 1.5–4 s apart, then convergence).
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-kill9-writers-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { spaceId } = await seedDataFolder(dataDir);
    let server: ServerProcess = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());
    const port = Number(new URL(server.url).port);
    const token = await signIn(server.url, ann.email, ann.password);
    const documentId = await createDocument(server.url, token, 'Ten writers', spaceId);
    const random = seededRandom(99);
    const writers = await Promise.all(Array.from({ length: 10 }, () => connectClient(server.url, documentId, token)));
    cleanups.push(() => writers.forEach((writer) => writer.close()));
    const typists = writers.map((writer, i) => startTyping(writer, `w${i}`, random, { min: 20, max: 60 }));

    for (let kill = 0; kill < 4; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 1500 + random() * 2500));
      await server.kill9();
      await new Promise((resolve) => setTimeout(resolve, 200 + random() * 800));
      server = await spawnServerProcess({ dataDir, port });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const typist of typists) await typist.stop();
    const marks = typists.flatMap((typist) => typist.marks);
    expect(marks.length).toBeGreaterThan(1000);

    const texts = () => writers.map((writer) => writer.text.toString());
    await waitFor(
      () =>
        writers.every((writer) => writer.provider.synced) &&
        new Set(texts()).size === 1 &&
        texts()[0]!.length === marks.join('').length,
      'ten writers converged',
      30_000,
    );
    expect(markProblems(texts()[0]!, marks)).toEqual([]);
    const fresh = await connectClient(server.url, documentId, token);
    cleanups.push(() => fresh.close());
    expect(fresh.text.toString()).toBe(texts()[0]);

    // And what the server has on disk, read without it.
    await server.stop();
    const { records } = parseRecords(
      await readFile(roomLogPath(path.join(dataDir, 'rooms'), documentRoom(documentId))),
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.mergeUpdates(records));
    expect(stored.getText('test').toString()).toBe(texts()[0]);
  }, 90_000);
});
