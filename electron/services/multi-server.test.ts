import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BranchlineServer } from '../../server/app';
import { createDocument, signIn, waitFor } from '../../server/testing/clients';
import { ann, startTempServer } from '../../server/testing/temp-server';
import { serverCacheFile } from './local-store';
import { after, startTestHost, tempDir, unwrap } from './testing/host';

type Network = {
  server: BranchlineServer;
  spaceId: string;
  annToken: string;
  documentId: string;
  cleanup(): Promise<void>;
};
const rhys = { email: 'rhys@conwy.example', name: 'Rhys Evans', password: 'a long library password' };

/** A real server where Ann (server admin) runs a space with a document, and Rhys is a member. */
async function startNetwork(organisation: string, title: string): Promise<Network> {
  const started = await startTempServer();
  await started.server.accounts.setOrganisation(organisation);
  const person = await started.server.accounts.addUser(rhys);
  await started.server.directory.spaces.setRole(started.spaceId, person.id, 'member');
  const annToken = await signIn(started.server.url, ann.email, ann.password);
  const documentId = await createDocument(started.server.url, annToken, title, started.spaceId);
  return { ...started, annToken, documentId };
}

async function renameAsAnn(network: Network, title: string): Promise<void> {
  const response = await fetch(`${network.server.url}/api/documents/${network.documentId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${network.annToken}` },
    body: JSON.stringify({ title }),
  });
  expect(response.status).toBe(200);
}

let north: Network;
let south: Network;
let dataDir: string;
let host: Awaited<ReturnType<typeof startTestHost>>;
let northId: string;
let southId: string;

beforeAll(async () => {
  [north, south] = await Promise.all([
    startNetwork('North Wales libraries', 'Reading groups'),
    startNetwork('South West libraries', 'Summer challenge'),
  ]);
  dataDir = await tempDir('multi-server');
  host = await startTestHost(dataDir);
});

afterAll(async () => {
  await host?.services.close();
  await Promise.all([north?.cleanup(), south?.cleanup()]);
});

const entry = async (id: string) =>
  (await host.handlers.servers.list(undefined)).find((candidate) => candidate.id === id)!;

describe('several servers at once', () => {
  it('signs in to both; the newest sign-in is shown and the other stays signed in', async () => {
    northId = unwrap(
      await host.handlers.servers.signIn({ url: north.server.url, email: rhys.email, password: rhys.password }),
    ).id;
    const southEntry = unwrap(
      await host.handlers.servers.signIn({ url: south.server.url, email: rhys.email, password: rhys.password }),
    );
    southId = southEntry.id;
    expect(northId).not.toBe(southId);
    expect(southEntry).toMatchObject({
      isActive: true,
      organisation: { name: 'South West libraries' },
      user: { email: rhys.email },
    });
    expect(await entry(northId)).toMatchObject({ isActive: false, hasActivity: false, user: { email: rhys.email } });
    expect(host.events.servers.at(-1)?.find((candidate) => candidate.isActive)?.id).toBe(southId);
  });

  it('keeps each server’s spaces and documents in its own cache file', async () => {
    const southSpaces = unwrap(await host.handlers.spaces.list({ serverId: southId }));
    expect(southSpaces).toMatchObject({ fromCache: false, spaces: [{ id: south.spaceId, myRole: 'member' }] });
    unwrap(await host.handlers.spaces.list({ serverId: northId }));
    const northCache = JSON.parse(await readFile(serverCacheFile(dataDir, northId), 'utf8'));
    const southCache = JSON.parse(await readFile(serverCacheFile(dataDir, southId), 'utf8'));
    expect(northCache.spaces.map((space: { id: string }) => space.id)).toEqual([north.spaceId]);
    expect(northCache.documents.map((document: { title: string }) => document.title)).toEqual(['Reading groups']);
    expect(southCache.spaces.map((space: { id: string }) => space.id)).toEqual([south.spaceId]);
    expect(
      southCache.documents.map((document: { title: string; spaceId: string }) => [document.title, document.spaceId]),
    ).toEqual([['Summer challenge', south.spaceId]]);
  });

  it('shows a dot on a server not on screen when someone changes something there, and clears it when shown', async () => {
    const entries = await host.handlers.servers.activate({ serverId: northId });
    expect(entries.find((candidate) => candidate.isActive)?.id).toBe(northId);
    await host.services.pollActivity();
    expect(await entry(southId)).toMatchObject({ isActive: false, hasActivity: false });

    // Nothing new: no event.
    const heard = host.events.servers.length;
    await host.services.pollActivity();
    expect(host.events.servers.length).toBe(heard);

    await after(5);
    await renameAsAnn(south, 'Summer reading challenge 2025');
    await host.services.pollActivity();
    expect(await entry(southId)).toMatchObject({ hasActivity: true });
    expect(host.events.servers.length).toBe(heard + 1);
    expect(host.events.servers.at(-1)?.find((candidate) => candidate.id === southId)?.hasActivity).toBe(true);
    // The shown server is never polled, so activity there never lights its own dot.
    await renameAsAnn(north, 'Reading groups, autumn');
    await host.services.pollActivity();
    expect(await entry(northId)).toMatchObject({ isActive: true, hasActivity: false });

    const shown = await host.handlers.servers.activate({ serverId: southId });
    expect(shown.find((candidate) => candidate.id === southId)).toMatchObject({ isActive: true, hasActivity: false });
    // Back to the north: what was on screen in the south counts as seen.
    await host.handlers.servers.activate({ serverId: northId });
    await host.services.pollActivity();
    expect(await entry(southId)).toMatchObject({ isActive: false, hasActivity: false });
  });

  it('polls by itself on a timer', async () => {
    const other = await startTestHost(await tempDir('multi-server-timer'), { activityPollMs: 40 });
    try {
      const first = unwrap(
        await other.handlers.servers.signIn({ url: south.server.url, email: rhys.email, password: rhys.password }),
      );
      unwrap(
        await other.handlers.servers.signIn({ url: north.server.url, email: rhys.email, password: rhys.password }),
      );
      await waitFor(
        () => other.services.store.caches.peek(first.id)?.lastSeenActivityAt !== null,
        'the south to be checked once',
      );
      await after(60);
      await renameAsAnn(south, 'Summer reading challenge: final');
      await waitFor(
        () => other.events.servers.at(-1)?.find((candidate) => candidate.id === first.id)?.hasActivity === true,
        'the dot',
      );
    } finally {
      await other.services.close();
    }
  });

  it('moves the window to a server still signed in when the shown one signs out', async () => {
    expect((await entry(northId)).isActive).toBe(true);
    await host.handlers.servers.signOut({ serverId: northId });
    expect(await entry(northId)).toMatchObject({ isActive: false, user: null, hasActivity: false });
    expect(await entry(southId)).toMatchObject({ isActive: true });
    // With nobody else signed in, the signed-out server stays shown (its sign-in screen).
    await host.handlers.servers.signOut({ serverId: southId });
    expect(await entry(southId)).toMatchObject({ isActive: true, user: null });
  });
});
