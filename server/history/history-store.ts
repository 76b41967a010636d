import { mkdir } from 'node:fs/promises';
import * as Y from 'yjs';
import { AppendLog } from '../storage/framed-log';
import { readFramedLog, type LogRead } from '../storage/log-reader';
import { explainStorageError, StorageUnavailable } from '../storage/storage-errors';
import {
  decodeChange,
  decodeCheckpoint,
  encodeChange,
  encodeCheckpoint,
  encodeVector,
  historyPaths,
  type ChangeRecord,
  type CheckpointRecord,
} from './history-records';

export type HistoryStoreOptions = {
  directory: string;
  /** A checkpoint once this many changes follow the last one… */
  checkpointEveryRecords: number;
  /** …or once they hold as many bytes as it (and at least this many), so checkpoints cost about what the log does. */
  checkpointMinBytes: number;
  warn: (message: string) => void;
};

export const DEFAULT_HISTORY_STORE = { checkpointEveryRecords: 2000, checkpointMinBytes: 256 * 1024 };

type Clocks = Map<number, number>;

export type HistorySlices = { checkpoint: Uint8Array | null; upTo: ChangeRecord[]; after: ChangeRecord[] };

function extend(clocks: Clocks, to: Map<number, number>): void {
  for (const [client, clock] of to) if ((clocks.get(client) ?? 0) < clock) clocks.set(client, clock);
}

/**
 * One document's history on disk: an append-only log of every change committed to its room,
 * each with its time and author, and a log of merged checkpoints, so that any version is built
 * from the nearest checkpoint plus a bounded slice of changes. Live rooms stay `gc: true`; only
 * this store keeps deleted content (a V2 merge keeps it). A damaged log is read around: every
 * good record is kept, the file as it was set aside (server/storage/log-reader.ts).
 */
export class DocumentHistory {
  private sinceBytes = 0;

  private constructor(
    readonly documentId: string,
    private readonly changes: AppendLog | null,
    private readonly checkpoints: AppendLog | null,
    /** The last change's seq; 0 when none. */
    public lastSeq: number,
    /** What the history holds, per Yjs client: for catching up with changes it missed. */
    private readonly clocks: Clocks,
    private lastCheckpoint: CheckpointRecord | null,
    /** The changes after the last checkpoint, in order (bounded by the checkpoint rule). */
    private since: ChangeRecord[],
    /** Every change's seq and author, in order: who wrote between two versions. */
    private readonly authorsBySeq: Array<[number, string | null]>,
    private readonly options: HistoryStoreOptions,
  ) {
    this.sinceBytes = since.reduce((sum, record) => sum + record.update.length, 0);
  }

  static async open(documentId: string, options: HistoryStoreOptions): Promise<DocumentHistory> {
    await mkdir(options.directory, { recursive: true });
    const paths = historyPaths(options.directory, documentId);
    const readChanges = await readFramedLog(paths.changes, {
      accept: (records) => records.every((record) => decodeChange(record) !== null),
      isRecord: (payload) => decodeChange(payload) !== null,
    });
    const readCheckpoints = await readFramedLog(paths.checkpoints, {
      accept: (records) => records.every((record) => decodeCheckpoint(record) !== null),
      isRecord: (payload) => decodeCheckpoint(payload) !== null,
    });
    for (const [read, what] of [
      [readChanges, 'changes'],
      [readCheckpoints, 'checkpoints'],
    ] as const) {
      if (read.damage)
        options.warn(
          `History of ${documentId}: its ${what} log was damaged (${read.damage.bytes} bytes); every good record is kept` +
            (read.damage.keptAs ? `, the file as it was is ${read.damage.keptAs}.` : '.'),
        );
    }
    const changes = dedupe(readChanges.records.map((record) => decodeChange(record)!));
    const checkpoints = readCheckpoints.records.map((record) => decodeCheckpoint(record)!);
    const lastCheckpoint = checkpoints.reduce<CheckpointRecord | null>(
      (best, candidate) => (!best || candidate.seq > best.seq ? candidate : best),
      null,
    );
    const since = changes.filter((record) => record.seq > (lastCheckpoint?.seq ?? 0));
    const clocks: Clocks = new Map();
    if (lastCheckpoint) extend(clocks, Y.parseUpdateMetaV2(lastCheckpoint.state).to);
    for (const record of since) extend(clocks, Y.parseUpdateMeta(record.update).to);
    const lastSeq = Math.max(lastCheckpoint?.seq ?? 0, changes[changes.length - 1]?.seq ?? 0);
    return new DocumentHistory(
      documentId,
      appendable(readChanges, paths.changes, options),
      appendable(readCheckpoints, paths.checkpoints, options),
      lastSeq,
      clocks,
      lastCheckpoint,
      since,
      changes.map((record) => [record.seq, record.author]),
      options,
    );
  }

