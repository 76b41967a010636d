import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode, syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { apiAs, buildCast, type Cast } from '../testing/cast';
import { connectClient, upgradeStatus, waitFor, type Client } from '../testing/clients';
import { startTempServer } from '../testing/temp-server';

/** The close code of the next close of a client's socket. */
function nextClose(client: Client): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once('connection-close', (event: { code: number; reason: string } | null) =>
      resolve(event?.code ?? 0),
    ),
  );
}

describe('access changes reach open sockets live', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const open: Client[] = [];
  const adminApi = () => apiAs(context.server.url, cast.tokens.admin);

  beforeEach(async () => {
    context = await startTempServer();
    cast = await buildCast(context.server);
  }, 60_000);
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    await context.cleanup();
  });

  const connect = async (token: string) => {
    const client = await connectClient(context.server.url, cast.documentId, token);
    open.push(client);
    return client;
  };

  it('a member demoted to observer stops writing at once, is told, and comes back read-only', async () => {
    const watcher = await connect(cast.tokens.admin);
    const member = await connect(cast.tokens.member);
    member.text.insert(0, 'before;');
    await waitFor(() => watcher.text.toString() === 'before;', 'the member’s first edit');

    const started = performance.now();
    const closed = nextClose(member).then((code) => ({ code, ms: performance.now() - started }));
    const answer = await adminApi()('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`, {
      role: 'observer',
    });
    const answeredMs = performance.now() - started;
    expect(answer.status).toBe(200);
    const close = await closed;
    expect(close.code).toBe(CloseCode.accessChanged);
    // At once: the socket is closed as the change is answered, not on some later check. The same request's own
    // answer time is the baseline (three times it, plus 50 ms for scheduling), not a fixed figure.
    expect(
      close.ms,
      `closed after ${close.ms.toFixed(1)} ms, answered after ${answeredMs.toFixed(1)} ms`,
    ).toBeLessThanOrEqual(3 * answeredMs + 50);

    // The provider reconnects by itself; the server now drops what it sends.
    await waitFor(() => member.provider.synced && member.provider.wsconnected, 'the member to reconnect');
    member.text.insert(member.text.length, 'after;');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(watcher.text.toString()).toBe('before;');
    const me = await apiAs(context.server.url, cast.tokens.member)('GET', `/api/documents/${cast.documentId}`);
    expect(me.body).toMatchObject({ access: 'read' });
  });

  it('an observer promoted to member is told, and can write after reconnecting', async () => {
    const watcher = await connect(cast.tokens.admin);
    const observer = await connect(cast.tokens.observer);
    const closed = nextClose(observer);
    await adminApi()('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds.observer}`, { role: 'member' });
    expect(await closed).toBe(CloseCode.accessChanged);
    await waitFor(() => observer.provider.synced && observer.provider.wsconnected, 'the observer to reconnect');
    observer.text.insert(0, 'now a member');
    await waitFor(() => watcher.text.toString() === 'now a member', 'the promoted edit');
  });

  it('a removed member’s socket closes with 4403 and cannot reopen', async () => {
    const member = await connect(cast.tokens.member);
    const closed = nextClose(member);
    expect((await adminApi()('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`)).status).toBe(204);
    expect(await closed).toBe(CloseCode.forbidden);
    member.provider.disconnect();
    expect(
      await upgradeStatus(
        `${syncBaseUrl(context.server.url)}/${documentRoom(cast.documentId)}?token=${cast.tokens.member}`,
      ),
    ).toBe(403);
    expect((await apiAs(context.server.url, cast.tokens.member)('GET', `/api/spaces/${cast.spaceId}`)).status).toBe(
      403,
    );
  });

  it('archiving a space turns its writers read-only live; a document moved away closes for those not in the new space', async () => {
    const member = await connect(cast.tokens.member);
    const archived = nextClose(member);
    await adminApi()('PATCH', `/api/spaces/${cast.spaceId}`, { archived: true });
    expect(await archived).toBe(CloseCode.accessChanged);
    await adminApi()('PATCH', `/api/spaces/${cast.spaceId}`, { archived: false });

    await waitFor(() => member.provider.wsconnected, 'the member to reconnect');
    const { accounts, spaces } = context.server.directory;
    const elsewhere = await spaces.create(
      { name: 'Admins only', description: '', nameCy: null, descriptionCy: null },
      accounts.findUser(cast.userIds.admin)!,
    );
    const moved = nextClose(member);
    expect((await adminApi()('PATCH', `/api/documents/${cast.documentId}`, { spaceId: elsewhere.id })).status).toBe(
      200,
    );
    expect(await moved).toBe(CloseCode.forbidden);
  });

  it('signing out closes that session’s sockets with 4401; other people are untouched', async () => {
    const member = await connect(cast.tokens.member);
    const watcher = await connect(cast.tokens.admin);
    const closed = nextClose(member);
    expect((await apiAs(context.server.url, cast.tokens.member)('DELETE', '/api/session')).status).toBe(204);
    expect(await closed).toBe(CloseCode.unauthorized);
    member.provider.disconnect();
    watcher.text.insert(0, 'still here');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(watcher.provider.wsconnected).toBe(true);
  });

  it('refuses to leave a space without an admin', async () => {
    const lastAdmin = await adminApi()('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds.admin}`, {
      role: 'member',
    });
    expect(lastAdmin).toMatchObject({ status: 409, body: { error: 'conflict' } });
    expect((await adminApi()('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.admin}`)).status).toBe(409);
    // A member can leave on their own.
    expect(
      (
        await apiAs(context.server.url, cast.tokens.member)(
          'DELETE',
          `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`,
        )
      ).status,
    ).toBe(204);
  });
});
