import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { HISTORY_TYPES, type VersionEntry } from '../../shared/history/versions';
import { DEFAULT_HISTORY_STORE, DocumentHistory } from '../../server/history/history-store';
import { documentUpdate, MEDIUM, TEN_THOUSAND, type DocumentSize } from '../lib/documents';
import { typingEdits } from '../lib/history-edits';
import type { Measure, Section } from '../lib/report';
import { count, kib } from '../lib/stats';

const EDITS = 5000;

async function folderBytes(folder: string): Promise<{ log: number; checkpoints: number }> {
  const sizes = { log: 0, checkpoints: 0 };
  for (const name of await readdir(folder)) {
    const bytes = (await stat(path.join(folder, name))).size;
    if (name.endsWith('.hlog')) sizes.log += bytes;
    if (name.endsWith('.hcp')) sizes.checkpoints += bytes;
  }
  return sizes;
}

/** A version's entry in the history room, as the server writes it: what one kept version costs. */
function versionEntryBytes(): number {
  const doc = new Y.Doc();
  const before = Y.encodeStateVector(doc);
  const version: VersionEntry = {
    id: 'v0123456789abcdef',
    seq: 123_456,
    at: Date.now(),
    kind: 'named',
    authors: ['user_0r6Uuy_vKSxB-8mv', 'user_UIqs3sZsUoa6sE6z'],
    name: 'Sent to the board',
    namedBy: 'user_0r6Uuy_vKSxB-8mv',
    restoredFrom: null,
  };
  doc.getMap(HISTORY_TYPES.versions).set(version.id, version);
  return Y.encodeStateAsUpdate(doc, before).length;
}

async function measureSize(size: DocumentSize): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'branchline-bench-history-'));
  try {
    const doc = new Y.Doc();
    const initial = documentUpdate(size);
    Y.applyUpdate(doc, initial);
    const history = await DocumentHistory.open('dbenchhistory1', {
      directory: folder,
      ...DEFAULT_HISTORY_STORE,
      warn: () => undefined,
    });
    history.append([{ update: initial, author: null, at: Date.now() }]);
    const start = await folderBytes(folder);
    const edits = typingEdits(doc, EDITS);
    for (const update of edits) history.append([{ update, author: 'user_bench_person1', at: Date.now() }]);
    history.close();
    const end = await folderBytes(folder);
    const logPer1000 = ((end.log - start.log) / EDITS) * 1000;
    const checkpointsPer1000 = ((end.checkpoints - start.checkpoints) / EDITS) * 1000;
    return [
      size.name,
      kib(initial.length),
      kib(logPer1000),
      kib(checkpointsPer1000),
      kib(logPer1000 + checkpointsPer1000),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const historyStorage: Measure = {
  name: 'history-storage',
  title: 'History: storage per 1,000 edits and per kept version',
  async run(): Promise<Section> {
    const rows = [await measureSize(MEDIUM), await measureSize(TEN_THOUSAND)];
    const perVersion = versionEntryBytes();
    return {
      title: this.title,
      method: [
        `A document's history store (server/history/history-store.ts) with the server's defaults (a checkpoint every ${count(DEFAULT_HISTORY_STORE.checkpointEveryRecords)} changes, or once the changes since hold as many bytes as the last checkpoint, at least ${kib(DEFAULT_HISTORY_STORE.checkpointMinBytes)}).`,
        `Its first record is the document as it was (written through Lexical's binding); then ${count(EDITS)} edits, one committed update each: a word typed into a paragraph, every tenth a word deleted.`,
        'A kept version is an entry in the history room `history:<documentId>`, not a copy of the document: its cost is the Yjs update that adds the entry.',
      ],
      tables: [
        {
          headers: [
            'document',
            'document itself',
            'log per 1,000 edits',
            'checkpoints per 1,000 edits',
            'total per 1,000 edits',
          ],
          rows,
        },
        { headers: ['per kept version'], rows: [[`${count(perVersion)} bytes`]] },
      ],
      goals: [],
      notes: [],
    };
  },
};
