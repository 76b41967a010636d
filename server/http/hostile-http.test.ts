import net from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreateDocumentRequest, LoginRequest, ProfileUpdate, UpdateDocumentRequest } from '../../shared/api/schemas';
import {
  CreateInviteRequest,
  CreateSpaceRequest,
  SetRoleRequest,
  SignupRequest,
  UpdateSpaceRequest,
} from '../../shared/api/spaces';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { InviteCode } from '../../shared/spaces/invite-link';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { roomLogPath } from '../storage/room-files';
import { sleep, upgradeStatusThroughRefusals } from '../testing/attack';
import { connectClient, createDocument, signIn } from '../testing/clients';
import {
  fileTree,
  HOSTILE_IDS,
  httpRequest,
  rawRequest,
  schemaBreakingBodies,
  unchunk,
  type RawAnswer,
} from '../testing/http-attacks';
import { runAhead, underProbe as probeWhile, type ProbeResult } from '../testing/probe';
import { mallory, seedDataFolder } from '../testing/seed-data';
import { storedRoomFingerprints } from '../testing/stored-rooms';
import { ann } from '../testing/temp-server';
import { expectServerUnharmed } from '../testing/unharmed';

/** What accounts.json holds that a refused request must not change (activity times move with the probe's edits). */
async function directorySummary(dataDir: string): Promise<string> {
  const data = JSON.parse(await readFile(path.join(dataDir, 'accounts.json'), 'utf8')) as Record<
    string,
    Array<Record<string, unknown>>
  >;
  const without = (items: Array<Record<string, unknown>>, ...keys: string[]) =>
    items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key))));
  return JSON.stringify({
    users: data.users,
    sessions: data.sessions!.length,
    spaces: without(data.spaces!, 'lastActivityAt'),
    memberships: data.memberships,
    invites: data.invites,
    documents: without(data.documents!, 'updatedAt'),
  });
}

