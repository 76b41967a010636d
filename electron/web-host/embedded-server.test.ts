import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PORT_FILE, type EmbeddedServer } from '../services/embedded-server';
import { startTestHost, tempDir, unwrap } from '../services/testing/host';
import { startChildServer } from './embedded-server';

/**
 * The browser host's own server (a child process, as `npm run web` starts it) keeps its
 * address across restarts, and an invite made for it still works after it had to move.
 */
const root = await tempDir('stable-port');
const serverDir = path.join(root, 'server');
const localDir = path.join(root, 'local');
const quiet = () => undefined;
let squatter: Server | null = null;

afterAll(async () => {
  await new Promise<void>((resolve) => (squatter ? squatter.close(() => resolve()) : resolve()));
  await rm(root, { recursive: true, force: true });
});

/** Starts the server and the host services on this device's folders, as the browser host does. */
async function launch(): Promise<{ server: EmbeddedServer; host: Awaited<ReturnType<typeof startTestHost>> }> {
  const server = await startChildServer(serverDir, quiet);
  const host = await startTestHost(localDir, {
    defaultServer: { url: server.url, demoAccount: server.demoAccount },
  });
  return { server, host };
}

async function shutDown({ server, host }: Awaited<ReturnType<typeof launch>>): Promise<void> {
  await host.services.close();
  await server.stop();
}

describe('the browser host’s embedded server', () => {
  let firstUrl = '';
  let inviteLink = '';

  it('has the same address each time the host starts on the same folder', async () => {
    const first = await launch();
    firstUrl = first.server.url;
    try {
      const { spaces } = unwrap(await first.host.handlers.spaces.list({ serverId: 'local' }));
      const mine = spaces.find((space) => space.myRole === 'admin' && !space.archived);
      expect(mine, 'the demo account administers a space').toBeDefined();
      inviteLink = unwrap(
        await first.host.handlers.invites.create({
          serverId: 'local',
          spaceId: mine!.id,
          invite: { role: 'member', expiresInHours: 24, singleUse: false },
        }),
      ).link;
      expect(inviteLink.startsWith(`${firstUrl}/join/`)).toBe(true);
    } finally {
      await shutDown(first);
    }

    const second = await launch();
    try {
      expect(second.server.url).toBe(firstUrl);
      expect(unwrap(await second.host.handlers.invites.preview({ invite: inviteLink })).serverId).toBe('local');
    } finally {
      await shutDown(second);
    }
  });

  it('moves when another program holds its port, keeps the new one, and an invite made before still previews', async () => {
    squatter = createServer();
    await new Promise<void>((resolve) => squatter!.listen(Number(new URL(firstUrl).port), '127.0.0.1', resolve));

    const moved = await launch();
    try {
      expect(moved.server.url).not.toBe(firstUrl);
      expect(JSON.parse(await readFile(path.join(serverDir, PORT_FILE), 'utf8'))).toEqual({
        port: Number(new URL(moved.server.url).port),
      });
      const entries = await moved.host.handlers.servers.list(undefined);
      expect(entries.find((entry) => entry.id === 'local')).toMatchObject({ url: moved.server.url, user: {} });

      const info = unwrap(await moved.host.handlers.invites.preview({ invite: inviteLink }));
      expect(info).toMatchObject({ serverUrl: moved.server.url, serverId: 'local' });
      expect(unwrap(await moved.host.handlers.links.resolve({ link: inviteLink }))).toMatchObject({
        kind: 'invite',
        serverId: 'local',
        serverUrl: moved.server.url,
      });
    } finally {
      await shutDown(moved);
    }

    const again = await launch();
    try {
      expect(again.server.url).toBe(
        `http://127.0.0.1:${JSON.parse(await readFile(path.join(serverDir, PORT_FILE), 'utf8')).port}`,
      );
      expect(again.server.url).not.toBe(firstUrl);
    } finally {
      await shutDown(again);
    }
  });
});
