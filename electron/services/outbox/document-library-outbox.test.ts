import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, signIn, waitFor } from '../../../server/testing/clients';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { startTestHost, tempDir, unwrap } from '../testing/host';

/** The document library's changes made offline: shown on the device at once, each made once when back online. */
describe('the library through the outbox', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('bins, sets a language and duplicates offline; the server makes each once when the device is back', async () => {
    const started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const proxy = new TcpProxy(started.server.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const token = await signIn(started.server.url, ann.email, ann.password);
    const binned = await createDocument(started.server.url, token, 'Old rota', started.spaceId);
    const kept = await createDocument(started.server.url, token, 'Cynllun', started.spaceId);
    const host = await startTestHost(await tempDir('library-outbox'), {
      outbox: { firstRetryMs: 50, maxRetryMs: 200 },
    });
    cleanups.push(() => host.services.close());
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: proxy.url, email: ann.email, password: ann.password }),
    ).id;
    const spaceId = started.spaceId;
    unwrap(await host.handlers.documents.list({ serverId, spaceId }));

    proxy.cut();
    const answers = [
      unwrap(await host.handlers.library.change({ serverId, documentId: binned, change: { action: 'bin' } })),
      unwrap(
        await host.handlers.library.change({
          serverId,
          documentId: kept,
          change: { action: 'language', language: 'cy' },
        }),
      ),
      unwrap(await host.handlers.library.change({ serverId, documentId: kept, change: { action: 'duplicate' } })),
    ];
    for (const answer of answers) expect(answer.status).toBe('queued');
    // Offline, the device's list already leaves the binned one out and knows the new language.
    const offline = unwrap(await host.handlers.documents.list({ serverId, spaceId }));
    expect(offline.fromCache).toBe(true);
    expect(offline.documents.map((document) => [document.title, document.language])).toEqual([['Cynllun', 'cy']]);

    proxy.restore();
    expect((await host.handlers.outbox.retry({ serverId })).entries).toEqual([]);
    const { documents } = started.server.directory;
    await waitFor(() => documents.find(binned)?.binnedAt != null, 'the bin to reach the server');
    expect(documents.find(kept)!.language).toBe('cy');
    const titles = documents.inSpaces(new Set([spaceId])).map((document) => document.title);
    expect(titles.sort()).toEqual(['Copy of Cynllun', 'Cynllun']);
    const bin = unwrap(await host.handlers.library.bin({ serverId, spaceId }));
    expect(bin.documents.map((document) => document.id)).toEqual([binned]);
  });
});
