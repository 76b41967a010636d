import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiRoutes } from '../../../shared/api/routes';
import { MAX_IMAGE_BYTES } from '../../../shared/media/images';
import { signIn } from '../../../server/testing/clients';
import { GIF_1PX, PNG_1PX, sha256 } from '../../../server/testing/image-bytes';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { startTestHost, tempDir, unwrap } from '../testing/host';

describe('images on the device', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp() {
    const started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const proxy = new TcpProxy(started.server.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const dataDir = await tempDir('images');
    const open = async () => {
      const host = await startTestHost(dataDir, { outbox: { firstRetryMs: 50, maxRetryMs: 200 } });
      cleanups.push(() => host.services.close());
      return host;
    };
    const host = await open();
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: proxy.url, email: ann.email, password: ann.password }),
    ).id;
    const onServer = async (bytes: Uint8Array) => {
      const token = await signIn(started.server.url, ann.email, ann.password);
      const response = await fetch(started.server.url + ApiRoutes.spaceImage(started.spaceId, sha256(bytes)), {
        headers: { Authorization: `Bearer ${token}` },
      });
      return response.status;
    };
    return { started, proxy, dataDir, host, serverId, open, onServer, spaceId: started.spaceId };
  }

  it('uploads an image at once when online, and reads it back', async () => {
    const { host, serverId, spaceId, onServer } = await setUp();
    const put = unwrap(await host.handlers.images.put({ serverId, spaceId, bytes: PNG_1PX }));
    expect(put).toEqual({ hash: sha256(PNG_1PX), status: 'saved' });
    expect(await onServer(PNG_1PX)).toBe(200);
    const got = unwrap(await host.handlers.images.get({ serverId, spaceId, hash: put.hash }));
    expect(got.type).toBe('image/png');
    expect(Buffer.from(got.bytes).equals(PNG_1PX)).toBe(true);
  });

  it('keeps an image pasted offline through a restart and uploads it on reconnecting', async () => {
    const { host, serverId, spaceId, proxy, open, onServer } = await setUp();
    proxy.cut();
    const put = unwrap(await host.handlers.images.put({ serverId, spaceId, bytes: GIF_1PX }));
    expect(put).toEqual({ hash: sha256(GIF_1PX), status: 'queued' });
    // Offline, the window can still show it: it is on the device.
    expect(unwrap(await host.handlers.images.get({ serverId, spaceId, hash: put.hash })).type).toBe('image/gif');
    await host.services.close();
    expect(await onServer(GIF_1PX)).toBe(404);

    const reopened = await open();
    expect((await reopened.handlers.outbox.list({ serverId })).entries.map((entry) => entry.change)).toEqual([
      { kind: 'upload-image', spaceId, hash: put.hash },
    ]);
    proxy.restore();
    expect((await reopened.handlers.outbox.retry({ serverId })).entries).toEqual([]);
    expect(await onServer(GIF_1PX)).toBe(200);
  });

  it('caches an image read from the server, so it shows offline', async () => {
    const { started, host, serverId, spaceId, proxy } = await setUp();
    const token = await signIn(started.server.url, ann.email, ann.password);
    // Put there by someone else.
    const bytes = Buffer.concat([PNG_1PX, Buffer.from('someone else')]);
    await fetch(started.server.url + ApiRoutes.spaceImage(spaceId, sha256(bytes)), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}` },
      body: bytes,
    });
    expect(unwrap(await host.handlers.images.get({ serverId, spaceId, hash: sha256(bytes) })).type).toBe('image/png');
    proxy.cut();
    const offline = unwrap(await host.handlers.images.get({ serverId, spaceId, hash: sha256(bytes) }));
    expect(Buffer.from(offline.bytes).equals(bytes)).toBe(true);
    // One never read while online is simply not here.
    expect(await host.handlers.images.get({ serverId, spaceId, hash: 'b'.repeat(64) })).toEqual({
      ok: false,
      error: 'unreachable',
    });
  });

  it('refuses what is not an image, or is too big, and keeps nothing', async () => {
    const { host, serverId, spaceId, dataDir } = await setUp();
    const html = new TextEncoder().encode('<svg onload="alert(1)"/>');
    expect(await host.handlers.images.put({ serverId, spaceId, bytes: html })).toEqual({
      ok: false,
      error: 'invalid_request',
    });
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG_1PX);
    expect(await host.handlers.images.put({ serverId, spaceId, bytes: big })).toEqual({
      ok: false,
      error: 'payload_too_large',
    });
    const images = path.join(dataDir, 'servers', serverId, 'images');
    expect(await readdir(images, { recursive: true }).catch(() => [])).toEqual([]);
    expect((await host.handlers.outbox.list({ serverId })).entries).toEqual([]);
  });
});
