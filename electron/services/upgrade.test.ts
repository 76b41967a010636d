import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, signIn } from '../../server/testing/clients';
import { ann, startTempServer } from '../../server/testing/temp-server';
import { serverCacheFile } from './local-store';
import { openKeyFileSecretBox } from './secret-box';
import { startTestHost, tempDir, unwrap } from './testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
let started: Started;
let dataDir: string;
let documentId: string;

/** `branchline.json` exactly as version 1 of the app wrote it: no spaces, no admin flag, no active server. */
async function writeVersionOneFile(): Promise<void> {
  const response = await fetch(`${started.server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ann.email, password: ann.password }),
  });
  const login = (await response.json()) as {
    token: string;
    expiresAt: string;
    user: { id: string; email: string; name: string; initials: string; color: string };
  };
  const box = await openKeyFileSecretBox(dataDir);
  const { id, email, name, initials, color } = login.user;
  const oldDocument = {
    id: 'dold00001',
    title: 'Minutes from before spaces',
    createdAt: '2025-01-10T10:00:00.000Z',
    updatedAt: '2025-01-11T10:00:00.000Z',
    createdBy: id,
  };
  const v1 = {
    version: 1,
    settings: { locale: 'cy' },
    servers: [
      { id: 'local', url: 'http://127.0.0.1:1', isDefault: true, organisation: null, user: null, token: null },
      {
        id: 'server-0a1b2c3d4e5f',
        url: started.server.url,
        isDefault: false,
        organisation: { name: 'Libraries Connected' },
        user: { id, email, name, initials, color },
        token: { sealed: box.encrypt(login.token), expiresAt: login.expiresAt },
      },
    ],
    documentIndex: { 'server-0a1b2c3d4e5f': [oldDocument], 'server-gone': [oldDocument] },
    demoSignedIn: ['local'],
  };
  await writeFile(path.join(dataDir, 'branchline.json'), JSON.stringify(v1, null, 2));
}

beforeAll(async () => {
  started = await startTempServer();
  dataDir = await tempDir('upgrade');
  documentId = await createDocument(
    started.server.url,
    await signIn(started.server.url, ann.email, ann.password),
    'Spaces plan',
    started.spaceId,
  );
  await writeVersionOneFile();
});

afterAll(async () => {
  await started?.cleanup();
});

describe('a version-1 branchline.json', () => {
  it('loads, is upgraded in place with a copy kept, its session still works, and its documents index moves to the server’s cache', async () => {
    const before = await readFile(path.join(dataDir, 'branchline.json'), 'utf8');
    const host = await startTestHost(dataDir);
    try {
      expect(host.events.health).toEqual([]);
      const names = await readdir(dataDir);
      expect(names.filter((name) => name.includes('.corrupt-'))).toEqual([]);
      const backup = names.find((name) => name.startsWith('branchline.json.before-upgrade-'));
      expect(backup && (await readFile(path.join(dataDir, backup), 'utf8'))).toBe(before);
      expect(await host.handlers.settings.get(undefined)).toEqual({ locale: 'cy' });

      // Version 1 knew nothing of server admins: the start-up check asks the server.
      await host.services.accountsChecked;
      const entries = await host.handlers.servers.list(undefined);
      expect(entries.map((entry) => [entry.id, entry.isActive, entry.serverAdmin, entry.hasActivity])).toEqual([
        ['local', false, false, false],
        ['server-0a1b2c3d4e5f', true, true, false],
      ]);
      expect(entries[1]?.user).toMatchObject({ email: ann.email, service: '', region: '' });
      const upgraded = JSON.parse(await readFile(path.join(dataDir, 'branchline.json'), 'utf8'));
      expect(upgraded).toMatchObject({ version: 3, activeServerId: 'server-0a1b2c3d4e5f' });
      expect(upgraded.documentIndex).toBeUndefined();
      const cache = JSON.parse(await readFile(serverCacheFile(dataDir, 'server-0a1b2c3d4e5f'), 'utf8'));
      expect(cache.unplacedDocuments.map((document: { id: string }) => document.id)).toEqual(['dold00001']);
      await expect(readFile(serverCacheFile(dataDir, 'server-gone'))).rejects.toThrow();

      // The saved session still works, and what the server says now replaces the old index.
      unwrap(await host.handlers.spaces.list({ serverId: 'server-0a1b2c3d4e5f' }));
      await host.services.store.flush();
      const refreshed = JSON.parse(await readFile(serverCacheFile(dataDir, 'server-0a1b2c3d4e5f'), 'utf8'));
      expect(refreshed.unplacedDocuments).toEqual([]);
      expect(refreshed.documents.map((document: { id: string }) => document.id)).toEqual([documentId]);
    } finally {
      await host.services.close();
    }
  });

  it('opens as the current version the next time, with nothing set aside', async () => {
    const host = await startTestHost(dataDir);
    try {
      expect(host.events.health).toEqual([]);
      expect(
        (await readdir(dataDir)).filter((name) => name.startsWith('branchline.json.before-upgrade-')),
      ).toHaveLength(1);
      expect((await host.handlers.servers.list(undefined)).find((entry) => entry.isActive)).toMatchObject({
        id: 'server-0a1b2c3d4e5f',
        serverAdmin: true,
      });
    } finally {
      await host.services.close();
    }
  });

  it('notices at start a session that ended while the app was closed', async () => {
    const first = await startTestHost(dataDir);
    const { token } = unwrap(await first.handlers.servers.connection({ serverId: 'server-0a1b2c3d4e5f' }));
    await first.services.close();
    await fetch(`${started.server.url}/api/session`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    });
    const host = await startTestHost(dataDir);
    try {
      await host.services.accountsChecked;
      expect(
        (await host.handlers.servers.list(undefined)).find((entry) => entry.id === 'server-0a1b2c3d4e5f'),
      ).toMatchObject({ user: null, serverAdmin: false });
      expect(host.events.servers.at(-1)?.find((entry) => entry.id === 'server-0a1b2c3d4e5f')?.user).toBeNull();
    } finally {
      await host.services.close();
    }
  });
});
