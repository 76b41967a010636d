import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncBaseUrl } from '../../shared/protocol';
import { startTempServerWithDocument } from '../testing/temp-server';
import { connectClient, upgradeStatus, waitFor } from '../testing/clients';

describe('sync endpoint', () => {
  let context: Awaited<ReturnType<typeof startTempServerWithDocument>>;
  let token: string;
  let documentId: string;

  beforeEach(async () => {
    context = await startTempServerWithDocument('Reading offer');
    ({ token, documentId } = context);
  });
  afterEach(() => context.cleanup());

  it('lets two stock y-websocket clients converge', async () => {
    const a = await connectClient(context.server.url, documentId, token);
    const b = await connectClient(context.server.url, documentId, token);
    a.text.insert(0, 'Hello from A. ');
    b.text.insert(0, 'Hello from B. ');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 28, 'convergence');
    expect(a.text.toString()).toContain('Hello from A.');
    expect(a.text.toString()).toContain('Hello from B.');
    a.close();
    b.close();
  });

  it('gives a late joiner what was written before it came', async () => {
    const a = await connectClient(context.server.url, documentId, token);
    a.text.insert(0, 'written first');
    await waitFor(() => context.server.rooms.isLoaded(`doc:${documentId}`), 'room loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const b = await connectClient(context.server.url, documentId, token);
    expect(b.text.toString()).toBe('written first');
    a.close();
    b.close();
  });

  it('refuses an upgrade without a token, with a forged one, or to a room that does not exist', async () => {
    const base = `${syncBaseUrl(context.server.url)}/doc:${documentId}`;
    expect(await upgradeStatus(base)).toBe(401);
    expect(await upgradeStatus(`${base}?token=${'x'.repeat(43)}`)).toBe(401);
    expect(await upgradeStatus(`${syncBaseUrl(context.server.url)}/doc:doesnotexist?token=${token}`)).toBe(404);
    expect(await upgradeStatus(`${syncBaseUrl(context.server.url)}/..%2F..%2Fetc?token=${token}`)).toBe(404);
    expect(await upgradeStatus(`${base}?token=${token}`)).toBe(101);
  });

  it('unloads an idle room and loads it again with its content', async () => {
    await context.cleanup();
    context = await startTempServerWithDocument('Idle', { idleUnloadMs: 50 });
    ({ token, documentId } = context);
    const a = await connectClient(context.server.url, documentId, token);
    a.text.insert(0, 'kept');
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.close();
    await waitFor(() => !context.server.rooms.isLoaded(`doc:${documentId}`), 'room unloaded');
    const b = await connectClient(context.server.url, documentId, token);
    expect(b.text.toString()).toBe('kept');
    b.close();
  });
});
