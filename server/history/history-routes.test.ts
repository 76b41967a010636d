import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes } from '../../shared/api/routes';
import { historyRoom } from '../../shared/rooms';
import { HISTORY_TYPES, readVersions, type VersionEntry } from '../../shared/history/versions';
import { createBranchlineServer, type ServerOptions } from '../app';
import { apiAs, buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { connectClient, waitFor, type Client } from '../testing/clients';
import { connectRoom } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';
import { addParagraph, appendTo, paragraphs, paragraphsOf } from './history-testing';

let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
const clients: Client[] = [];
const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);

async function start(overrides: Partial<ServerOptions> = {}) {
  context = await startTempServer({ loginBurst: 100, historyPauseMs: 60_000, ...overrides });
  cast = await buildCast(context.server);
}

async function client(who: CastMember): Promise<Client> {
  const opened = await connectClient(context.server.url, cast.documentId, cast.tokens[who]);
  clients.push(opened);
  return opened;
}

/** The history room as the server holds it. */
async function versions(documentId = cast.documentId): Promise<VersionEntry[]> {
  const room = await context.server.rooms.get(historyRoom(documentId));
  try {
    return readVersions(room.doc);
  } finally {
    context.server.rooms.released(room);
  }
}

/** The live document's paragraphs, as the server holds them. */
async function liveParagraphs(): Promise<string[]> {
  const room = await context.server.rooms.get(`doc:${cast.documentId}`);
  try {
    return paragraphs(room.doc);
  } finally {
    context.server.rooms.released(room);
  }
}

async function nameVersion(who: CastMember, name: string): Promise<VersionEntry> {
  const answer = await as(who)('POST', ApiRoutes.documentVersions(cast.documentId), { name });
  expect(answer.status).toBe(201);
  return (answer.body as { version: VersionEntry }).version;
}

async function versionText(who: CastMember, versionId: string): Promise<string[]> {
  const answer = await as(who)('GET', ApiRoutes.documentVersion(cast.documentId, versionId));
  expect(answer.status).toBe(200);
  return paragraphsOf(Buffer.from((answer.body as { update: string }).update, 'base64'));
}

const EMPTY = '<paragraph></paragraph>';

