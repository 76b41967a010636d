import { readdir, readFile, rm, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { whyNoImmutableFiles, setImmutable } from '../testing/privileges';
import { AppendLog, encodeRecords, frameRecord, parseRecords } from './framed-log';
import { roomLogPath } from './room-files';
import { RoomLog } from './room-log';
import { StorageUnavailable } from './storage-errors';

const noChattr = await whyNoImmutableFiles();
const needsChattr = noChattr ? it.skip : it;
const ROOM = 'doc:faultyroom';

/** Updates from three writers, each to its own text: a1 b1 c1 a2 b2 (a2 builds on a1, b2 on b1). */
function fiveUpdates(): { updates: Uint8Array[]; texts: Record<string, string> } {
  const updates: Uint8Array[] = [];
  const writers = ['a', 'b', 'c'].map((name) => {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => updates.push(update));
    return { name, doc };
  });
  const [a, b, c] = writers as [(typeof writers)[0], (typeof writers)[0], (typeof writers)[0]];
  a.doc.getText('a').insert(0, 'first of a. ');
  b.doc.getText('b').insert(0, 'first of b. ');
  c.doc.getText('c').insert(0, 'only c. ');
  a.doc.getText('a').insert(12, 'second of a.');
  b.doc.getText('b').insert(12, 'second of b.');
  return {
    updates,
    texts: { a: a.doc.getText('a').toString(), b: b.doc.getText('b').toString(), c: c.doc.getText('c').toString() },
  };
}

function textsOf(state: Uint8Array | null): Record<string, string> {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return { a: doc.getText('a').toString(), b: doc.getText('b').toString(), c: doc.getText('c').toString() };
}

describe('room logs on a faulty disk', () => {
  let dir: string;
  let warnings: string[];
  const options = () => ({
    directory: dir,
    compactAfterRecords: 1000,
    compactAfterBytes: 1e9,
    warn: (message: string) => warnings.push(message),
  });
  const file = () => roomLogPath(dir, ROOM);
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'branchline-room-faults-'));
    warnings = [];
  });
  afterEach(async () => {
    if (!noChattr) await setImmutable([dir, ...(await readdir(dir)).map((name) => path.join(dir, name))], false);
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every good record around damage in the middle, and the damaged file aside', async () => {
    const { updates, texts } = fiveUpdates();
    const original = encodeRecords(updates);
    // Flip one byte inside c1's payload: its checksum no longer matches.
    const damaged = original.slice();
    const c1Start = updates.slice(0, 2).reduce((sum, update) => sum + frameRecord(update).length, 0);
    damaged[c1Start + 8 + 3]! ^= 0xff;
    await writeFile(file(), damaged);

    const { log, state } = await RoomLog.open(ROOM, options());
    log.close();
    expect(textsOf(state)).toEqual({ a: texts.a, b: texts.b, c: '' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/was damaged \(\d+ bytes at \d+–\d+\)/);
    const aside = path.join(
      dir,
      (await readdir(dir)).find((name) => name.includes('.corrupt-'))!,
    );
    expect(warnings[0]).toContain(aside);
    expect(new Uint8Array(await readFile(aside))).toEqual(damaged);
    const rewritten = parseRecords(await readFile(file()));
    expect(rewritten.records).toHaveLength(4);
    expect(rewritten.goodLength).toBe((await readFile(file())).length);

    warnings = [];
    const again = await RoomLog.open(ROOM, options());
    again.log.close();
    expect(textsOf(again.state)).toEqual({ a: texts.a, b: texts.b, c: '' });
    expect(warnings).toEqual([]);
  });

  it('skips a record with a good checksum that is not an update, and a torn tail', async () => {
    const { updates, texts } = fiveUpdates();
    const junk = frameRecord(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    const torn = frameRecord(updates[4]!).slice(0, 11);
    await writeFile(
      file(),
      Buffer.concat([encodeRecords(updates.slice(0, 2)), junk, encodeRecords(updates.slice(2, 4)), torn]),
    );
    const { log, state } = await RoomLog.open(ROOM, options());
    log.close();
    expect(textsOf(state)).toEqual({ a: texts.a, b: 'first of b. ', c: texts.c });
    expect(warnings).toHaveLength(1);
  });

  it('keeps updates whose predecessor was lost, through compaction, until the predecessor comes back', async () => {
    const { updates, texts } = fiveUpdates();
    // a1 is lost to damage; a2 builds on it, so Yjs cannot apply a2 yet.
    const damaged = encodeRecords(updates);
    damaged[8 + 2]! ^= 0xff;
    await writeFile(file(), damaged);
    const { log, state } = await RoomLog.open(ROOM, options());
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state!);
    expect(doc.getText('a').toString()).toBe('');
    log.compact(doc);
    log.close();
    const reopened = await RoomLog.open(ROOM, options());
    reopened.log.close();
    const later = new Y.Doc();
    Y.applyUpdate(later, reopened.state!);
    // A client that still has a1 sends it again: a2, kept all along, joins it.
    Y.applyUpdate(later, updates[0]!);
    expect(later.getText('a').toString()).toBe(texts.a);
  });

  needsChattr(
    `serves a damaged log read-only, untouched, when the damage cannot be set aside${noChattr ? ` (skipped: ${noChattr})` : ''}`,
    async () => {
      const { updates, texts } = fiveUpdates();
      const torn = Buffer.concat([encodeRecords(updates.slice(0, 4)), frameRecord(updates[4]!).slice(0, 11)]);
      await writeFile(file(), torn);
      await setImmutable([dir], true);
      const { log, state } = await RoomLog.open(ROOM, options());
      expect(textsOf(state)).toEqual({ a: texts.a, b: 'first of b. ', c: texts.c });
      expect(log.writable).toBe(false);
      expect(() => log.appendAll([updates[4]!])).toThrow(StorageUnavailable);
      log.close();
      expect(warnings.join('\n')).toMatch(
        /could not be set aside, .*\(EPERM\)\. The file is left as it is and its 4 good records are served read-only/,
      );
      expect(new Uint8Array(await readFile(file()))).toEqual(new Uint8Array(torn));
      expect(await readdir(dir)).toEqual([path.basename(file())]);
    },
  );

  needsChattr(
    `serves a log the disk will not append to read-only, and changes nothing in it${noChattr ? ` (skipped: ${noChattr})` : ''}`,
    async () => {
      const { updates } = fiveUpdates();
      const stored = encodeRecords(updates.slice(0, 3));
      await writeFile(file(), stored);
      await setImmutable([file()], true);
      const { log } = await RoomLog.open(ROOM, options());
      expect(log.writable).toBe(false);
      expect(warnings[0]).toMatch(/is read-only: its log cannot be opened for writing, .*\(EPERM\)/);
      expect(() => log.appendAll([updates[3]!])).toThrow(/read-only on this server/);
      log.close();
      expect(new Uint8Array(await readFile(file()))).toEqual(stored);
    },
  );

  it('cuts off the part of a record that reached the file when an append fails', async () => {
    const { updates } = fiveUpdates();
    const log = AppendLog.openSync(file(), { byteLength: 0, recordCount: 0 });
    log.appendAllSync([updates[0]!]);
    // As a full disk leaves it: part of the next record written, then the write refused.
    await writeFile(file(), Buffer.concat([frameRecord(updates[0]!), frameRecord(updates[1]!).slice(0, 9)]));
    log.cutBackToLastRecord();
    log.close();
    expect(new Uint8Array(await readFile(file()))).toEqual(frameRecord(updates[0]!));
  });
});
