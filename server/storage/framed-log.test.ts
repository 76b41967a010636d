import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppendLog, readLog } from './framed-log';
import { RoomLog } from './room-log';

describe('framed logs', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'branchline-log-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back what was appended', async () => {
    const file = path.join(dir, 'a.ylog');
    const log = new AppendLog(file, { byteLength: 0, recordCount: 0 });
    log.appendAllSync([new Uint8Array([1, 2, 3])]);
    log.appendAllSync([new Uint8Array([])]);
    log.close();
    const contents = await readLog(file);
    expect(contents.records.map((r) => [...r])).toEqual([[1, 2, 3], []]);
    expect(contents.corruptTailSavedTo).toBeNull();
  });

  it('sets a torn or corrupt tail aside and keeps every good record', async () => {
    const file = path.join(dir, 'b.ylog');
    const log = new AppendLog(file, { byteLength: 0, recordCount: 0 });
    log.appendAllSync([new Uint8Array([7, 7])]);
    log.close();
    await appendFile(file, new Uint8Array([0, 0, 0, 9, 1, 2, 3, 4, 5]));
    const contents = await readLog(file);
    expect(contents.records.map((r) => [...r])).toEqual([[7, 7]]);
    expect(contents.corruptTailSavedTo).not.toBeNull();
    const aside = await readFile(contents.corruptTailSavedTo!);
    expect(aside.length).toBe(10 + 9);
    expect((await readLog(file)).corruptTailSavedTo).toBeNull();
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
    const reopened = await RoomLog.open('doc:abcdefgh', options);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, reopened.state!);
    expect(copy.getText('t').toString()).toBe('0123456789');
    expect(reopened.log.needsCompaction()).toBe(false);
    reopened.log.close();
  });
});
