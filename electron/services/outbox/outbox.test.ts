import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, signIn, waitFor } from '../../../server/testing/clients';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { saved, startTestHost, tempDir, unwrap, type HostEvents } from '../testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
const bea = { email: 'bea@kent.example', name: 'Bea Collins', password: 'a long library password' };

describe('the outbox', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A server, Ann's (or Bea's, a member) device reaching it through a proxy the test can cut, and a document to rename. */
  async function setUp(person = ann) {
    const started: Started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const member = await started.server.accounts.addUser(bea);
    await started.server.directory.spaces.setRole(started.spaceId, member.id, 'member');
    const proxy = new TcpProxy(started.server.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const dataDir = await tempDir('outbox');
    const documentId = await createDocument(
      started.server.url,
      await signIn(started.server.url, ann.email, ann.password),
      'Draft',
      started.spaceId,
    );
    const open = async () => {
      const host = await startTestHost(dataDir, { outbox: { firstRetryMs: 50, maxRetryMs: 200 } });
      cleanups.push(() => host.services.close());
      return { ...host, close: () => host.services.close() };
    };
    const host = await open();
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: proxy.url, email: person.email, password: person.password }),
    ).id;
    // Seen once online, as a person would have before the train left.
    unwrap(await host.handlers.documents.list({ serverId, spaceId: started.spaceId }));
    const titles = () =>
      started.server.directory.documents
        .inSpaces(new Set([started.spaceId]))
        .map((document) => document.title)
        .sort();
    return { started, proxy, dataDir, documentId, host, serverId, open, titles };
  }

  /** Waits for the outbox to send `title` by itself (its retry timer, or the server answering something else), and nothing more. */
  const sentByItself = async (
    host: { events: HostEvents },
    serverId: string,
    titles: () => string[],
    title: string,
  ) => {
    await waitFor(() => titles().includes(title), `“${title}” to reach the server`);
    await waitFor(
      () => host.events.outbox.at(-1)?.serverId === serverId && host.events.outbox.at(-1)?.entries.length === 0,
      'the outbox to say it is empty',
    );
  };

  it('sends at once when it can, and keeps nothing', async () => {
    const { host, serverId, started, titles } = await setUp();
    const document = saved(
      await host.handlers.documents.create({ serverId, spaceId: started.spaceId, title: 'Storytime rota' }),
    );
    expect(document.title).toBe('Storytime rota');
    expect((await host.handlers.outbox.list({ serverId })).entries).toEqual([]);
    expect(titles()).toEqual(['Draft', 'Storytime rota']);
  });

  it('keeps changes made offline through a restart, in order, and delivers each once', async () => {
    const { host, serverId, started, proxy, documentId, open, titles } = await setUp();
    proxy.cut();
    const renamed = unwrap(
      await host.handlers.documents.rename({ serverId, documentId, title: 'Summer Reading Challenge plan' }),
    );
    const created = unwrap(
      await host.handlers.documents.create({ serverId, spaceId: started.spaceId, title: 'Volunteer rota' }),
    );
    const renamedAgain = unwrap(
      await host.handlers.documents.rename({ serverId, documentId, title: 'Summer Reading Challenge 2027' }),
    );
    for (const answer of [renamed, created, renamedAgain]) expect(answer.status).toBe('queued');
    // Offline, the device's own list already shows the new title.
    expect(
      unwrap(await host.handlers.documents.list({ serverId, spaceId: started.spaceId })).documents.map((d) => d.title),
    ).toEqual(['Summer Reading Challenge 2027']);
    await host.close();

    const reopened = await open();
    const waiting = await reopened.handlers.outbox.list({ serverId });
    expect(
      waiting.entries.map((entry) => [entry.change.kind, 'title' in entry.change && entry.change.title, entry.state]),
    ).toEqual([
      ['rename-document', 'Summer Reading Challenge plan', 'waiting'],
      ['create-document', 'Volunteer rota', 'waiting'],
      ['rename-document', 'Summer Reading Challenge 2027', 'waiting'],
    ]);
    expect(titles()).toEqual(['Draft']);

    proxy.restore();
    expect((await reopened.handlers.outbox.retry({ serverId })).entries).toEqual([]);
    expect(titles()).toEqual(['Summer Reading Challenge 2027', 'Volunteer rota']);
    const listed = unwrap(await reopened.handlers.documents.list({ serverId, spaceId: started.spaceId }));
    expect(listed.documents.map((d) => d.title).sort()).toEqual(['Summer Reading Challenge 2027', 'Volunteer rota']);
  });

  it('makes a change once when the network loses the answer after the server made it', async () => {
    const { host, serverId, started, proxy, titles } = await setUp();
    proxy.loseAnswers();
    const answer = unwrap(
      await host.handlers.documents.create({ serverId, spaceId: started.spaceId, title: 'Board report' }),
    );
    expect(answer.status).toBe('queued');
    expect(proxy.answersLost).toBeGreaterThan(0);
    // The server made it; the device does not know.
    expect(titles()).toEqual(['Board report', 'Draft']);
    proxy.restore();
    await sentByItself(host, serverId, titles, 'Board report');
    expect(titles()).toEqual(['Board report', 'Draft']);
    const listed = unwrap(await host.handlers.documents.list({ serverId, spaceId: started.spaceId }));
    expect(listed.documents.map((d) => d.title).sort()).toEqual(['Board report', 'Draft']);
  });

  it('counts a change as delivered when the server made it but lost its first answer', async () => {
    const { host, serverId, started, proxy, documentId } = await setUp();
    proxy.loseAnswers();
    const queued = unwrap(await host.handlers.documents.rename({ serverId, documentId, title: 'Minutes, approved' }));
    if (queued.status !== 'queued') throw new Error('expected the rename to wait');
    // As if the server had stopped between saving the change and saving its answer.
    const receipt = started.server.directory.receipts.find(queued.entry.userId, queued.entry.id);
    expect(receipt?.answer).not.toBeNull();
    receipt!.answer = null;
    proxy.restore();
    expect((await host.handlers.outbox.retry({ serverId })).entries).toEqual([]);
    expect(started.server.directory.documents.find(documentId)?.title).toBe('Minutes, approved');
    expect(unwrap(await host.handlers.documents.access({ serverId, documentId })).document.title).toBe(
      'Minutes, approved',
    );
  });

  it('keeps a change the server refuses later, with the reason, until the person discards it', async () => {
    const { host, serverId, started, proxy, documentId } = await setUp(bea);
    proxy.cut();
    unwrap(await host.handlers.documents.rename({ serverId, documentId, title: 'Renamed on the train' }));
    // Meanwhile Bea becomes an observer there: she may read, no longer write.
    await started.server.directory.spaces.setRole(
      started.spaceId,
      started.server.accounts.findUserByEmail(bea.email)!.id,
      'observer',
    );
    proxy.restore();
    const after = await host.handlers.outbox.retry({ serverId });
    expect(after.entries).toMatchObject([
      { state: 'refused', refusal: 'forbidden', change: { title: 'Renamed on the train' } },
    ]);
    // Offline again, the device's index no longer shows the refused title.
    proxy.cut();
    expect(unwrap(await host.handlers.documents.access({ serverId, documentId }))).toMatchObject({
      fromCache: true,
      document: { title: 'Draft' },
    });
    proxy.restore();
    expect(started.server.directory.documents.find(documentId)?.title).toBe('Draft');
    expect((await host.handlers.outbox.discard({ serverId, id: after.entries[0]!.id })).entries).toEqual([]);
    expect(host.events.outbox.at(-1)).toEqual({ serverId, entries: [] });
  });

  it('sends a change only as the person who made it', async () => {
    const { host, serverId, started, proxy, titles } = await setUp();
    proxy.cut();
    unwrap(await host.handlers.documents.create({ serverId, spaceId: started.spaceId, title: 'Ann’s notes' }));
    await host.handlers.servers.signOut({ serverId });
    proxy.restore();
    unwrap(await host.handlers.servers.signIn({ url: proxy.url, email: bea.email, password: bea.password }));
    expect((await host.handlers.outbox.list({ serverId })).entries).toEqual([]);
    await host.handlers.outbox.retry({ serverId });
    expect(titles()).toEqual(['Draft']);
    await host.handlers.servers.signOut({ serverId });
    unwrap(await host.handlers.servers.signIn({ url: proxy.url, email: ann.email, password: ann.password }));
    await sentByItself(host, serverId, titles, 'Ann’s notes');
    expect(titles()).toEqual(['Ann’s notes', 'Draft']);
  });
});
