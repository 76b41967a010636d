import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readThread } from '../../../shared/forum/forum-rooms';
import { plainPostBody, postText } from '../../../shared/forum/post-body';
import type { ForumOutboxChange } from '../../../shared/ipc/forum-changes';
import { threadRoom } from '../../../shared/rooms';
import { signIn } from '../../../server/testing/clients';
import { connectRoom } from '../../../server/testing/room-clients';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { saved, startTestHost, tempDir, unwrap } from '../testing/host';

/**
 * The outbox's forum kinds against a real server (server/http/forum-routes.ts): changes made
 * offline survive a restart and reach the server once each, in order; a reply to a thread
 * locked meanwhile comes back refused with its reason and keeps its text.
 */
const bea = { email: 'bea@kent.example', name: 'Bea Collins', password: 'a long library password' };
const categoryId = 'cat_offers01';

describe('the outbox with the forum', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A server with a category, and a person's device (Ann, an admin, or Bea, a member) reaching it through a proxy. */
  async function setUp(person: { email: string; password: string }) {
    const started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const member = await started.server.accounts.addUser(bea);
    await started.server.directory.spaces.setRole(started.spaceId, member.id, 'member');
    const proxy = new TcpProxy(started.server.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const dataDir = await tempDir('forum-outbox');
    const open = async () => {
      const host = await startTestHost(dataDir, {
        outbox: { firstRetryMs: 50, maxRetryMs: 200 },
        search: { settleMs: 50 },
      });
      cleanups.push(() => host.services.close());
      return { ...host, close: () => host.services.close() };
    };
    const host = await open();
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: proxy.url, email: person.email, password: person.password }),
    ).id;
    const annToken = await signIn(started.server.url, ann.email, ann.password);
    const spaceId = started.spaceId;
    // The category exists before anyone writes (made by Ann from her own device, online).
    let annDevice: { handlers: typeof host.handlers } = host;
    let annServerId = serverId;
    if (person !== ann) {
      const annHost = await startTestHost(await tempDir('forum-outbox-ann'));
      cleanups.push(() => annHost.services.close());
      annDevice = annHost;
      annServerId = unwrap(
        await annDevice.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
      ).id;
    }
    saved(
      await annDevice.handlers.forum.change({
        serverId: annServerId,
        change: { kind: 'forum-create-category', spaceId, request: { categoryId, name: 'Universal Offers' } },
      }),
    );
    /** The thread as the server holds it, read as a client of its room. */
    const serverThread = async (threadId: string) => {
      const client = await connectRoom(started.server.url, threadRoom(spaceId, threadId), annToken);
      try {
        return readThread(client.doc);
      } finally {
        client.close();
      }
    };
    return { started, proxy, host, serverId, spaceId, open, serverThread, annDevice, annServerId, annToken };
  }

  it('a thread and two replies written offline survive a restart and reach the server once each, in order', async () => {
    const { proxy, host, serverId, spaceId, open, serverThread } = await setUp(ann);
    proxy.cut();
    const threadId = 'thread_summer01';
    const changes: ForumOutboxChange[] = [
      {
        kind: 'forum-create-thread',
        spaceId,
        request: {
          threadId,
          postId: 'post_summer01',
          categoryId,
          title: 'Summer Reading Challenge',
          body: plainPostBody('Who is running it this year?'),
        },
      },
      {
        kind: 'forum-reply',
        spaceId,
        threadId,
        request: { postId: 'post_summer02', body: plainPostBody('Kent is, from June.'), replyTo: 'post_summer01' },
      },
      {
        kind: 'forum-reply',
        spaceId,
        threadId,
        request: { postId: 'post_summer03', body: plainPostBody('Medway too.'), replyTo: null },
      },
    ];
    for (const change of changes)
      expect(unwrap(await host.handlers.forum.change({ serverId, change })).status).toBe('queued');
    await host.close();

    const reopened = await open();
    expect((await reopened.handlers.outbox.list({ serverId })).entries.map((entry) => entry.change.kind)).toEqual([
      'forum-create-thread',
      'forum-reply',
      'forum-reply',
    ]);
    // The first answers are lost on the way back: sent again with the same keys, each is made once.
    proxy.restore();
    proxy.loseAnswers();
    await reopened.handlers.outbox.retry({ serverId });
    expect(proxy.answersLost).toBeGreaterThan(0);
    proxy.restore();
    expect((await reopened.handlers.outbox.retry({ serverId })).entries).toEqual([]);

    const thread = await serverThread(threadId);
    expect(thread.details?.title).toBe('Summer Reading Challenge');
    expect(thread.posts.map((post) => [post.id, post.seq, post.body && postText(post.body)])).toEqual([
      ['post_summer01', 1, 'Who is running it this year?'],
      ['post_summer02', 2, 'Kent is, from June.'],
      ['post_summer03', 3, 'Medway too.'],
    ]);
  });

  it('a reply to a thread locked meanwhile comes back refused as locked, its text kept, and can be discarded', async () => {
    const { proxy, host, serverId, spaceId, annDevice, annServerId } = await setUp(bea);
    const threadId = 'thread_rota0001';
    saved(
      await host.handlers.forum.change({
        serverId,
        change: {
          kind: 'forum-create-thread',
          spaceId,
          request: {
            threadId,
            postId: 'post_rota0001',
            categoryId,
            title: 'Volunteer rota',
            body: plainPostBody('Who can do Saturdays?'),
          },
        },
      }),
    );
    proxy.cut();
    const reply: ForumOutboxChange = {
      kind: 'forum-reply',
      spaceId,
      threadId,
      request: { postId: 'post_rota0002', body: plainPostBody('I can, every other week.'), replyTo: null },
    };
    expect(unwrap(await host.handlers.forum.change({ serverId, change: reply })).status).toBe('queued');
    // Meanwhile a moderator locks the thread.
    saved(
      await annDevice.handlers.forum.change({
        serverId: annServerId,
        change: { kind: 'forum-moderate-thread', spaceId, threadId, changes: { locked: true, reason: 'Rota agreed' } },
      }),
    );
    proxy.restore();
    const after = await host.handlers.outbox.retry({ serverId });
    expect(after.entries).toHaveLength(1);
    const [refused] = after.entries;
    expect(refused).toMatchObject({ state: 'refused', refusal: 'locked' });
    expect(refused!.change.kind === 'forum-reply' && postText(refused!.change.request.body)).toBe(
      'I can, every other week.',
    );
    // It stays through more retries, and goes only when discarded.
    expect((await host.handlers.outbox.retry({ serverId })).entries).toHaveLength(1);
    expect((await host.handlers.outbox.discard({ serverId, id: refused!.id })).entries).toEqual([]);
  });

  it('quick find finds a delivered post’s words offline, from the thread room stored on the device', async () => {
    const { proxy, host, serverId, spaceId, annToken, started } = await setUp(ann);
    const threadId = 'thread_funding1';
    saved(
      await host.handlers.forum.change({
        serverId,
        change: {
          kind: 'forum-create-thread',
          spaceId,
          request: {
            threadId,
            postId: 'post_funding1',
            categoryId,
            title: 'Funding bids',
            body: plainPostBody('The Arts Council deadline is in March.'),
          },
        },
      }),
    );
    unwrap(await host.handlers.spaces.list({ serverId }));
    // The app stores every update of a room it opens; here the whole room, as one update.
    const client = await connectRoom(started.server.url, threadRoom(spaceId, threadId), annToken);
    const update = Y.encodeStateAsUpdate(client.doc);
    client.close();
    await host.handlers.rooms.append({ serverId, room: threadRoom(spaceId, threadId), update });
    proxy.cut();
    // Indexed in the worker a moment after the room's last update.
    let hits: Awaited<ReturnType<typeof host.handlers.search.query>>['hits'] = [];
    for (let tries = 0; tries < 200 && hits.length === 0; tries++) {
      hits = (await host.handlers.search.query({ serverId, text: 'arts council' })).hits;
      if (hits.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(hits).toMatchObject([
      { kind: 'post', serverId, spaceId, threadId, postId: 'post_funding1', matchedIn: 'text' },
    ]);
  });
});
