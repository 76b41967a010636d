import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { roomLogPath } from '../storage/room-files';
import { ann, startTempServer } from '../testing/temp-server';
import { connectClient, createDocument, signIn } from '../testing/clients';
import { seededRandom } from '../testing/seeded-random';

function validUpdateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('test').insert(0, text);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}

describe('hostile frames', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let token: string;
  let target: string;
  let bystander: string;

  beforeAll(async () => {
    // Every bad frame closes its socket and this test opens the next one at once: no upgrade rate limit here.
    context = await startTempServer({
      idleUnloadMs: 600_000,
      syncLimits: { upgradeBurst: 1_000_000, upgradeRefillMs: 1 },
    });
    token = await signIn(context.server.url, ann.email, ann.password);
    target = await createDocument(context.server.url, token, 'Target');
    bystander = await createDocument(context.server.url, token, 'Bystander');
    for (const id of [target, bystander]) {
      const writer = await connectClient(context.server.url, id, token);
      writer.text.insert(0, `content of ${id}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      writer.close();
    }
  });
  afterAll(() => context.cleanup());

  it('survives thousands of random and truncated frames without changing any stored room', async () => {
    const files = [target, bystander].map((id) => roomLogPath(path.join(context.dataDir, 'rooms'), documentRoom(id)));
    const before = await Promise.all(files.map((file) => readFile(file)));
    const random = seededRandom(687);
    const valid = validUpdateFrame('this must never be stored');
    const frames: Uint8Array[] = [];
    for (let i = 0; i < 2000; i++) {
      const frame = new Uint8Array(1 + Math.floor(random() * 64));
      for (let j = 0; j < frame.length; j++) frame[j] = Math.floor(random() * 256);
      // Half start like a sync message, to get past the first byte.
      if (i % 2 === 0) frame[0] = 0;
      frames.push(frame);
    }
    for (let i = 0; i < 1000; i++) frames.push(valid.slice(0, 1 + Math.floor(random() * (valid.length - 2))));

    const url = `${syncBaseUrl(context.server.url)}/${documentRoom(target)}?token=${token}`;
    let socket: WebSocket | null = null;
    let closes = 0;
    for (const frame of frames) {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        socket = new WebSocket(url);
        socket.on('close', () => closes++);
        socket.on('error', () => undefined);
        await new Promise((resolve) => socket!.once('open', resolve));
      }
      socket.send(frame);
      // Give the server the chance to act on it before the next frame.
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket?.close();
    expect(closes).toBeGreaterThan(100);

    const health = await fetch(`${context.server.url}/healthz`);
    expect(health.status).toBe(200);
    for (const id of [target, bystander]) {
      const probe = await connectClient(context.server.url, id, token);
      expect(probe.text.toString()).toBe(`content of ${id}`);
      probe.close();
    }
    const after = await Promise.all(files.map((file) => readFile(file)));
    after.forEach((bytes, i) => expect(bytes.equals(before[i]!)).toBe(true));
  }, 120_000);

  it('closes a connection that sends a frame over the size cap, and only that one', async () => {
    const url = `${syncBaseUrl(context.server.url)}/${documentRoom(target)}?token=${token}`;
    const bystanderClient = await connectClient(context.server.url, bystander, token);
    const socket = new WebSocket(url);
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(new Uint8Array(9 * 1024 * 1024));
    expect(await closed).toBe(1009);
    expect(bystanderClient.provider.wsconnected).toBe(true);
    bystanderClient.close();
  });
});
