import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol';
import { spaceRoom } from '../../shared/rooms';
import { readSpaceIndex, SPACE_INDEX_TYPES, SpaceIndexEntry } from '../../shared/spaces/space-index';
import { MessageType, updateMessage } from '../sync/messages';
import { apiAs, buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { connectClient, upgradeStatus, waitFor } from '../testing/clients';
import { isOpen } from '../testing/raw-socket';
import { connectRoom, openRawRoomSocket, roomAddress, type RoomClient } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';
import { writeSpaceIndex } from './space-index-room';

/** A space's index room over a real server and real sockets: written by the server, live, read-only for all. */
describe('space index rooms', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const open: RoomClient[] = [];
  const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
  const connect = async (who: CastMember, spaceId = cast.spaceId) => {
    const client = await connectRoom(context.server.url, spaceRoom(spaceId), cast.tokens[who]);
    open.push(client);
    return client;
  };
  const titles = (client: RoomClient) =>
    Object.fromEntries(readSpaceIndex(client.doc).documents.map((document) => [document.id, document.title]));

  beforeEach(async () => {
    context = await startTempServer();
    cast = await buildCast(context.server);
  }, 60_000);
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    await context.cleanup();
  });

  it('holds the space’s details and documents, and a create, rename, move and details change reach its clients live', async () => {
    const member = await connect('member');
    const elsewhere = await connect('admin', cast.otherSpaceId);
    expect(readSpaceIndex(member.doc)).toMatchObject({
      details: { name: 'Matrix space', nameCy: null, description: '', descriptionCy: null, archived: false },
      documents: [{ id: cast.documentId, title: 'Matrix document' }],
    });
    const stored = context.server.directory.documents.find(cast.documentId)!;
    expect(readSpaceIndex(member.doc).documents[0]).toEqual({
      id: stored.id,
      title: stored.title,
      updatedAt: stored.updatedAt,
      createdBy: stored.createdBy,
      language: 'en',
      translationId: null,
      binnedAt: null,
      lastEditedBy: null,
      recentEditors: [],
    });

    const created = await as('member')('POST', `/api/spaces/${cast.spaceId}/documents`, { title: 'Minutes' });
    const id = (created.body as { document: { id: string } }).document.id;
    await waitFor(() => titles(member)[id] === 'Minutes', 'the new document in the index');

    expect((await as('member')('PATCH', `/api/documents/${id}`, { title: 'Minutes, March' })).status).toBe(200);
    await waitFor(() => titles(member)[id] === 'Minutes, March', 'the new title in the index');

    expect((await as('admin')('PATCH', `/api/documents/${id}`, { spaceId: cast.otherSpaceId })).status).toBe(200);
    await waitFor(() => !(id in titles(member)) && titles(elsewhere)[id] === 'Minutes, March', 'the move');

    await as('admin')('PATCH', `/api/spaces/${cast.spaceId}`, { name: 'Renamed space', nameCy: 'Gofod' });
    await waitFor(() => readSpaceIndex(member.doc).details?.nameCy === 'Gofod', 'the space’s new names');
    expect(readSpaceIndex(member.doc).details).toMatchObject({ name: 'Renamed space', nameCy: 'Gofod' });

    await as('admin')('PATCH', `/api/spaces/${cast.spaceId}`, { archived: true });
    await waitFor(() => readSpaceIndex(member.doc).details?.archived === true, 'the archive');
    await as('admin')('PATCH', `/api/spaces/${cast.spaceId}`, { archived: false });
    await waitFor(() => readSpaceIndex(member.doc).details?.archived === false, 'the restore');
    // Reading it was never writing it: archiving changed nothing about the member's socket.
    expect(member.provider.wsconnected).toBe(true);
  });

  it('typing in a document is written to its space’s index at most once a minute', async () => {
    const watcher = await connect('observer');
    const heard = watcher.received.length;
    const before = context.server.directory.documents.find(cast.documentId)!.updatedAt;
    const typist = await connectClient(context.server.url, cast.documentId, cast.tokens.member);
    try {
      for (let i = 0; i < 25; i++) {
        typist.text.insert(typist.text.length, 'x');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      typist.close();
    }
    expect(context.server.directory.documents.find(cast.documentId)!.updatedAt > before).toBe(true);
    expect(watcher.received.length).toBe(heard);

    // A minute behind, the next keystroke's activity is written.
    const stale = new Date(Date.now() - 61_000).toISOString();
    await context.server.rooms.change(spaceRoom(cast.spaceId), (doc) => {
      const documents = doc.getMap<Record<string, unknown>>(SPACE_INDEX_TYPES.documents);
      documents.set(cast.documentId, { ...documents.get(cast.documentId), updatedAt: stale });
    });
    await waitFor(() => readSpaceIndex(watcher.doc).documents[0]?.updatedAt === stale, 'the backdated entry');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await connectClient(context.server.url, cast.documentId, cast.tokens.member);
    again.text.insert(0, 'y');
    const current = () => context.server.directory.documents.find(cast.documentId)!.updatedAt;
    try {
      await waitFor(() => readSpaceIndex(watcher.doc).documents[0]?.updatedAt === current(), 'the activity, indexed');
    } finally {
      again.close();
    }
  });

  it('a client that was offline gets what changed when it reconnects', async () => {
    const member = await connect('member');
    member.provider.disconnect();
    await as('member')('PATCH', `/api/documents/${cast.documentId}`, { title: 'Changed while away' });
    const created = await as('member')('POST', `/api/spaces/${cast.spaceId}/documents`, { title: 'Made while away' });
    const id = (created.body as { document: { id: string } }).document.id;
    // Nobody is in the room now: the changes went to its log, and it unloads again when idle.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(titles(member)[cast.documentId]).toBe('Matrix document');
    member.provider.connect();
    await waitFor(
      () => titles(member)[cast.documentId] === 'Changed while away' && titles(member)[id] === 'Made while away',
      'the changes made while offline',
    );
  });

  it.each(['member', 'admin', 'serverAdmin'] as const)(
    'drops every update %s sends to it, from the stock client or crafted, and nobody else receives anything',
    async (who) => {
      const watcher = await connect('observer');
      const attacker = await connect(who);
      const room = await context.server.rooms.get(spaceRoom(cast.spaceId));
      const before = { vector: Y.encodeStateVector(room.doc), index: readSpaceIndex(room.doc) };
      const heard = watcher.received.length;

      // The stock client: overwrite a title, delete an entry, rename the space, add a document.
      attacker.doc.transact(() => {
        const documents = attacker.doc.getMap(SPACE_INDEX_TYPES.documents);
        documents.set(cast.documentId, { title: 'Hijacked', updatedAt: new Date().toISOString(), createdBy: 'x' });
        documents.set('dForged00001', { title: 'Forged', updatedAt: new Date().toISOString(), createdBy: 'x' });
        attacker.doc.getMap(SPACE_INDEX_TYPES.details).set('name', 'Hijacked space');
      });
      attacker.doc.getMap(SPACE_INDEX_TYPES.documents).delete(cast.documentId);

      // Crafted: an update in the server's own client id, continuing its clock, and one that deletes its items.
      const impostor = new Y.Doc();
      Y.applyUpdate(impostor, Y.encodeStateAsUpdate(room.doc));
      // Set after the state is in (else Yjs picks a new id on seeing its own in a remote update).
      impostor.clientID = room.doc.clientID;
      const impostorVector = Y.encodeStateVector(impostor);
      impostor.getMap(SPACE_INDEX_TYPES.documents).set(cast.documentId, { title: 'Impostor', updatedAt: 'x' });
      impostor.getMap(SPACE_INDEX_TYPES.details).delete('name');
      const crafted = Y.encodeStateAsUpdate(impostor, impostorVector);
      expect(Y.decodeUpdate(crafted).structs.every((struct) => struct.id.client === room.doc.clientID)).toBe(true);
      const raw = await openRawRoomSocket(context.server.url, spaceRoom(cast.spaceId), cast.tokens[who]);
      if (!isOpen(raw)) throw new Error('the raw socket was refused');
      raw.socket.send(updateMessage(crafted));
      const step2 = encoding.createEncoder();
      encoding.writeVarUint(step2, MessageType.sync);
      syncProtocol.writeSyncStep2(step2, impostor);
      raw.socket.send(encoding.toUint8Array(step2));
      // And a whole state of its own, as a new client id.
      const stranger = new Y.Doc();
      stranger.getMap(SPACE_INDEX_TYPES.documents).set('dStranger001', { title: 'Stranger', updatedAt: 'x' });
      raw.socket.send(updateMessage(Y.encodeStateAsUpdate(stranger)));

      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(Y.encodeStateVector(room.doc)).toEqual(before.vector);
      expect(readSpaceIndex(room.doc)).toEqual(before.index);
      expect(watcher.received.length).toBe(heard);
      expect(readSpaceIndex(watcher.doc)).toEqual(before.index);
      // The raw socket got the server's greeting and nothing after it.
      expect(raw.received.filter((frame) => frame[0] === MessageType.sync)).toHaveLength(1);
      raw.socket.close();
    },
  );

  it('is read by everyone who may view the space, archived too, and refused to everyone else', async () => {
    const status = (who: CastMember, spaceId: string) =>
      upgradeStatus(roomAddress(context.server.url, spaceRoom(spaceId), cast.tokens[who]));
    const viewers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member', 'observer'];
    for (const who of CAST) {
      const expected = viewers.includes(who) ? 101 : 403;
      expect([who, await status(who, cast.spaceId)]).toEqual([who, expected]);
      expect([who, await status(who, cast.archivedSpaceId)]).toEqual([who, expected]);
    }
    expect(await status('serverAdmin', 'space_doesNotExist1')).toBe(404);
    expect(await status('member', '../../accounts.json')).toBe(404);
    expect(await upgradeStatus(roomAddress(context.server.url, spaceRoom(cast.spaceId), 'not-a-token'))).toBe(401);

    const archived = await connect('observer', cast.archivedSpaceId);
    expect(readSpaceIndex(archived.doc)).toMatchObject({
      details: { name: 'Archived space', archived: true },
      documents: [{ id: cast.archivedDocumentId, title: 'Archived document' }],
    });
  });

  it('closes a removed member’s socket with 4403, live', async () => {
    const member = await connect('member');
    const stays = await connect('observer');
    const closed = new Promise<number>((resolve) =>
      member.provider.once('connection-close', (event: { code: number } | null) => resolve(event?.code ?? 0)),
    );
    expect((await as('admin')('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`)).status).toBe(
      204,
    );
    expect(await closed).toBe(CloseCode.forbidden);
    // A demotion changes nothing here: everyone reads this room and nobody writes it.
    await as('admin')('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds.observer}`, { role: 'member' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stays.provider.wsconnected).toBe(true);
  });
});

describe('writeSpaceIndex', () => {
  const details = { name: 'Space', nameCy: null, description: '', descriptionCy: null, archived: false };
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds)).toISOString();
  const entry = (title: string, updatedAt: string) =>
    SpaceIndexEntry.parse({ title, updatedAt, createdBy: 'user_ann00001' });
  const content = (documents: Array<[string, ReturnType<typeof entry>]>) => ({
    spaceId: 'space_test0001',
    details,
    documents: new Map(documents),
  });
  /** How many updates writing `next` over `first` makes. */
  function updatesFor(first: ReturnType<typeof content>, next: ReturnType<typeof content>) {
    const doc = new Y.Doc();
    doc.transact(() => writeSpaceIndex(doc, first));
    let updates = 0;
    doc.on('update', () => (updates += 1));
    doc.transact(() => writeSpaceIndex(doc, next));
    return { updates, index: readSpaceIndex(doc) };
  }

  it('writes nothing when nothing differs', () => {
    const same = content([['docOne00001', entry('One', at(0))]]);
    expect(updatesFor(same, same).updates).toBe(0);
  });

  it('follows typing to the minute, never behind by a minute or ahead', () => {
    const first = content([['docOne00001', entry('One', at(0))]]);
    expect(updatesFor(first, content([['docOne00001', entry('One', at(59))]])).updates).toBe(0);
    const minute = updatesFor(first, content([['docOne00001', entry('One', at(60))]]));
    expect(minute.updates).toBe(1);
    expect(minute.index.documents[0]!.updatedAt).toBe(at(60));
    // A restored accounts.json may hold an older time: the index follows it exactly.
    const older = updatesFor(content([['docOne00001', entry('One', at(30))]]), first);
    expect(older.index.documents[0]!.updatedAt).toBe(at(0));
    // A rename is written at once, whatever the time.
    expect(updatesFor(first, content([['docOne00001', entry('Two', at(1))]])).index.documents[0]!.title).toBe('Two');
  });

  it('removes documents and stray keys the directory does not have', () => {
    const doc = new Y.Doc();
    doc.getMap(SPACE_INDEX_TYPES.details).set('stray', 'left by an older server');
    doc.getMap(SPACE_INDEX_TYPES.documents).set('docGone0001', entry('Gone', at(0)));
    doc.getMap(SPACE_INDEX_TYPES.documents).set('docOne00001', { ...entry('One', at(0)), extra: true });
    doc.transact(() => writeSpaceIndex(doc, content([['docOne00001', entry('One', at(0))]])));
    expect([...doc.getMap(SPACE_INDEX_TYPES.details).keys()].sort()).toEqual(
      ['archived', 'description', 'descriptionCy', 'name', 'nameCy'].sort(),
    );
    expect(doc.getMap(SPACE_INDEX_TYPES.documents).toJSON()).toEqual({ docOne00001: entry('One', at(0)) });
  });
});
