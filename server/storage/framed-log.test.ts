import { appendFile, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppendLog, encodeRecords, frameRecord } from './framed-log';
import { readFramedLog } from './log-reader';
import { RoomLog } from './room-log';

/** The smallest Yjs update: no structs, no deletions. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

describe('framed logs', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'branchline-log-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back what was appended', async () => {
    const file = path.join(dir, 'a.ylog');
    const log = AppendLog.openSync(file, { byteLength: 0, recordCount: 0 });
    log.appendAllSync([new Uint8Array([1, 2, 3])]);
    log.appendAllSync([new Uint8Array([])]);
    log.close();
    // Any payload frames and reads back; only a caller that knows its records can vouch for them.
    const contents = await readFramedLog(file, { accept: () => true });
    expect(contents.records.map((r) => [...r])).toEqual([[1, 2, 3], []]);
    expect(contents.damage).toBeNull();
  });

  it('sets a torn or corrupt tail aside and keeps every good record', async () => {
    const file = path.join(dir, 'b.ylog');
    const log = AppendLog.openSync(file, { byteLength: 0, recordCount: 0 });
    log.appendAllSync([EMPTY_UPDATE]);
    log.close();
    await appendFile(file, new Uint8Array([0, 0, 0, 9, 1, 2, 3, 4, 5]));
    const contents = await readFramedLog(file);
    expect(contents.records.map((r) => [...r])).toEqual([[...EMPTY_UPDATE]]);
    expect(contents.damage).toMatchObject({ bytes: 9, rewritten: true, error: null });
    const aside = await readFile(contents.damage!.keptAs!);
    expect(aside.length).toBe(10 + 9);
    expect((await readFramedLog(file)).damage).toBeNull();
    expect(await readFile(file)).toEqual(Buffer.from(frameRecord(EMPTY_UPDATE)));
  });

  it('appends durably: resolves with the file’s length once fsynced, after what was there and what was written at once', async () => {
    const file = path.join(dir, 'nested', 'c.ylog');
    const log = await AppendLog.open(file);
    expect(await log.appendDurably([EMPTY_UPDATE])).toBe(10);
    log.appendAllSync([EMPTY_UPDATE, EMPTY_UPDATE]);
    expect(await log.appendDurably([EMPTY_UPDATE])).toBe(40);
    log.close();
    const reopened = await AppendLog.open(file);
    expect(reopened.byteLength).toBe(40);
    reopened.close();
    expect((await readFramedLog(file)).records).toHaveLength(4);
  });

  it('lets go of the file only once the append on its way is done', async () => {
    const file = path.join(dir, 'd.ylog');
    const log = await AppendLog.open(file);
    const appended = log.appendDurably([EMPTY_UPDATE]);
    await expect(log.appendDurably([EMPTY_UPDATE])).rejects.toThrow(/one durable append at a time/);
    log.close();
    expect(await appended).toBe(10);
    expect(await readFile(file)).toEqual(Buffer.from(encodeRecords([EMPTY_UPDATE])));
  });

  it('a refused durable append counts for nothing, and the log can be tried again', async () => {
    const file = path.join(dir, 'e.ylog');
    await symlink('/dev/full', file); // a real ENOSPC on every write
    const log = await AppendLog.open(file);
    await expect(log.appendDurably([EMPTY_UPDATE])).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(log.byteLength).toBe(0);
    expect(() => log.appendAllSync([EMPTY_UPDATE])).toThrow(/ENOSPC/);
    expect(log.byteLength).toBe(0);
    expect(log.recordCount).toBe(0);
    log.close();
  });

  it('compacts a room log into one record with the same content', async () => {
    const options = { directory: dir, compactAfterRecords: 5, compactAfterBytes: 1e9, warn: () => undefined };
    const { log } = await RoomLog.open('doc:abcdefgh', options);
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => log.appendAll([update]));
    for (let i = 0; i < 10; i++) doc.getText('t').insert(i, String(i));
    expect(log.needsCompaction()).toBe(true);
    log.compact(doc);
    log.close();
    const files = await readdir(dir);
    expect(files.filter((name) => name.endsWith('.ylog'))).toHaveLength(1);
    expect(files.filter((name) => name.includes('.rewriting'))).toEqual([]);
    const reopened = await RoomLog.open('doc:abcdefgh', options);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, reopened.state!);
    expect(copy.getText('t').toString()).toBe('0123456789');
    expect(reopened.log.needsCompaction()).toBe(false);
    reopened.log.close();
  });
});
