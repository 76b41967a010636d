import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes } from '../../shared/api/routes';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { PERSON_TYPES, readCategory, readPerson, readThread } from '../../shared/forum/forum-rooms';
import { categoryRoom, personRoom, threadRoom } from '../../shared/rooms';
import { deleteSeededThread, personState, seedThread, type SeededThread } from '../forum/person-testing';
import { updateMessage } from '../sync/messages';
import { apiAs, buildCast, type Cast, type CastMember } from '../testing/cast';
import { upgradeStatus, waitFor } from '../testing/clients';
import { isOpen } from '../testing/raw-socket';
import { connectRoom, openRawRoomSocket, roomAddress, type RoomClient } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';

/** One's own forum state over a real server: HTTP routes, and the person room read by real sockets. */
describe('forum person routes', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const open: RoomClient[] = [];
  const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
  const connect = async (who: CastMember, room = personRoom(cast.userIds[who])) => {
    const client = await connectRoom(context.server.url, room, cast.tokens[who]);
    open.push(client);
    return client;
  };
  const thread = (threadId: string, lastSeq: number, categoryId = 'catGeneral', spaceId = cast.spaceId) =>
    ({ spaceId, categoryId, threadId, authorId: cast.userIds.admin, lastSeq }) satisfies SeededThread;

  beforeEach(async () => {
    context = await startTempServer();
    cast = await buildCast(context.server);
  }, 60_000);
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    await context.cleanup();
  });

  it('moves a read position forward only, clamped to the thread’s last post, live on both of one person’s devices', async () => {
    await seedThread(context.server, thread('threadOne01', 5));
    const laptop = await connect('member');
    const phone = await connect('member');
    const readOn = (client: RoomClient) => readPerson(client.doc).read.get('threadOne01')?.seq;
    const markRead = (seq: number) =>
      as('member')('PUT', ApiRoutes.forumThreadRead(cast.spaceId, 'threadOne01'), { seq });

    expect((await markRead(2)).status).toBe(204);
    await waitFor(() => readOn(laptop) === 2 && readOn(phone) === 2, 'the read position on both devices');
    expect((await markRead(1)).status).toBe(204);
    expect((await personState(context.server, cast.userIds.member)).read.get('threadOne01')?.seq).toBe(2);
    expect((await markRead(99)).status).toBe(204);
    await waitFor(() => readOn(phone) === 5, 'the position clamped to the last post');
    expect(readOn(laptop)).toBe(5);
    // Someone else's room did not change.
    expect((await personState(context.server, cast.userIds.admin)).read.size).toBe(0);
  });

  it('refuses unknown, deleted and other spaces’ threads, outsiders and bad bodies, reading nothing', async () => {
    await seedThread(context.server, thread('threadOne01', 3));
    await seedThread(context.server, thread('threadElse1', 3, 'catElse0001', cast.otherSpaceId));
    await seedThread(context.server, thread('threadGone1', 3));
    await deleteSeededThread(context.server, cast.spaceId, 'threadGone1');
    const read = (who: CastMember, spaceId: string, threadId: string, body: unknown = { seq: 1 }) =>
      as(who)('PUT', ApiRoutes.forumThreadRead(spaceId, threadId), body);

    expect((await read('member', cast.spaceId, 'threadNone1')).status).toBe(404);
    expect((await read('member', cast.spaceId, 'threadElse1')).status).toBe(404);
    expect((await read('member', cast.spaceId, 'threadGone1')).status).toBe(404);
    expect((await read('member', cast.spaceId, 'bad id!')).status).toBe(404);
    expect((await read('member', 'space_doesNotExist', 'threadOne01')).status).toBe(404);
    expect((await read('outsider', cast.spaceId, 'threadOne01')).status).toBe(403);
    expect((await read('removed', cast.spaceId, 'threadOne01')).status).toBe(403);
    // Refused before the body is read: an outsider's bad body is still 403.
    expect((await read('outsider', cast.spaceId, 'threadOne01', { seq: 'x' })).status).toBe(403);
    expect((await read('member', cast.spaceId, 'threadOne01', { seq: -1 })).status).toBe(400);
    expect((await read('member', cast.spaceId, 'threadOne01', { seq: 1.5 })).status).toBe(400);
    expect((await read('member', cast.spaceId, 'threadOne01', [])).status).toBe(400);
    // Observers read, so they keep read positions; an archived space is still read.
    expect((await read('observer', cast.spaceId, 'threadOne01')).status).toBe(204);
    expect((await personState(context.server, cast.userIds.member)).read.size).toBe(0);
    expect((await personState(context.server, cast.userIds.outsider)).read.size).toBe(0);
  });

  it('lets nobody else open a person’s room, and drops every update sent to it, its owner’s too', async () => {
    const status = (who: CastMember, owner: CastMember) =>
      upgradeStatus(roomAddress(context.server.url, personRoom(cast.userIds[owner]), cast.tokens[who]));
    for (const who of ['serverAdmin', 'admin', 'moderator', 'member', 'outsider'] as const)
      expect([who, await status(who, 'observer')]).toEqual([who, 403]);
    expect(await status('observer', 'observer')).toBe(101);

    await seedThread(context.server, thread('threadOne01', 4));
    expect((await as('member')('PUT', ApiRoutes.forumThreadRead(cast.spaceId, 'threadOne01'), { seq: 2 })).status).toBe(
      204,
    );
    const device = await connect('member');
    const other = await connect('member');
    await waitFor(() => readPerson(other.doc).read.get('threadOne01')?.seq === 2, 'the read position');
    const room = await context.server.rooms.get(personRoom(cast.userIds.member));
    const before = { vector: Y.encodeStateVector(room.doc), person: readPerson(room.doc) };
    const heard = other.received.length;

    // The stock client writes its own room: a read position, a notification, watching.
    device.doc.transact(() => {
      device.doc.getMap(PERSON_TYPES.read).set('threadOne01', { seq: 0, at: new Date().toISOString() });
      device.doc.getMap(PERSON_TYPES.watching).set('thread:threadOne01', 'mute');
    });
    // Crafted: an update in the server's own client id.
    const impostor = new Y.Doc();
    Y.applyUpdate(impostor, Y.encodeStateAsUpdate(room.doc));
    impostor.clientID = room.doc.clientID;
    const vector = Y.encodeStateVector(impostor);
    impostor.getMap(PERSON_TYPES.read).delete('threadOne01');
    const raw = await openRawRoomSocket(context.server.url, personRoom(cast.userIds.member), cast.tokens.member);
    if (!isOpen(raw)) throw new Error('the raw socket was refused');
    raw.socket.send(updateMessage(Y.encodeStateAsUpdate(impostor, vector)));

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(Y.encodeStateVector(room.doc)).toEqual(before.vector);
    expect(readPerson(room.doc)).toEqual(before.person);
    expect(other.received.length).toBe(heard);
    raw.socket.close();
    context.server.rooms.released(room);
  });

  it('marks every thread of the space read to its last post in one write, and nothing of other spaces', async () => {
    await seedThread(context.server, thread('threadOne01', 3));
    await seedThread(context.server, thread('threadTwo01', 7));
    await seedThread(context.server, thread('threadThree', 2, 'catSecond01'));
    await seedThread(context.server, thread('threadElse1', 4, 'catElse0001', cast.otherSpaceId));
    expect((await as('member')('PUT', ApiRoutes.forumThreadRead(cast.spaceId, 'threadThree'), { seq: 2 })).status).toBe(
      204,
    );
    const device = await connect('member');
    await waitFor(() => readPerson(device.doc).read.size === 1, 'the first read position');
    const heard = device.received.length;

    expect((await as('member')('POST', ApiRoutes.forumReadAll(cast.spaceId))).status).toBe(204);
    const positions = () => Object.fromEntries([...readPerson(device.doc).read].map(([id, read]) => [id, read.seq]));
    await waitFor(() => readPerson(device.doc).read.size === 3, 'every thread read');
    expect(positions()).toEqual({ threadOne01: 3, threadTwo01: 7, threadThree: 2 });
    expect(device.received.length).toBe(heard + 1);

    expect((await as('outsider')('POST', ApiRoutes.forumReadAll(cast.spaceId))).status).toBe(403);
    expect((await as('member')('POST', ApiRoutes.forumReadAll('space_doesNotExist'))).status).toBe(404);
    // A space without a forum yet: nothing to read, nothing written.
    expect((await as('member')('POST', ApiRoutes.forumReadAll(cast.archivedSpaceId))).status).toBe(204);
    expect(positions()).toEqual({ threadOne01: 3, threadTwo01: 7, threadThree: 2 });
  });

  it('watches and mutes threads and categories: in the person’s room and the shared room’s watchers', async () => {
    await seedThread(context.server, thread('threadOne01', 3));
    const device = await connect('member');
    const threadReader = await connect('observer', threadRoom(cast.spaceId, 'threadOne01'));
    const categoryReader = await connect('observer', categoryRoom(cast.spaceId, 'catGeneral'));
    const member = cast.userIds.member;
    const watch = (who: CastMember, target: string, level: unknown) => as(who)('PUT', target, { level });
    const threadWatch = ApiRoutes.forumThreadWatch(cast.spaceId, 'threadOne01');
    const categoryWatch = ApiRoutes.forumCategoryWatch(cast.spaceId, 'catGeneral');

    expect((await watch('member', threadWatch, 'mute')).status).toBe(204);
    await waitFor(() => readPerson(device.doc).watching.get('thread:threadOne01') === 'mute', 'muted, for the person');
    await waitFor(() => readThread(threadReader.doc).watchers.get(member) === 'mute', 'muted, in the thread');
    expect((await watch('member', threadWatch, 'watch')).status).toBe(204);
    await waitFor(() => readThread(threadReader.doc).watchers.get(member) === 'watch', 'watched, in the thread');
    expect(readPerson(device.doc).watching.get('thread:threadOne01')).toBe('watch');

    expect((await watch('member', categoryWatch, 'watch')).status).toBe(204);
    await waitFor(() => readCategory(categoryReader.doc).watchers.get(member) === 'watch', 'watched, in the category');
    await waitFor(() => readPerson(device.doc).watching.get('category:catGeneral') === 'watch', 'for the person');

    // Observers may follow what they read.
    expect((await watch('observer', threadWatch, 'watch')).status).toBe(204);
    expect((await watch('outsider', threadWatch, 'watch')).status).toBe(403);
    expect((await watch('outsider', categoryWatch, 'watch')).status).toBe(403);
    expect((await watch('member', threadWatch, 'loud')).status).toBe(400);
    expect((await watch('member', ApiRoutes.forumThreadWatch(cast.spaceId, 'threadNone1'), 'watch')).status).toBe(404);
    expect((await watch('member', ApiRoutes.forumCategoryWatch(cast.spaceId, 'catNone001'), 'watch')).status).toBe(404);
    expect((await watch('member', ApiRoutes.forumCategoryWatch(cast.otherSpaceId, 'catGeneral'), 'watch')).status).toBe(
      404,
    );
    expect(readThread(threadReader.doc).watchers.has(cast.userIds.outsider)).toBe(false);
  });

  it('keeps no receipt in accounts.json for these changes, even sent with an Idempotency-Key', async () => {
    await seedThread(context.server, thread('threadOne01', 3));
    await context.server.directory.file.flush();
    const accountsFile = path.join(context.dataDir, 'accounts.json');
    const before = await readFile(accountsFile, 'utf8');
    for (let i = 1; i <= 3; i++) {
      const response = await fetch(context.server.url + ApiRoutes.forumThreadRead(cast.spaceId, 'threadOne01'), {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${cast.tokens.member}`,
          [IDEMPOTENCY_KEY_HEADER]: `read-key-000000000${i}`,
        },
        body: JSON.stringify({ seq: i }),
      });
      expect(response.status).toBe(204);
    }
    await context.server.directory.file.flush();
    expect(await readFile(accountsFile, 'utf8')).toBe(before);
    expect((await personState(context.server, cast.userIds.member)).read.get('threadOne01')?.seq).toBe(3);
  });
});
