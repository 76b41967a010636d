import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeRecords } from '../../../server/storage/framed-log';
import { setImmutableTree, whyNoImmutableFiles } from '../../../server/testing/privileges';
import type { StoreHealth } from '../../../shared/ipc/contract';
import { createRoomLogs, roomLogFile, type DurableWrite } from './room-logs';
import { createStoreHealth } from './store-health';
import { tempFolders } from '../testing/temp-folders';

const ROOM = 'doc:abcdefgh';
const tempDir = tempFolders('store');
const noChattr = await whyNoImmutableFiles();

function textUpdates(words: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  return updates;
}
function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}
const quiet = () => undefined;

/** A store's room logs with its own health tracker, and everything the tracker announced. */
function roomLogs(root: string, extra: { retryMs?: number; onDurable?: (write: DurableWrite) => void } = {}) {
  const announced: StoreHealth[] = [];
  const health = createStoreHealth({ announce: (h) => announced.push(h), log: quiet });
  return { logs: createRoomLogs({ root, health, ...extra }), health, announced };
}
const asideFiles = async (file: string) =>
  (await readdir(path.dirname(file))).filter((name) => name.includes('.corrupt-'));
const waitFor = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('room logs', () => {
  it('round-trips appends through real files', async () => {
    const root = await tempDir();
    const { logs, announced } = roomLogs(root);
    for (const update of textUpdates(['Croeso ', 'i ', 'bawb'])) logs.append('local', ROOM, update);
    await logs.flush();
    const reopened = roomLogs(root);
    expect(textOf(await reopened.logs.load('local', ROOM))).toBe('Croeso i bawb');
    expect(await reopened.logs.load('local', 'doc:otherroom')).toEqual([]);
    expect([...announced, ...reopened.announced]).toEqual([]);
  });

  it('says when each batch is fsynced, and how long the file is then', async () => {
    const root = await tempDir();
    const durable: DurableWrite[] = [];
    const { logs } = roomLogs(root, { onDurable: (write) => durable.push(write) });
    const started = performance.timeOrigin + performance.now();
    logs.append('local', ROOM, textUpdates(['x'])[0]!);
    await waitFor(() => durable.length === 1);
    const file = roomLogFile(root, 'local', ROOM);
    expect(durable[0]).toMatchObject({ room: ROOM, file, records: 1, length: (await readFile(file)).byteLength });
    console.log(`room log fsynced ${(durable[0]!.at - started).toFixed(1)} ms after append`);
  });

  it('moves a torn tail aside with the whole file, and keeps every whole record', async () => {
    const root = await tempDir();
    const { logs } = roomLogs(root);
    const updates = textUpdates(['kept ', 'words', '!']);
    for (const update of updates.slice(0, 2)) logs.append('local', ROOM, update);
    await logs.flush();
    const file = roomLogFile(root, 'local', ROOM);
    const damaged = Buffer.concat([await readFile(file), Buffer.from([0, 0, 0, 50, 1, 2, 3])]);
    await writeFile(file, damaged);
    const reopened = roomLogs(root);
    expect(textOf(await reopened.logs.load('local', ROOM))).toBe('kept words');
    const aside = await asideFiles(file);
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(file), aside[0]!))).toEqual(damaged);
    expect(reopened.health.get()).toMatchObject({
      writing: null,
      damaged: [{ what: 'room-log', keptAs: path.join(path.dirname(file), aside[0]!) }],
    });
    // The log is whole again: later appends follow the good records, and the next load finds no damage.
    reopened.logs.append('local', ROOM, updates[2]!);
    await reopened.logs.flush();
    const third = roomLogs(root);
    expect(textOf(await third.logs.load('local', ROOM))).toBe('kept words!');
    expect(third.health.get().damaged).toEqual([]);
  });

  it('reads past a damaged record in the middle: only that record is lost, the rest is loaded', async () => {
    const root = await tempDir();
    const file = roomLogFile(root, 'local', ROOM);
    await mkdir(path.dirname(file), { recursive: true });
    const updates = textUpdates(['one ', 'two ', 'three']);
    const [first, second, third] = updates.map((update) => encodeRecords([update]));
    const broken = Buffer.from(second!);
    broken.writeUInt8(broken.at(-1)! ^ 0xff, broken.length - 1); // fails its checksum
    await writeFile(file, Buffer.concat([first!, broken, third!]));
    const { logs, health } = roomLogs(root);
    const doc = new Y.Doc();
    for (const update of await logs.load('local', ROOM)) Y.applyUpdate(doc, update);
    // "three" depends on "two", so Yjs holds it back until the server supplies "two"; it is not dropped.
    expect(doc.getText('t').toString()).toBe('one ');
    Y.applyUpdate(doc, updates[1]!);
    expect(doc.getText('t').toString()).toBe('one two three');
    expect(health.get().damaged).toMatchObject([
      { what: 'room-log', detail: expect.stringContaining(`${broken.length} damaged bytes`) },
    ]);
  });

  it('treats a zero-filled tail (a crash before the data reached the disk) as damage, not as records', async () => {
    const root = await tempDir();
    const { logs } = roomLogs(root);
    logs.append('local', ROOM, textUpdates(['safe'])[0]!);
    await logs.flush();
    const file = roomLogFile(root, 'local', ROOM);
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.alloc(4096)]));
    const reopened = roomLogs(root);
    expect(textOf(await reopened.logs.load('local', ROOM))).toBe('safe');
    expect(reopened.health.get().damaged).toMatchObject([{ detail: expect.stringContaining('4096 damaged bytes') }]);
  });

  it('leaves out a stored update that is not a Yjs update, and loads the rest', async () => {
    const root = await tempDir();
    const { logs } = roomLogs(root);
    const [hello] = textUpdates(['hello']);
    logs.append('local', ROOM, hello!);
    logs.append('local', ROOM, new Uint8Array([255, 255, 255, 255, 1]));
    await logs.flush();
    const reopened = roomLogs(root);
    expect(textOf(await reopened.logs.load('local', ROOM))).toBe('hello');
    expect(reopened.health.get().damaged).toHaveLength(1);
  });

  it('compacts a long log into one record with the same content', async () => {
    const root = await tempDir();
    const health = createStoreHealth({ announce: quiet, log: quiet });
    const logs = createRoomLogs({ root, health, compactAfterRecords: 5 });
    const words = Array.from({ length: 20 }, (_, i) => `w${i} `);
    for (const update of textUpdates(words)) {
      logs.append('local', ROOM, update);
      await logs.flush();
    }
    const before = (await readFile(roomLogFile(root, 'local', ROOM))).byteLength;
    expect(textOf(await logs.load('local', ROOM))).toBe(words.join(''));
    // Compaction runs after the answer, ahead of any later write: a flush waits for it.
    await logs.flush();
    expect((await readFile(roomLogFile(root, 'local', ROOM))).byteLength).toBeLessThan(before);
    expect(textOf(await roomLogs(root).logs.load('local', ROOM))).toBe(words.join(''));
  });

  it('keeps a write that arrives while the log is being compacted after a load', async () => {
    const root = await tempDir();
    const health = createStoreHealth({ announce: quiet, log: quiet });
    const logs = createRoomLogs({ root, health, compactAfterRecords: 5 });
    const words = Array.from({ length: 21 }, (_, i) => `w${i} `);
    const updates = textUpdates(words);
    for (const update of updates.slice(0, 20)) {
      logs.append('local', ROOM, update);
      await logs.flush();
    }
    expect(textOf(await logs.load('local', ROOM))).toBe(words.slice(0, 20).join(''));
    logs.append('local', ROOM, updates[20]!);
    await logs.close();
    const records = await roomLogs(root).logs.load('local', ROOM);
    expect(records).toHaveLength(2);
    expect(textOf(records)).toBe(words.join(''));
  });

  it('reports a full disk once, keeps the updates in memory, and saves them by itself when it can', async () => {
    const root = await tempDir();
    const file = roomLogFile(root, 'local', ROOM);
    await mkdir(path.dirname(file), { recursive: true });
    await symlink('/dev/full', file); // a real ENOSPC on every write
    const { logs, health, announced } = roomLogs(root, { retryMs: 50 });
    const updates = textUpdates(['unsaved ', 'words']);
    logs.append('local', ROOM, updates[0]!);
    await logs.flush();
    logs.append('local', ROOM, updates[1]!);
    await logs.flush();
    expect(announced.map((h) => h.writing?.kind)).toEqual(['disk-full']);
    await rm(file);
    await waitFor(() => health.get().writing === null); // the retry, with no new keystroke
    expect(announced.at(-1)).toEqual({ writing: null, damaged: [] });
    expect(textOf(await roomLogs(root).logs.load('local', ROOM))).toBe('unsaved words');
  });

  it('reports a read-only folder, keeps editing in memory, and catches up once it is writable again', async (context) => {
    context.skip(noChattr !== null, noChattr ?? '');
    const root = await tempDir();
    const { logs, health, announced } = roomLogs(root, { retryMs: 50 });
    const updates = textUpdates(['before ', 'during ', 'after']);
    logs.append('local', ROOM, updates[0]!);
    await logs.flush();
    const rooms = path.dirname(roomLogFile(root, 'local', ROOM));
    await setImmutableTree(rooms, true);
    logs.append('local', ROOM, updates[1]!);
    await logs.flush();
    expect(health.get().writing).toMatchObject({ kind: 'read-only' });
    expect(textOf(await roomLogs(root).logs.load('local', ROOM))).toBe('before ');
    logs.append('local', ROOM, updates[2]!);
    expect(textOf(await logs.load('local', ROOM))).toBe('before during after');
    await setImmutableTree(rooms, false);
    await waitFor(() => health.get().writing === null);
    expect(announced.map((h) => h.writing?.kind ?? null)).toEqual(['read-only', null]);
    expect(textOf(await roomLogs(root).logs.load('local', ROOM))).toBe('before during after');
  });

  it('a damaged log in a read-only folder is read past and left as it is', async (context) => {
    context.skip(noChattr !== null, noChattr ?? '');
    const root = await tempDir();
    const { logs } = roomLogs(root);
    logs.append('local', ROOM, textUpdates(['readable'])[0]!);
    await logs.flush();
    const file = roomLogFile(root, 'local', ROOM);
    const damaged = Buffer.concat([await readFile(file), Buffer.from([9, 9, 9])]);
    await writeFile(file, damaged);
    await setImmutableTree(path.dirname(file), true);
    const reopened = roomLogs(root);
    expect(textOf(await reopened.logs.load('local', ROOM))).toBe('readable');
    expect(reopened.health.get()).toMatchObject({
      writing: { kind: 'read-only' },
      damaged: [{ what: 'room-log', keptAs: null }],
    });
    expect(await readFile(file)).toEqual(damaged);
  });
});
