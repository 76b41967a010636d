import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDirectory } from '../accounts/directory';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { connectClient, createDocument, signIn, waitFor, type Client } from '../testing/clients';
import { ann } from '../testing/temp-server';

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
    await directory.spaces.create({ name: 'Durable space', description: '', nameCy: null, descriptionCy: null }, directory.accounts.findUser(created.id)!);

    let server: ServerProcess = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());
    const token = await signIn(server.url, ann.email, ann.password);
    const documentId = await createDocument(server.url, token, 'Durable');

    const writer: Client = await connectClient(server.url, documentId, token);
    const watcher: Client = await connectClient(server.url, documentId, token);
    cleanups.push(() => writer.close(), () => watcher.close());
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
});
