import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../../server/testing/temp-server';
import { outboxFile, serverCacheFile } from './local-store';
import { setImmutableTree, whyNoImmutableFiles } from '../../server/testing/privileges';
import { startTestHost, unwrap } from './testing/host';
import { tempFolders } from './testing/temp-folders';

/** The whole host on a damaged or read-only store: it starts, says what is wrong, and works on. About 3 s. */
let server: Awaited<ReturnType<typeof startTempServer>>;
const noChattr = await whyNoImmutableFiles();
const tempDir = tempFolders('host');
beforeAll(async () => {
  server = await startTempServer();
});
afterAll(async () => {
  await server?.cleanup();
});

describe('the host on a troubled store', () => {
  it('starts with a damaged server cache, outbox and session key: each is set aside and listed once, and signing in again works', async () => {
    const dataDir = await tempDir();
    const first = await startTestHost(dataDir);
    const serverId = unwrap(
      await first.handlers.servers.signIn({ url: server.server.url, email: ann.email, password: ann.password }),
    ).id;
    unwrap(await first.handlers.spaces.list({ serverId }));
    await first.services.close();

    await writeFile(serverCacheFile(dataDir, serverId), 'null and void');
    await writeFile(outboxFile(dataDir, serverId), JSON.stringify({ version: 1, entries: [{ id: '../../etc' }] }));
    await writeFile(path.join(dataDir, 'secret.key'), 'short');
    const host = await startTestHost(dataDir);
    try {
      const health = await host.handlers.store.health(undefined);
      expect(health.writing).toBeNull();
      expect(health.damaged.map((damage) => damage.what).sort()).toEqual(['outbox', 'secret-key', 'server-cache']);
      expect((await readdir(dataDir)).filter((name) => name.startsWith('secret.key.corrupt-'))).toHaveLength(1);
      const serverFiles = await readdir(path.dirname(serverCacheFile(dataDir, serverId)));
      for (const name of ['cache.json', 'outbox.json'])
        expect(serverFiles.filter((file) => file.startsWith(`${name}.corrupt-`))).toHaveLength(1);
      // The old token was sealed with the lost key, so this is a fresh sign-in; then all works.
      unwrap(await host.handlers.servers.signIn({ url: server.server.url, email: ann.email, password: ann.password }));
      expect(unwrap(await host.handlers.spaces.list({ serverId })).fromCache).toBe(false);
      const space = unwrap(await host.handlers.spaces.list({ serverId })).spaces[0]!;
      expect(
        unwrap(await host.handlers.documents.create({ serverId, spaceId: space.id, title: 'After the damage' })).status,
      ).toBe('saved');
      expect(await host.handlers.store.dismissDamage(undefined)).toEqual({ writing: null, damaged: [] });
      expect(host.events.health.at(-1)).toEqual({ writing: null, damaged: [] });
    } finally {
      await host.services.close();
    }
  });

  it('starts in a read-only folder, says so, and works from memory (signing in, settings)', async (context) => {
    context.skip(noChattr !== null, noChattr ?? '');
    const dataDir = await tempDir();
    await setImmutableTree(dataDir, true);
    const host = await startTestHost(dataDir, { retryMs: 50 });
    try {
      expect((await host.handlers.store.health(undefined)).writing).toMatchObject({ kind: 'read-only' });
      unwrap(await host.handlers.servers.signIn({ url: server.server.url, email: ann.email, password: ann.password }));
      expect(await host.handlers.settings.update({ locale: 'cy' })).toEqual({ locale: 'cy' });
      await host.handlers.rooms.append({ serverId: 'local', room: 'doc:abcdefgh', update: new Uint8Array([0, 0]) });
      expect(await host.handlers.rooms.load({ serverId: 'local', room: 'doc:abcdefgh' })).toEqual([
        new Uint8Array([0, 0]),
      ]);
    } finally {
      await setImmutableTree(dataDir, false);
      await host.services.close();
    }
  });
});
