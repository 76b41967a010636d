import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readForum, readCategory, readModeration, readThread } from '../../shared/forum/forum-rooms';
import { categoryRoom, forumRoom, moderationRoom, threadRoom } from '../../shared/rooms';
import { buildCast, type Cast, type CastMember } from '../testing/cast';
import { upgradeStatus, waitFor } from '../testing/clients';
import { connectRoom, roomAddress } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';
import { roomLogPath } from '../storage/room-files';
import { categoryRequest, forumAs, newId, newKey, replyRequest, routes, threadRequest } from './forum-testing';

/** The forum's core over a real server: HTTP in, rooms out, read by real sockets. */
let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
let categoryId: string;
const as = (who: CastMember) => forumAs(context.server.url, cast.tokens[who]);
const room = async (name: string) => (await context.server.rooms.get(name)).doc;

async function newThread(who: CastMember = 'member', text = 'Opening post') {
  const request = threadRequest(categoryId, text);
  const answer = await as(who)('POST', routes.forumThreads(cast.spaceId), request, newKey());
  expect(answer.status).toBe(201);
  return request;
}

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
  const created = categoryRequest();
  expect((await as('moderator')('POST', routes.forumCategories(cast.spaceId), created, newKey())).status).toBe(201);
  categoryId = created.categoryId;
}, 60_000);
afterAll(() => context.cleanup());

