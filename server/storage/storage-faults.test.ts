import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { createBranchlineServer, type BranchlineServer } from '../app';
import { connectClient, createDocument, signIn, waitFor, type Client } from '../testing/clients';
import { setImmutable, whyNoImmutableFiles } from '../testing/privileges';
import { seedDataFolder } from '../testing/seed-data';
import { ann } from '../testing/temp-server';
import { roomLogPath } from './room-files';

const noChattr = await whyNoImmutableFiles();
const needsChattr = noChattr ? it.skip : it;
const skipped = noChattr ? ` (skipped: ${noChattr})` : '';

/** The close code a stock client is given next. */
function nextClose(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.provider.once('connection-close', (event: { code: number; reason: string } | null) =>
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
    ),
  );
}

/**
 * A server whose data folder goes wrong under it: a damaged room log, a room log or accounts
 * file the disk will not write. Each time it says so in its log, keeps serving what it can,
 * keeps damaged bytes aside, and loses nothing already stored. Budget: ~5 s.
 */
describe('a server on a faulty data folder', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start(dataDir: string): Promise<{ server: BranchlineServer; logs: string[] }> {
    const logs: string[] = [];
    const server = await createBranchlineServer({ dataDir, port: 0, log: (message) => logs.push(message) });
    cleanups.push(() => server.close());
    return { server, logs };
  }

  async function folder(): Promise<{ dataDir: string; spaceId: string }> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-faulty-'));
    cleanups.push(async () => {
      if (!noChattr)
        await setImmutable(
          [
            dataDir,
            path.join(dataDir, 'accounts.json'),
            ...(await readdir(path.join(dataDir, 'rooms')).catch(() => [])).map((name) =>
              path.join(dataDir, 'rooms', name),
            ),
          ],
          false,
        ).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    });
    return { dataDir, ...(await seedDataFolder(dataDir)) };
  }

  async function documentWithText(
    server: BranchlineServer,
    token: string,
    spaceId: string,
    text: string,
  ): Promise<string> {
    const id = await createDocument(server.url, token, text, spaceId);
    const writer = await connectClient(server.url, id, token);
    writer.text.insert(0, text);
    await waitFor(() => server.rooms.isLoaded(documentRoom(id)), 'room loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    writer.close();
    return id;
  }

  it('serves what is good in a damaged room log, says so, and keeps the damaged file aside', async () => {
    const { dataDir, spaceId } = await folder();
    let { server } = await start(dataDir);
    const token = await signIn(server.url, ann.email, ann.password);
    const id = await documentWithText(server, token, spaceId, 'stored before the damage');
    await server.close();
    const file = roomLogPath(path.join(dataDir, 'rooms'), documentRoom(id));
    const damaged = Buffer.concat([await readFile(file), Buffer.from([0, 0, 0, 40, 9, 9, 9, 9, 1, 2])]);
    await writeFile(file, damaged);

    const restarted = await start(dataDir);
    server = restarted.server;
    const reader = await connectClient(server.url, id, token);
    cleanups.push(() => reader.close());
    expect(reader.text.toString()).toBe('stored before the damage');
    expect(restarted.logs.join('\n')).toMatch(
      /its log was damaged \(10 bytes at \d+–\d+\)\. The file as it was is kept in .*\.corrupt-\d+/,
    );
    const aside = (await readdir(path.join(dataDir, 'rooms'))).find((name) => name.includes('.corrupt-'))!;
    expect(await readFile(path.join(dataDir, 'rooms', aside))).toEqual(damaged);
  });

  it('starts from the last good copy of a damaged accounts.json, keeping the damaged one aside', async () => {
    const { dataDir } = await folder();
    const file = path.join(dataDir, 'accounts.json');
    expect(await readFile(`${file}.last-good`, 'utf8')).toBe(await readFile(file, 'utf8'));
    const damaged = (await readFile(file, 'utf8')).slice(0, 200);
    await writeFile(file, damaged);
    const { server, logs } = await start(dataDir);
    expect(await signIn(server.url, ann.email, ann.password)).toHaveLength(43);
    expect(logs.join('\n')).toMatch(
      /accounts\.json was damaged: it is not valid JSON .*It was moved aside to .*accounts\.json\.corrupt-\d+, and the server started from .*accounts\.json\.last-good/,
    );
    const aside = (await readdir(dataDir)).find((name) => name.startsWith('accounts.json.corrupt-'))!;
    expect(await readFile(path.join(dataDir, aside), 'utf8')).toBe(damaged);
  });

  needsChattr(
    `serves a room whose log will not take writes read-only, tells its writers, and other rooms carry on${skipped}`,
    async () => {
      const { dataDir, spaceId } = await folder();
      const { server, logs } = await start(dataDir);
      const token = await signIn(server.url, ann.email, ann.password);
      const frozen = await documentWithText(server, token, spaceId, 'frozen text');
      const other = await documentWithText(server, token, spaceId, 'other text');
      server.rooms.unloadAll();
      const file = roomLogPath(path.join(dataDir, 'rooms'), documentRoom(frozen));
      const stored = await readFile(file);
      await setImmutable([file], true);

      const reader = await connectClient(server.url, frozen, token);
      const writer = await connectClient(server.url, frozen, token);
      cleanups.push(
        () => reader.close(),
        () => writer.close(),
      );
      expect(reader.text.toString()).toBe('frozen text');
      const closed = nextClose(writer);
      writer.text.insert(0, 'cannot be stored: ');
      expect(await closed).toEqual({
        code: CloseCode.storageUnavailable,
        reason: 'the server cannot store changes to this room right now',
      });
      expect(logs.join('\n')).toMatch(/is read-only: its log cannot be opened for writing, .*\(EPERM\)/);

      const elsewhere = await connectClient(server.url, other, token);
      cleanups.push(() => elsewhere.close());
      elsewhere.text.insert(0, 'still writable: ');
      const check = await connectClient(server.url, other, token);
      cleanups.push(() => check.close());
      await waitFor(() => check.text.toString() === 'still writable: other text', 'the other room takes writes');
      expect(reader.text.toString()).toBe('frozen text');
      expect(await readFile(file)).toEqual(stored);
    },
  );

  needsChattr(`answers 503 when accounts.json will not take a write, and changes nothing${skipped}`, async () => {
    const { dataDir, spaceId } = await folder();
    const { server, logs } = await start(dataDir);
    const token = await signIn(server.url, ann.email, ann.password);
    const before = await readFile(path.join(dataDir, 'accounts.json'), 'utf8');
    await setImmutable([dataDir, path.join(dataDir, 'accounts.json')], true);

    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ann.email, password: ann.password }),
    });
    expect(login.status).toBe(503);
    expect(await login.json()).toEqual({
      error: 'internal',
      message: expect.stringMatching(
        /^The server cannot save changes right now \(.*\(EPERM\)\)\. Nothing was changed; try again later\.$/,
      ),
    });
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    const created = await fetch(`${server.url}/api/spaces/${spaceId}/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Not now' }),
    });
    expect(created.status).toBe(503);
    // Memory went back to what the file holds: no document that the disk never took.
    const listed = (await (await fetch(`${server.url}/api/documents`, { headers })).json()) as { documents: unknown[] };
    expect(listed.documents).toEqual([]);
    expect(logs.join('\n')).toMatch(/Could not save .*accounts\.json: .*\(EPERM\)\. The change was not made\./);
    expect(await readFile(path.join(dataDir, 'accounts.json'), 'utf8')).toBe(before);

    await setImmutable([dataDir, path.join(dataDir, 'accounts.json')], false);
    expect(await signIn(server.url, ann.email, ann.password)).toHaveLength(43);
  });
});
