import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { appLink, documentLink } from '../../../shared/links';
import { inviteLink } from '../../../shared/spaces/invite-link';
import { startTestHost, tempDir, unwrap } from '../testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
type Host = Awaited<ReturnType<typeof startTestHost>>;

const documentId = 'dSummer2025';
// Nothing listens here: where this device's own server was before it moved.
const earlierAddress = 'http://127.0.0.1:9';

let started: Started;
let elsewhere: Started;
let host: Host;
let dataDir: string;
let adminServerId: string;
const folders: string[] = [];
const folder = async (prefix: string) => {
  const made = await tempDir(prefix);
  folders.push(made);
  return made;
};

beforeAll(async () => {
  [started, elsewhere] = await Promise.all([startTempServer(), startTempServer()]);
  dataDir = await folder('links');
  // The device's own server was at an earlier address, then moved (a new port).
  const before = await startTestHost(dataDir, { defaultServer: { url: earlierAddress } });
  await before.services.close();
  host = await startTestHost(dataDir, {
    defaultServer: { url: started.server.url, demoAccount: { email: ann.email, password: ann.password } },
  });
  adminServerId = unwrap(
    await host.handlers.servers.signIn({ url: elsewhere.server.url, email: ann.email, password: ann.password }),
  ).id;
});

afterAll(async () => {
  await host?.services.close();
  await Promise.all([started?.cleanup(), elsewhere?.cleanup()]);
  await Promise.all(folders.map((made) => rm(made, { recursive: true, force: true })));
});

describe('links.resolve', () => {
  it('names the entry of a document link’s server, bare, wrapped in branchline:// or with a trailing slash', async () => {
    const link = documentLink(elsewhere.server.url, documentId);
    const expected = { kind: 'document', serverId: adminServerId, serverUrl: elsewhere.server.url, documentId };
    expect(await host.handlers.links.resolve({ link })).toEqual({ ok: true, value: expected });
    expect(await host.handlers.links.resolve({ link: ` ${appLink(link)}\n` })).toEqual({ ok: true, value: expected });
    expect(await host.handlers.links.resolve({ link: documentLink(`${elsewhere.server.url}/`, documentId) })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it('reads an invite link the same way, and names no entry for a server the device does not know', async () => {
    const code = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE';
    expect(
      await host.handlers.links.resolve({ link: appLink(inviteLink('https://lib.example/branchline/', code)) }),
    ).toEqual({
      ok: true,
      value: { kind: 'invite', serverId: null, serverUrl: 'https://lib.example/branchline', code },
    });
  });

  it('sends a link to an earlier address of this device’s own server to where it is now', async () => {
    const entry = host.services.store.state.get().servers.find((server) => server.id === 'local');
    expect(entry).toMatchObject({ url: started.server.url, earlierUrls: [earlierAddress] });
    expect(await host.handlers.links.resolve({ link: documentLink(earlierAddress, documentId) })).toEqual({
      ok: true,
      value: { kind: 'document', serverId: 'local', serverUrl: started.server.url, documentId },
    });
  });

  it('refuses anything that is not a document or invite link', async () => {
    for (const link of ['', 'the minutes from Tuesday', 'javascript:alert(1)//d/dSummer2025', 'branchline://open']) {
      expect(await host.handlers.links.resolve({ link }), link).toEqual({ ok: false, error: 'invalid_request' });
    }
  });

  it('has no link waiting in a host no link can open', async () => {
    expect(await host.handlers.links.takePending(undefined)).toBeNull();
  });
});

describe('invites.preview of a link to an earlier address of this device’s own server', () => {
  it('reads the invite where the server is now, and names its entry', async () => {
    const made = unwrap(
      await host.handlers.invites.create({
        serverId: 'local',
        spaceId: started.spaceId,
        invite: { role: 'member', expiresInHours: 24, singleUse: false },
      }),
    );
    expect(made.link).toBe(inviteLink(started.server.url, made.code));
    const info = unwrap(await host.handlers.invites.preview({ invite: inviteLink(earlierAddress, made.code) }));
    expect(info).toMatchObject({ serverUrl: started.server.url, serverId: 'local', code: made.code });
    expect(info.preview.space.id).toBe(started.spaceId);
  });
});

describe('the default entry’s earlier addresses', () => {
  it('keep the newest first, without the address it has now, and at most ten', async () => {
    const device = await folder('earlier-urls');
    for (let port = 1; port <= 12; port += 1) {
      const moved = await startTestHost(device, { defaultServer: { url: `http://127.0.0.1:${port}` } });
      await moved.services.close();
    }
    const back = await startTestHost(device, { defaultServer: { url: 'http://127.0.0.1:11' } });
    try {
      const entry = back.services.store.state.get().servers[0]!;
      expect(entry.url).toBe('http://127.0.0.1:11');
      expect(entry.earlierUrls).toEqual([12, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((port) => `http://127.0.0.1:${port}`));
    } finally {
      await back.services.close();
    }
  });
});

describe('a version-2 branchline.json', () => {
  it('is upgraded in place (a copy kept) with no earlier addresses, its settings and servers kept', async () => {
    const device = await folder('upgrade-v2');
    const v2 = {
      version: 2,
      settings: { locale: 'cy' },
      servers: [
        {
          id: 'local',
          url: 'http://127.0.0.1:9',
          isDefault: true,
          organisation: null,
          user: null,
          serverAdmin: false,
          token: null,
        },
      ],
      activeServerId: 'local',
      demoSignedIn: ['local'],
    };
    const file = path.join(device, 'branchline.json');
    await writeFile(file, JSON.stringify(v2));
    const upgraded = await startTestHost(device);
    try {
      expect(upgraded.events.health).toEqual([]);
      expect(await upgraded.handlers.settings.get(undefined)).toEqual({ locale: 'cy' });
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
        version: 3,
        servers: [{ id: 'local', url: 'http://127.0.0.1:9', earlierUrls: [] }],
      });
      const backups = (await readdir(device)).filter((name) => name.startsWith('branchline.json.before-upgrade-'));
      expect(backups).toHaveLength(1);
      expect(JSON.parse(await readFile(path.join(device, backups[0]!), 'utf8'))).toEqual(v2);
    } finally {
      await upgraded.services.close();
    }
  });
});