describe('threads and replies', () => {
  it('writes the thread room, the category summary and the forum counts; readers see them live', async () => {
    const watcher = await connectRoom(context.server.url, categoryRoom(cast.spaceId, categoryId), cast.tokens.observer);
    const thread = await newThread('member');
    const reply = replyRequest('Agreed', thread.postId);
    const answered = await as('moderator')('POST', routes.forumPosts(cast.spaceId, thread.threadId), reply, newKey());
    expect(answered).toMatchObject({
      status: 201,
      body: { spaceId: cast.spaceId, categoryId, threadId: thread.threadId, postId: reply.postId },
    });
    const read = readThread(await room(threadRoom(cast.spaceId, thread.threadId)));
    expect(read.details).toMatchObject({ title: thread.title, authorId: cast.userIds.member, lastSeq: 2 });
    expect(read.posts.map((post) => [post.id, post.seq, post.replyTo])).toEqual([
      [thread.postId, 1, null],
      [reply.postId, 2, thread.postId],
    ]);
    await waitFor(
      () => readCategory(watcher.doc).threads.some((t) => t.id === thread.threadId && t.postCount === 2),
      'the summary to reach the category room',
    );
    const summary = readCategory(watcher.doc).threads.find((t) => t.id === thread.threadId)!;
    expect(summary).toMatchObject({
      lastSeq: 2,
      lastPostBy: cast.userIds.moderator,
      participants: [cast.userIds.member, cast.userIds.moderator],
      participantCount: 2,
    });
    const category = readForum(await room(forumRoom(cast.spaceId))).find((c) => c.id === categoryId)!;
    expect(category.threadCount).toBe(readCategory(watcher.doc).threads.length);
    expect(category.lastPostAt).toBe(summary.lastPostAt);
    watcher.close();
  });

  it('the same key and request replays the first answer; another request with it is refused; a taken id is a conflict', async () => {
    const thread = await newThread();
    const reply = replyRequest('Once only');
    const key = newKey();
    const path = routes.forumPosts(cast.spaceId, thread.threadId);
    const first = await as('member')('POST', path, reply, key);
    const again = await as('member')('POST', path, reply, key);
    expect(first).toMatchObject({ status: 201, replayed: false });
    expect(again).toMatchObject({ status: 201, replayed: true, body: first.body });
    expect((await as('member')('POST', path, { ...reply, body: replyRequest('Other').body }, key)).status).toBe(400);
    expect((await as('moderator')('POST', path, reply, newKey())).body).toMatchObject({ error: 'conflict' });
    expect((await as('member')('POST', path, reply, newKey())).body).toMatchObject({ error: 'conflict' });
    const posts = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts;
    expect(posts.filter((post) => post.id === reply.postId)).toHaveLength(1);
    expect(posts.map((post) => post.seq)).toEqual([1, 2]);
  });

  it('8 concurrent sendings of one reply make one post; 8 different replies get seqs without gaps', async () => {
    const thread = await newThread();
    const path = routes.forumPosts(cast.spaceId, thread.threadId);
    const reply = replyRequest('Sent eight times');
    const key = newKey();
    const same = await Promise.all(Array.from({ length: 8 }, () => as('member')('POST', path, reply, key)));
    // Each is the post, or "still being handled" while the first is: never a second post.
    for (const answer of same) expect([201, 409]).toContain(answer.status);
    expect(same.filter((a) => a.status === 201 && !a.replayed)).toHaveLength(1);
    const different = await Promise.all(
      Array.from({ length: 8 }, (_, i) => as('member')('POST', path, replyRequest(`Reply ${i}`), newKey())),
    );
    expect(different.map((a) => a.status)).toEqual(Array(8).fill(201));
    const posts = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts;
    expect(posts.map((post) => post.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(posts.filter((post) => post.id === reply.postId)).toHaveLength(1);
  });

  it('nothing of the forum reaches accounts.json', async () => {
    await context.server.directory.file.flush();
    const before = context.server.directory.file.data.receipts.length;
    await newThread();
    await context.server.directory.file.flush();
    expect(context.server.directory.file.data.receipts.length).toBe(before);
  });

  it('refuses a reply to an unknown thread, to a post not in the thread, and to a category that does not exist', async () => {
    const thread = await newThread();
    expect((await as('member')('POST', routes.forumPosts(cast.spaceId, 'thr_nothere1'), replyRequest())).status).toBe(
      404,
    );
    const stray = await as('member')(
      'POST',
      routes.forumPosts(cast.spaceId, thread.threadId),
      replyRequest('x', 'pst_nothere'),
    );
    expect(stray).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const orphan = await as('member')('POST', routes.forumThreads(cast.spaceId), threadRequest('cat_nothere1'));
    expect(orphan).toMatchObject({ status: 404 });
    // No room file for the refused thread.
    const dir = path.join(context.dataDir, 'rooms');
    expect(existsSync(roomLogPath(dir, threadRoom(cast.spaceId, 'thr_nothere1')))).toBe(false);
  });
});

describe('moderation', () => {
  it('a locked thread refuses members’ replies with the reason (423), takes a moderator’s, and logs who did it', async () => {
    const thread = await newThread();
    const path = routes.forumThread(cast.spaceId, thread.threadId);
    const key = newKey();
    expect((await as('moderator')('PATCH', path, { locked: true, reason: 'Decided at the meeting' }, key)).status).toBe(
      200,
    );
    expect((await as('moderator')('PATCH', path, { locked: true, reason: 'Decided at the meeting' }, key)).status).toBe(
      200,
    );
    const refused = await as('member')('POST', routes.forumPosts(cast.spaceId, thread.threadId), replyRequest());
    expect(refused).toMatchObject({ status: 423, body: { error: 'locked' } });
    expect(String(refused.body!.message)).toContain('Decided at the meeting');
    expect((await as('admin')('POST', routes.forumPosts(cast.spaceId, thread.threadId), replyRequest())).status).toBe(
      201,
    );
    const log = readModeration(await room(moderationRoom(cast.spaceId))).log.filter(
      (e) => e.threadId === thread.threadId,
    );
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'lock', by: cast.userIds.moderator, reason: 'Decided at the meeting' });
  });

  it('moves a thread: its summary leaves one category room for the other, and the counts follow', async () => {
    const other = categoryRequest();
    await as('admin')('POST', routes.forumCategories(cast.spaceId), other, newKey());
    const thread = await newThread();
    const moved = await as('moderator')('PATCH', routes.forumThread(cast.spaceId, thread.threadId), {
      categoryId: other.categoryId,
      pinned: true,
    });
    expect(moved).toMatchObject({ status: 200, body: { categoryId: other.categoryId } });
    const from = readCategory(await room(categoryRoom(cast.spaceId, categoryId))).threads.map((t) => t.id);
    const to = readCategory(await room(categoryRoom(cast.spaceId, other.categoryId))).threads;
    expect(from).not.toContain(thread.threadId);
    expect(to).toEqual([expect.objectContaining({ id: thread.threadId, pinned: true })]);
    const forum = readForum(await room(forumRoom(cast.spaceId)));
    expect(forum.find((c) => c.id === other.categoryId)).toMatchObject({ threadCount: 1, postCount: 1 });
    // A category with threads is not deleted.
    expect((await as('admin')('DELETE', routes.forumCategory(cast.spaceId, other.categoryId))).status).toBe(409);
  });

  it('hides a post with a reason (body kept for moderators, the author told), then shows it again', async () => {
    const thread = await newThread('member', 'Something regrettable');
    const hidden: unknown[] = [];
    const stop = context.server.forumEvents.onHidden((event) => hidden.push(event));
    const path = routes.forumPostHidden(cast.spaceId, thread.threadId, thread.postId);
    expect((await as('moderator')('PUT', path, { hidden: true, reason: 'Off topic' })).status).toBe(200);
    const post = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts[0]!;
    expect(post).toMatchObject({ body: null, hidden: { reason: 'Off topic', by: cast.userIds.moderator } });
    const versions = readModeration(await room(moderationRoom(cast.spaceId))).versions.get(thread.postId)!;
    expect(versions.map((v) => v.why)).toEqual(['hidden']);
    expect(hidden).toEqual([expect.objectContaining({ authorId: cast.userIds.member, reason: 'Off topic' })]);
    // Its author cannot edit it back.
    const edit = await as('member')('PATCH', routes.forumPost(cast.spaceId, thread.threadId, thread.postId), {
      body: replyRequest('Sneaky').body,
    });
    expect(edit.status).toBe(409);
    expect((await as('moderator')('PUT', path, { hidden: false })).status).toBe(200);
    const shown = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts[0]!;
    expect(shown.hidden).toBeNull();
    expect(JSON.stringify(shown.body)).toContain('Something regrettable');
    stop();
  });

  it('edits keep the earlier body for moderators; deletion leaves a placeholder in its place', async () => {
    const thread = await newThread('member', 'First words');
    const reply = replyRequest('Later');
    await as('observer')('POST', routes.forumPosts(cast.spaceId, thread.threadId), reply);
    const postPath = routes.forumPost(cast.spaceId, thread.threadId, thread.postId);
    expect((await as('member')('PATCH', postPath, { body: replyRequest('Second words').body })).status).toBe(200);
    expect((await as('member')('DELETE', postPath)).status).toBe(200);
    expect((await as('member')('DELETE', postPath)).status).toBe(200);
    const posts = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts;
    expect(posts[0]).toMatchObject({ seq: 1, body: null, deleted: true });
    expect(posts[0]!.editedAt).not.toBeNull();
    const versions = readModeration(await room(moderationRoom(cast.spaceId))).versions.get(thread.postId)!;
    expect(versions.map((v) => v.why)).toEqual(['edited', 'deleted']);
    expect(JSON.stringify(versions[0]!.body)).toContain('First words');
  });

  it('reactions are set on and off per person, and sending one twice changes nothing', async () => {
    const thread = await newThread();
    const path = routes.forumPostReactions(cast.spaceId, thread.threadId, thread.postId);
    for (const who of ['member', 'member', 'moderator'] as const)
      expect((await as(who)('PUT', path, { reaction: 'heart', on: true })).status).toBe(200);
    await as('moderator')('PUT', path, { reaction: 'heart', on: false });
    const post = readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts[0]!;
    expect(post.reactions).toEqual({ heart: [cast.userIds.member] });
  });

  it('a thread’s author deletes it while nobody has replied; with replies only a moderator may', async () => {
    const lonely = await newThread('member');
    expect((await as('member')('DELETE', routes.forumThread(cast.spaceId, lonely.threadId))).status).toBe(200);
    expect(readThread(await room(threadRoom(cast.spaceId, lonely.threadId)))).toMatchObject({
      details: { deleted: true },
      posts: [],
    });
    const busy = await newThread('member');
    await as('admin')('POST', routes.forumPosts(cast.spaceId, busy.threadId), replyRequest());
    expect((await as('member')('DELETE', routes.forumThread(cast.spaceId, busy.threadId))).status).toBe(403);
    expect(
      (await as('moderator')('DELETE', routes.forumThread(cast.spaceId, busy.threadId), { reason: 'Spam' })).status,
    ).toBe(200);
    const summaries = readCategory(await room(categoryRoom(cast.spaceId, categoryId))).threads.map((t) => t.id);
    expect(summaries).not.toContain(busy.threadId);
    expect(summaries).not.toContain(lonely.threadId);
    expect((await as('member')('POST', routes.forumPosts(cast.spaceId, busy.threadId), replyRequest())).status).toBe(
      404,
    );
  });
});