  /** Appends changes (each given the next seq) in one write; throws StorageUnavailable, having kept none, if the disk refuses. */
  append(changes: ReadonlyArray<Omit<ChangeRecord, 'seq'>>): ChangeRecord[] {
    if (changes.length === 0) return [];
    if (!this.changes) throw new StorageUnavailable(`History of ${this.documentId}`, 'its log is read-only');
    const records = changes.map((change, index) => ({ ...change, seq: this.lastSeq + 1 + index }));
    try {
      this.changes.appendAllSync(records.map(encodeChange));
    } catch (error) {
      throw new StorageUnavailable(`History of ${this.documentId}`, explainStorageError(error));
    }
    this.lastSeq += records.length;
    for (const record of records) {
      extend(this.clocks, Y.parseUpdateMeta(record.update).to);
      this.since.push(record);
      this.sinceBytes += record.update.length;
      this.authorsBySeq.push([record.seq, record.author]);
    }
    if (this.checkpointDue()) this.checkpoint();
    return records;
  }

  /**
   * What `live` holds that neither this history nor `pending` (changes on their way to it) has:
   * the part of a room's state the history missed (a document's first content, or changes
   * committed while the history could not store them); null when there is none.
   */
  missingFrom(live: Y.Doc, pending: readonly Uint8Array[]): Uint8Array | null {
    const known = new Map(this.clocks);
    // A pending change counts only where it follows on from what is known: a gap before it is missing.
    for (const update of pending) {
      const { from, to } = Y.parseUpdateMeta(update);
      for (const [client, clock] of to)
        if ((from.get(client) ?? 0) <= (known.get(client) ?? 0) && clock > (known.get(client) ?? 0))
          known.set(client, clock);
    }
    const missing = [...live.store.clients.entries()].some(([client, structs]) => {
      const last = structs[structs.length - 1];
      return last !== undefined && last.id.clock + last.length > (known.get(client) ?? 0);
    });
    if (!missing) return null;
    const vector = new Map([...known].filter(([, clock]) => clock > 0));
    return Y.encodeStateAsUpdate(live, encodeVector(vector));
  }

  private checkpointDue(): boolean {
    if (this.since.length >= this.options.checkpointEveryRecords) return true;
    const floor = Math.max(this.options.checkpointMinBytes, this.lastCheckpoint?.state.length ?? 0);
    return this.sinceBytes >= floor;
  }

  /** Merges the last checkpoint and the changes since into a new checkpoint; a refusal only leaves the slice longer. */
  private checkpoint(): void {
    if (!this.checkpoints || this.since.length === 0) return;
    const record = { seq: this.lastSeq, state: this.mergedUpTo(this.lastSeq, this.lastCheckpoint, this.since) };
    try {
      this.checkpoints.appendAllSync([encodeCheckpoint(record)]);
    } catch (error) {
      this.options.warn(`History of ${this.documentId}: a checkpoint was not stored, ${explainStorageError(error)}.`);
      return;
    }
    this.lastCheckpoint = record;
    this.since = [];
    this.sinceBytes = 0;
  }

