import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TcpProxy } from '../testing/tcp-proxy';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { connectClient, createDocument, signIn, waitFor, type Client } from '../testing/clients';
import { seedDataFolder } from '../testing/seed-data';
import { seededRandom } from '../testing/seeded-random';
import { ann } from '../testing/temp-server';
import { markProblems, startTyping } from '../testing/typists';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A network that drops and comes back every few seconds for a minute. Five writers each reach
 * the server through their own loopback proxy, cut and restored at random (every 1–5 s, for
 * 0.3–3 s), while they type; a sixth client watches directly. Afterwards every client, and a
 * fresh one, hold exactly what was typed: nothing lost, nothing doubled.
 * Budget: ~75 s (60 s of flapping by definition, then convergence).
 */
describe('a flapping network', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('loses no text and doubles none over a minute of drops', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-flap-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { spaceId } = await seedDataFolder(dataDir);
    const server: ServerProcess = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());
    const token = await signIn(server.url, ann.email, ann.password);
    const documentId = await createDocument(server.url, token, 'Flapping', spaceId);
    const random = seededRandom(60);

    const proxies: TcpProxy[] = [];
    const writers: Client[] = [];
    for (let i = 0; i < 5; i++) {
      const proxy = new TcpProxy(Number(new URL(server.url).port));
      await proxy.start();
      cleanups.push(() => proxy.stop());
      proxies.push(proxy);
      const writer = await connectClient(proxy.url, documentId, token);
      cleanups.push(() => writer.close());
      writers.push(writer);
    }
    const watcher = await connectClient(server.url, documentId, token);
    cleanups.push(() => watcher.close());
    const drops = proxies.map(() => 0);
    writers.forEach((writer, i) => writer.provider.on('connection-close', () => drops[i]!++));
    const typists = writers.map((writer, i) => startTyping(writer, `w${i}`, random, { min: 60, max: 160 }));

    const until = Date.now() + 60_000;
    await Promise.all(
      proxies.map(async (proxy) => {
        while (Date.now() < until) {
          await sleep(1000 + random() * 4000);
          proxy.cut();
          await sleep(300 + random() * 2700);
          proxy.restore();
        }
      }),
    );
    await sleep(1000);
    for (const typist of typists) await typist.stop();
    const marks = typists.flatMap((typist) => typist.marks);
    for (const count of drops) expect(count).toBeGreaterThanOrEqual(5);

    const everyone = [...writers, watcher];
    const texts = () => everyone.map((client) => client.text.toString());
    await waitFor(
      () =>
        everyone.every((client) => client.provider.synced) &&
        new Set(texts()).size === 1 &&
        texts()[0]!.length === marks.join('').length,
      'convergence after the flapping',
      30_000,
    );
    expect(markProblems(texts()[0]!, marks)).toEqual([]);
    const fresh = await connectClient(server.url, documentId, token);
    cleanups.push(() => fresh.close());
    expect(fresh.text.toString()).toBe(texts()[0]);
  }, 120_000);
});