/** Until the server holds `expected` (its clients' edits arrive over sockets). */
async function serverHas(expected: string[]): Promise<void> {
  const started = Date.now();
  for (;;) {
    const last = await liveParagraphs();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    if (Date.now() - started > 10_000) throw new Error(`server holds ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  for (const opened of clients.splice(0)) opened.close();
  await context.cleanup();
});

const readers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member', 'observer'];
const writers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member'];

describe('document history', () => {
  it('checks every role on every route before reading anything', async () => {
    await start();
    const ann = await client('admin');
    addParagraph(ann.doc, 'First words');
    await serverHas([EMPTY, 'First words']);
    const version = await nameVersion('admin', 'Draft one');
    const routes: Array<{ route: string; method: string; body?: unknown; allowed: CastMember[]; ok: number }> = [
      { method: 'GET', route: ApiRoutes.documentVersion(cast.documentId, version.id), allowed: readers, ok: 200 },
      {
        method: 'GET',
        route: ApiRoutes.documentVersionChanges(cast.documentId, version.id),
        allowed: readers,
        ok: 200,
      },
      {
        method: 'POST',
        route: ApiRoutes.documentVersions(cast.documentId),
        body: { name: 'x' },
        allowed: writers,
        ok: 201,
      },
      {
        method: 'PATCH',
        route: ApiRoutes.documentVersion(cast.documentId, version.id),
        body: { name: 'Renamed' },
        allowed: writers,
        ok: 200,
      },
      {
        method: 'POST',
        route: ApiRoutes.documentVersionRestore(cast.documentId, version.id),
        allowed: writers,
        ok: 200,
      },
    ];
    for (const { route, method, body, allowed, ok } of routes)
      for (const who of CAST) {
        const answer = await as(who)(method, route, body);
        expect({ who, route, method, status: answer.status }).toEqual({
          who,
          route,
          method,
          status: allowed.includes(who) ? ok : 403,
        });
      }
    // Bad ids and bodies: refused plainly, nothing changed.
    const before = await versions();
    expect((await as('admin')('GET', ApiRoutes.documentVersion(cast.documentId, 'no/such'))).status).toBe(404);
    expect((await as('admin')('GET', ApiRoutes.documentVersion(cast.documentId, 'vnonexistent1'))).status).toBe(404);
    expect((await as('admin')('POST', ApiRoutes.documentVersions(cast.documentId), { name: '' })).status).toBe(400);
    expect(
      (await as('admin')('POST', ApiRoutes.documentVersions(cast.documentId), { name: 'x'.repeat(500) })).status,
    ).toBe(400);
    expect((await as('observer')('POST', ApiRoutes.documentVersions(cast.documentId), 'not json')).status).toBe(403);
    expect(await versions()).toEqual(before);
    // An archived space's document: read, never changed.
    const archivedRoute = ApiRoutes.documentVersions(cast.archivedDocumentId);
    expect((await as('admin')('POST', archivedRoute, { name: 'x' })).status).toBe(403);
  }, 60_000);

  it('drops a crafted update to the history room, whoever sends it', async () => {
    await start();
    const ann = await client('admin');
    addParagraph(ann.doc, 'Words');
    await serverHas([EMPTY, 'Words']);
    await nameVersion('admin', 'Real');
    const crafted = await connectRoom(context.server.url, historyRoom(cast.documentId), cast.tokens.admin);
    clients.push({ ...crafted, text: crafted.doc.getText('x') });
    await waitFor(() => crafted.doc.getMap(HISTORY_TYPES.versions).size === 1, 'the versions');
    const [real] = await versions();
    crafted.doc.getMap(HISTORY_TYPES.versions).set(real!.id, { ...real, name: 'Forged' });
    crafted.doc.getMap(HISTORY_TYPES.versions).set('vforged12345', { ...real, id: 'vforged12345' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await versions()).toEqual([real]);
  }, 60_000);

  it('keeps a version after a pause in writing, with who wrote', async () => {
    await start({ historyPauseMs: 1000 });
    const ann = await client('admin');
    const bob = await client('member');
    addParagraph(ann.doc, 'Ann wrote');
    addParagraph(bob.doc, 'Bob wrote');
    await waitFor(() => ann.doc.getXmlElement('root-v2').length === 3, 'both paragraphs');
    const started = Date.now();
    let kept: VersionEntry[] = [];
    while (kept.length === 0 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      kept = await versions();
    }
    expect(kept).toHaveLength(1);
    expect(kept[0]!.kind).toBe('pause');
    expect(new Set(kept[0]!.authors)).toEqual(new Set([cast.userIds.admin, cast.userIds.member]));
    expect((await versionText('observer', kept[0]!.id)).slice(1).sort()).toEqual(['Ann wrote', 'Bob wrote']);
    // No writing, no new version.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await versions()).toHaveLength(1);
  }, 60_000);

  it("keeps a version at a day's end, with the first change of the next day", async () => {
    // A "day" of a second here, so the test need not wait for midnight.
    await start({ historyDayOf: (time) => String(Math.floor(time / 1000)) });
    const ann = await client('admin');
    addParagraph(ann.doc, 'Monday');
    await serverHas([EMPTY, 'Monday']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    addParagraph(ann.doc, 'Tuesday');
    await serverHas([EMPTY, 'Monday', 'Tuesday']);
    const started = Date.now();
    let kept: VersionEntry[] = [];
    while (kept.length === 0 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      kept = await versions();
    }
    expect(kept).toMatchObject([{ kind: 'day', authors: [cast.userIds.admin] }]);
    expect(await versionText('member', kept[0]!.id)).toEqual([EMPTY, 'Monday']);
  }, 60_000);

  it('keeps a named version across a server restart, and its name as renamed', async () => {
    await start();
    const ann = await client('admin');
    addParagraph(ann.doc, 'Sent to the board');
    await serverHas([EMPTY, 'Sent to the board']);
    const version = await nameVersion('admin', 'Sent to the board');
    appendTo(ann.doc, 1, ' and changed after');
    await serverHas([EMPTY, 'Sent to the board and changed after']);
    const renamed = await as('member')('PATCH', ApiRoutes.documentVersion(cast.documentId, version.id), {
      name: 'Board copy',
    });
    expect(renamed.status).toBe(200);
    ann.close();
    clients.splice(0);
    const { dataDir } = context;
    await context.server.close();
    const server = await createBranchlineServer({ dataDir, port: 0, log: () => undefined });
    context = { ...context, server, cleanup: context.cleanup };
    const [kept] = (await versions()).filter((entry) => entry.id === version.id);
    expect(kept).toMatchObject({ name: 'Board copy', namedBy: cast.userIds.member, kind: 'named' });
    expect(await versionText('observer', version.id)).toEqual([EMPTY, 'Sent to the board']);
  }, 60_000);

  it('restores a version as a new change everyone receives, undoable by restoring the version before it', async () => {
    await start();
    const ann = await client('admin');
    const bob = await client('member');
    addParagraph(ann.doc, 'Ann one');
    addParagraph(ann.doc, 'Ann two');
    await serverHas([EMPTY, 'Ann one', 'Ann two']);
    await waitFor(() => bob.doc.getXmlElement('root-v2').length === 3, 'Bob has it');
    const version = await nameVersion('admin', 'Agreed');
    // After the version: Ann changes her paragraph, Bob adds one of his own.
    appendTo(ann.doc, 1, ' changed');
    addParagraph(bob.doc, 'Bob later');
    await serverHas([EMPTY, 'Ann one changed', 'Ann two', 'Bob later']);

    const answer = await as('admin')('POST', ApiRoutes.documentVersionRestore(cast.documentId, version.id));
    expect(answer.status).toBe(200);
    const { before, restored } = answer.body as { before: VersionEntry; restored: VersionEntry };
    expect(before.kind).toBe('before-restore');
    expect(restored).toMatchObject({ kind: 'restored', restoredFrom: version.id });
    expect(restored.authors).toContain(cast.userIds.admin);
    // Both people receive it: the document is the version again.
    const agreed = [EMPTY, 'Ann one', 'Ann two'];
    await serverHas(agreed);
    await waitFor(() => JSON.stringify(paragraphs(ann.doc)) === JSON.stringify(agreed), 'Ann receives the restore');
    await waitFor(() => JSON.stringify(paragraphs(bob.doc)) === JSON.stringify(agreed), 'Bob receives the restore');
    // The later work is kept in the version before restoring; restoring that one undoes the restore.
    expect(await versionText('member', before.id)).toEqual([EMPTY, 'Ann one changed', 'Ann two', 'Bob later']);
    const undo = await as('member')('POST', ApiRoutes.documentVersionRestore(cast.documentId, before.id));
    expect(undo.status).toBe(200);
    await serverHas([EMPTY, 'Ann one changed', 'Ann two', 'Bob later']);
    await waitFor(() => paragraphs(bob.doc).includes('Bob later'), 'Bob has his paragraph back');

    // What changed from the version to now: one state holding both, who wrote what.
    const changes = await as('observer')('GET', ApiRoutes.documentVersionChanges(cast.documentId, version.id));
    expect(changes.status).toBe(200);
    const body = changes.body as {
      update: string;
      versionSnapshot: string;
      nowSnapshot: string;
      authors: Array<{ userId: string; name: string }>;
    };
    const both = new Y.Doc({ gc: false });
    Y.applyUpdate(both, Buffer.from(body.update, 'base64'));
    const then = Y.createDocFromSnapshot(both, Y.decodeSnapshot(Buffer.from(body.versionSnapshot, 'base64')));
    const now = Y.createDocFromSnapshot(both, Y.decodeSnapshot(Buffer.from(body.nowSnapshot, 'base64')));
    expect(paragraphs(then)).toEqual(agreed);
    expect(paragraphs(now)).toEqual([EMPTY, 'Ann one changed', 'Ann two', 'Bob later']);
    expect(body.authors.map((author) => author.name).sort()).toEqual(['Cast admin', 'Cast member']);
    const users = new Y.PermanentUserData(both);
    expect([...users.clients.values()]).toContain(cast.userIds.member);
  }, 60_000);

  it('reads a damaged history log around the damage', async () => {
    await start();
    const ann = await client('admin');
    addParagraph(ann.doc, 'Kept');
    await serverHas([EMPTY, 'Kept']);
    const version = await nameVersion('admin', 'Before the damage');
    ann.close();
    clients.splice(0);
    const { dataDir } = context;
    await context.server.close();
    const folder = path.join(dataDir, 'history');
    const [log] = (await readdir(folder)).filter((name) => name.endsWith('.hlog'));
    const bytes = await readFile(path.join(folder, log!));
    // A torn record at the end and garbage after: what came before still reads.
    await writeFile(path.join(folder, log!), Buffer.concat([bytes, Buffer.from([0, 0, 0, 50, 1, 2, 3, 4, 5, 6])]));
    const warnings: string[] = [];
    const server = await createBranchlineServer({ dataDir, port: 0, log: (message) => warnings.push(message) });
    context = { ...context, server, cleanup: context.cleanup };
    expect(await versionText('admin', version.id)).toEqual([EMPTY, 'Kept']);
    expect(warnings.join('\n')).toMatch(/damaged/);
    expect((await readdir(folder)).some((name) => name.includes('.corrupt-'))).toBe(true);
    // And it goes on keeping history after the damage.
    const bob = await client('member');
    addParagraph(bob.doc, 'After');
    await serverHas([EMPTY, 'Kept', 'After']);
    const next = await nameVersion('member', 'After the damage');
    expect(await versionText('admin', next.id)).toEqual([EMPTY, 'Kept', 'After']);
  }, 60_000);
});
