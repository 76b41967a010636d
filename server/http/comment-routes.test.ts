import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes } from '../../shared/api/routes';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { COMMENT_TYPES, readComments } from '../../shared/comments/comment-rooms';
import { plainPostBody, POST_LIMITS } from '../../shared/forum/post-body';
import { readPerson } from '../../shared/forum/forum-rooms';
import { commentsRoom, personRoom } from '../../shared/rooms';
import { buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { waitFor } from '../testing/clients';
import { connectRoom, openRawRoomSocket, type RoomClient } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';

/** Comments on documents over a real server: every route for every role, replays, races and hostile input. */
describe('comment routes', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const open: RoomClient[] = [];
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${String(++counter).padStart(6, '0')}x`;
  const anchor = Buffer.from(
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('t'), 0)),
  ).toString('base64');

  const send = async (who: CastMember, method: string, path: string, body?: unknown, key?: string) => {
    const response = await fetch(context.server.url + path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${cast.tokens[who]}`,
        ...(key ? { [IDEMPOTENCY_KEY_HEADER]: key } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as unknown) : null,
      replayed: response.headers.get('idempotent-replayed'),
    };
  };
  const threadRequest = (text = 'Is this figure right?') => ({
    threadId: fresh('thr'),
    commentId: fresh('cmt'),
    anchor,
    focus: anchor,
    quote: 'the figure',
    body: plainPostBody(text),
  });
  const startThread = async (who: CastMember, documentId = cast.documentId) => {
    const request = threadRequest();
    const answer = await send(who, 'POST', ApiRoutes.commentThreads(documentId), request);
    return { ...request, status: answer.status };
  };
  const stored = async (documentId = cast.documentId) => {
    const client = await connectRoom(context.server.url, commentsRoom(documentId), cast.tokens.admin);
    open.push(client);
    return readComments(client.doc);
  };
  const allowObservers = (on: boolean) =>
    context.server.directory.spaces.update(cast.spaceId, { observersMayComment: on });

  beforeAll(async () => {
    context = await startTempServer();
    cast = await buildCast(context.server);
  }, 60_000);
  afterAll(() => context.cleanup());
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    await allowObservers(false);
  });

  it('lets writers comment, observers only when the space allows it, and nobody in an archived space', async () => {
    const may: Record<CastMember, number> = {
      serverAdmin: 201,
      admin: 201,
      moderator: 201,
      member: 201,
      observer: 403,
      outsider: 403,
      removed: 403,
    };
    for (const who of CAST) {
      const thread = await startThread(who);
      expect(thread.status, who).toBe(may[who]);
      // Reply, resolve and reopen in a thread the admin started.
      const own = await startThread('admin');
      const reply = await send(who, 'POST', ApiRoutes.commentThread(cast.documentId, own.threadId), {
        commentId: fresh('rep'),
        body: plainPostBody('Yes'),
      });
      expect(reply.status, who).toBe(may[who]);
      const resolve = await send(who, 'PUT', ApiRoutes.commentResolved(cast.documentId, own.threadId), {
        resolved: true,
      });
      expect(resolve.status, who).toBe(may[who] === 201 ? 200 : 403);
      // Comments in an archived space: nobody.
      expect((await startThread(who, cast.archivedDocumentId)).status, who).toBe(403);
    }
    await allowObservers(true);
    const observers = await startThread('observer');
    expect(observers.status).toBe(201);
    const onObservers = (path: string) => ApiRoutes.commentThread(cast.documentId, observers.threadId) + path;
    expect(
      (await send('observer', 'POST', onObservers(''), { commentId: fresh('rep'), body: plainPostBody('And?') }))
        .status,
    ).toBe(201);
    expect((await send('observer', 'PUT', onObservers('/resolved'), { resolved: true })).status).toBe(200);
    expect((await send('observer', 'PUT', onObservers('/resolved'), { resolved: false })).status).toBe(200);
    expect(
      (await send('observer', 'PATCH', onObservers(`/${observers.commentId}`), { body: plainPostBody('Edited') }))
        .status,
    ).toBe(200);
    expect((await startThread('outsider')).status).toBe(403);
    expect((await startThread('observer', cast.archivedDocumentId)).status).toBe(403);
    // Observers' permission goes when the setting does.
    await allowObservers(false);
    expect((await startThread('observer')).status).toBe(403);
  });

  it('edits only one’s own; removes one’s own, or anyone’s as a moderator or admin', async () => {
    const thread = await startThread('member');
    const reply = { commentId: fresh('rep'), body: plainPostBody('Agreed') };
    expect(
      (await send('moderator', 'POST', ApiRoutes.commentThread(cast.documentId, thread.threadId), reply)).status,
    ).toBe(201);
    const edit = (who: CastMember, commentId: string) =>
      send(who, 'PATCH', ApiRoutes.comment(cast.documentId, thread.threadId, commentId), {
        body: plainPostBody('Changed'),
      });
    expect((await edit('admin', thread.commentId)).status).toBe(403);
    expect((await edit('observer', thread.commentId)).status).toBe(403);
    expect((await edit('member', thread.commentId)).status).toBe(200);
    expect((await edit('member', 'cmtMissing00')).status).toBe(404);

    const remove = (who: CastMember, commentId: string) =>
      send(
        who,
        'DELETE',
        ApiRoutes.comment(cast.documentId, thread.threadId, commentId),
        undefined,
        fresh('key-for-removal-'),
      );
    // Its author may not remove a thread others have replied in; a moderator may remove anything.
    expect((await remove('member', thread.commentId)).status).toBe(409);
    expect((await remove('member', reply.commentId)).status).toBe(403);
    expect((await remove('observer', reply.commentId)).status).toBe(403);
    expect((await remove('moderator', reply.commentId)).status).toBe(200);
    expect((await remove('member', thread.commentId)).status).toBe(200);
    const left = await stored();
    expect(left.find((t) => t.id === thread.threadId)).toBeUndefined();

    // An admin removes someone else's whole thread, replies and all.
    const other = await startThread('member');
    await send('member', 'POST', ApiRoutes.commentThread(cast.documentId, other.threadId), {
      commentId: fresh('rep'),
      body: plainPostBody('More'),
    });
    expect(
      (await send('admin', 'DELETE', ApiRoutes.comment(cast.documentId, other.threadId, other.commentId))).status,
    ).toBe(200);
    expect((await stored()).find((t) => t.id === other.threadId)).toBeUndefined();
  });

  it('makes each change once: a replay is answered as the first time, a reused id is a conflict', async () => {
    const request = threadRequest();
    const key = fresh('idempotency-key-');
    const first = await send('member', 'POST', ApiRoutes.commentThreads(cast.documentId), request, key);
    const again = await send('member', 'POST', ApiRoutes.commentThreads(cast.documentId), request, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.replayed).toBe('true');
    expect(again.body).toEqual(first.body);
    // Same key, another request: refused; same id, another person or key: conflict.
    expect(
      (await send('member', 'POST', ApiRoutes.commentThreads(cast.documentId), { ...request, quote: 'else' }, key))
        .status,
    ).toBe(400);
    expect(
      (await send('moderator', 'POST', ApiRoutes.commentThreads(cast.documentId), request, fresh('idempotency-key-')))
        .status,
    ).toBe(409);
    // A reply's id may not take the thread's.
    expect(
      (
        await send('member', 'POST', ApiRoutes.commentThread(cast.documentId, request.threadId), {
          commentId: request.threadId,
          body: plainPostBody('x'),
        })
      ).status,
    ).toBe(409);
    // A removal sent again with its key is answered again; with another key it is already done.
    const removalKey = fresh('idempotency-key-');
    const path = ApiRoutes.comment(cast.documentId, request.threadId, request.commentId);
    expect((await send('member', 'DELETE', path, undefined, removalKey)).status).toBe(200);
    const replayed = await send('member', 'DELETE', path, undefined, removalKey);
    expect(replayed.status).toBe(200);
    expect(replayed.replayed).toBe('true');
    expect((await send('member', 'DELETE', path, undefined, fresh('idempotency-key-'))).status).toBe(409);
    // A removed id is never used again.
    expect(
      (await send('member', 'POST', ApiRoutes.commentThreads(cast.documentId), request, fresh('idempotency-key-')))
        .status,
    ).toBe(409);
    const threads = (await stored()).filter((t) => t.id === request.threadId);
    expect(threads).toEqual([]);
  });

  it('keeps every one of many replies sent at once, and the same key sent twice at once makes one', async () => {
    const thread = await startThread('admin');
    const replies = CAST.slice(1, 4).flatMap((who) =>
      Array.from({ length: 5 }, (_, i) =>
        send(who, 'POST', ApiRoutes.commentThread(cast.documentId, thread.threadId), {
          commentId: fresh('rep'),
          body: plainPostBody(`${who} ${i}`),
        }),
      ),
    );
    expect((await Promise.all(replies)).map((r) => r.status)).toEqual(Array(15).fill(201));
    const request = { commentId: fresh('rep'), body: plainPostBody('Twice') };
    const key = fresh('idempotency-key-');
    const twice = await Promise.all([
      send('member', 'POST', ApiRoutes.commentThread(cast.documentId, thread.threadId), request, key),
      send('member', 'POST', ApiRoutes.commentThread(cast.documentId, thread.threadId), request, key),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual(expect.arrayContaining([201]));
    const found = (await stored()).find((t) => t.id === thread.threadId)!;
    expect(found.comments).toHaveLength(17);
  });

  it('refuses hostile input before it stores anything, and drops a crafted update to the comments room', async () => {
    const thread = await startThread('member');
    const post = (who: CastMember, body: unknown, documentId = cast.documentId) =>
      send(who, 'POST', ApiRoutes.commentThreads(documentId), body);
    // An outsider is refused before the body is read; unknown documents are 404.
    expect((await post('outsider', 'not json')).status).toBe(403);
    expect((await post('member', { ...threadRequest() }, 'doc_doesNotExist')).status).toBe(404);
    expect((await post('member', 'not json')).status).toBe(400);
    expect((await post('member', { ...threadRequest(), anchor: 'not base64!' })).status).toBe(400);
    expect((await post('member', { ...threadRequest(), threadId: '../../x' })).status).toBe(400);
    expect((await post('member', { ...threadRequest(), quote: 'q'.repeat(5000) })).status).toBe(400);
    expect((await post('member', { ...threadRequest(), body: { root: { type: 'script' } } })).status).toBe(400);
    expect((await post('member', { ...threadRequest(), body: plainPostBody('   ') })).status).toBe(400);
    expect(
      (await post('member', { ...threadRequest(), body: plainPostBody('x'.repeat(POST_LIMITS.maxJsonChars)) })).status,
    ).toBe(413);
    expect((await send('member', 'POST', ApiRoutes.commentThread(cast.documentId, 'bad id!'), {})).status).toBe(404);
    expect(
      (
        await send('member', 'POST', ApiRoutes.commentThread(cast.documentId, 'thrMissing00'), {
          commentId: fresh('rep'),
          body: plainPostBody('x'),
        })
      ).status,
    ).toBe(404);

    // A writer connected to the comments room deletes the thread and adds one in its own copy: the server drops both.
    const attacker = await connectRoom(context.server.url, commentsRoom(cast.documentId), cast.tokens.admin);
    open.push(attacker);
    attacker.doc.transact(() => {
      attacker.doc.getMap(COMMENT_TYPES.threads).delete(thread.threadId);
      attacker.doc.getMap(COMMENT_TYPES.comments).delete(thread.commentId);
      attacker.doc.getMap(COMMENT_TYPES.threads).set('thrForged001', { quote: 'forged' });
    });
    // A change after it, made by the server, reaches a fresh reader; the crafted one never does.
    const after = await startThread('moderator');
    await waitFor(
      () => readComments(attacker.doc).some((t) => t.id === after.threadId),
      'the later thread, to the attacker',
    );
    const reader = await connectRoom(context.server.url, commentsRoom(cast.documentId), cast.tokens.member);
    open.push(reader);
    await waitFor(() => readComments(reader.doc).some((t) => t.id === after.threadId), 'the later thread');
    const threads = readComments(reader.doc);
    expect(threads.some((t) => t.id === thread.threadId)).toBe(true);
    expect(reader.doc.getMap(COMMENT_TYPES.threads).has('thrForged001')).toBe(false);
  });

  it('tells people mentioned in a comment, and those who wrote in its thread, in their own rooms', async () => {
    const thread = await startThread('admin');
    const mention = (who: CastMember) => ({
      type: 'mention',
      userId: cast.userIds[who],
      text: `@Cast ${who}`,
      format: 0,
      detail: 0,
      mode: 'segmented',
      style: '',
      version: 1,
    });
    const body = plainPostBody('Please check');
    const paragraph = body.root.children[0] as { children: unknown[] };
    paragraph.children.push(mention('observer'), mention('outsider'), mention('member'));
    const reply = await send('member', 'POST', ApiRoutes.commentThread(cast.documentId, thread.threadId), {
      commentId: fresh('rep'),
      body,
    });
    expect(reply.status).toBe(201);
    const notified = async (who: CastMember) => {
      const client = await connectRoom(context.server.url, personRoom(cast.userIds[who]), cast.tokens[who]);
      open.push(client);
      return client;
    };
    const observer = await notified('observer');
    await waitFor(() => readPerson(observer.doc).notifications.length > 0, 'the observer’s mention');
    expect(readPerson(observer.doc).notifications[0]).toMatchObject({
      kind: 'comment-mention',
      documentId: cast.documentId,
      threadId: thread.threadId,
      threadTitle: 'Matrix document',
      by: cast.userIds.member,
    });
    const admin = await notified('admin');
    await waitFor(
      () => readPerson(admin.doc).notifications.some((n) => n.kind === 'comment-reply'),
      'the thread author’s reply',
    );
    // The author is not told of their own comment, nor is someone outside the space.
    const member = await notified('member');
    const outsider = await notified('outsider').catch(() => null);
    expect(readPerson(member.doc).notifications.filter((n) => n.threadId === thread.threadId)).toEqual([]);
    if (outsider) expect(readPerson(outsider.doc).notifications).toEqual([]);
  });

  it('lets whoever may read the document read its comments room, and nobody else', async () => {
    open.push(await connectRoom(context.server.url, commentsRoom(cast.documentId), cast.tokens.observer));
    const status = async (who: CastMember, documentId = cast.documentId) => {
      const socket = await openRawRoomSocket(context.server.url, commentsRoom(documentId), cast.tokens[who]);
      if ('refused' in socket) return socket.refused;
      socket.socket.close();
      return 101;
    };
    expect(await status('observer')).toBe(101);
    expect(await status('outsider')).toBe(403);
    expect(await status('removed')).toBe(403);
    expect(await status('member', 'doc_doesNotExist')).toBe(404);
  });
});
