import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { connectClient, createDocument, signIn, waitFor, type Client } from '../testing/clients';
import { whyNoMountNamespaces } from '../testing/privileges';
import { seedDataFolder } from '../testing/seed-data';
import { ann } from '../testing/temp-server';
import { parseRecords } from './framed-log';
import { roomLogPath } from './room-files';

const noNamespaces = await whyNoMountNamespaces();
const needsNamespaces = noNamespaces ? it.skip : it;
const skipped = noNamespaces ? ` (skipped: ${noNamespaces})` : '';

/** Every file in a folder, with a hash of its bytes. */
async function contents(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (directory: string) => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) await walk(full);
      else
        found[path.relative(folder, full)] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
    }
  };
  await walk(folder);
  return found;
}

function closes(client: Client): Array<{ code: number; reason: string }> {
  const seen: Array<{ code: number; reason: string }> = [];
  client.provider.on('connection-close', (event: { code: number; reason: string } | null) =>
    seen.push({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
  );
  return seen;
}

/**
 * The server's whole data folder read-only, or on a disk that fills up, with the server in a
 * mount namespace of its own (so the real disk is never touched). Needs root's unshare and
 * mount; skipped with the reason where they are missing. Budget: ~30 s.
 */
describe('a server whose data folder is read-only or full', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A data folder with Ann signed in and two documents with text, written by a server that then stopped. */
  async function prepared(): Promise<{ dataDir: string; token: string; first: string; second: string }> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-disk-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { spaceId } = await seedDataFolder(dataDir);
    const server = await spawnServerProcess({ dataDir });
    const token = await signIn(server.url, ann.email, ann.password);
    const ids: string[] = [];
    for (const text of ['first document', 'second document']) {
      const id = await createDocument(server.url, token, text, spaceId);
      const writer = await connectClient(server.url, id, token);
      writer.text.insert(0, text);
      await new Promise((resolve) => setTimeout(resolve, 150));
      writer.close();
      ids.push(id);
    }
    await server.stop();
    return { dataDir, token, first: ids[0]!, second: ids[1]! };
  }

  async function client(server: ServerProcess, id: string, token: string): Promise<Client> {
    const connected = await connectClient(server.url, id, token);
    cleanups.push(() => connected.close());
    return connected;
  }

  needsNamespaces(
    `keeps serving a read-only data folder, refuses every write clearly, and changes no byte of it${skipped}`,
    async () => {
      const { dataDir, token, first, second } = await prepared();
      const before = await contents(dataDir);
      const server = await spawnServerProcess({
        dataDir,
        launch: (command, args) => ({
          command: 'unshare',
          args: [
            '-m',
            '--propagation',
            'private',
            'sh',
            '-c',
            `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"`,
            'sh',
            dataDir,
            command,
            ...args,
          ],
        }),
      });
      cleanups.push(() => server.stop());

      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const login = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ann.email, password: ann.password }),
      });
      expect(login.status).toBe(503);
      expect(((await login.json()) as { message: string }).message).toMatch(
        /cannot save changes right now \(the data folder is read-only \(EROFS\)\)/,
      );
      const listed = await fetch(`${server.url}/api/documents`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await listed.json()) as { documents: unknown[] }).documents).toHaveLength(2);

      const reader = await client(server, first, token);
      const writer = await client(server, first, token);
      const other = await client(server, second, token);
      expect(reader.text.toString()).toBe('first document');
      expect(other.text.toString()).toBe('second document');
      const seen = closes(writer);
      writer.text.insert(0, 'not storable: ');
      await waitFor(() => seen.length > 0, 'the writer is told');
      expect(seen[0]).toEqual({
        code: CloseCode.storageUnavailable,
        reason: 'the server cannot store changes to this room right now',
      });
      expect(server.recentOutput()).toMatch(
        /is read-only: its log cannot be opened for writing, the data folder is read-only \(EROFS\)/,
      );
      expect(reader.text.toString()).toBe('first document');

      await server.stop();
      expect(await contents(dataDir)).toEqual(before);
    },
    60_000,
  );

  needsNamespaces(
    `on a full disk stops taking writes without losing or tearing anything, and takes them again once there is room${skipped}`,
    async () => {
      const { dataDir: seed, token, first, second } = await prepared();
      const mountPoint = await mkdtemp(path.join(tmpdir(), 'branchline-tmpfs-'));
      cleanups.push(() => rm(mountPoint, { recursive: true, force: true }));
      const server = await spawnServerProcess({
        dataDir: mountPoint,
        launch: (command, args) => ({
          command: 'unshare',
          args: [
            '-m',
            '--propagation',
            'private',
            'sh',
            '-c',
            `mount -t tmpfs -o size=2m tmpfs "$1" && cp -a "$2/." "$1/" && shift 2 && exec "$@"`,
            'sh',
            mountPoint,
            seed,
            command,
            ...args,
          ],
        }),
      });
      cleanups.push(() => server.stop());
      // The server's own view of its folder, on the tmpfs only its namespace sees.
      const inside = path.join(`/proc/${server.child.pid}/root`, mountPoint);
      const writer = await client(server, first, token);
      const reader = await client(server, first, token);
      const elsewhere = await client(server, second, token);
      writer.text.insert(writer.text.length, ' / typed with room to spare');
      await waitFor(() => reader.text.toString() === 'first document / typed with room to spare', 'stored and shared');

      // Fill the disk.
      const filler = path.join(inside, 'filler');
      const block = new Uint8Array(64 * 1024);
      try {
        for (;;) await writeFile(filler, block, { flag: 'a' });
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      for (let size = 4096; size >= 1; size = Math.floor(size / 2))
        await writeFile(filler, new Uint8Array(size), { flag: 'a' }).catch(() => undefined);

      const writerCloses = closes(writer);
      const readerCloses = closes(reader);
      // Longer than a page, so that it cannot slip into space the log's last page still has.
      const whileFull = ` / typed while the disk was full ${'.'.repeat(10_000)}`;
      writer.text.insert(writer.text.length, whileFull);
      await waitFor(() => writerCloses.length > 0 && readerCloses.length > 0, 'everyone in the room told');
      expect(writerCloses[0]!.code).toBe(CloseCode.storageUnavailable);
      expect(readerCloses[0]!.code).toBe(CloseCode.storageUnavailable);
      expect(server.recentOutput()).toMatch(/an update could not be stored, the disk is full \(ENOSPC\)/);
      // Nobody else ever saw the change the disk refused, and the other room carries on being read.
      expect(reader.text.toString()).toBe('first document / typed with room to spare');
      expect(elsewhere.text.toString()).toBe('second document');
      const log = await readFile(roomLogPath(path.join(inside, 'rooms'), documentRoom(first)));
      expect(parseRecords(log).goodLength).toBe(log.length);

      // Its client keeps the change and comes back; while the disk is still full, it is told again.
      await waitFor(() => writerCloses.length >= 2, 'the writer told again while the disk is still full', 10_000);
      expect(writerCloses[1]!.code).toBe(CloseCode.storageUnavailable);

      // Room again: the room is reloaded to take writes (everyone asked to reconnect), and the change is stored.
      await unlink(filler);
      await waitFor(
        () => reader.text.toString() === writer.text.toString(),
        'the change stored and shared once there is room',
        20_000,
      );
      const fresh = await client(server, first, token);
      expect(fresh.text.toString()).toBe(`first document / typed with room to spare${whileFull}`);
      expect(readerCloses.map((close) => close.code)).toContain(CloseCode.resync);
      const after = await readFile(roomLogPath(path.join(inside, 'rooms'), documentRoom(first)));
      expect(parseRecords(after).goodLength).toBe(after.length);
      expect((await readdir(path.join(inside, 'rooms'))).filter((name) => name.includes('.corrupt'))).toEqual([]);
    },
    60_000,
  );
});
