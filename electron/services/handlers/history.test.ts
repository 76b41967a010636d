import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServerWithDocument } from '../../../server/testing/temp-server';
import { startTestHost, tempDir, unwrap } from '../testing/host';

type Started = Awaited<ReturnType<typeof startTempServerWithDocument>>;
let started: Started;
let host: Awaited<ReturnType<typeof startTestHost>>;
let serverId: string;

beforeAll(async () => {
  started = await startTempServerWithDocument('Board paper');
  host = await startTestHost(await tempDir('history-host'));
  serverId = unwrap(
    await host.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
  ).id;
});

afterAll(async () => {
  await host?.services.close();
  await started?.cleanup();
});

describe("a document's versions through the host", () => {
  it('names a version, opens it, and opens it again offline as kept on the device', async () => {
    const { documentId } = started;
    unwrap(await host.handlers.documents.access({ serverId, documentId }));
    const named = unwrap(await host.handlers.history.name({ serverId, documentId, name: 'Sent to the board' }));
    const other = unwrap(await host.handlers.history.name({ serverId, documentId, name: 'Never opened' }));
    const online = unwrap(await host.handlers.history.open({ serverId, documentId, versionId: named.id }));
    expect(online.fromCache).toBe(false);
    expect(online.version).toMatchObject({ id: named.id, name: 'Sent to the board' });
    const changes = unwrap(await host.handlers.history.changes({ serverId, documentId, versionId: named.id }));
    expect(changes.versionSnapshot.length).toBeGreaterThan(0);

    await started.server.close();
    const offline = unwrap(await host.handlers.history.open({ serverId, documentId, versionId: named.id }));
    expect(offline).toEqual({ ...online, fromCache: true });
    expect(await host.handlers.history.open({ serverId, documentId, versionId: other.id })).toEqual({
      ok: false,
      error: 'unreachable',
    });
    expect(await host.handlers.history.restore({ serverId, documentId, versionId: named.id })).toEqual({
      ok: false,
      error: 'unreachable',
    });
  });
});