describe('the rooms are the server’s alone', () => {
  it.each(['member', 'admin', 'serverAdmin'] as const)(
    'an update %s sends to any forum room changes nothing',
    async (who) => {
      const thread = await newThread();
      const names = [
        forumRoom(cast.spaceId),
        categoryRoom(cast.spaceId, categoryId),
        threadRoom(cast.spaceId, thread.threadId),
        moderationRoom(cast.spaceId),
      ];
      for (const name of names) {
        const served = await room(name);
        const before = Y.encodeStateVector(served);
        const attacker = await connectRoom(context.server.url, name, cast.tokens[who === 'member' ? 'moderator' : who]);
        const watcher = await connectRoom(context.server.url, name, cast.tokens.admin);
        const heard = watcher.received.length;
        attacker.doc.transact(() => {
          for (const type of ['categories', 'threads', 'thread', 'posts', 'log', 'versions'])
            attacker.doc.getMap(type).set('forged00001', { title: 'Forged', seq: 99 });
        });
        // Crafted: the server's own client id, continuing its clock.
        const impostor = new Y.Doc();
        Y.applyUpdate(impostor, Y.encodeStateAsUpdate(served));
        impostor.clientID = served.clientID;
        const vector = Y.encodeStateVector(impostor);
        impostor.getMap('posts').set(thread.postId, { body: null, deleted: true });
        Y.applyUpdate(attacker.doc, Y.encodeStateAsUpdate(impostor, vector));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(Y.encodeStateVector(served)).toEqual(before);
        expect(watcher.received.length).toBe(heard);
        attacker.close();
        watcher.close();
      }
    },
  );

  it('a socket to an unknown thread is refused (404) and no room file is made; an unknown category stores nothing', async () => {
    const dir = path.join(context.dataDir, 'rooms');
    const unknownThread = threadRoom(cast.spaceId, newId('thr_'));
    expect(await upgradeStatus(roomAddress(context.server.url, unknownThread, cast.tokens.member))).toBe(404);
    const unknownCategory = categoryRoom(cast.spaceId, newId('cat_'));
    const client = await connectRoom(context.server.url, unknownCategory, cast.tokens.member);
    client.doc.getMap('threads').set('x', { title: 'nope' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    client.close();
    context.server.rooms.unloadAll();
    expect(existsSync(roomLogPath(dir, unknownThread))).toBe(false);
    expect(existsSync(roomLogPath(dir, unknownCategory))).toBe(false);
  });

  it('a person removed from the space stops receiving the thread room live', async () => {
    const thread = await newThread();
    const { accounts, spaces } = context.server.directory;
    const user = await accounts.addUser({
      email: `leaver-${newId('')}@cast.example`,
      name: 'Leaver',
      password: 'leaver pass 1',
    });
    await spaces.setRole(cast.spaceId, user.id, 'member');
    const token = (await (
      await fetch(`${context.server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'leaver pass 1' }),
      })
    ).json()) as { token: string };
    const reader = await connectRoom(context.server.url, threadRoom(cast.spaceId, thread.threadId), token.token);
    const closed = new Promise<number>((resolve) =>
      reader.provider.once('connection-close', (event: { code: number } | null) => resolve(event?.code ?? 0)),
    );
    expect((await as('admin')('DELETE', `/api/spaces/${cast.spaceId}/members/${user.id}`)).status).toBe(204);
    expect(await closed).toBe(4403);
    reader.provider.shouldConnect = false;
    const reply = replyRequest('Not for the leaver');
    await as('member')('POST', routes.forumPosts(cast.spaceId, thread.threadId), reply);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readThread(reader.doc).posts.map((p) => p.id)).not.toContain(reply.postId);
    reader.close();
  });
});

describe('hostile bodies are refused with a clear error, and nothing is stored', () => {
  const deep = (depth: number) => {
    let node: unknown = { type: 'text', text: 'deep' };
    for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
    return { root: { type: 'root', children: [node] } };
  };
  const bodies: Array<[string, unknown | string, number]> = [
    [
      'nested 10,000 deep',
      `{"postId":"pst_hostile1","replyTo":null,"body":${'{"root":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
      413,
    ],
    ['nested past the limit', { postId: 'pst_hostile2', body: deep(40) }, 400],
    ['1 MB of text', { postId: 'pst_hostile3', body: replyRequest('x'.repeat(1_000_000)).body }, 413],
    [
      'an unknown node type',
      { postId: 'pst_hostile4', body: { root: { type: 'root', children: [{ type: 'iframe', src: 'x' }] } } },
      400,
    ],
    [
      'a javascript: link',
      {
        postId: 'pst_hostile5',
        body: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] }],
              },
            ],
          },
        },
      },
      400,
    ],
    ['wrong types', { postId: 42, body: 'hello', replyTo: [] }, 400],
    ['not JSON', '{"postId": ', 400],
  ];
  for (const [what, body, status] of bodies) {
    it(what, async () => {
      const thread = await newThread();
      const answer = await as('member')('POST', routes.forumPosts(cast.spaceId, thread.threadId), body);
      expect(answer.status).toBe(status);
      expect(typeof answer.body?.message).toBe('string');
      expect(readThread(await room(threadRoom(cast.spaceId, thread.threadId))).posts).toHaveLength(1);
    });
  }
});
