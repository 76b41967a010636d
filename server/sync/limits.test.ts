import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol';
import { closeCodeWithin, isOpen, openRawSocket, type RawSocket } from '../testing/raw-socket';
import { signIn } from '../testing/clients';
import { syncFrame } from '../testing/crafted-updates';
import { ann, startTempServerWithDocument } from '../testing/temp-server';
import type { ServerOptions } from '../app';
import { AllowancesByKey } from './allowances-by-key';
import { Rooms } from './rooms';

/** The sync endpoint's caps, each set small so it is quick to reach. Budget: ~3 s. */
describe('sync limits', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serverWith(options: Partial<ServerOptions>) {
    const context = await startTempServerWithDocument('Limits', { loginBurst: 100, ...options });
    cleanups.push(() => context.cleanup());
    const open = async (token = context.token) => {
      const result = await openRawSocket(context.server.url, context.documentId, token);
      if (isOpen(result)) cleanups.push(() => result.socket.terminate());
      return result;
    };
    return { ...context, open };
  }

  it('caps open sockets per session and per address, refusing the upgrade with 429', async () => {
    const { server, open, token } = await serverWith({ syncLimits: { socketsPerSession: 2, socketsPerAddress: 3 } });
    const other = await signIn(server.url, ann.email, ann.password);
    const first = await open();
    expect(isOpen(first)).toBe(true);
    expect(isOpen(await open())).toBe(true);
    expect(await open()).toEqual({ refused: 429 });
    expect(isOpen(await open(other))).toBe(true);
    expect(await open(other)).toEqual({ refused: 429 });
    // A closed socket gives its place back.
    (first as RawSocket).socket.close();
    await (first as RawSocket).closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isOpen(await open(token))).toBe(true);
  });

  it('limits how fast one address may ask for sockets, before looking at the token', async () => {
    const { open } = await serverWith({ syncLimits: { upgradeBurst: 3, upgradeRefillMs: 60_000 } });
    expect(await open('not a token at all, not even close to one')).toEqual({ refused: 401 });
    expect(isOpen(await open())).toBe(true);
    expect(isOpen(await open())).toBe(true);
    expect(await open()).toEqual({ refused: 429 });
  });

  it('shares a byte budget between a session’s sockets, and reconnecting does not refill it', async () => {
    const { open } = await serverWith({ syncLimits: { byteBurst: 20_000, byteRefillPerSecond: 1 } });
    const doc = new Y.Doc();
    doc.getText('test').insert(0, 'x'.repeat(12_000));
    const frame = syncFrame(2, Y.encodeStateAsUpdate(doc));
    const first = (await open()) as RawSocket;
    first.socket.send(frame);
    expect(await closeCodeWithin(first, 300)).toBeNull();
    for (let attempt = 0; attempt < 2; attempt++) {
      const next = (await open()) as RawSocket;
      next.socket.send(frame);
      expect(await closeCodeWithin(next, 2000)).toBe(CloseCode.rateLimited);
    }
  });

  it('unloads the longest idle rooms at once past the number it may keep', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'branchline-idle-'));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    const rooms = new Rooms(
      { directory, compactAfterRecords: 1000, compactAfterBytes: 1e9, warn: () => undefined },
      { idleUnloadMs: 600_000, maxIdleRooms: 2 },
    );
    cleanups.push(() => rooms.close());
    const names = ['doc:aaaaaaaa', 'doc:bbbbbbbb', 'doc:cccccccc'];
    for (const name of names) rooms.released(await rooms.get(name));
    expect(names.map((name) => rooms.isLoaded(name))).toEqual([false, true, true]);
  });

  it('keeps blocked keys blocked when the sign-in limiter has to forget some', () => {
    const limiter = new AllowancesByKey(1, 60_000);
    for (let i = 0; i < 100_000; i++) limiter.take(`email:made-up-${i}@nowhere.example`, 0);
    // Two minutes on, those have refilled; the attacker has just spent its try.
    expect(limiter.take('address:attacker', 119_000)).toBe(true);
    expect(limiter.take('address:attacker', 119_500)).toBe(false);
    limiter.take('email:one-more@nowhere.example', 120_000);
    expect(limiter.take('address:attacker', 120_000)).toBe(false);
  });
});
