import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../../server/testing/temp-server';
import { createApiClient, normaliseServerUrl } from './api-client';

type Started = Awaited<ReturnType<typeof startTempServer>>;
let started: Started;
let gateway: Server;
let gatewayUrl: string;

beforeAll(async () => {
  started = await startTempServer();
  // Stands in for what sits between the app and a server: a proxy with the server down, or something else entirely.
  gateway = createServer((request, response) => {
    if (request.url === '/api/spaces') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ spaces: [{ id: 'x' }] }));
    } else {
      response.writeHead(502, { 'Content-Type': 'text/html' });
      response.end('<h1>Bad gateway</h1>');
    }
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => gateway?.close(resolve));
  await started?.cleanup();
});

describe('API client', () => {
  it('validates answers and passes the server’s own refusals on', async () => {
    const api = createApiClient(`${started.server.url}/?from=link#top`);
    expect(api.url).toBe(started.server.url);
    const login = await api.login(ann.email, ann.password);
    if (!login.ok) throw new Error(login.error);
    expect(login.value.serverAdmin).toBe(true);
    expect(await api.listSpaces(login.value.token)).toMatchObject({
      ok: true,
      value: [{ id: started.spaceId, myRole: 'admin' }],
    });
    expect(await api.getSpace(login.value.token, 'space_missing1')).toEqual({ ok: false, error: 'not_found' });
    expect(await api.listSpaces('x'.repeat(43))).toEqual({ ok: false, error: 'unauthorized' });
    expect(await api.previewInvite('y'.repeat(43))).toEqual({ ok: false, error: 'not_found' });
    expect(await api.logout(login.value.token)).toEqual({ ok: true, value: null });
  });

  it('calls a gateway answering for a missing server unreachable, and an answer of the wrong shape internal', async () => {
    const api = createApiClient(gatewayUrl);
    expect(await api.me('t'.repeat(43))).toEqual({ ok: false, error: 'unreachable' });
    expect(await api.listSpaces('t'.repeat(43))).toEqual({ ok: false, error: 'internal' });
    expect(await createApiClient('http://127.0.0.1:1').listSpaces('t'.repeat(43))).toEqual({
      ok: false,
      error: 'unreachable',
    });
    expect(normaliseServerUrl('https://branchline.example/org/?q=1')).toBe('https://branchline.example/org');
  });
});