  /**
   * Every change up to `seq` in one V2 update, deleted content kept: built in a `gc: false` scratch document (measured
   * two to three times faster than Y.mergeUpdatesV2 of the checkpoint and the changes on the 10,000-paragraph document).
   */
  private mergedUpTo(seq: number, checkpoint: CheckpointRecord | null, changes: readonly ChangeRecord[]): Uint8Array {
    const doc = new Y.Doc({ gc: false });
    try {
      if (checkpoint) Y.applyUpdateV2(doc, checkpoint.state);
      doc.transact(() => {
        for (const record of changes) if (record.seq <= seq) Y.applyUpdate(doc, record.update);
      });
      return Y.encodeStateAsUpdateV2(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * What builds the document as it was after change `seq`: the nearest checkpoint at or before it
   * (V2, or null), the changes after that up to `seq`, and the changes after `seq` up to now.
   */
  async slices(seq: number): Promise<HistorySlices> {
    if (this.lastCheckpoint === null || seq >= this.lastCheckpoint.seq)
      return {
        checkpoint: this.lastCheckpoint?.state ?? null,
        upTo: this.since.filter((record) => record.seq <= seq),
        after: this.since.filter((record) => record.seq > seq),
      };
    const paths = historyPaths(this.options.directory, this.documentId);
    const checkpoints = (
      await readFramedLog(paths.checkpoints, { isRecord: (p) => decodeCheckpoint(p) !== null })
    ).records
      .map((record) => decodeCheckpoint(record))
      .filter((record): record is CheckpointRecord => record !== null && record.seq <= seq);
    const nearest = checkpoints.reduce<CheckpointRecord | null>(
      (best, candidate) => (!best || candidate.seq > best.seq ? candidate : best),
      null,
    );
    const from = nearest?.seq ?? 0;
    const changes = await this.readChanges();
    return {
      checkpoint: nearest?.state ?? null,
      upTo: changes.filter((record) => record.seq > from && record.seq <= seq),
      after: changes.filter((record) => record.seq > seq),
    };
  }

  /** Who wrote the changes in (from, to]. */
  authorsBetween(from: number, to: number): string[] {
    const authors = new Set<string>();
    for (const [seq, author] of this.authorsBySeq) if (seq > from && seq <= to && author) authors.add(author);
    return [...authors];
  }

  private async readChanges(): Promise<ChangeRecord[]> {
    const paths = historyPaths(this.options.directory, this.documentId);
    const read = await readFramedLog(paths.changes, { isRecord: (payload) => decodeChange(payload) !== null });
    return dedupe(read.records.map((record) => decodeChange(record)).filter((r): r is ChangeRecord => r !== null));
  }

  close(): void {
    for (const log of [this.changes, this.checkpoints]) {
      try {
        log?.syncToDisk();
      } catch {
        // Closing anyway; what reached the file is read back next time.
      }
      log?.close();
    }
  }
}

/** In seq order, each seq once (a record written twice around damage counts once). */
function dedupe(records: ChangeRecord[]): ChangeRecord[] {
  const bySeq = new Map<number, ChangeRecord>();
  for (const record of records) if (!bySeq.has(record.seq)) bySeq.set(record.seq, record);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function appendable(read: LogRead, file: string, options: HistoryStoreOptions): AppendLog | null {
  // Damage that could not be set aside stays in the file: appending after it is refused rather than risked.
  if (read.damage && !read.damage.rewritten) {
    options.warn(`${file}: read-only, its damage could not be set aside.`);
    return null;
  }
  try {
    return AppendLog.openSync(file, { byteLength: read.byteLength, recordCount: read.records.length });
  } catch (error) {
    options.warn(`${file}: read-only, ${explainStorageError(error)}.`);
    return null;
  }
}
