import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranchlineServer, type BranchlineServer } from '../../server/app';
import { createDispatcher, InvalidIpcInput } from '../../shared/ipc/dispatch';
import { startHostServices, type HostServices } from './host-services';
import { openKeyFileSecretBox } from './secret-box';
import { isSafeExternalUrl } from './open-external';
import { saved, tempDir, unwrap } from './testing/host';

let root: string;
let server: BranchlineServer;
let services: HostServices;
let spaceId: string;
const opened: string[] = [];
const demo = { email: 'demo@branchline.local', password: 'demo password 1' };

beforeAll(async () => {
  root = await tempDir('handlers');
  server = await createBranchlineServer({
    dataDir: path.join(root, 'server'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
  });
  const person = await server.accounts.addUser({ email: demo.email, name: 'Demo Librarian', password: demo.password });
  const blank = { description: '', nameCy: null, descriptionCy: null };
  spaceId = (
    await server.directory.spaces.create(
      { name: 'Reading Offer network', ...blank },
      server.accounts.findUser(person.id)!,
    )
  ).id;
  services = await startHostServices({
    host: 'web',
    version: '0.0.0',
    dataDir: path.join(root, 'local'),
    secrets: openKeyFileSecretBox,
    emit: () => undefined,
    openExternal: async (url) => void opened.push(url),
    defaultServer: { url: server.url, demoAccount: demo },
    log: () => undefined,
  });
});

afterAll(async () => {
  await services?.close();
  await server?.close().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('host handlers', () => {
  it('refuses bad payloads through the dispatcher before any handler runs', async () => {
    const dispatcher = createDispatcher(services.handlers);
    const ok = { serverId: 'local', spaceId: 'space_abcdefgh' };
    for (const [channel, input] of [
      ['settings:update', { locale: 'fr' }],
      ['rooms:append', { serverId: 'local', room: 'doc:abcdefgh', update: [1, 2] }],
      ['servers:connection', { serverId: '../x' }],
      ['servers:activate', { serverId: '../x' }],
      [
        'servers:signUp',
        { url: server.url, code: 'c'.repeat(43), email: 'new@example.org', name: 'New', password: 'short' },
      ],
      [
        'servers:signUp',
        {
          url: 'file:///etc/passwd',
          code: 'c'.repeat(43),
          email: 'new@example.org',
          name: 'New',
          password: 'long enough password',
        },
      ],
      ['profile:update', { serverId: 'local', changes: { color: '#000000' } }],
      ['profile:update', { serverId: 'local', changes: { initials: '<b>' } }],
      ['spaces:get', { serverId: 'local', spaceId: 'short' }],
      ['spaces:create', { serverId: 'local', space: { name: '   ' } }],
      ['spaces:update', { ...ok, changes: { archived: 'yes' } }],
      ['members:setRole', { ...ok, userId: 'user_abcdefgh', role: 'owner' }],
      ['members:remove', { ...ok, userId: '../../etc/passwd' }],
      ['invites:preview', { invite: 'x'.repeat(5000) }],
      ['invites:accept', { serverId: 'local', code: 'too-short' }],
      ['invites:create', { ...ok, invite: { role: 'member', expiresInHours: 10_000, singleUse: false } }],
      ['invites:revoke', { ...ok, inviteId: 'x' }],
      ['documents:list', { serverId: 'local' }],
      ['documents:rename', { serverId: 'local', documentId: 'short', title: 'x' }],
      ['documents:move', { serverId: 'local', documentId: 'dabcdefgh', spaceId: '../../x' }],
      ['documents:access', { serverId: 'local', documentId: 'doc with spaces' }],
      ['shell:openExternal', { url: 'x'.repeat(5000) }],
    ] as const) {
      await expect(dispatcher.dispatch(channel, input), channel).rejects.toBeInstanceOf(InvalidIpcInput);
    }
  });

  it('signs the demo account in on first start, shows that server and gives a sync connection', async () => {
    const [entry] = await services.handlers.servers.list(undefined);
    expect(entry).toMatchObject({
      id: 'local',
      isDefault: true,
      isActive: true,
      serverAdmin: false,
      hasActivity: false,
      user: { email: demo.email },
    });
    const connection = await services.handlers.servers.connection({ serverId: 'local' });
    expect(connection).toMatchObject({ ok: true, value: { syncUrl: `${server.url.replace('http', 'ws')}/sync` } });
  });

  it('opens only web and mail links', async () => {
    await services.handlers.shell.openExternal({ url: 'file:///etc/passwd' });
    await services.handlers.shell.openExternal({ url: 'javascript:alert(1)' });
    await services.handlers.shell.openExternal({ url: 'https://www.librariesconnected.org.uk/' });
    await services.handlers.shell.openExternal({ url: 'mailto:someone@example.org' });
    expect(opened).toEqual(['https://www.librariesconnected.org.uk/', 'mailto:someone@example.org']);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });

  it('changes one’s own profile on the server and in the entry', async () => {
    const user = unwrap(
      await services.handlers.profile.update({
        serverId: 'local',
        changes: { service: 'Gwynedd Libraries', region: 'Wales', color: '#2e7d32' },
      }),
    );
    expect(user).toMatchObject({ service: 'Gwynedd Libraries', region: 'Wales', color: '#2e7d32' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).toEqual(user);
    expect(server.accounts.findUserByEmail(demo.email)).toMatchObject({
      service: 'Gwynedd Libraries',
      region: 'Wales',
    });
  });

  it('signs this device out when the server no longer accepts its session, and only then', async () => {
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toMatchObject({
      ok: true,
      value: { user: { email: demo.email } },
    });
    const connection = unwrap(await services.handlers.servers.connection({ serverId: 'local' }));
    // The session ends elsewhere (signed out on the server, expired, revoked).
    await fetch(`${server.url}/api/session`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${connection.token}` },
    });
    expect(await services.handlers.spaces.list({ serverId: 'local' })).toEqual({ ok: false, error: 'unauthorized' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).toBeNull();
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toEqual({ ok: false, error: 'unauthorized' });
    const again = await services.handlers.servers.signIn({
      url: server.url,
      email: demo.email,
      password: demo.password,
    });
    expect(again).toMatchObject({ ok: true, value: { id: 'local', isActive: true } });
  });

  it('works with the documents of a space, online and then from the local index once the server is gone', async () => {
    const created = saved(
      await services.handlers.documents.create({ serverId: 'local', spaceId, title: 'Welsh-language storytime' }),
    );
    expect(created.spaceId).toBe(spaceId);
    const online = await services.handlers.documents.list({ serverId: 'local', spaceId });
    expect(online).toMatchObject({ ok: true, value: { fromCache: false, documents: [{ id: created.id }] } });
    expect(
      unwrap(await services.handlers.documents.access({ serverId: 'local', documentId: created.id })),
    ).toMatchObject({ access: 'write', fromCache: false });
    await server.close();
    const offline = await services.handlers.documents.list({ serverId: 'local', spaceId });
    expect(offline).toMatchObject({
      ok: true,
      value: { fromCache: true, documents: [{ title: 'Welsh-language storytime' }] },
    });
    // Made offline, a document waits in the outbox (outbox/outbox.test.ts follows it to the server).
    expect(unwrap(await services.handlers.documents.create({ serverId: 'local', spaceId, title: 'x' }))).toMatchObject({
      status: 'queued',
      entry: { state: 'waiting' },
    });
    // An unreachable server says nothing about the session: still signed in.
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toEqual({ ok: false, error: 'unreachable' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).not.toBeNull();
  });

  it('stays signed out after an explicit sign-out', async () => {
    await services.handlers.servers.signOut({ serverId: 'local' });
    expect(await services.handlers.servers.connection({ serverId: 'local' })).toEqual({
      ok: false,
      error: 'unauthorized',
    });
    expect((await services.handlers.servers.list(undefined))[0]?.user).toBeNull();
  });
});
