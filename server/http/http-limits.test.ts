import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest, rawRequest } from '../testing/http-attacks';
import { startTempServer } from '../testing/temp-server';

/** What the HTTP layer refuses before any route runs. Budget: ~5 s (two request timeouts of 1 s, one slow body). */
describe('HTTP limits', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  beforeAll(async () => {
    context = await startTempServer({ requestTimeoutMs: 1000, headersTimeoutMs: 1000 });
  });
  afterAll(() => context.cleanup());

  it('answers a request that stops arriving with 408 JSON, and closes it', async () => {
    for (const partial of [
      'POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
      'GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bear',
    ]) {
      const started = Date.now();
      const answer = await rawRequest(context.server.url, partial);
      // The server's own timeout (1 s here) answered it, not Node's defaults (60 s for headers, 300 s for a request).
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body)).toEqual({
        error: 'invalid_request',
        message: 'The request did not arrive in time.',
      });
    }
  });

  it('answers what the HTTP parser refuses with JSON', async () => {
    const long = await rawRequest(context.server.url, httpRequest('GET', `/api/documents/${'a'.repeat(20_000)}`));
    expect(long.status).toBe(431);
    expect(JSON.parse(long.body)).toMatchObject({ error: 'invalid_request' });
    const garbage = await rawRequest(context.server.url, 'THIS IS NOT HTTP\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ error: 'invalid_request' });
  });

  it('keeps a connection usable when it refuses a request whose body is still arriving', async () => {
    // Refused unread (a dotted path), with the body 800 ms behind its headers, then a second request on the same socket.
    const { hostname, port } = new URL(context.server.url);
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      'POST /api/spaces/../documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n',
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    socket.write('{"title":"Late"}\n');
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
    socket.destroy();
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));
    expect(statuses).toEqual([400, 200]);
  });

  /** Writes `first` on one connection, then `second` after `gapMs`; what came back, and when the server closed it (or null). */
  async function twoOnOneConnection(first: string, second: string, gapMs: number) {
    const { hostname, port } = new URL(context.server.url);
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    const started = Date.now();
    let answeredAfterMs: number | null = null;
    socket.once('data', () => (answeredAfterMs = Date.now() - started));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    socket.write(first);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    if (!socket.destroyed) socket.write(second);
    const closedAfterMs = await Promise.race([
      closed,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), gapMs + 1000)),
    ]);
    socket.destroy();
    return {
      statuses: [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1])),
      received,
      answeredAfterMs: answeredAfterMs as number | null,
      closedAfterMs,
    };
  }

  it('reads a body over the limit to its end, so the connection carries the next request, later too', async () => {
    const body = JSON.stringify({ email: 'ann@ascel.example', password: 'x'.repeat(200_000) });
    const { statuses } = await twoOnOneConnection(
      `POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      // Past the 500 ms after which @hono/node-server would cut a connection it is still draining.
      'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n',
      800,
    );
    expect(statuses).toEqual([413, 200]);
  });

  it('closes a connection as it answers when the body is too big to read through', async () => {
    const { statuses, received, answeredAfterMs, closedAfterMs } = await twoOnOneConnection(
      'POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{"email":',
      'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n',
      300,
    );
    // Closed before the second request could be read: it was never answered.
    expect(statuses).toEqual([413]);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(closedAfterMs, 'the server did not close the connection').not.toBeNull();
    // As it answers: against the answer's own time in this run (three times it, plus 50 ms), not a fixed figure.
    expect(closedAfterMs!, `answered after ${answeredAfterMs} ms`).toBeLessThanOrEqual(3 * answeredAfterMs! + 50);
  });

  it('reads bodies only as JSON, and refuses paths with dot segments', async () => {
    const body = JSON.stringify({ email: 'ann@ascel.example', password: 'reading for pleasure' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const answer = await fetch(`${context.server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { message: string }).message).toMatch(/Content-Type: application\/json/);
    }
    const dotted = await rawRequest(context.server.url, httpRequest('GET', '/api/spaces/../documents'));
    expect(dotted.status).toBe(400);
    expect((await fetch(`${context.server.url}/join/not-a-code`)).status).toBe(404);
  });
});
