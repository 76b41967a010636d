import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../testing/temp-server';

describe('HTTP API', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let url: string;
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const signIn = async () =>
    ((await (await post('/api/session', { email: ann.email, password: ann.password })).json()) as { token: string })
      .token;

  beforeEach(async () => {
    context = await startTempServer({ loginBurst: 3, loginRefillMs: 60_000 });
    url = context.server.url;
  });
  afterEach(() => context.cleanup());

  it('answers /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(await response.json()).toMatchObject({ ok: true, service: 'branchline' });
  });

  it('signs in with the right password, refuses a wrong one plainly, and rate-limits', async () => {
    const ok = await post('/api/session', { email: 'ANN@ascel.example', password: ann.password });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ user: { email: ann.email, name: ann.name, initials: 'AJ' } });
    const wrong = await post('/api/session', { email: ann.email, password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_credentials', message: expect.any(String) });
    await post('/api/session', { email: ann.email, password: 'nope' });
    const limited = await post('/api/session', { email: ann.email, password: ann.password });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: string }).error).toBe('rate_limited');
  });

  it('refuses bodies that break the schema, bodies that are not JSON, and oversized bodies', async () => {
    for (const body of [
      { email: 'not-an-email', password: 'x' },
      { email: ann.email },
      [],
      'null',
      '{"email":',
      '"text"',
    ]) {
      const response = await post('/api/session', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    }
    const huge = await post('/api/session', { email: ann.email, password: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toBe('payload_too_large');
  });

  it('answers bad input in one shape on every route: the content type, JSON, the schema, ids in paths', async () => {
    const token = await signIn();
    const send = (method: string, path: string, body: string, type = 'application/json') =>
      fetch(`${url}${path}`, {
        method,
        headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
        body,
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    const asJson = 'Send the request body as JSON, with Content-Type: application/json.';
    for (const type of ['text/plain', 'application/vnd.api+json', 'application/jsonp']) {
      expect(await send('PATCH', '/api/me', '{"name":"Ann"}', type)).toEqual({
        status: 400,
        body: { error: 'invalid_request', message: asJson },
      });
      expect(await send('PATCH', '/api/me', '{"name":', type)).toEqual({
        status: 400,
        body: { error: 'invalid_request', message: asJson },
      });
    }
    expect(await send('PATCH', '/api/me', '{"name":')).toEqual({
      status: 400,
      body: { error: 'invalid_request', message: 'The request body is not JSON.' },
    });
    expect(await send('POST', `/api/spaces/${context.spaceId}/documents`, '{"title":"","extra":1}')).toEqual({
      status: 400,
      body: { error: 'invalid_request', message: expect.stringMatching(/^title: /) },
    });
    expect(await send('POST', `/api/spaces/${context.spaceId}/documents`, '[]')).toEqual({
      status: 400,
      body: { error: 'invalid_request', message: expect.stringMatching(/^body: /) },
    });
    expect(await send('POST', '/api/spaces/not%20an%20id/documents', '{"title":"x"}')).toEqual({
      status: 404,
      body: { error: 'not_found', message: 'No such space.' },
    });
    expect(await send('PUT', `/api/spaces/${context.spaceId}/members/a%2Fb`, '{"role":"member"}')).toEqual({
      status: 404,
      body: { error: 'not_found', message: 'That person is not in this space.' },
    });
  });

  it('needs a valid session for everything else', async () => {
    for (const path of ['/api/me', '/api/documents']) {
      const response = await fetch(`${url}${path}`, {
        headers: { Authorization: 'Bearer forged-token-forged-token-forged-token' },
      });
      expect(response.status).toBe(401);
    }
    expect((await fetch(`${url}/api/nothing-here`)).status).toBe(401);
    expect((await fetch(`${url}/nothing-here`)).status).toBe(404);
  });

  it('creates, lists and renames documents, and signs out', async () => {
    const token = await signIn();
    const auth = { Authorization: `Bearer ${token}` };
    const created = await post(`/api/spaces/${context.spaceId}/documents`, { title: '  Reading offer  ' }, token);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string; title: string } };
    expect(document.title).toBe('Reading offer');
    const list = (await (await fetch(`${url}/api/documents`, { headers: auth })).json()) as {
      documents: Array<{ id: string }>;
    };
    expect(list.documents.map((d) => d.id)).toEqual([document.id]);
    const renamed = await fetch(`${url}/api/documents/${document.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Reading offer 2027' }),
    });
    expect(((await renamed.json()) as { document: { title: string } }).document.title).toBe('Reading offer 2027');
    const missing = await fetch(`${url}/api/documents/..%2F..%2Fetc`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(missing.status).toBe(404);
    expect((await post(`/api/spaces/${context.spaceId}/documents`, { title: '' }, token)).status).toBe(400);
    expect((await fetch(`${url}/api/session`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await fetch(`${url}/api/me`, { headers: auth })).status).toBe(401);
  });
});