function expectJsonError(
  answer: RawAnswer | { status: number; contentType: string; body: string },
  statuses: number[],
  what: string,
): void {
  expect(statuses, `${what} → ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
  expect(answer.contentType, what).toMatch(/^application\/json/);
  const body = JSON.parse(unchunk(answer.body)) as { error?: unknown; message?: unknown };
  expect(typeof body.error, what).toBe('string');
  expect(typeof body.message, what).toBe('string');
}

/**
 * Hostile HTTP against a server in its own process, its data folder inside a sandbox folder
 * with files of its own, while the latency probe edits in a room of its own: 6 s with no
 * attack, then the attack. After each: the probe's p99 under attack within a stated factor of
 * its p99 with no attack (`server/testing/unharmed.ts`), nothing lost, the server alive, no
 * stored room changed, no file outside the data folder touched. Budget: ~70 s for the file.
 */
describe('hostile HTTP input', () => {
  let sandbox: string;
  let dataDir: string;
  let server: ServerProcess;
  let annToken: string;
  let malloryId: string;
  let spaceId: string;
  let probeDocument: string;
  let target: string;
  let inviteId: string;
  let inviteCode: string;
  let roomsBefore: Map<string, string>;
  let outsideBefore: Map<string, string>;
  const probeFile = () => path.basename(roomLogPath(path.join(dataDir, 'rooms'), documentRoom(probeDocument)));

  beforeAll(async () => {
    sandbox = await mkdtemp(path.join(tmpdir(), 'branchline-hostile-http-'));
    dataDir = path.join(sandbox, 'data');
    await mkdir(path.join(sandbox, 'etc'), { recursive: true });
    await writeFile(path.join(sandbox, 'etc', 'passwd'), 'root:x:0:0\n');
    await writeFile(path.join(sandbox, 'secret.txt'), 'not for the server\n');
    ({ spaceId } = await seedDataFolder(dataDir));
    server = await spawnServerProcess({ dataDir });
    runAhead(server.child.pid!);
    annToken = await signIn(server.url, ann.email, ann.password);
    const malloryToken = await signIn(server.url, mallory.email, mallory.password);
    malloryId = (
      (await (
        await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${malloryToken}` } })
      ).json()) as { user: { id: string } }
    ).user.id;
    probeDocument = await createDocument(server.url, annToken, 'Probe', spaceId);
    target = await createDocument(server.url, annToken, 'Target', spaceId);
    const writer = await connectClient(server.url, target, annToken);
    writer.text.insert(0, 'content that must stay as it is');
    await sleep(200);
    writer.close();
    const invite = await fetch(`${server.url}/api/spaces/${spaceId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${annToken}` },
      body: JSON.stringify({ role: 'member', expiresInHours: 24, singleUse: false }),
    });
    ({
      invite: { id: inviteId },
      code: inviteCode,
    } = (await invite.json()) as { invite: { id: string }; code: string });
    roomsBefore = await storedRoomFingerprints(dataDir, [probeFile()]);
    outsideBefore = await fileTree(sandbox, dataDir);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (sandbox) await rm(sandbox, { recursive: true, force: true });
  });

  const underProbe = (attack: (round: number) => Promise<void>, harmless?: (round: number) => Promise<void>) =>
    probeWhile({ url: server.url, token: annToken, documentId: probeDocument }, attack, { harmless });

  async function expectUnharmed(result: ProbeResult): Promise<void> {
    await expectServerUnharmed(server, result, { dataDir, probeFile: probeFile(), fingerprints: roomsBefore });
    expect(await fileTree(sandbox, dataDir)).toEqual(outsideBefore);
    // The data folder holds only what the server names itself: hashes, never ids.
    for (const name of await readdir(dataDir))
      expect(name).toMatch(/^(accounts\.json(\.last-good)?|rooms|history|images)$/);
    for (const folder of ['rooms', 'history', 'images']) {
      const names = await readdir(path.join(dataDir, folder)).catch(() => []);
      for (const name of names) expect(name).toMatch(/^[0-9a-f]{64}(\.[a-z]+)*$/);
    }
  }

  it('answers path-like and over-long ids with 400/404 JSON wherever an id enters', async () => {
    const auth = { Authorization: `Bearer ${annToken}`, 'Content-Type': 'application/json' };
    const result = await underProbe(async () => {
      for (const id of HOSTILE_IDS) {
        const routes: Array<[string, string, string?]> = [
          ['GET', `/api/spaces/${id}`],
          ['PATCH', `/api/spaces/${id}`, JSON.stringify({ name: 'Renamed' })],
          ['GET', `/api/spaces/${id}/documents`],
          ['POST', `/api/spaces/${id}/documents`, JSON.stringify({ title: 'Planted' })],
          ['GET', `/api/documents/${id}`],
          ['PATCH', `/api/documents/${id}`, JSON.stringify({ title: 'Renamed' })],
          ['GET', `/api/spaces/${id}/members`],
          ['PUT', `/api/spaces/${spaceId}/members/${id}`, JSON.stringify({ role: 'admin' })],
          ['PUT', `/api/spaces/${id}/members/${malloryId}`, JSON.stringify({ role: 'admin' })],
          ['DELETE', `/api/spaces/${spaceId}/members/${id}`],
          ['GET', `/api/spaces/${id}/invites`],
          ['POST', `/api/spaces/${id}/invites`, JSON.stringify({ role: 'admin', expiresInHours: 1, singleUse: false })],
          ['DELETE', `/api/spaces/${spaceId}/invites/${id}`],
          ['DELETE', `/api/spaces/${id}/invites/${inviteId}`],
          ['GET', `/api/invites/${id}`],
          ['POST', `/api/invites/${id}/accept`],
        ];
        // The join page reads nothing about the invite: a well-formed code gets the page, anything else a 404.
        if (InviteCode.safeParse(id).success)
          expect((await rawRequest(server.url, httpRequest('GET', `/join/${id}`))).status).toBe(200);
        else routes.push(['GET', `/join/${id}`]);
        for (const [method, target, body] of routes) {
          const answer = await rawRequest(server.url, httpRequest(method, target, auth, body ?? ''));
          expectJsonError(answer, [400, 404], `${method} ${target.slice(0, 80)}`);
        }
        // Signing up spends the address's sign-in tries first, so 429 is a fair answer too.
        const signup = await rawRequest(
          server.url,
          httpRequest(
            'POST',
            `/api/invites/${id}/signup`,
            { 'Content-Type': 'application/json' },
            JSON.stringify({ email: 'x@y.example', name: 'X', password: 'long enough password' }),
          ),
        );
        expectJsonError(signup, [400, 404, 429], `signup ${id.slice(0, 40)}`);
        for (const room of [id, `doc:${id}`]) {
          expect(
            await upgradeStatusThroughRefusals(`${syncBaseUrl(server.url)}/${room}?token=${annToken}`),
            room.slice(0, 40),
          ).toBe(404);
        }
        const login = await rawRequest(
          server.url,
          httpRequest(
            'POST',
            '/api/session',
            { 'Content-Type': 'application/json' },
            JSON.stringify({ email: decodeURIComponent(id), password: decodeURIComponent(id) }),
          ),
        );
        expectJsonError(login, [400], `login as ${id.slice(0, 40)}`);
      }
      // Unnormalised dot segments, as a script (not a browser) would send them.
      for (const target of [
        '/api/documents/../../../etc/passwd',
        '/api/spaces/./../../secret.txt',
        '/join/../../etc/passwd',
        '/sync/../accounts.json',
      ]) {
        expectJsonError(await rawRequest(server.url, httpRequest('GET', target, auth)), [400, 404], target);
      }
      // Past Node's 16 KiB limit on the request line and headers.
      for (const target of [`/api/documents/${'a'.repeat(20_000)}`, `/sync/doc:${'a'.repeat(20_000)}`]) {
        expectJsonError(await rawRequest(server.url, httpRequest('GET', target, auth)), [431], target.slice(0, 40));
      }
    });
    await expectUnharmed(result);
  }, 75_000);

  it('answers bodies that break every schema, on every route, with a clear 4xx JSON error and changes nothing', async () => {
    const before = await directorySummary(dataDir);
    const routes: Array<{
      method: string;
      path: string;
      valid: Record<string, unknown>;
      schema: z.ZodType;
      statuses?: number[];
      token?: boolean;
    }> = [
      {
        method: 'POST',
        path: '/api/session',
        valid: { email: ann.email, password: 'wrong password' },
        schema: LoginRequest,
        token: false,
      },
      {
        method: 'PATCH',
        path: '/api/me',
        valid: { name: 'Ann', initials: 'AJ', color: '#1d6fa5', service: 'Libraries', region: 'South West' },
        schema: ProfileUpdate,
      },
      {
        method: 'POST',
        path: '/api/spaces',
        valid: { name: 'New space', description: '', nameCy: null, descriptionCy: null },
        schema: CreateSpaceRequest,
      },
      {
        method: 'PATCH',
        path: `/api/spaces/${spaceId}`,
        valid: { name: 'Renamed', archived: false },
        schema: UpdateSpaceRequest,
      },
      {
        method: 'POST',
        path: `/api/spaces/${spaceId}/documents`,
        valid: { title: 'New document' },
        schema: CreateDocumentRequest,
      },
      {
        method: 'PATCH',
        path: `/api/documents/${target}`,
        valid: { title: 'Renamed', spaceId },
        schema: UpdateDocumentRequest,
      },
      {
        method: 'PUT',
        path: `/api/spaces/${spaceId}/members/${malloryId}`,
        valid: { role: 'observer' },
        schema: SetRoleRequest,
      },
      {
        method: 'POST',
        path: `/api/spaces/${spaceId}/invites`,
        valid: { role: 'member', expiresInHours: 24, singleUse: true },
        schema: CreateInviteRequest,
      },
      // Sign-up spends the address's tries before reading the body.
      {
        method: 'POST',
        path: `/api/invites/${inviteCode}/signup`,
        valid: { email: 'new@person.example', name: 'New Person', password: 'long enough password' },
        schema: SignupRequest,
        statuses: [400, 429],
        token: false,
      },
    ];
    const slow: net.Socket[] = [];
    let answered = 0;
    const result = await underProbe(async (round) => {
      // Slow senders, held open for the whole attack: a body that stops half way, and headers that never end.
      const { hostname, port } = new URL(server.url);
      for (let i = 0; i < (round === 0 ? 300 : 0); i++) {
        const socket = net.connect(Number(port), hostname);
        socket.on('error', () => undefined);
        socket.write(
          i % 3 === 0
            ? 'GET /api/me HTTP/1.1\r\nHost: localhost\r\n'
            : 'POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":',
        );
        slow.push(socket);
      }
      for (const route of routes) {
        const headers: Record<string, string> = route.token === false ? {} : { Authorization: `Bearer ${annToken}` };
        const send = async (body: string | ReadableStream<Uint8Array>, contentType: string | null) => {
          const response = await fetch(server.url + route.path, {
            method: route.method,
            headers: contentType ? { ...headers, 'Content-Type': contentType } : headers,
            body,
            ...(typeof body === 'string' ? {} : { duplex: 'half' }),
          } as RequestInit).catch((error: unknown) => {
            throw new Error(
              `${route.method} ${route.path} (${typeof body === 'string' ? `${body.length} characters: ${body.slice(0, 30)}` : 'a stream'}) after ${answered} answers`,
              { cause: error },
            );
          });
          answered++;
          return {
            status: response.status,
            contentType: response.headers.get('content-type') ?? '',
            body: await response.text(),
          };
        };
        for (const { name, body } of schemaBreakingBodies(route.valid, route.schema)) {
          const expected = Buffer.byteLength(body) > 64 * 1024 ? [413] : (route.statuses ?? [400]);
          expectJsonError(await send(body, 'application/json'), expected, `${route.method} ${route.path} ${name}`);
        }
        const valid = JSON.stringify(route.valid);
        for (const type of [
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/jsonp',
          null,
        ]) {
          expectJsonError(await send(valid, type), route.statuses ?? [400], `${route.method} ${route.path} as ${type}`);
        }
        expectJsonError(
          await send(JSON.stringify({ ...route.valid, padding: 'z'.repeat(70_000) }), 'application/json'),
          [413, ...(route.statuses ?? [])],
          `${route.method} ${route.path} 70 KB`,
        );
        const chunks = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
            controller.close();
          },
        });
        expectJsonError(
          await send(chunks, 'application/json'),
          [413, ...(route.statuses ?? [])],
          `${route.method} ${route.path} 100 KB chunked`,
        );
      }
      for (const socket of slow) expect(socket.destroyed, 'a slow sender was cut off early').toBe(false);
    });
    for (const socket of slow) socket.destroy();
    expect(answered).toBeGreaterThan(500);
    await expectUnharmed(result);
    expect(await directorySummary(dataDir)).toBe(before);
  }, 105_000);

  it('holds a sign-in brute force to a trickle, also when it cycles through made-up emails', async () => {
    const statuses = new Map<number, number>();
    const attempt = async (email: string, password: string) => {
      const response = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expectJsonError(
        {
          status: response.status,
          contentType: response.headers.get('content-type') ?? '',
          body: await response.text(),
        },
        [401, 429],
        email,
      );
      return response.status;
    };
    // The baseline carries the same traffic, harmless: 2,000 requests, 25 at a time, each read and answered in JSON.
    const harmless = async () => {
      for (let i = 0; i < 2000; i += 25)
        await Promise.all(
          Array.from({ length: 25 }, async () => {
            const response = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${annToken}` } });
            expect(response.status).toBe(200);
            await response.text();
          }),
        );
    };
    const result = await underProbe(async () => {
      const guesses = Array.from({ length: 1000 }, (_, i) => `guess number ${i}`);
      for (let i = 0; i < guesses.length; i += 25)
        await Promise.all(guesses.slice(i, i + 25).map((guess) => attempt(ann.email, guess)));
      const made = Array.from({ length: 1000 }, (_, i) => `made-up-${i}@nowhere.example`);
      for (let i = 0; i < made.length; i += 25)
        await Promise.all(made.slice(i, i + 25).map((email) => attempt(email, 'anything at all')));
      // The right password is no way round it either.
      expect(await attempt(ann.email, ann.password)).toBe(429);
    }, harmless);
    // At most the address's ten tries reached a password check; every other attempt was refused before it.
    expect(statuses.get(401) ?? 0).toBeLessThanOrEqual(10);
    expect(statuses.get(429)).toBeGreaterThanOrEqual(1991);
    await expectUnharmed(result);
  }, 75_000);
});
