import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentListResponse } from '../../shared/api/schemas';
import type { SpaceListResponse } from '../../shared/api/spaces';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';
import {
  readCategory,
  readForum,
  readPerson,
  readThread,
  THREAD_TYPES,
  unreadCount,
} from '../../shared/forum/forum-rooms';
import { mentionsIn } from '../../shared/forum/post-body';
import { categoryRoom, forumRoom, personRoom, threadRoom } from '../../shared/rooms';
import { createBranchlineServer, type BranchlineServer } from '../app';
import { apiAs } from '../testing/cast';
import { connectClient, signIn, waitFor } from '../testing/clients';
import { connectRoom } from '../testing/room-clients';
import { demoDocuments } from './documents';
import { demoForums } from './forums';
import { DEMO_ACCOUNT_FILE, seedDemo } from './seed';

/** What `npm start` shows: the demo organisation as its demo account sees it, over real HTTP and a real socket. */
describe('the demo network', () => {
  let dataDir: string;
  let server: BranchlineServer;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-demo-'));
    server = await createBranchlineServer({ dataDir, port: 0, log: () => undefined });
    expect(await seedDemo(dataDir, server.directory, server.rooms, server.forum)).toBe(true);
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

  it('has forums in several spaces: categories in two languages, threads, replies, mentions, reactions, a pinned and a locked thread', async () => {
    const { spaces } = (await apiAs(server.url, token)('GET', '/api/spaces')).body as SpaceListResponse;
    const read = async <T>(room: string, reader: (doc: Y.Doc) => T): Promise<T> => {
      const client = await connectRoom(server.url, room, token);
      try {
        return reader(client.doc);
      } finally {
        client.close();
      }
    };
    const seen = { spaces: 0, threads: 0, replies: 0, answering: 0, mentions: 0, reactions: 0, pinned: 0, locked: 0 };
    for (const [spaceName, demoCategories] of Object.entries(demoForums)) {
      const space = spaces.find((candidate) => candidate.name === spaceName)!;
      const categories = await read(forumRoom(space.id), readForum);
      expect(categories.map((category) => category.name)).toEqual(demoCategories.map((category) => category.name));
      seen.spaces++;
      for (const [index, category] of categories.entries()) {
        expect(category.nameCy).toBe(demoCategories[index]!.nameCy);
        const { threads } = await read(categoryRoom(space.id, category.id), readCategory);
        expect(threads.length).toBe(demoCategories[index]!.threads.length);
        expect(category.threadCount).toBe(threads.length);
        for (const summary of threads) {
          const demo = demoCategories[index]!.threads.find((thread) => thread.title === summary.title)!;
          const thread = await read(threadRoom(space.id, summary.id), (doc) => ({
            ...readThread(doc),
            stored: doc.getMap(THREAD_TYPES.posts).size,
          }));
          // Every post stored reads as a valid post (readThread leaves out any that does not), in order.
          expect(thread.posts.length).toBe(thread.stored);
          expect(thread.posts.length).toBe(demo.posts.length);
          expect(thread.posts.map((post) => post.seq)).toEqual(demo.posts.map((_, seq) => seq + 1));
          expect(thread.details).toMatchObject({ title: demo.title, pinned: !!demo.pinned, locked: !!demo.locked });
          expect(summary).toMatchObject({ pinned: !!demo.pinned, locked: !!demo.locked, postCount: demo.posts.length });
          seen.threads++;
          seen.replies += thread.posts.length - 1;
          seen.answering += thread.posts.filter((post) => post.replyTo !== null).length;
          seen.mentions += thread.posts.filter((post) => post.body && mentionsIn(post.body).length > 0).length;
          seen.reactions += thread.posts.filter((post) => Object.keys(post.reactions).length > 0).length;
          seen.pinned += Number(thread.details!.pinned);
          seen.locked += Number(thread.details!.locked);
        }
      }
    }
    expect(seen.spaces).toBeGreaterThan(1);
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });

  it('shows a mention as the person’s name', async () => {
    const { spaces } = (await apiAs(server.url, token)('GET', '/api/spaces')).body as SpaceListResponse;
    const space = spaces.find((candidate) => candidate.name === 'Reading Offer network')!;
    const client = await connectRoom(server.url, forumRoom(space.id), token);
    const [category] = readForum(client.doc);
    client.close();
    const list = await connectRoom(server.url, categoryRoom(space.id, category!.id), token);
    const summary = readCategory(list.doc).threads.find((thread) => thread.title.startsWith('Summer Reading'))!;
    list.close();
    const room = await connectRoom(server.url, threadRoom(space.id, summary.id), token);
    const { posts } = readThread(room.doc);
    room.close();
    const mention = posts[1]!.body!.root.children[0]!.children.find((node) => node.type === 'mention');
    expect(mention).toMatchObject({ type: 'mention', text: '@Sam Okafor', mode: 'token' });
    expect(mention && 'userId' in mention && server.accounts.findUser(mention.userId)?.name).toBe('Sam Okafor');
  });

  it('leaves the demo account some threads unread, one it has read, and a mention in its notifications', async () => {
    const me = (await apiAs(server.url, token)('GET', '/api/me')).body as { user: { id: string } };
    const { spaces } = (await apiAs(server.url, token)('GET', '/api/spaces')).body as SpaceListResponse;
    const space = spaces.find((candidate) => candidate.name === 'Reading Offer network')!;
    const forum = await connectRoom(server.url, forumRoom(space.id), token);
    const [category] = readForum(forum.doc);
    forum.close();
    const list = await connectRoom(server.url, categoryRoom(space.id, category!.id), token);
    const { threads } = readCategory(list.doc);
    list.close();
    const person = await connectRoom(server.url, personRoom(me.user.id), token);
    // Notifications are written just after the posts they tell of: the room is read once they are in.
    const deadline = Date.now() + 10_000;
    while (!readPerson(person.doc).notifications.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const { read, notifications } = readPerson(person.doc);
    person.close();
    const unread = threads.filter((thread) => unreadCount(thread.lastSeq, read.get(thread.id)) > 0);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.length).toBeLessThan(threads.length);
    expect(read.get(threads.find((thread) => thread.title.startsWith('Welcome'))!.id)?.seq).toBe(1);
    expect(notifications.some((notification) => notification.kind === 'mention')).toBe(true);
  });

  it('is seeded once, and keeps the demo password readable by this user only', async () => {
    expect(await seedDemo(dataDir, server.directory, server.rooms, server.forum)).toBe(false);
    expect((await stat(path.join(dataDir, DEMO_ACCOUNT_FILE))).mode & 0o077).toBe(0);
  });
});
