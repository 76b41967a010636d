import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentHistory, type HistoryStoreOptions } from './history-store';
import { addParagraph, appendTo, paragraphs, paragraphsOf } from './history-testing';
import { versionChanges, versionContent } from './version-builds';

let folder: string;
let options: HistoryStoreOptions;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'branchline-history-'));
  options = { directory: folder, checkpointEveryRecords: 5, checkpointMinBytes: 1024 * 1024, warn: () => undefined };
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A document edited `count` times, one update each, with its paragraphs after each edit. */
function edits(count: number): { updates: Uint8Array[]; after: string[][] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const after: string[][] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) {
    if (i % 4 === 0) addParagraph(doc, `p${i}`);
    else appendTo(doc, Math.floor(i / 4), ` e${i}`);
    after.push(paragraphs(doc));
  }
  return { updates, after };
}

describe('a document history store', () => {
  it('builds every version from its nearest checkpoint, before and after reopening', async () => {
    const { updates, after } = edits(23);
    const history = await DocumentHistory.open('dstoretest1', options);
    for (const update of updates) history.append([{ update, author: 'user_someone1', at: 1 }]);
    const check = async (store: DocumentHistory) => {
      for (let seq = 1; seq <= updates.length; seq++)
        expect(paragraphsOf(versionContent(await store.slices(seq)))).toEqual(after[seq - 1]);
    };
    await check(history);
    history.close();
    const reopened = await DocumentHistory.open('dstoretest1', options);
    expect(reopened.lastSeq).toBe(23);
    await check(reopened);
    // Changes from an old version (behind checkpoints) to now: both states in one document.
    const built = versionChanges(await reopened.slices(3));
    const both = new Y.Doc({ gc: false });
    Y.applyUpdate(both, built.update);
    expect(paragraphs(Y.createDocFromSnapshot(both, Y.decodeSnapshot(built.versionSnapshot)))).toEqual(after[2]);
    expect(paragraphs(Y.createDocFromSnapshot(both, Y.decodeSnapshot(built.nowSnapshot)))).toEqual(after[22]);
    expect(built.authors).toEqual(['user_someone1']);
    reopened.close();
  });

  it('says what a live document holds that it missed, and nothing once it has it', async () => {
    const { updates } = edits(6);
    const live = new Y.Doc();
    for (const update of updates) Y.applyUpdate(live, update);
    const history = await DocumentHistory.open('dstoretest2', options);
    history.append([{ update: updates[0]!, author: null, at: 1 }]);
    const missing = history.missingFrom(live, [updates[5]!]);
    expect(missing).not.toBeNull();
    history.append([{ update: missing!, author: null, at: 2 }]);
    expect(history.missingFrom(live, [])).toBeNull();
    expect(paragraphsOf(versionContent(await history.slices(history.lastSeq)))).toEqual(paragraphs(live));
    history.close();
  });
});
