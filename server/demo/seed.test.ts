import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentListResponse } from '../../shared/api/schemas';
import type { SpaceListResponse } from '../../shared/api/spaces';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';
import { createBranchlineServer, type BranchlineServer } from '../app';
import { apiAs } from '../testing/cast';
import { connectClient, signIn, waitFor } from '../testing/clients';
import { demoDocuments } from './documents';
import { DEMO_ACCOUNT_FILE, seedDemo } from './seed';

/** What `npm start` shows: the demo organisation as its demo account sees it, over real HTTP and a real socket. */
describe('the demo network', () => {
  let dataDir: string;
  let server: BranchlineServer;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-demo-'));
    server = await createBranchlineServer({ dataDir, port: 0, log: () => undefined });
    expect(await seedDemo(dataDir, server.directory, server.rooms)).toBe(true);
    const account = JSON.parse(await readFile(path.join(dataDir, DEMO_ACCOUNT_FILE), 'utf8')) as {
      email: string;
      password: string;
    };
    token = await signIn(server.url, account.email, account.password);
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is one organisation with several spaces, in which the demo account holds different roles', async () => {
    const { spaces } = (await apiAs(server.url, token)('GET', '/api/spaces')).body as SpaceListResponse;
    const open = spaces.filter((space) => !space.archived);
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(new Set(open.map((space) => space.myRole))).toEqual(new Set(['admin', 'member', 'observer']));
    expect(spaces.some((space) => space.archived)).toBe(true);
    // Some spaces have Welsh names, and every open space has other people in it.
    expect(open.some((space) => space.nameCy)).toBe(true);
    for (const space of open) expect(space.memberCount).toBeGreaterThan(1);
    expect(server.accounts.organisation.name).toMatch(/Libraries Connected/);
  });

  it('has documents in more than one space, each with its content already in its room', async () => {
    const api = apiAs(server.url, token);
    const { spaces } = (await api('GET', '/api/spaces')).body as SpaceListResponse;
    const withDocuments = [];
    for (const space of spaces) {
      const { documents } = (await api('GET', `/api/spaces/${space.id}/documents`)).body as DocumentListResponse;
      if (documents.length > 0) withDocuments.push(documents[0]!);
    }
    expect(withDocuments.length).toBeGreaterThan(1);
    for (const document of withDocuments) {
      const client = await connectClient(server.url, document.id, token);
      const root = client.doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement);
      // One top-level node per block, and no heading that repeats the title (the page shows the title).
      const { blocks } = demoDocuments.find((demo) => demo.title === document.title)!;
      await waitFor(() => root.length === blocks.length, `the seeded content of ${document.title}`);
      expect(root.toArray()[0]?.toString()).not.toContain(document.title);
      client.close();
    }
  });

  it('is seeded once, and keeps the demo password readable by this user only', async () => {
    expect(await seedDemo(dataDir, server.directory, server.rooms)).toBe(false);
    expect((await stat(path.join(dataDir, DEMO_ACCOUNT_FILE))).mode & 0o077).toBe(0);
  });
});
