import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranchlineServer, type BranchlineServer } from '../../server/app';
import { createDispatcher, InvalidIpcInput } from '../../shared/ipc/dispatch';
import { startHostServices, type HostServices } from './host-services';
import { openKeyFileSecretBox } from './secret-box';
import { isSafeExternalUrl } from './open-external';

let root: string;
let server: BranchlineServer;
let services: HostServices;
const opened: string[] = [];
const demo = { email: 'demo@branchline.local', password: 'demo password 1' };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'branchline-handlers-'));
  server = await createBranchlineServer({ dataDir: path.join(root, 'server'), host: '127.0.0.1', port: 0, log: () => undefined });
  await server.accounts.addUser({ email: demo.email, name: 'Demo Librarian', password: demo.password });
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
    for (const [channel, input] of [
      ['settings:update', { locale: 'fr' }],
      ['rooms:append', { serverId: 'local', room: 'doc:abcdefgh', update: [1, 2] }],
      ['servers:connection', { serverId: '../x' }],
      ['documents:rename', { serverId: 'local', documentId: 'short', title: 'x' }],
      ['shell:openExternal', { url: 'x'.repeat(5000) }],
    ] as const) {
      await expect(dispatcher.dispatch(channel, input)).rejects.toBeInstanceOf(InvalidIpcInput);
    }
  });

  it('signs the demo account in on first start and gives a sync connection', async () => {
    const [entry] = await services.handlers.servers.list(undefined);
    expect(entry).toMatchObject({ id: 'local', isDefault: true, user: { email: demo.email } });
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

  it('signs this device out when the server no longer accepts its session, and only then', async () => {
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toMatchObject({ ok: true, value: { user: { email: demo.email } } });
    const connection = await services.handlers.servers.connection({ serverId: 'local' });
    if (!connection.ok) throw new Error('expected a session');
    // The session ends elsewhere (signed out on the server, expired, revoked).
    await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { Authorization: `Bearer ${connection.value.token}` } });
    expect(await services.handlers.documents.list({ serverId: 'local' })).toEqual({ ok: false, error: 'unauthorized' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).toBeNull();
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toEqual({ ok: false, error: 'unauthorized' });
    const again = await services.handlers.servers.signIn({ url: server.url, email: demo.email, password: demo.password });
    expect(again).toMatchObject({ ok: true, value: { id: 'local' } });
  });

  it('lists documents from the server, then from the local index once the server is gone', async () => {
    const created = await services.handlers.documents.create({ serverId: 'local', title: 'Welsh-language storytime' });
    expect(created.ok).toBe(true);
    const online = await services.handlers.documents.list({ serverId: 'local' });
    expect(online).toMatchObject({ ok: true, value: { fromCache: false } });
    await server.close();
    const offline = await services.handlers.documents.list({ serverId: 'local' });
    expect(offline).toMatchObject({ ok: true, value: { fromCache: true, documents: [{ title: 'Welsh-language storytime' }] } });
    expect(await services.handlers.documents.create({ serverId: 'local', title: 'x' })).toEqual({ ok: false, error: 'unreachable' });
    // An unreachable server says nothing about the session: still signed in.
    expect(await services.handlers.servers.verify({ serverId: 'local' })).toEqual({ ok: false, error: 'unreachable' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).not.toBeNull();
  });

  it('stays signed out after an explicit sign-out', async () => {
    await services.handlers.servers.signOut({ serverId: 'local' });
    expect(await services.handlers.servers.connection({ serverId: 'local' })).toEqual({ ok: false, error: 'unauthorized' });
    expect((await services.handlers.servers.list(undefined))[0]?.user).toBeNull();
  });
});
