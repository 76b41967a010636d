import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiRoutes, IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { createBranchlineServer, type BranchlineServer } from '../app';
import { signIn } from '../testing/clients';
import { ann, startTempServer } from '../testing/temp-server';
import { REPLAYED_HEADER } from './idempotency';

type Context = Awaited<ReturnType<typeof startTempServer>>;

describe('changes sent with an Idempotency-Key', () => {
  let context: Context;
  let restarted: BranchlineServer | null = null;
  afterEach(async () => {
    await restarted?.close();
    restarted = null;
    await context.cleanup();
  });

  async function start() {
    context = await startTempServer();
    const token = await signIn(context.server.url, ann.email, ann.password);
    return { url: context.server.url, token, spaceId: context.spaceId };
  }

  const send = (url: string, token: string, method: string, route: string, body: unknown, key?: string) =>
    fetch(url + route, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        ...(key ? { [IDEMPOTENCY_KEY_HEADER]: key } : {}),
      },
      body: JSON.stringify(body),
    });

  const stored = async () =>
    JSON.parse(await readFile(path.join(context.dataDir, 'accounts.json'), 'utf8')) as {
      documents: Array<{ id: string; title: string }>;
      receipts: Array<{ key: string; answer: { status: number; body: string } | null }>;
    };

  it('makes a change once however often it is sent, and answers every sending the same', async () => {
    const { url, token, spaceId } = await start();
    const key = 'create-minutes-0001';
    const first = await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Minutes' }, key);
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const again = await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Minutes' }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get(REPLAYED_HEADER)).toBe('true');
    expect(await again.text()).toBe(firstBody);
    const file = await stored();
    expect(file.documents.filter((document) => document.title === 'Minutes')).toHaveLength(1);
    // The receipt and its answer are on disk, so a restarted server still knows the change.
    expect(file.receipts).toEqual([expect.objectContaining({ key, answer: { status: 201, body: firstBody } })]);
  });

  it('answers a removal sent again as it did the first time, with no body', async () => {
    const { url, token, spaceId } = await start();
    const bea = await context.server.accounts.addUser({
      email: 'bea@ascel.example',
      name: 'Bea Evans',
      password: 'another long password',
    });
    await context.server.directory.spaces.setRole(spaceId, bea.id, 'member');
    const key = 'remove-bea-00000001';
    const remove = () =>
      fetch(url + ApiRoutes.member(spaceId, bea.id), {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}`, [IDEMPOTENCY_KEY_HEADER]: key },
      });
    expect((await remove()).status).toBe(204);
    const again = await remove();
    expect(again.status).toBe(204);
    expect(again.headers.get(REPLAYED_HEADER)).toBe('true');
    expect(await again.text()).toBe('');
  });

  it('still knows a change after a restart, and says so when its first answer was lost', async () => {
    const { url, token, spaceId } = await start();
    const key = 'rename-after-crash-01';
    const created = (await (
      await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Draft' })
    ).json()) as { document: { id: string } };
    expect(
      (await send(url, token, 'PATCH', ApiRoutes.document(created.document.id), { title: 'Final' }, key)).status,
    ).toBe(200);
    await context.server.close();
    // As if the server had stopped between saving the change and saving its answer.
    const file = path.join(context.dataDir, 'accounts.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { receipts: Array<{ answer: unknown }> };
    data.receipts[0]!.answer = null;
    await writeFile(file, JSON.stringify(data));
    restarted = await createBranchlineServer({ dataDir: context.dataDir, port: 0, log: () => undefined });
    const token2 = await signIn(restarted.url, ann.email, ann.password);
    const again = await send(
      restarted.url,
      token2,
      'PATCH',
      ApiRoutes.document(created.document.id),
      { title: 'Final' },
      key,
    );
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toBe('already_done');
  });

  it('refuses a key used again for another request, or one that is not a key', async () => {
    const { url, token, spaceId } = await start();
    const key = 'create-agenda-000001';
    expect((await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Agenda' }, key)).status).toBe(
      201,
    );
    const other = await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Something else' }, key);
    expect(other.status).toBe(400);
    for (const bad of ['short', '../../accounts.json-x', 'x'.repeat(65)]) {
      expect(
        (await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Bad key' }, bad)).status,
        bad,
      ).toBe(400);
    }
    expect((await stored()).documents.map((document) => document.title).sort()).toEqual(['Agenda']);
  });

  it('keeps no receipt for a refused change, so it can be sent again once it is right', async () => {
    const { url, token, spaceId } = await start();
    const key = 'refused-then-fixed-1';
    expect((await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: '' }, key)).status).toBe(400);
    expect((await stored()).receipts).toEqual([]);
    expect((await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Fixed' }, key)).status).toBe(
      201,
    );
  });

  it('keeps keys apart per person', async () => {
    const { url, token, spaceId } = await start();
    await context.server.accounts.addUser({
      email: 'bea@ascel.example',
      name: 'Bea Evans',
      password: 'another long password',
    });
    const bea = context.server.accounts.findUserByEmail('bea@ascel.example')!;
    await context.server.directory.spaces.setRole(spaceId, bea.id, 'member');
    const beaToken = await signIn(url, 'bea@ascel.example', 'another long password');
    const key = 'same-key-two-people';
    const annAnswer = (await (
      await send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Ours' }, key)
    ).json()) as { document: { id: string } };
    const beaAnswer = (await (
      await send(url, beaToken, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Ours' }, key)
    ).json()) as { document: { id: string } };
    expect(beaAnswer.document.id).not.toBe(annAnswer.document.id);
  });

  it('makes a change sent twice at once only once', async () => {
    const { url, token, spaceId } = await start();
    const key = 'twice-at-once-00001';
    const answers = await Promise.all(
      [0, 1, 2].map(() => send(url, token, 'POST', ApiRoutes.spaceDocuments(spaceId), { title: 'Once' }, key)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(201);
    for (const status of statuses) expect([201, 409]).toContain(status);
    expect((await stored()).documents.filter((document) => document.title === 'Once')).toHaveLength(1);
  });
});
