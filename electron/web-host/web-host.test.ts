import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBranchlineServer, type BranchlineServer } from '../../server/app';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import { startWebHost, type WebHost } from './web-host';

let root: string;
let server: BranchlineServer;
let host: WebHost;
const email = 'alys@gwynedd.example';
const password = 'correct horse battery';
const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64"/></svg>';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'branchline-webhost-'));
  server = await createBranchlineServer({
    dataDir: path.join(root, 'server'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
  });
  await server.accounts.addUser({ email, name: 'Alys Pritchard', password, serverAdmin: true });
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(rendererDir, 'favicon.svg'), favicon);
  await writeFile(path.join(root, 'secret.txt'), 'do not serve');
  await writeFile(path.join(root, 'bridge.js'), '/* bridge */');
  host = await startWebHost({
    dataDir: path.join(root, 'device'),
    defaultServer: { url: server.url },
    rendererDir,
    bridgeFile: path.join(root, 'bridge.js'),
    port: 0,
    log: () => undefined,
  });
});

afterAll(async () => {
  await host?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

function get(
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function open(query: string, origin: string | undefined): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${new URL(host.origin).host}/__branchline/ipc${query}`, origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function call(socket: WebSocket, id: number, channel: string, input?: unknown): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = decodeWire(data.toString()) as Record<string, unknown>;
      if (message.t === 'result' && message.id === id) {
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
    socket.send(encodeWire({ t: 'call', id, channel, input }));
  });
}

describe('browser host', () => {
  it('serves index.html with the bridge before the app script, and security headers', async () => {
    const page = await get(`/?key=${host.secret}`, { host: new URL(host.origin).host });
    expect(page.status).toBe(200);
    expect(page.body.indexOf('/__branchline/bridge.js')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await get('/assets/app.js', { host: new URL(host.origin).host });
    expect(script.headers['content-type']).toContain('text/javascript');
  });

  it.each([
    ['no key', '/'],
    ['a wrong key', '/?key=wrong'],
    ['the key of an earlier launch', `/?key=${'A'.repeat(32)}`],
    ['no key, at one of the app’s own paths', '/spaces/dSummer2025'],
    ['a key of another length', '/?key=' + 'x'.repeat(500)],
  ])(
    'shows how to get in, in English and Welsh, and not the app, to a page request with %s',
    async (_what, rawPath) => {
      const page = await get(rawPath, { host: new URL(host.origin).host });
      expect(page.status).toBe(403);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).not.toContain('/__branchline/bridge.js');
      expect(page.body).not.toContain('./assets/app.js');
      expect(page.body).toContain('<html lang="en">');
      expect(page.body).toContain('Open Branchline from the address shown where you started it');
      expect(page.body).toContain('<section lang="cy"');
      expect(page.body).toContain('Agorwch Branchline o’r cyfeiriad a ddangoswyd');
      expect(page.body).toContain('<link rel="icon" href="/favicon.svg"');
    },
  );

  it('shows the Welsh first to a browser that asks for Welsh', async () => {
    const page = await get('/', { host: new URL(host.origin).host, 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.8' });
    expect(page.body).toContain('<html lang="cy">');
    expect(page.body.indexOf('lang="cy" aria-labelledby')).toBeLessThan(page.body.indexOf('lang="en" aria-labelledby'));
  });

  it('serves the app at its own paths with the key', async () => {
    const page = await get(`/spaces/dSummer2025?key=${host.secret}`, { host: new URL(host.origin).host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('/__branchline/bridge.js');
  });

  it('serves the icon without the key, also as /favicon.ico', async () => {
    for (const rawPath of ['/favicon.svg', '/favicon.ico']) {
      const icon = await get(rawPath, { host: new URL(host.origin).host });
      expect(icon.status, rawPath).toBe(200);
      expect(icon.headers['content-type'], rawPath).toBe('image/svg+xml');
      expect(icon.body, rawPath).toBe(favicon);
    }
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'])(
    'refuses path traversal %s',
    async (rawPath) => {
      const answer = await get(rawPath, { host: new URL(host.origin).host });
      expect(answer.body).not.toContain('do not serve');
      expect(answer.status).not.toBe(200);
    },
  );

  it('refuses a socket without the key, with a wrong key, or from another origin', async () => {
    await expect(open('', host.origin)).rejects.toThrow(/403/);
    await expect(open('?key=wrong', host.origin)).rejects.toThrow(/403/);
    await expect(open(`?key=${host.secret}`, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(open(`?key=${host.secret}`, undefined)).rejects.toThrow(/403/);
  });

  it('round-trips calls through the dispatcher: sign in, make a space and a document, list, append and load bytes', async () => {
    const socket = await open(`?key=${host.secret}`, host.origin);
    try {
      const info = await call(socket, 1, 'app:info');
      expect((info.value as { host: string }).host).toBe('web');
      const signIn = await call(socket, 2, 'servers:signIn', { url: server.url, email, password });
      expect(signIn.value).toMatchObject({ ok: true, value: { id: 'local', user: { email } } });
      const space = (
        await call(socket, 3, 'spaces:create', { serverId: 'local', space: { name: 'Reading Offer network' } })
      ).value as { ok: true; value: { id: string } };
      const created = await call(socket, 4, 'documents:create', {
        serverId: 'local',
        spaceId: space.value.id,
        title: 'Summer reading challenge',
      });
      expect(created.value).toMatchObject({
        ok: true,
        value: { status: 'saved', made: { spaceId: space.value.id } },
      });
      const list = await call(socket, 5, 'documents:list', { serverId: 'local', spaceId: space.value.id });
      expect(list.value).toMatchObject({
        ok: true,
        value: { fromCache: false, documents: [{ title: 'Summer reading challenge' }] },
      });
      await call(socket, 6, 'rooms:append', {
        serverId: 'local',
        room: 'doc:abcdefgh',
        update: new Uint8Array([0, 0]),
      });
      const loaded = await call(socket, 7, 'rooms:load', { serverId: 'local', room: 'doc:abcdefgh' });
      expect(loaded.value).toEqual([new Uint8Array([0, 0])]);
      const refused = await call(socket, 8, 'rooms:load', { serverId: '../../etc', room: 'doc:abcdefgh' });
      expect(refused).toMatchObject({ ok: false });
    } finally {
      socket.close();
    }
  });
});
