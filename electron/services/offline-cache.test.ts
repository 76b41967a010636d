import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, signIn } from '../../server/testing/clients';
import { ann, startTempServer } from '../../server/testing/temp-server';
import { serverCacheFile } from './local-store';
import { saved, startTestHost, tempDir, unwrap } from './testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
const bea = { email: 'bea@kent.example', name: 'Bea Collins', password: 'a long library password' };

let open: Started;
let closing: Started;
let dataDir: string;
let openId: string;
let closingId: string;
let observed: { spaceId: string; documentId: string };

beforeAll(async () => {
  [open, closing] = await Promise.all([startTempServer(), startTempServer()]);
  // Bea writes in the first space and only reads in a second one, on the server that will go away.
  const person = await closing.server.accounts.addUser(bea);
  await closing.server.directory.spaces.setRole(closing.spaceId, person.id, 'member');
  const annToken = await signIn(closing.server.url, ann.email, ann.password);
  const second = await closing.server.directory.spaces.create(
    { name: 'Observed space', description: '', nameCy: null, descriptionCy: null },
    closing.server.accounts.findUserByEmail(ann.email)!,
  );
  await closing.server.directory.spaces.setRole(second.id, person.id, 'observer');
  observed = {
    spaceId: second.id,
    documentId: await createDocument(closing.server.url, annToken, 'Observed minutes', second.id),
  };
  await open.server.accounts.addUser(bea);
  dataDir = await tempDir('offline');
});

afterAll(async () => {
  await Promise.all([open?.cleanup(), closing?.cleanup()]);
});

describe('offline fallbacks', () => {
  it('answers from each server’s cache once that server is gone, before and after a restart', async () => {
    const host = await startTestHost(dataDir);
    try {
      openId = unwrap(
        await host.handlers.servers.signIn({ url: open.server.url, email: bea.email, password: bea.password }),
      ).id;
      closingId = unwrap(
        await host.handlers.servers.signIn({ url: closing.server.url, email: bea.email, password: bea.password }),
      ).id;
      const written = saved(
        await host.handlers.documents.create({
          serverId: closingId,
          spaceId: closing.spaceId,
          title: 'Volunteer rota',
        }),
      );
      const online = unwrap(await host.handlers.spaces.list({ serverId: closingId }));
      expect(online.fromCache).toBe(false);
      expect(online.spaces.map((space) => space.id).sort()).toEqual([closing.spaceId, observed.spaceId].sort());
      expect(
        unwrap(await host.handlers.documents.access({ serverId: closingId, documentId: observed.documentId })),
      ).toMatchObject({ access: 'read', fromCache: false });

      await closing.server.close();
      expect(unwrap(await host.handlers.spaces.list({ serverId: closingId }))).toEqual({
        spaces: online.spaces,
        fromCache: true,
      });
      expect(unwrap(await host.handlers.spaces.get({ serverId: closingId, spaceId: observed.spaceId }))).toMatchObject({
        name: 'Observed space',
        myRole: 'observer',
      });
      // The observed space was never opened online: its documents came with the full index.
      expect(
        unwrap(await host.handlers.documents.list({ serverId: closingId, spaceId: observed.spaceId })),
      ).toMatchObject({
        fromCache: true,
        documents: [{ id: observed.documentId, title: 'Observed minutes' }],
      });
      expect(
        unwrap(await host.handlers.documents.list({ serverId: closingId, spaceId: closing.spaceId })).documents.map(
          (d) => d.title,
        ),
      ).toEqual(['Volunteer rota']);
      expect(
        unwrap(await host.handlers.documents.access({ serverId: closingId, documentId: written.id })),
      ).toMatchObject({ access: 'write', fromCache: true });
      // What this device never saw stays unknown rather than guessed.
      expect(await host.handlers.documents.access({ serverId: closingId, documentId: 'dneverseen1' })).toEqual({
        ok: false,
        error: 'unreachable',
      });
      expect(await host.handlers.spaces.get({ serverId: closingId, spaceId: 'space_neverseen' })).toEqual({
        ok: false,
        error: 'unreachable',
      });
      expect(await host.handlers.members.list({ serverId: closingId, spaceId: closing.spaceId })).toEqual({
        ok: false,
        error: 'unreachable',
      });
      // The other server is untouched by this one going away.
      expect(unwrap(await host.handlers.spaces.list({ serverId: openId })).fromCache).toBe(false);
    } finally {
      await host.services.close();
    }

    const restarted = await startTestHost(dataDir);
    try {
      expect(unwrap(await restarted.handlers.spaces.list({ serverId: closingId }))).toMatchObject({
        fromCache: true,
        spaces: [{}, {}],
      });
      expect(
        unwrap(await restarted.handlers.documents.access({ serverId: closingId, documentId: observed.documentId })),
      ).toMatchObject({ access: 'read', fromCache: true });
      expect(restarted.events.health).toEqual([]);
    } finally {
      await restarted.services.close();
    }
  });

  it('sets a corrupt cache aside for one server and leaves the other server’s cache alone', async () => {
    const broken = serverCacheFile(dataDir, closingId);
    const kept = serverCacheFile(dataDir, openId);
    const keptBefore = await readFile(kept, 'utf8');
    await writeFile(broken, '{"version": 1, "spaces": [');
    const host = await startTestHost(dataDir);
    try {
      await expect(host.handlers.store.health(undefined)).resolves.toMatchObject({
        writing: null,
        damaged: [{ what: 'server-cache', keptAs: expect.stringContaining('cache.json.corrupt-') }],
      });
      const aside = (await readdir(path.dirname(broken))).filter((name) => name.startsWith('cache.json.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(await readFile(path.join(path.dirname(broken), aside[0]!), 'utf8')).toBe('{"version": 1, "spaces": [');
      expect((await readdir(path.dirname(kept))).filter((name) => name.includes('.corrupt-'))).toEqual([]);
      expect(await readFile(kept, 'utf8')).toBe(keptBefore);
      // Still signed in; offline, the set-aside server simply has nothing cached yet.
      expect(unwrap(await host.handlers.spaces.list({ serverId: closingId }))).toEqual({ spaces: [], fromCache: true });
      expect(unwrap(await host.handlers.spaces.list({ serverId: openId })).fromCache).toBe(false);
    } finally {
      await host.services.close();
    }
  });
});
